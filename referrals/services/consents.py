from __future__ import annotations

import datetime as dt

from django.contrib.auth.base_user import AbstractBaseUser
from django.db import transaction
from django.utils import timezone

from ..consents import WORDING_VERSION
from ..contact_details import phone_hash
from ..errors import EnquiryNotFound, InvalidInput
from ..models import ActorKind, Consent, ConsentPurpose, Enquiry, EventAction, Notification
from ..selectors.enquiries import current_consents
from .notifications import cancel_pending
from .statistics import statistics_fact_sync
from .timeline import enquiry_event_record
from .transitions import lock_enquiry

_STOPS_CHANNEL = {
    ConsentPurpose.UPDATES_BY_SMS: Notification.Channel.SMS,
    ConsentPurpose.UPDATES_BY_EMAIL: Notification.Channel.EMAIL,
}


@transaction.atomic
def consent_withdraw(
    *,
    enquiry: Enquiry,
    purpose: str,
    actor: AbstractBaseUser | None = None,
    status_secret: str | None = None,
    language: str | None = None,
    as_of: dt.datetime | None = None,
) -> Consent | None:
    """Record that a consent is withdrawn (a new row; nothing is deleted).

    By the person (status_secret) or by staff recording what they were told
    (actor); an SMS "STOP" is consent_withdraw_sms_by_phone. Withdrawing
    updates by SMS or e-mail also cancels messages not yet sent on that
    channel. Returns None if the consent was not in force, so it can safely
    be repeated.
    """
    if purpose not in ConsentPurpose.values:
        raise InvalidInput()
    if actor is None and not status_secret:
        raise EnquiryNotFound()
    locked = lock_enquiry(enquiry=enquiry, actor=actor, status_secret=status_secret)
    return _withdraw(
        locked,
        purpose,
        actor=actor,
        actor_kind=ActorKind.STAFF if actor is not None else ActorKind.HELP_SEEKER,
        language=language or locked.language,
        at=as_of or timezone.now(),
    )


@transaction.atomic
def consent_withdraw_sms_by_phone(*, phone: str, as_of: dt.datetime | None = None) -> int:
    """An SMS opt-out ("STOP") from phone: withdraw consent to text updates on
    every enquiry with that number (found by its keyed hash, nothing
    decrypted) and cancel texts not yet sent. Returns how many changed."""
    digest = phone_hash(phone)
    if not digest:
        return 0
    at = as_of or timezone.now()
    changed = 0
    for enquiry in Enquiry.objects.select_for_update().filter(phone_hash=digest).order_by("pk"):
        if _withdraw(
            enquiry,
            ConsentPurpose.UPDATES_BY_SMS,
            actor=None,
            actor_kind=ActorKind.HELP_SEEKER,
            language=enquiry.language,
            at=at,
        ):
            changed += 1
    return changed


def _withdraw(locked: Enquiry, purpose: str, *, actor, actor_kind, language, at) -> Consent | None:
    if not current_consents(enquiry=locked).get(purpose):
        return None
    consent = Consent.objects.create(
        enquiry=locked,
        purpose=purpose,
        given=False,
        wording_version=WORDING_VERSION,
        language=language,
        created_at=at,
        recorded_by=actor,
    )
    if purpose in _STOPS_CHANNEL:
        cancel_pending(enquiry=locked, channel=_STOPS_CHANNEL[purpose])
    if purpose == ConsentPurpose.ANONYMISED_STATISTICS:
        statistics_fact_sync(enquiry=locked)
    enquiry_event_record(
        enquiry=locked,
        action=EventAction.CONSENT_WITHDRAWN,
        actor=actor,
        actor_kind=actor_kind,
        from_state=locked.state,
        to_state=locked.state,
        data={"purpose": purpose},
        at=at,
    )
    return consent
