import copy
import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.users.models import UserProfile

from referrals.models import EnquiryEvent, QuestionnaireVersion
from referrals.selectors import latest_questionnaire_version
from referrals.services import ContactDetails, enquiry_add_note, enquiry_claim, enquiry_release

from ...factories import caseworker, housing_answers, submit

pytestmark = pytest.mark.django_db


def detail(client, enquiry, **params):
    response = client.get(reverse("enquiries:detail", args=[enquiry.pk]), params)
    assert response.status_code == 200
    return response.content.decode()


def test_safe_contact_warnings_come_first(river_client, riverside):
    enquiry = submit(
        answers=housing_answers(
            safe_to_contact="no", leave_message="no", safe_times=["weekday_morning"]
        )
    ).enquiry

    html = detail(river_client, enquiry)

    first_warning = html.index("It is not always safe to contact this person")
    assert first_warning < html.index("Do not leave a message") < html.index("Contact details")
    assert "Contact them only at these times: Weekday mornings." in html
    assert "Preferred way to contact them: Phone call." in html
    assert html.index('class="help-block help-critical"') < html.index('id="status-heading"')


def test_a_person_who_allows_messages_at_any_time_gets_no_warnings_about_it(
    river_client, riverside
):
    enquiry = submit(answers=housing_answers(safe_times=["any_time"])).enquiry

    html = detail(river_client, enquiry)

    assert "Do not leave a message" not in html
    assert "only at these times" not in html
    assert "It is not always safe" not in html


def test_the_detail_shows_contact_details_needs_summary_routing_and_answers(
    river_client, riverside
):
    enquiry = submit(
        answers=housing_answers(language="pl", interpreter="yes", accessibility=["large_print"]),
        contact=ContactDetails(name="Ada Person", phone="07700 900123", email="ada@example.org"),
    ).enquiry

    html = detail(river_client, enquiry)

    for shown in (
        "Ada Person",
        "+447700900123",
        "ada@example.org",
        "E1 6AN",
        "There is damp in the bedroom.",
        "Polish",
        "They asked for one.",
        "Letters in large print",
        "What kind of home do you live in, or did you last live in?",
        "I rent from a private landlord or letting agent",
        "Covers E1; speaks Polish",
        "They answered in English",
    ):
        assert shown in html, shown


def _version_with_polish_text() -> QuestionnaireVersion:
    latest = latest_questionnaire_version()
    snapshot = copy.deepcopy(latest.snapshot)
    question = next(q for q in snapshot["questions"] if q["key"] == "problem_area")
    question["text"]["pl"] = "Czego głównie dotyczy Twój problem?"
    option = next(o for o in question["options"] if o["key"] == "housing")
    option["label"]["pl"] = "Mieszkanie: najem, eksmisja, naprawy lub bezdomność"
    # One question left without Polish text, to show the English fallback.
    for other in snapshot["questions"]:
        if other["text"].get("en", "").startswith("What kind of home do you live in"):
            other["text"].pop("pl", None)
    return QuestionnaireVersion.objects.create(
        number=latest.number + 1, snapshot=snapshot, checksum="test", published_at=timezone.now()
    )


def test_answers_are_in_the_caseworkers_admin_language_where_the_questionnaire_has_it(
    river_client, riverside, riverside_caseworker
):
    _version_with_polish_text()
    enquiry = submit(language="en").enquiry
    profile = UserProfile.get_for_user(riverside_caseworker)
    profile.preferred_language = "pl"
    profile.save()

    html = detail(river_client, enquiry)

    assert "Czego głównie dotyczy Twój problem?" in html
    assert "Mieszkanie: najem, eksmisja" in html
    # No Polish text for this question: English, rather than nothing.
    assert "What kind of home do you live in" in html


def test_answers_can_be_shown_as_the_person_saw_them(river_client, riverside):
    _version_with_polish_text()
    enquiry = submit(language="pl").enquiry

    in_english = detail(river_client, enquiry)
    as_they_saw = detail(river_client, enquiry, answers="original")

    assert "What is your problem mainly about?" in in_english
    assert "Czego głównie dotyczy Twój problem?" in as_they_saw
    assert 'lang="pl"' in as_they_saw


def test_opening_an_enquiry_is_recorded_on_its_timeline(
    river_client, riverside_caseworker, enquiry
):
    detail(river_client, enquiry)
    html = detail(river_client, enquiry)

    views = EnquiryEvent.objects.filter(enquiry=enquiry, action="view")
    assert views.count() == 2
    assert {event.actor for event in views} == {riverside_caseworker}
    assert "Opened by" in html


def test_notes_and_the_timeline_are_shown(river_client, riverside_caseworker, enquiry):
    riverside_caseworker.first_name, riverside_caseworker.last_name = "Rita", "Worker"
    riverside_caseworker.save()
    enquiry_claim(enquiry=enquiry, actor=riverside_caseworker)
    enquiry_add_note(enquiry=enquiry, actor=riverside_caseworker, body="Called, no answer.")

    html = detail(river_client, enquiry)

    assert "Called, no answer." in html
    assert "Rita Worker" in html
    assert "Waiting to be picked up → Claimed by a caseworker" in html


def test_buttons_follow_the_state_and_the_users_role(
    client, river_client, riverside, riverside_caseworker, enquiry
):
    from tests.support.staff import staff_login

    routed = detail(river_client, enquiry)
    enquiry_claim(enquiry=enquiry, actor=riverside_caseworker)
    mine = detail(river_client, enquiry)
    colleague = staff_login(client, caseworker(riverside, "colleague"))
    theirs = detail(colleague, enquiry)
    manager = staff_login(client, caseworker(riverside, "boss", role="manager"))
    managed = detail(manager, enquiry)

    def actions(html):
        return {
            name
            for name in ("claim", "contacted", "close", "release", "refer", "spam", "withdraw")
            if reverse(f"enquiries:{name}", args=[enquiry.pk]) in html
        }

    assert actions(routed) == {"claim", "refer", "spam", "withdraw"}
    assert actions(mine) == {"contacted", "close", "release", "refer", "spam", "withdraw"}
    assert actions(theirs) == set()
    assert "has claimed this enquiry, so only they can" in theirs
    assert actions(managed) == {"release", "refer", "spam"}


def test_the_export_is_a_json_download_of_what_the_centre_holds_and_is_recorded(
    river_client, riverside_caseworker, enquiry
):
    enquiry_add_note(enquiry=enquiry, actor=riverside_caseworker, body="A private note.")

    response = river_client.get(reverse("enquiries:export", args=[enquiry.pk]))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["Content-Disposition"] == f'attachment; filename="{enquiry.reference}.json"'
    assert "no-store" in response["Cache-Control"]
    data = json.loads(response.content)
    assert data["reference"] == enquiry.reference
    assert data["contact"]["name"] == "Test Person"
    assert data["notes"][0]["text"] == "A private note."
    assert data["exported_by"] == riverside_caseworker.username
    event = EnquiryEvent.objects.filter(enquiry=enquiry, action="view").get()
    assert event.data == {"export": "json"}


def _detail_queries(client, enquiry) -> int:
    # Warm up first: the staff-session middleware stamps "last seen" at most once
    # a minute, which would otherwise count against whichever page came first.
    detail(client, enquiry)
    with CaptureQueriesContext(connection) as captured:
        detail(client, enquiry)
    return len(captured)


def test_the_enquiry_page_costs_the_same_queries_however_long_its_history(
    river_client, riverside_caseworker, enquiry
):
    enquiry_claim(enquiry=enquiry, actor=riverside_caseworker)
    few = _detail_queries(river_client, enquiry)
    for number in range(4):
        other = caseworker(enquiry.centre, f"cw-{number}")
        enquiry_add_note(enquiry=enquiry, actor=other, body=f"Note {number}")
        enquiry_release(enquiry=enquiry, actor=riverside_caseworker, reason="Back later.")
        enquiry_claim(enquiry=enquiry, actor=other)
        enquiry_release(enquiry=enquiry, actor=other)
        enquiry_claim(enquiry=enquiry, actor=riverside_caseworker)

    assert _detail_queries(river_client, enquiry) == few
