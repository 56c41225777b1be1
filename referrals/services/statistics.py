"""Keeping the anonymised statistics facts in step with enquiries.

The rule: an enquiry is counted (has an EnquiryFact) while its person's
consent to anonymised statistics stands and it is not spam. Withdrawing
that consent deletes the fact; marking spam deletes it.

What the person told us (area, language, postcode area, routing ...) is
frozen when the fact is made, so a fact keeps it after the enquiry's
personal data is anonymised or the enquiry is deleted. Where the enquiry
is now (centre, state, outcome, times) follows every change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.db import transaction
from django.db.models import Count, Min, Q

from ..models import ConsentPurpose, Enquiry, EnquiryFact, EventAction
from ..opening_hours import LOCAL_TZ
from ..postcodes import parse_postcode
from ..routing import LEVEL_TRIAGE
from ..selectors.enquiries import current_consents
from ..states import State


def is_counted(enquiry: Enquiry) -> bool:
    """Whether the enquiry belongs in the statistics (the counting rule)."""
    if enquiry.state == State.SPAM:
        return False
    return bool(current_consents(enquiry=enquiry).get(ConsentPurpose.ANONYMISED_STATISTICS))


@transaction.atomic
def statistics_fact_sync(*, enquiry: Enquiry) -> EnquiryFact | None:
    """Create, update or delete the enquiry's fact so it matches the rule and
    the enquiry's current state. Services call it after every change."""
    if not is_counted(enquiry):
        EnquiryFact.objects.filter(enquiry=enquiry).delete()
        return None
    fact = EnquiryFact.objects.filter(enquiry=enquiry).first()
    if fact is None:
        fact = EnquiryFact(enquiry=enquiry, **submission_facts(enquiry))
    for name, value in life_cycle_facts(enquiry).items():
        setattr(fact, name, value)
    fact.save()
    return fact


@transaction.atomic
def statistics_facts_mark_urgent(*, enquiry_ids: Iterable[int]) -> int:
    """Enquiries that became urgent as a key date came near (one query)."""
    return EnquiryFact.objects.filter(enquiry_id__in=list(enquiry_ids)).update(urgent=True)


def statistics_facts_rebuild(*, batch_size: int = 500) -> tuple[int, int]:
    """Bring every existing enquiry's fact in line with the rule (for an
    install that had enquiries before statistics existed, or after a bug).
    Returns (enquiries counted, enquiries not counted)."""
    counted = skipped = 0
    pks = list(Enquiry.objects.order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(pks), batch_size):
        with transaction.atomic():
            batch = (
                Enquiry.objects.filter(pk__in=pks[start : start + batch_size])
                .select_related("area", "centre", "outcome")
                .prefetch_related("consents")
            )
            for enquiry in batch:
                if statistics_fact_sync(enquiry=enquiry) is None:
                    skipped += 1
                else:
                    counted += 1
    return counted, skipped


def local_date(moment: dt.datetime) -> dt.date:
    return moment.astimezone(LOCAL_TZ).date()


def week_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def month_of(day: dt.date) -> dt.date:
    return day.replace(day=1)


def submission_facts(enquiry: Enquiry) -> dict:
    day = local_date(enquiry.submitted_at)
    postcode = parse_postcode(enquiry.outward_code)
    triage_reason = ""
    if enquiry.routing_level == LEVEL_TRIAGE:
        reasons = (enquiry.routing or {}).get("reasons") or [{}]
        triage_reason = reasons[0].get("code", "")
    return {
        "submitted_on": day,
        "week": week_of(day),
        "month": month_of(day),
        "area": enquiry.area.code if enquiry.area_id else "",
        "sub_category": enquiry.sub_category,
        "advice_language": enquiry.advice_language,
        "site_language": enquiry.language,
        "interpreter_requested": enquiry.interpreter_requested,
        "postcode_area": postcode.area if postcode else "",
        "postcode_status": enquiry.postcode_status,
        "routing_level": enquiry.routing_level,
        "triage_reason": triage_reason,
    }


def life_cycle_facts(enquiry: Enquiry) -> dict:
    events = enquiry.events.aggregate(
        first_claim=Min("created_at", filter=Q(action=EventAction.CLAIMED)),
        referrals=Count("pk", filter=Q(action=EventAction.REFERRED_ON)),
    )
    return {
        "centre_id": enquiry.centre_id,
        "centre_name": enquiry.centre.name if enquiry.centre_id else "",
        "assigned_week": week_of(local_date(enquiry.assigned_at)) if enquiry.assigned_at else None,
        "state": enquiry.state,
        "outcome": enquiry.outcome.code if enquiry.outcome_id else "",
        "urgent": enquiry.urgent,
        "interpreter_needed": enquiry.interpreter_needed,
        "referred_on": bool(events["referrals"]),
        "minutes_to_claim": _minutes(enquiry.submitted_at, events["first_claim"]),
        "minutes_to_contact": _minutes(enquiry.submitted_at, enquiry.contacted_at),
        "closed_on": local_date(enquiry.finished_at) if enquiry.finished_at else None,
    }


def _minutes(start: dt.datetime, end: dt.datetime | None) -> int | None:
    if end is None:
        return None
    return max(int((end - start).total_seconds() // 60), 0)
