import pytest
from django.test import Client
from django.urls import reverse

from referrals.models import CaseNote, Enquiry
from referrals.services import enquiry_claim, enquiry_mark_contacted
from tests.support.staff import staff_login

from ...factories import caseworker

pytestmark = pytest.mark.django_db


def post(client, name, enquiry, data=None, **kwargs):
    return client.post(reverse(f"enquiries:{name}", args=[enquiry.pk]), data or {}, **kwargs)


def messages_of(response) -> list[str]:
    return [str(message).strip() for message in response.context["messages"]]


def reloaded(enquiry) -> Enquiry:
    return Enquiry.objects.get(pk=enquiry.pk)


def test_claiming_takes_the_enquiry_and_redirects_to_it(
    river_client, riverside_caseworker, enquiry
):
    response = post(river_client, "claim", enquiry)

    assert response.status_code == 302
    assert response["Location"] == reverse("enquiries:detail", args=[enquiry.pk])
    after = reloaded(enquiry)
    assert (after.state, after.claimed_by) == ("claimed", riverside_caseworker)
    shown = river_client.get(response["Location"])
    assert f"You have claimed {enquiry.reference}." in messages_of(shown)[0]


def test_the_second_caseworker_to_claim_is_told_someone_was_quicker(
    river_client, riverside, enquiry
):
    quicker = caseworker(riverside, "quicker")
    enquiry_claim(enquiry=enquiry, actor=quicker)

    response = post(river_client, "claim", enquiry, follow=True)

    assert messages_of(response) == ["Someone else has already claimed this enquiry."]
    assert reloaded(enquiry).claimed_by == quicker
    assert enquiry.events.filter(action="claim").count() == 1


def test_the_claimant_works_it_through_to_closed_with_an_outcome(
    river_client, riverside_caseworker, enquiry
):
    for name, data, state in (
        ("claim", {}, "claimed"),
        ("contacted", {}, "contacted"),
        ("accept", {}, "accepted"),
        ("close", {"outcome": "advice_given"}, "closed"),
    ):
        response = post(river_client, name, enquiry, data)
        assert response.status_code == 302
        assert reloaded(enquiry).state == state, name

    assert reloaded(enquiry).outcome.code == "advice_given"


def test_closing_needs_an_outcome_from_the_list(river_client, riverside_caseworker, enquiry):
    enquiry_claim(enquiry=enquiry, actor=riverside_caseworker)

    for outcome in ("", "not-a-code"):
        response = post(river_client, "close", enquiry, {"outcome": outcome}, follow=True)
        assert messages_of(response) == ["Choose an outcome from the list."]

    assert reloaded(enquiry).state == "claimed"


def test_someone_elses_claimed_enquiry_cannot_be_worked_on(client, riverside, enquiry):
    claimant = caseworker(riverside, "claimant")
    enquiry_claim(enquiry=enquiry, actor=claimant)
    staff_login(client, caseworker(riverside, "colleague"))

    for name, data in (
        ("contacted", {}),
        ("close", {"outcome": "advice_given"}),
        ("release", {}),
        ("spam", {}),
    ):
        response = post(client, name, enquiry, data, follow=True)
        assert messages_of(response) == [
            "Only the caseworker who claimed this enquiry can do that."
        ], name

    after = reloaded(enquiry)
    assert (after.state, after.claimed_by) == ("claimed", claimant)


def test_a_manager_can_release_a_colleagues_enquiry_with_a_reason(client, riverside, enquiry):
    claimant = caseworker(riverside, "claimant")
    enquiry_claim(enquiry=enquiry, actor=claimant)
    enquiry_mark_contacted(enquiry=enquiry, actor=claimant)
    staff_login(client, caseworker(riverside, "boss", role="manager"))

    response = post(client, "release", enquiry, {"reason": "Rita is on leave."}, follow=True)

    assert messages_of(response) == [f"{enquiry.reference} is back in the centre’s queue."]
    after = reloaded(enquiry)
    assert (after.state, after.claimed_by) == ("routed", None)
    assert CaseNote.objects.get(enquiry=enquiry).body == "Rita is on leave."


def test_an_action_the_state_does_not_allow_is_refused_by_the_service(river_client, enquiry):
    response = post(river_client, "accept", enquiry, follow=True)

    assert messages_of(response) == [
        "This enquiry is waiting to be picked up, so it cannot be changed that way."
    ]
    assert reloaded(enquiry).state == "routed"


def test_a_note_is_saved_encrypted_and_an_empty_one_is_refused(
    river_client, riverside_caseworker, enquiry
):
    empty = post(river_client, "note", enquiry, {"body": "   "}, follow=True)
    saved = post(river_client, "note", enquiry, {"body": "Rang twice."}, follow=True)

    assert messages_of(empty) == ["Write the note before saving it."]
    assert messages_of(saved) == [f"Your note on {enquiry.reference} is saved."]
    note = CaseNote.objects.get(enquiry=enquiry)
    assert (note.body, note.author) == ("Rang twice.", riverside_caseworker)
    assert "Rang twice." in saved.content.decode()


def test_marking_as_spam_asks_first_then_does_it(river_client, enquiry):
    question = river_client.get(reverse("enquiries:spam", args=[enquiry.pk]))

    assert question.status_code == 200
    assert f"Mark {enquiry.reference} as spam?" in question.content.decode()
    assert reloaded(enquiry).state == "routed"

    response = post(river_client, "spam", enquiry, follow=True)

    assert messages_of(response) == [f"{enquiry.reference} is marked as spam."]
    assert reloaded(enquiry).state == "spam"


def test_a_withdrawal_is_recorded_by_the_claimant(river_client, riverside_caseworker, enquiry):
    enquiry_claim(enquiry=enquiry, actor=riverside_caseworker)

    assert river_client.get(reverse("enquiries:withdraw", args=[enquiry.pk])).status_code == 200
    post(river_client, "withdraw", enquiry)

    assert reloaded(enquiry).state == "withdrawn"


def test_actions_need_a_post_with_a_csrf_token(riverside_caseworker, enquiry):
    client = staff_login(Client(enforce_csrf_checks=True), riverside_caseworker)

    assert post(client, "claim", enquiry).status_code == 403
    assert client.get(reverse("enquiries:claim", args=[enquiry.pk])).status_code == 405
    assert reloaded(enquiry).state == "routed"
