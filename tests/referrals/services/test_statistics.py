"""The anonymised statistics facts follow the counting rule and the enquiry."""

import datetime as dt

import pytest
from django.core.management import call_command
from django.utils import timezone

from referrals.models import Enquiry, EnquiryFact
from referrals.opening_hours import LOCAL_TZ
from referrals.services import (
    consent_withdraw,
    enquiries_refresh_urgency,
    enquiry_accept,
    enquiry_claim,
    enquiry_close,
    enquiry_mark_contacted,
    enquiry_mark_spam,
    enquiry_refer_on,
    enquiry_release,
    enquiry_withdraw,
    statistics_facts_rebuild,
)

from ..factories import CentreFactory, ContactDetails, housing_answers, submit

pytestmark = pytest.mark.django_db

STATS = {"share_with_centre": True, "anonymised_statistics": True}
# A Tuesday, 09:30 UK time.
SUBMITTED = dt.datetime(2026, 3, 10, 9, 30, tzinfo=LOCAL_TZ)


def counted(**kwargs):
    kwargs.setdefault("consents", STATS)
    kwargs.setdefault("as_of", SUBMITTED)
    return submit(**kwargs)


def test_an_enquiry_with_consent_gets_a_fact_of_codes_and_dates_only(riverside):
    enquiry = counted(
        answers=housing_answers(postcode="E1 6AN", language="pl", interpreter="yes"),
        contact=ContactDetails(name="Anna Nowak", phone="07700 900123"),
    ).enquiry

    fact = EnquiryFact.objects.get(enquiry=enquiry)
    assert (fact.submitted_on, fact.week, fact.month) == (
        dt.date(2026, 3, 10),
        dt.date(2026, 3, 9),
        dt.date(2026, 3, 1),
    )
    assert (fact.area, fact.sub_category, fact.postcode_area) == ("housing", "disrepair", "E")
    assert (fact.advice_language, fact.site_language) == ("pl", "en")
    assert fact.interpreter_requested and not fact.interpreter_needed  # Riverside speaks Polish
    assert (fact.centre_id, fact.centre_name, fact.state) == (riverside.pk, "Riverside", "routed")
    assert fact.routing_level == "area_coverage_language" and fact.triage_reason == ""
    assert fact.minutes_to_claim is None and fact.closed_on is None
    stored = [str(value) for value in EnquiryFact.objects.values().get().values()]
    assert "E1" not in stored  # the district never, only the area
    for personal in ("Anna", "Nowak", "07700", "E1 6AN", enquiry.reference, "damp"):
        assert not any(personal in value for value in stored)


def test_an_enquiry_without_consent_to_statistics_is_not_counted(riverside):
    submit(consents={"share_with_centre": True}, as_of=SUBMITTED)
    assert not EnquiryFact.objects.exists()


def test_withdrawing_consent_to_statistics_removes_the_fact(riverside, riverside_caseworker):
    result = counted()
    consent_withdraw(
        enquiry=result.enquiry, purpose="anonymised_statistics", status_secret=result.status_secret
    )
    assert not EnquiryFact.objects.exists()
    # and later changes do not bring it back
    enquiry_claim(enquiry=result.enquiry, actor=riverside_caseworker)
    assert not EnquiryFact.objects.exists()


def test_withdrawing_another_consent_keeps_the_fact(riverside):
    result = counted(consents={**STATS, "updates_by_sms": True})
    consent_withdraw(
        enquiry=result.enquiry, purpose="updates_by_sms", status_secret=result.status_secret
    )
    assert EnquiryFact.objects.filter(enquiry=result.enquiry).exists()


def test_the_fact_follows_the_life_cycle_with_durations(riverside, riverside_caseworker):
    enquiry = counted().enquiry
    user = riverside_caseworker
    enquiry_claim(enquiry=enquiry, actor=user, as_of=SUBMITTED + dt.timedelta(minutes=90))
    enquiry_release(enquiry=enquiry, actor=user, as_of=SUBMITTED + dt.timedelta(hours=3))
    enquiry_claim(enquiry=enquiry, actor=user, as_of=SUBMITTED + dt.timedelta(hours=4))
    enquiry_mark_contacted(enquiry=enquiry, actor=user, as_of=SUBMITTED + dt.timedelta(hours=26))
    enquiry_accept(enquiry=enquiry, actor=user, as_of=SUBMITTED + dt.timedelta(days=2))
    enquiry_close(
        enquiry=enquiry, actor=user, outcome="advice_given", as_of=SUBMITTED + dt.timedelta(days=9)
    )

    fact = EnquiryFact.objects.get(enquiry=enquiry)
    assert fact.minutes_to_claim == 90  # the first claim, not the latest
    assert fact.minutes_to_contact == 26 * 60
    assert (fact.state, fact.outcome, fact.closed_on) == (
        "closed",
        "advice_given",
        dt.date(2026, 3, 19),
    )
    assert fact.referred_on is False


def test_referring_on_moves_the_fact_and_marks_it(riverside, northside, riverside_caseworker):
    enquiry = counted().enquiry
    enquiry_refer_on(enquiry=enquiry, actor=riverside_caseworker, to_centre=northside, reason="x")
    fact = EnquiryFact.objects.get(enquiry=enquiry)
    assert (fact.centre_id, fact.centre_name, fact.state, fact.referred_on) == (
        northside.pk,
        "Northside",
        "referred_on",
        True,
    )
    assert fact.interpreter_needed is False


def test_withdrawn_enquiries_stay_counted_and_spam_is_removed(riverside, riverside_caseworker):
    withdrawn = counted()
    enquiry_withdraw(enquiry=withdrawn.enquiry, status_secret=withdrawn.status_secret)
    spam = counted()
    enquiry_mark_spam(enquiry=spam.enquiry, actor=riverside_caseworker)

    assert list(EnquiryFact.objects.values_list("enquiry_id", "state")) == [
        (withdrawn.enquiry.pk, "withdrawn")
    ]


def test_triage_enquiries_record_the_fallback_and_why(db):
    CentreFactory(slug="north", coverage=["N1"])
    enquiry = counted(answers=housing_answers(postcode="CF10 1AA")).enquiry
    fact = EnquiryFact.objects.get(enquiry=enquiry)
    assert (fact.centre_id, fact.routing_level, fact.triage_reason) == (
        None,
        "triage",
        "no_coverage",
    )
    assert fact.postcode_area == "CF"


def test_becoming_urgent_later_is_counted(riverside):
    soon = (SUBMITTED + dt.timedelta(days=30)).date().isoformat()
    enquiry = counted(
        answers=housing_answers(housing_problem="eviction_notice", housing_leave_date=soon)
    ).enquiry
    assert EnquiryFact.objects.get(enquiry=enquiry).urgent is False
    enquiries_refresh_urgency(as_of=SUBMITTED + dt.timedelta(days=20))
    assert EnquiryFact.objects.get(enquiry=enquiry).urgent is True


def test_facts_survive_the_enquiry_being_anonymised_or_deleted(riverside, riverside_caseworker):
    enquiry = counted().enquiry
    enquiry_claim(enquiry=enquiry, actor=riverside_caseworker)
    # What retention does to personal data, whatever form it takes:
    Enquiry.objects.filter(pk=enquiry.pk).update(
        name="", email="", phone="", postcode="", outward_code="", summary=""
    )
    enquiry.refresh_from_db()
    enquiry_mark_contacted(enquiry=enquiry, actor=riverside_caseworker)
    assert EnquiryFact.objects.get(enquiry=enquiry).postcode_area == "E"  # frozen at submission

    Enquiry.objects.get(pk=enquiry.pk).delete()
    fact = EnquiryFact.objects.get()
    assert fact.enquiry_id is None
    assert (fact.area, fact.postcode_area, fact.state, fact.centre_id) == (
        "housing",
        "E",
        "contacted",
        riverside.pk,
    )


def test_deleting_a_centre_keeps_its_history(db):
    centre = CentreFactory(slug="gone", name="Gone Centre", coverage=["E1"])
    enquiry = counted().enquiry
    Enquiry.objects.filter(pk=enquiry.pk).delete()
    centre_id = centre.pk
    centre.delete()
    fact = EnquiryFact.objects.get()
    assert (fact.centre_id, fact.centre_name) == (centre_id, "Gone Centre")


def test_rebuild_brings_every_enquiry_in_line(riverside):
    kept = counted().enquiry
    not_counted = submit(as_of=SUBMITTED).enquiry
    EnquiryFact.objects.all().delete()
    EnquiryFact.objects.create(
        enquiry=not_counted, submitted_on=SUBMITTED.date(), week=SUBMITTED.date(),
        month=SUBMITTED.date(), advice_language="en", site_language="en", state="routed",
    )  # fmt: skip

    assert statistics_facts_rebuild() == (1, 1)
    assert list(EnquiryFact.objects.values_list("enquiry_id", flat=True)) == [kept.pk]
    assert statistics_facts_rebuild() == (1, 1)
    assert EnquiryFact.objects.count() == 1


def test_the_sync_command_prints_counts_only(riverside, capsys):
    counted()
    call_command("sync_statistics_facts")
    assert capsys.readouterr().out.strip() == "Enquiries counted: 1; not counted: 0."


def test_submission_dates_are_uk_dates(riverside):
    late = dt.datetime(2026, 6, 30, 23, 30, tzinfo=dt.UTC)  # 00:30 on 1 July in London
    fact = EnquiryFact.objects.get(enquiry=counted(as_of=late).enquiry)
    assert (fact.submitted_on, fact.month) == (dt.date(2026, 7, 1), dt.date(2026, 7, 1))
    assert timezone.is_aware(late)
