"""Every staff action on an enquiry writes exactly one audit record, through
the real views (so the service layer's recording is what is tested), and no
record holds anything the help-seeker told us."""

import pytest
from django.db.models import Q
from django.urls import reverse

from portal.models import AuditRecord
from referrals.models import CaseNote, Enquiry
from referrals.services import ContactDetails, consent_withdraw, enquiry_withdraw

from ...factories import housing_answers, submit

pytestmark = pytest.mark.django_db

MARKER = "Zqxmarker7731"


def new_records(before: int) -> list[AuditRecord]:
    return list(AuditRecord.objects.order_by("pk")[before:])


def audited(client, method: str, url: str, data=None) -> list[AuditRecord]:
    before = AuditRecord.objects.count()
    response = getattr(client, method)(url, data or {})
    assert response.status_code in (200, 302), (url, response.status_code)
    return new_records(before)


def only(records, action):
    assert [r.action for r in records] == [action], [r.action for r in records]
    return records[0]


def test_viewing_the_detail_page_is_one_record_with_who_where_and_the_reference(
    river_client, riverside_caseworker, riverside, enquiry
):
    records = audited(river_client, "get", reverse("enquiries:detail", args=[enquiry.pk]), None)
    entry = only(records, "enquiry.view")
    assert (entry.actor_id, entry.actor_label) == (riverside_caseworker.pk, "river-cw")
    assert (entry.centre_id, entry.centre_label) == (riverside.pk, "Riverside")
    assert (entry.target_type, entry.target_label) == ("enquiry", enquiry.reference)
    assert entry.outcome == AuditRecord.SUCCESS
    assert entry.ip_address == "127.0.0.1"
    assert entry.occurred_at.utcoffset().total_seconds() == 0


def test_exporting_is_an_export_not_a_view(river_client, enquiry):
    records = audited(river_client, "get", reverse("enquiries:export", args=[enquiry.pk]))
    assert only(records, "enquiry.export").detail["export"] == "json"


@pytest.mark.parametrize(
    ("steps", "action"),
    [
        ([("claim", {})], "enquiry.claim"),
        ([("claim", {}), ("release", {"reason": "Away"})], "enquiry.release"),
        ([("claim", {}), ("contacted", {})], "enquiry.mark_contacted"),
        ([("claim", {}), ("contacted", {}), ("accept", {})], "enquiry.accept"),
        ([("claim", {}), ("close", {"outcome": "advice_given"})], "enquiry.close"),
        ([("note", {"body": "Called back."})], "enquiry.add_note"),
        ([("refer", {"to_centre": "northside", "reason": "Closer"})], "enquiry.refer_on"),
        ([("spam", {})], "enquiry.mark_spam"),
        ([("withdraw", {})], "enquiry.withdraw"),
    ],
)
def test_each_action_writes_exactly_its_record(
    river_client, northside, riverside, enquiry, steps, action
):
    for name, data in steps:
        records = audited(
            river_client, "post", reverse(f"enquiries:{name}", args=[enquiry.pk]), data
        )
    entry = only(records, action)
    assert entry.target_label == enquiry.reference
    assert entry.actor_label == "river-cw"
    assert entry.outcome == AuditRecord.SUCCESS


def test_a_referral_names_both_centres_by_slug(river_client, northside, riverside, enquiry):
    url = reverse("enquiries:refer", args=[enquiry.pk])
    entry = only(
        audited(river_client, "post", url, {"to_centre": "northside", "reason": "x"}),
        "enquiry.refer_on",
    )
    assert (entry.detail["from_centre"], entry.detail["to_centre"]) == ("riverside", "northside")


def test_consent_changes_are_recorded_by_staff_and_by_the_help_seeker(
    riverside_caseworker, riverside
):
    result = submit(consents={"share_with_centre": True, "updates_by_sms": True})
    before = AuditRecord.objects.count()
    consent_withdraw(enquiry=result.enquiry, purpose="updates_by_sms", actor=riverside_caseworker)
    staff = only(new_records(before), "enquiry.withdraw_consent")
    assert staff.actor_label == "river-cw" and staff.detail["purpose"] == "updates_by_sms"

    before = AuditRecord.objects.count()
    consent_withdraw(
        enquiry=result.enquiry, purpose="share_with_centre", status_secret=result.status_secret
    )
    person = only(new_records(before), "enquiry.withdraw_consent")
    assert person.actor_id is None and person.detail["by"] == "help_seeker"


def test_the_help_seeker_withdrawing_is_recorded_without_an_actor(riverside):
    result = submit()
    before = AuditRecord.objects.count()
    enquiry_withdraw(enquiry=result.enquiry, status_secret=result.status_secret)
    entry = only(new_records(before), "enquiry.withdraw")
    assert entry.actor_id is None and entry.target_label == result.enquiry.reference


def test_a_refused_action_leaves_no_success_record(river_client, riverside, enquiry):
    """The record is written in the action's transaction: no action, no record."""
    river_client.post(reverse("enquiries:close", args=[enquiry.pk]), {"outcome": "advice_given"})
    assert not AuditRecord.objects.filter(action="enquiry.close").exists()


def test_submitting_and_routing_are_not_in_the_audit_trail(riverside):
    before = AuditRecord.objects.count()
    submit()
    assert new_records(before) == []


def test_another_centres_enquiry_is_404_and_audited_as_denied(
    north_client, northside, riverside, enquiry
):
    before = AuditRecord.objects.count()
    assert north_client.get(reverse("enquiries:detail", args=[enquiry.pk])).status_code == 404
    assert north_client.post(reverse("enquiries:claim", args=[enquiry.pk])).status_code == 404
    records = new_records(before)
    assert [(r.action, r.outcome) for r in records] == [("enquiry.access", "denied")] * 2
    assert records[0].actor_label == "north-cw"
    assert records[0].target_label == enquiry.reference
    assert records[0].centre_label == "Riverside"
    assert records[1].detail == {"id": enquiry.pk, "exists": True, "method": "POST"}
    assert Enquiry.objects.get(pk=enquiry.pk).claimed_by_id is None


def test_a_missing_enquiry_is_audited_as_denied_without_a_reference(north_client, northside):
    before = AuditRecord.objects.count()
    assert north_client.get(reverse("enquiries:detail", args=[987654])).status_code == 404
    entry = only(new_records(before), "enquiry.access")
    assert entry.target_label == "" and entry.detail["exists"] is False


def test_no_audit_record_holds_the_help_seekers_personal_data(
    river_client, admin_client, northside, riverside
):
    """A marker in every personal field, every audited action, then the marker
    is nowhere in the audit trail (nor the phone number or e-mail)."""
    email = f"{MARKER.lower()}@example.org"
    result = submit(
        answers=housing_answers(
            summary=f"{MARKER} damp", accessibility_details=f"{MARKER} ramp", contact_method="email"
        ),
        contact=ContactDetails(name=f"{MARKER} Person", email=email, phone="07700 900777"),
        consents={"share_with_centre": True, "updates_by_email": True},
    )
    enquiry = result.enquiry
    steps = [
        ("get", "detail", {}),
        ("get", "export", {}),
        ("post", "note", {"body": f"{MARKER} note"}),
        ("post", "claim", {}),
        ("post", "release", {"reason": f"{MARKER} release"}),
        ("post", "claim", {}),
        ("post", "contacted", {}),
        ("post", "release", {"reason": f"{MARKER} again"}),
        ("post", "refer", {"to_centre": "northside", "reason": f"{MARKER} refer"}),
    ]
    for method, name, data in steps:
        audited(river_client, method, reverse(f"enquiries:{name}", args=[enquiry.pk]), data)
    audited(admin_client, "post", reverse("enquiries:note", args=[enquiry.pk]), {"body": MARKER})
    consent_withdraw(
        enquiry=enquiry, purpose="updates_by_email", status_secret=result.status_secret
    )
    river_client.get(reverse("enquiries:detail", args=[enquiry.pk]))  # now another centre's: denied
    assert CaseNote.objects.filter(enquiry=enquiry).count() >= 3

    records = AuditRecord.objects.all()
    assert records.filter(target_label=enquiry.reference).count() >= len(steps)
    for needle in (MARKER, MARKER.lower(), "900777", "7700"):
        for entry in records:
            text = " ".join(str(getattr(entry, f.attname)) for f in AuditRecord._meta.fields)
            assert needle not in text, (needle, entry.action)
    assert not records.filter(Q(actor_label__icontains=MARKER) | Q(target_label__icontains=MARKER))
