from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.contrib.auth.base_user import AbstractBaseUser
from django.db.models import Prefetch

from ..errors import EnquiryNotFound
from ..models import CaseNote, Centre, Consent, Enquiry, EnquiryEvent
from ..references import normalise_reference, status_secret_matches
from ..states import State
from .access import enquiries_visible_to

# Encrypted columns and free answers: read only where the person's details are shown.
PERSONAL_FIELDS = ("name", "email", "phone", "postcode", "summary", "private_answers", "answers")


def enquiry_detail(
    *, user: AbstractBaseUser, pk: int | None = None, reference: str | None = None
) -> Enquiry:
    """One enquiry with its timeline, notes and consents, if user may see it.

    Raises EnquiryNotFound (a 404) both when it does not exist and when it
    belongs to another centre, so the two cannot be told apart.
    """
    queryset = enquiries_visible_to(user).select_related(
        "centre", "area", "claimed_by", "outcome", "questionnaire_version"
    )
    queryset = queryset.prefetch_related(
        Prefetch("events", queryset=EnquiryEvent.objects.select_related("actor")),
        Prefetch("notes", queryset=CaseNote.objects.select_related("author")),
        "consents",
    )
    if pk is not None:
        queryset = queryset.filter(pk=pk)
    elif reference is not None:
        queryset = queryset.filter(reference=normalise_reference(reference) or "")
    else:
        raise EnquiryNotFound()
    enquiry = queryset.first()
    if enquiry is None:
        raise EnquiryNotFound()
    return enquiry


def enquiry_for_staff(*, user: AbstractBaseUser, pk: int) -> Enquiry:
    """One enquiry with its centre and claimant, without its personal data, for
    deciding what user may do to it. EnquiryNotFound (a 404) if user may not see it."""
    enquiry = (
        enquiries_visible_to(user)
        .select_related("centre", "claimed_by")
        .defer(*PERSONAL_FIELDS)
        .filter(pk=pk)
        .first()
    )
    if enquiry is None:
        raise EnquiryNotFound()
    return enquiry


def current_consents(*, enquiry: Enquiry) -> dict[str, bool]:
    """Each purpose's current answer (the latest record); absent means not given."""
    latest: dict[str, Consent] = {}
    consents = enquiry.consents.all()  # uses a prefetch when there is one
    for consent in sorted(consents, key=lambda c: (c.created_at, c.pk)):
        latest[consent.purpose] = consent
    return {purpose: consent.given for purpose, consent in latest.items()}


@dataclass(frozen=True)
class CentrePublicDetails:
    name: str
    description: str
    email: str
    phone: str


@dataclass(frozen=True)
class EnquiryStatus:
    """What the help-seeker's private status page may show: nothing personal,
    and nothing that tells a third party what the problem is about."""

    reference: str
    state: str
    state_label: str
    centre: CentrePublicDetails | None
    submitted_at: dt.datetime
    last_update: dt.datetime


# The state in plain words for the help-seeker (the labels in states.py are for staff).
PUBLIC_STATE_LABELS = {
    State.SUBMITTED: State.SUBMITTED.label,
    State.ROUTED: State.ROUTED.label,
    State.REFERRED_ON: State.REFERRED_ON.label,
    State.CLAIMED: State.CLAIMED.label,
    State.CONTACTED: State.CONTACTED.label,
    State.ACCEPTED: State.ACCEPTED.label,
    State.CLOSED: State.CLOSED.label,
    State.WITHDRAWN: State.WITHDRAWN.label,
    # Never tell a sender that we think they are a spammer.
    State.SPAM: State.CLOSED.label,
}


def enquiry_for_status(*, reference: str, secret: str) -> Enquiry | None:
    """The enquiry if reference and status secret match, else None (either way wrong)."""
    normalised = normalise_reference(reference)
    if normalised is None:
        return None
    enquiry = Enquiry.objects.select_related("centre").filter(reference=normalised).first()
    if enquiry is None or not status_secret_matches(secret, enquiry.status_secret_hash):
        return None
    return enquiry


def enquiry_status(*, reference: str, secret: str) -> EnquiryStatus | None:
    enquiry = enquiry_for_status(reference=reference, secret=secret)
    if enquiry is None:
        return None
    state = State.CLOSED if enquiry.state == State.SPAM else State(enquiry.state)
    last_event = (
        enquiry.events.exclude(action__in=_INTERNAL_ACTIONS).order_by("-created_at").first()
    )
    centre: Centre | None = enquiry.centre
    return EnquiryStatus(
        reference=enquiry.reference,
        state=str(state),
        state_label=str(PUBLIC_STATE_LABELS[state]),
        centre=(
            CentrePublicDetails(centre.name, centre.description, centre.email, centre.phone)
            if centre is not None
            else None
        ),
        submitted_at=enquiry.submitted_at,
        last_update=last_event.created_at if last_event else enquiry.submitted_at,
    )


# Events the help-seeker does not see as "updates".
_INTERNAL_ACTIONS = ("view", "add_note", "notification_sent", "notification_failed", "mark_spam")
