"""enquiry_submit: from a completed self-assessment to a routed enquiry."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .. import contact_details, crypto, references
from ..assessment import Questionnaire
from ..consents import REQUIRED_PURPOSES, WORDING_VERSION
from ..errors import InvalidSubmission
from ..facts import AssessmentFacts, derive_facts
from ..models import (
    ActorKind,
    Consent,
    ConsentPurpose,
    Enquiry,
    EventAction,
    Notification,
    QuestionnaireVersion,
)
from ..opening_hours import LOCAL_TZ
from ..states import State
from .notifications import notify_help_seeker
from .routing import assign_by_routing
from .statistics import statistics_fact_sync
from .timeline import enquiry_event_record

NAME_MAX = 150
# The key is what replays a submission (and re-derives its status secret), so
# it must be unguessable: a random value of at least this many characters.
IDEMPOTENCY_KEY_MIN = 16
IDEMPOTENCY_KEY_MAX = 200


@dataclass(frozen=True)
class ContactDetails:
    name: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class SubmissionResult:
    enquiry: Enquiry
    reference: str
    status_secret: str  # for the private status link; stored only hashed
    created: bool  # False when the idempotency key had already been used


@transaction.atomic
def enquiry_submit(
    *,
    version: QuestionnaireVersion,
    answers: Mapping,
    contact: ContactDetails,
    consents: Mapping[str, bool],
    language: str,
    idempotency_key: str | None = None,
    consent_wording_version: str = WORDING_VERSION,
    as_of: dt.datetime | None = None,
) -> SubmissionResult:
    """Check, store (encrypted), route and announce a help-seeker's enquiry.

    answers are by question key in the shapes referrals/assessment.py
    documents; consents map a ConsentPurpose to whether its box was ticked.
    With an idempotency_key (unguessable, made once per attempt, e.g. kept
    in the session) a repeated or concurrent submission returns the first
    enquiry, its reference and the same status secret, and creates nothing.

    Raises InvalidSubmission with every problem at once.
    """
    as_of = as_of or timezone.now()
    request_errors = _request_errors(language, idempotency_key)
    if request_errors:
        raise InvalidSubmission(request_errors)
    key_hash = crypto.lookup_hash("idempotency", idempotency_key) if idempotency_key else None
    if key_hash:
        existing = Enquiry.objects.filter(idempotency_key_hash=key_hash).first()
        if existing is not None:
            return _replayed(existing, idempotency_key)

    questionnaire = Questionnaire(version.snapshot, today=as_of.astimezone(LOCAL_TZ).date())
    walk = questionnaire.walk(answers, submitting=True)
    errors = {key: [message] for key, message in walk.errors.items()}
    facts = derive_facts(questionnaire, walk, language=language) if walk.complete else None
    errors.update(contact_problems(contact, contact_method=facts.contact_method if facts else ""))
    errors.update(_consent_errors(consents))
    if errors:
        raise InvalidSubmission(errors)

    secret = _status_secret(idempotency_key)
    try:
        enquiry = _create(facts, contact, version, language, key_hash, secret, as_of)
    except _DuplicateSubmission:
        return _replayed(Enquiry.objects.get(idempotency_key_hash=key_hash), idempotency_key)

    enquiry_event_record(
        enquiry=enquiry,
        action=EventAction.SUBMITTED,
        actor_kind=ActorKind.HELP_SEEKER,
        to_state=State.SUBMITTED,
        data={"questionnaire_version": version.number},
        at=as_of,
    )
    Consent.objects.bulk_create(
        Consent(
            enquiry=enquiry,
            purpose=purpose,
            given=True,
            wording_version=consent_wording_version,
            language=language,
            created_at=as_of,
        )
        for purpose in ConsentPurpose.values
        if consents.get(purpose)
    )
    assign_by_routing(enquiry=enquiry, as_of=as_of)
    statistics_fact_sync(enquiry=enquiry)
    notify_help_seeker(enquiry=enquiry, kind=Notification.Kind.ENQUIRY_RECEIVED, at=as_of)
    return SubmissionResult(enquiry, enquiry.reference, secret, created=True)


class _DuplicateSubmission(Exception):
    pass


def _create(facts: AssessmentFacts, contact, version, language, key_hash, secret, as_of):
    urgent, urgency_reasons = facts.urgency(
        today=as_of.astimezone(LOCAL_TZ).date(), within_days=settings.URGENT_WITHIN_DAYS
    )
    fields = {
        "status_secret_hash": references.hash_status_secret(secret),
        "idempotency_key_hash": key_hash,
        "state": State.SUBMITTED,
        "language": language,
        "advice_language": facts.advice_language,
        "area_id": _area_id(facts.area),
        "sub_category": facts.sub_category,
        "urgent": urgent,
        "urgency_reasons": urgency_reasons,
        "key_dates": [key_date.as_record() for key_date in facts.key_dates],
        "next_key_date": facts.next_key_date,
        "eligibility_hints": sorted(facts.eligibility),
        "postcode": str(facts.postcode) if facts.postcode else "",
        "postcode_status": facts.postcode_status,
        "outward_code": facts.postcode.outward if facts.postcode else "",
        "interpreter_requested": facts.interpreter_requested,
        "accessibility_needs": facts.accessibility_needs,
        "name": contact.name.strip(),
        "email": contact_details.normalise_email(contact.email),
        "phone": contact_details.normalise_phone(contact.phone),
        "email_hash": contact_details.email_hash(contact.email),
        "phone_hash": contact_details.phone_hash(contact.phone),
        "contact_method": facts.contact_method,
        "safe_to_contact": facts.safe_to_contact,
        "may_leave_message": facts.may_leave_message,
        "safe_times": facts.safe_times,
        "summary": facts.summary,
        "questionnaire_version": version,
        "answers": facts.public_answers,
        "private_answers": facts.private_answers,
        "submitted_at": as_of,
    }
    for _attempt in range(5):
        try:
            with transaction.atomic():
                return Enquiry.objects.create(reference=references.generate_reference(), **fields)
        except IntegrityError:
            if key_hash and Enquiry.objects.filter(idempotency_key_hash=key_hash).exists():
                raise _DuplicateSubmission() from None
            # Otherwise the random reference was taken: draw another.
    raise RuntimeError("Could not find a free enquiry reference.")


def _area_id(code: str | None) -> int | None:
    if not code:
        return None
    from knowledge.models import AreaOfLaw

    return AreaOfLaw.objects.filter(code=code).values_list("pk", flat=True).first()


def _status_secret(idempotency_key: str | None) -> str:
    if idempotency_key:
        return references.new_status_secret(
            derive_from=idempotency_key, key=crypto.derived_key("status-secret")
        )
    return references.new_status_secret()


def _replayed(enquiry: Enquiry, idempotency_key: str) -> SubmissionResult:
    return SubmissionResult(enquiry, enquiry.reference, _status_secret(idempotency_key), False)


def _request_errors(language: str, idempotency_key: str | None) -> dict:
    errors = {}
    if language not in {code for code, _name in settings.LANGUAGES}:
        errors["language"] = [_("This language is not available.")]
    if idempotency_key is not None and not (
        IDEMPOTENCY_KEY_MIN <= len(idempotency_key) <= IDEMPOTENCY_KEY_MAX
    ):
        errors["idempotency_key"] = [
            _("The submission key must be a random value of 16 to 200 characters.")
        ]
    return errors


def contact_problems(contact: ContactDetails, *, contact_method: str = "") -> dict:
    """Every problem with the contact details, by ``contact.<field>``: the one
    for the chosen contact method is required, and at least one of phone and
    e-mail. The HTML flow checks its contact page with this too."""
    errors: dict[str, list] = {}
    email = contact_details.normalise_email(contact.email)
    phone = contact_details.normalise_phone(contact.phone)
    if len(contact.name.strip()) > NAME_MAX:
        errors["contact.name"] = [_("Your name is too long: use no more than 150 characters.")]
    if email and not contact_details.is_valid_email(email):
        errors["contact.email"] = [_("Enter an e-mail address like name@example.com.")]
    if phone and not contact_details.is_valid_phone(phone):
        errors["contact.phone"] = [_("Enter a phone number, like 07700 900123.")]
    method = contact_method
    if method == "email" and not email and "contact.email" not in errors:
        errors["contact.email"] = [_("Enter an e-mail address, as you asked us to e-mail you.")]
    if method in ("phone", "sms") and not phone and "contact.phone" not in errors:
        errors["contact.phone"] = [_("Enter a phone number, as you asked us to call or text you.")]
    if not email and not phone and not errors:
        errors["contact.phone"] = [
            _("Enter a phone number or an e-mail address so we can reach you.")
        ]
    return errors


def _consent_errors(consents: Mapping[str, bool]) -> dict:
    errors = {}
    unknown = set(consents) - set(ConsentPurpose.values)
    if unknown:
        errors["consents"] = [_("Unknown consent purpose.")]
    for purpose in REQUIRED_PURPOSES:
        if not consents.get(purpose):
            errors[f"consents.{purpose}"] = [
                _("You need to agree to us sharing your enquiry, so that an adviser can help you.")
            ]
    return errors
