"""The referrals JSON API under /api/v1/ (django-ninja), for other clients.

- ``GET /api/v1/questionnaire/?lang=`` the published questionnaire, in a language
- ``POST /api/v1/referrals/`` submit a referral (``Idempotency-Key`` header)
- ``POST /api/v1/referrals/status/`` (or ``GET /api/v1/referrals/{reference}/status/``
  with an ``X-Status-Secret`` header) the status; ``.../status/withdraw/`` and
  ``.../status/stop-updates/`` act on it
- ``POST /api/v1/sms/inbound/`` GOV.UK Notify's callback for received texts (STOP)

Submission goes through enquiry_submit, exactly like the HTML flow, and
counts against the same rate limits (429 ``{"detail"}`` with Retry-After;
referrals/abuse.py says why the API has no honeypot or fill time). CSRF:
these endpoints use no cookies and no session (nothing ambient a forged
cross-site request could borrow), and accept only ``application/json``
bodies, which a cross-site HTML form cannot send and a cross-site script can
only send after a CORS preflight that we never allow. Secrets travel in
bodies or headers, never in query strings, so they stay out of access logs.
Errors are ``{"detail": ..., "errors": [{"field": ..., "messages": [...]}]}``
with status 422, translated into the request's language.
"""

from __future__ import annotations

import hmac

from django.conf import settings
from django.db import DatabaseError
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from ninja import Header, Query, Router, Status
from ninja.decorators import decorate_view

from . import abuse, sms
from .api_errors import (
    error_body,
    install_error_handler,
    language_for,
    public_endpoint,
    referrals_endpoint,
    site_languages,
    too_many_requests,
)
from .consents import REQUIRED_PURPOSES, WORDING, WORDING_VERSION
from .errors import IllegalTransition, InvalidSubmission, NoPublishedQuestionnaire
from .forms import normalise_status_secret
from .models import ConsentPurpose
from .schemas import (
    ConsentsOut,
    DetailOut,
    ErrorsOut,
    InboundSmsIn,
    QuestionnaireOut,
    ReferralIn,
    ReferralOut,
    StatusIn,
    StatusOut,
    StopUpdatesIn,
)
from .selectors import current_consents, enquiry_for_status, enquiry_status
from .selectors.published import published_questionnaire, published_version
from .services import (
    ContactDetails,
    consent_withdraw,
    consent_withdraw_sms_by_phone,
    enquiry_submit,
    enquiry_withdraw,
)
from .states import OPEN_STATES
from .status_texts import explanation

router = Router(tags=["Referrals"])

NOT_SENT = _("Your enquiry has not been sent because of a problem on our side. Please try again.")
NOT_FOUND = _("No enquiry matches that reference and status code.")
_CHANNEL_PURPOSE = {
    "sms": ConsentPurpose.UPDATES_BY_SMS,
    "email": ConsentPurpose.UPDATES_BY_EMAIL,
}


# --- The questionnaire --------------------------------------------------------


@router.get(
    "/questionnaire/",
    response={200: QuestionnaireOut, 422: ErrorsOut, 503: DetailOut},
    url_name="referrals_questionnaire",
    summary="The self-assessment questionnaire in a language",
)
@decorate_view(public_endpoint)
def questionnaire(request, lang: str | None = Query(None, description="en, cy, pl, ar, zh-hant")):
    if lang is not None and lang not in site_languages():
        errors = {"lang": [_("This language is not available.")]}
        return Status(422, error_body(language_for(request, None), errors))
    language = language_for(request, lang)
    try:
        version = published_version()
    except NoPublishedQuestionnaire as error:
        return Status(503, {"detail": str(error)})
    definition = published_questionnaire(version).localised(language)
    with translation.override(language):
        consents = ConsentsOut(
            wording_version=WORDING_VERSION,
            purposes=[
                {
                    "purpose": str(purpose),
                    "label": str(wording.label),
                    "wording": str(wording.wording),
                    "required": purpose in REQUIRED_PURPOSES,
                }
                for purpose, wording in WORDING.items()
            ],
        )
    body = {
        "version": version.number,
        "language": language,
        "languages": site_languages(),
        "start": definition["start"],
        "questions": definition["questions"],
        "consents": consents,
        "contact": {
            "required_for_contact_method": {
                "phone": ["phone"],
                "sms": ["phone"],
                "email": ["email"],
            },
            "at_least_one_of": ["phone", "email"],
        },
    }
    return Status(200, body)


# --- Submitting ---------------------------------------------------------------


@router.post(
    "/referrals/",
    response={
        201: ReferralOut,
        200: ReferralOut,
        400: DetailOut,
        415: DetailOut,
        422: ErrorsOut,
        429: DetailOut,
        503: DetailOut,
    },
    url_name="referrals_submit",
    summary="Submit a referral",
)
@decorate_view(referrals_endpoint)
def submit_referral(
    request,
    payload: ReferralIn,
    idempotency_key: str | None = Header(
        None,
        alias="Idempotency-Key",
        description="A random value of 16 to 200 characters, made once per attempt: a retry "
        "with the same key returns the first enquiry (200) instead of creating another.",
    ),
):
    language = language_for(request, payload.language)
    limited = abuse.submission_limits(request)
    if not limited.allowed:
        return too_many_requests(language, limited.retry_after)
    try:
        version = published_version(number=payload.questionnaire_version)
    except NoPublishedQuestionnaire:
        field = "questionnaire_version" if payload.questionnaire_version else "answers"
        return Status(
            422, error_body(language, {field: [_("This questionnaire version does not exist.")]})
        )
    try:
        with translation.override(language):  # messages are made in the service
            result = enquiry_submit(
                version=version,
                answers=payload.answers,
                contact=ContactDetails(**payload.contact.dict()),
                consents=payload.consents,
                language=payload.language,
                idempotency_key=idempotency_key,
            )
    except InvalidSubmission as invalid:
        return Status(422, error_body(language, invalid.errors))
    except DatabaseError:
        with translation.override(language):
            return Status(503, {"detail": str(NOT_SENT)})
    with translation.override(language):
        status_url = request.build_absolute_uri(reverse("referrals:status"))
    body = {
        "reference": result.reference,
        "status_secret": result.status_secret,
        "status_url": status_url,
        "created": result.created,
    }
    return Status(201 if result.created else 200, body)


# --- Status -------------------------------------------------------------------


STATUS_POST_RESPONSES = {
    200: StatusOut,
    400: DetailOut,
    404: DetailOut,
    415: DetailOut,
    422: ErrorsOut,
}


def _find(reference: str, secret: str):
    """The enquiry and the normalised secret, or (None, secret)."""
    secret = normalise_status_secret(secret)
    return enquiry_for_status(reference=reference, secret=secret), secret


def status_body(enquiry, *, secret: str) -> dict:
    current = enquiry_status(reference=enquiry.reference, secret=secret)
    consents = current_consents(enquiry=enquiry)
    return {
        "reference": current.reference,
        "state": current.state,
        "state_label": current.state_label,
        "explanation": explanation(current),
        "centre": current.centre.__dict__ if current.centre else None,
        "submitted_at": current.submitted_at,
        "last_update": current.last_update,
        "updates_by_sms": bool(consents.get(ConsentPurpose.UPDATES_BY_SMS)),
        "updates_by_email": bool(consents.get(ConsentPurpose.UPDATES_BY_EMAIL)),
        "can_withdraw": enquiry.state in OPEN_STATES,
    }


def _status_response(request, reference: str, secret: str, lang: str | None, action=None):
    """Look the enquiry up, apply action(enquiry, secret) if given, answer its status."""
    with translation.override(language_for(request, lang)):
        enquiry, secret = _find(reference, secret)
        if enquiry is None:
            return Status(404, {"detail": str(NOT_FOUND)})
        if action is not None:
            try:
                action(enquiry, secret)
            except IllegalTransition as error:
                return Status(409, {"detail": str(error)})
            enquiry.refresh_from_db()
        return Status(200, status_body(enquiry, secret=secret))


@router.post(
    "/referrals/status/",
    response=STATUS_POST_RESPONSES,
    url_name="referrals_status",
    summary="Where an enquiry is (reference and status code in the body)",
)
@decorate_view(referrals_endpoint)
def status(request, payload: StatusIn, lang: str | None = Query(None)):
    return _status_response(request, payload.reference, payload.secret, lang)


@router.get(
    "/referrals/{reference}/status/",
    response={200: StatusOut, 404: DetailOut, 422: ErrorsOut},
    url_name="referrals_status_by_reference",
    summary="Where an enquiry is (status code in the X-Status-Secret header)",
)
@decorate_view(referrals_endpoint)
def status_by_reference(
    request,
    reference: str,
    secret: str = Header(..., alias="X-Status-Secret"),
    lang: str | None = Query(None),
):
    return _status_response(request, reference, secret, lang)


@router.post(
    "/referrals/status/withdraw/",
    response={**STATUS_POST_RESPONSES, 409: DetailOut},
    url_name="referrals_status_withdraw",
    summary="Withdraw an enquiry (the person no longer wants help)",
)
@decorate_view(referrals_endpoint)
def withdraw(request, payload: StatusIn, lang: str | None = Query(None)):
    def act(enquiry, secret):
        enquiry_withdraw(enquiry=enquiry, status_secret=secret)

    return _status_response(request, payload.reference, payload.secret, lang, act)


@router.post(
    "/referrals/status/stop-updates/",
    response=STATUS_POST_RESPONSES,
    url_name="referrals_status_stop_updates",
    summary="Stop text message or e-mail updates",
)
@decorate_view(referrals_endpoint)
def stop_updates(request, payload: StopUpdatesIn, lang: str | None = Query(None)):
    def act(enquiry, secret):
        consent_withdraw(
            enquiry=enquiry,
            purpose=_CHANNEL_PURPOSE[payload.channel],
            status_secret=secret,
            language=language_for(request, lang),
        )

    return _status_response(request, payload.reference, payload.secret, lang, act)


# --- Replies to text messages -------------------------------------------------


@router.post(
    "/sms/inbound/",
    response={204: None, 400: DetailOut, 401: DetailOut, 404: DetailOut, 415: DetailOut},
    url_name="referrals_sms_inbound",
    summary="Received text messages (GOV.UK Notify callback): STOP opts out",
)
@decorate_view(referrals_endpoint)
def sms_inbound(request, payload: InboundSmsIn, authorization: str = Header("")):
    token = settings.NOTIFY_INBOUND_TOKEN
    if not token:
        return Status(404, {"detail": "Not Found"})
    if not hmac.compare_digest(authorization.encode(), f"Bearer {token}".encode()):
        return Status(401, {"detail": "Unauthorized"})
    if sms.is_opt_out(payload.message):
        number = payload.source_number.strip()
        # Notify sends international numbers without the "+" (447700900123).
        if number.isdigit() and not number.startswith("0"):
            number = "+" + number
        consent_withdraw_sms_by_phone(phone=number)
    return Status(204, None)


# --- Installing ---------------------------------------------------------------


def install(api) -> None:
    """Add the router, and give schema errors on our endpoints the same
    translated 422 shape as the checks in enquiry_submit."""
    api.add_router("", router)
    install_error_handler(api)
