"""The caseworker queue: what a user may see, filtered and in working order."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.contrib.auth.base_user import AbstractBaseUser
from django.db.models import Count, F, QuerySet

from ..models import Enquiry
from ..states import OPEN_STATES, TERMINAL_STATES, State
from .access import enquiries_visible_to
from .enquiries import PERSONAL_FIELDS

QUEUE_ORDER = (
    F("urgent").desc(),
    F("next_key_date").asc(nulls_last=True),
    F("submitted_at").asc(),
    F("id").asc(),
)
# Finished enquiries are looked up, not worked through: newest first (by the
# (state, submitted_at) index, so a late page of a long history stays fast).
FINISHED_ORDER = (F("submitted_at").desc(), F("id").desc())


@dataclass(frozen=True)
class QueueFilters:
    """The queue's filters (besides state). Empty values do not filter."""

    area: str | None = None  # area of law code
    urgent: bool | None = None
    language: str | None = None  # language for advice
    claimed_by_me: bool = False
    centre_id: int | None = None  # one of the user's centres
    triage: bool = False  # only the network triage queue (network admins)


def _filtered(user: AbstractBaseUser, filters: QueueFilters) -> QuerySet[Enquiry]:
    queryset = enquiries_visible_to(user)
    if filters.triage:
        queryset = queryset.filter(centre__isnull=True)
    elif filters.centre_id is not None:
        queryset = queryset.filter(centre_id=filters.centre_id)
    if filters.area:
        queryset = queryset.filter(area__code=filters.area)
    if filters.urgent is not None:
        queryset = queryset.filter(urgent=filters.urgent)
    if filters.language:
        queryset = queryset.filter(advice_language=filters.language)
    if filters.claimed_by_me:
        queryset = queryset.filter(claimed_by=user)
    return queryset


def enquiry_queue(
    *,
    user: AbstractBaseUser,
    state: str | Iterable[str] | None = None,
    filters: QueueFilters | None = None,
) -> QuerySet[Enquiry]:
    """Enquiries user may see, most pressing first: urgent, then nearest key
    date, then oldest (finished ones: newest first). state defaults to every
    open state.

    The queryset is lazy and ready to paginate; it joins what a queue row
    shows (centre, area, claimant) and leaves personal data unread, so a
    page costs the same few queries however long the queue is (the order
    matches the partial indexes on open enquiries).
    """
    states = OPEN_STATES if state is None else ({state} if isinstance(state, str) else set(state))
    return (
        _filtered(user, filters or QueueFilters())
        .filter(state__in=sorted(states))
        .select_related("centre", "area", "claimed_by")
        .defer(*PERSONAL_FIELDS)  # never needed to show a queue row
        .order_by(*(FINISHED_ORDER if states <= TERMINAL_STATES else QUEUE_ORDER))
    )


def enquiry_state_counts(
    *, user: AbstractBaseUser, filters: QueueFilters | None = None
) -> dict[str, int]:
    """How many enquiries user may see in each state (one query; every state listed)."""
    rows = (
        _filtered(user, filters or QueueFilters())
        .order_by()
        .values_list("state")
        .annotate(count=Count("id"))
    )
    counts = dict.fromkeys(State.values, 0)
    counts.update(dict(rows))
    return counts
