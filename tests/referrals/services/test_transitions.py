import pytest

from referrals.models import CaseNote, Enquiry, Notification
from referrals.services import (
    AlreadyClaimed,
    EnquiryNotFound,
    IllegalTransition,
    UnknownOutcome,
    consent_withdraw,
    enquiry_accept,
    enquiry_add_note,
    enquiry_claim,
    enquiry_close,
    enquiry_mark_contacted,
    enquiry_mark_spam,
    enquiry_record_view,
    enquiry_refer_on,
    enquiry_release,
    enquiry_withdraw,
)
from referrals.states import State

from ..factories import ContactDetails, caseworker, housing_answers, submit

pytestmark = pytest.mark.django_db


@pytest.fixture
def enquiry(riverside):
    return submit(
        contact=ContactDetails(name="A", phone="07700 900123"),
        consents={"share_with_centre": True, "updates_by_sms": True},
    ).enquiry


def test_a_caseworker_claims_contacts_accepts_and_closes(enquiry, riverside_caseworker):
    user = riverside_caseworker
    enquiry_claim(enquiry=enquiry, actor=user)
    enquiry_mark_contacted(enquiry=enquiry, actor=user)
    enquiry_accept(enquiry=enquiry, actor=user)
    enquiry_close(enquiry=enquiry, actor=user, outcome="advice_given")

    enquiry.refresh_from_db()
    assert enquiry.state == State.CLOSED and enquiry.outcome.code == "advice_given"
    assert enquiry.claimed_by == user and enquiry.contacted_at and enquiry.finished_at
    steps = [(e.action, e.from_state, e.to_state, e.actor) for e in enquiry.events.all()][2:]
    assert steps == [
        ("claim", "routed", "claimed", user),
        ("mark_contacted", "claimed", "contacted", user),
        ("accept", "contacted", "accepted", user),
        ("close", "accepted", "closed", user),
    ]
    assert enquiry.events.last().data == {"outcome": "advice_given"}


def test_claiming_and_closing_tell_the_help_seeker_by_consented_channels(
    enquiry, riverside_caseworker
):
    enquiry_claim(enquiry=enquiry, actor=riverside_caseworker)
    enquiry_close(enquiry=enquiry, actor=riverside_caseworker, outcome="unable_to_contact")

    kinds = list(
        Notification.objects.filter(recipient_kind="help_seeker").values_list("kind", "channel")
    )
    assert kinds == [
        ("enquiry_received", "sms"),
        ("enquiry_claimed", "sms"),
        ("enquiry_closed", "sms"),
    ]


def test_a_second_claim_is_told_someone_else_has_it(enquiry, riverside, riverside_caseworker):
    other = caseworker(riverside, "river-cw-2")
    enquiry_claim(enquiry=enquiry, actor=riverside_caseworker)

    with pytest.raises(AlreadyClaimed) as caught:
        enquiry_claim(enquiry=enquiry, actor=other)

    assert caught.value.claimed_by_id == riverside_caseworker.pk
    assert Enquiry.objects.get().claimed_by == riverside_caseworker


@pytest.mark.parametrize(
    "action",
    [
        lambda e, u: enquiry_accept(enquiry=e, actor=u),
        lambda e, u: enquiry_mark_contacted(enquiry=e, actor=u),
        lambda e, u: enquiry_close(enquiry=e, actor=u, outcome="advice_given"),
        lambda e, u: enquiry_release(enquiry=e, actor=u),
    ],
    ids=["accept", "contacted", "close", "release"],
)
def test_steps_out_of_order_are_refused(enquiry, riverside_caseworker, action):
    with pytest.raises(IllegalTransition):
        action(enquiry, riverside_caseworker)

    assert Enquiry.objects.get().state == State.ROUTED
    assert Enquiry.objects.get().events.count() == 2


def test_nothing_happens_to_a_closed_enquiry(enquiry, riverside_caseworker):
    enquiry_claim(enquiry=enquiry, actor=riverside_caseworker)
    enquiry_close(enquiry=enquiry, actor=riverside_caseworker, outcome="advice_given")

    for action in (enquiry_claim, enquiry_mark_spam, enquiry_release):
        with pytest.raises(IllegalTransition):
            action(enquiry=enquiry, actor=riverside_caseworker)


def test_closing_needs_an_active_outcome_code(enquiry, riverside_caseworker):
    from referrals.models import OutcomeCode

    enquiry_claim(enquiry=enquiry, actor=riverside_caseworker)
    OutcomeCode.objects.filter(code="duplicate").update(active=False)

    for outcome in ("made_up", "duplicate"):
        with pytest.raises(UnknownOutcome):
            enquiry_close(enquiry=enquiry, actor=riverside_caseworker, outcome=outcome)
    assert Enquiry.objects.get().state == State.CLAIMED


def test_releasing_puts_it_back_in_the_queue_keeping_the_reason_encrypted(
    enquiry, riverside_caseworker
):
    enquiry_claim(enquiry=enquiry, actor=riverside_caseworker)
    enquiry_release(enquiry=enquiry, actor=riverside_caseworker, reason="Going on leave")

    enquiry.refresh_from_db()
    assert enquiry.state == State.ROUTED and enquiry.claimed_by is None
    note = CaseNote.objects.get()
    assert note.kind == "release_reason" and note.body == "Going on leave"
    assert enquiry.events.last().data == {"note": note.pk}


def test_the_help_seeker_withdraws_with_their_status_secret(riverside):
    result = submit()

    with pytest.raises(EnquiryNotFound):
        enquiry_withdraw(enquiry=result.enquiry, status_secret="wrong")
    with pytest.raises(EnquiryNotFound):
        enquiry_withdraw(enquiry=result.enquiry)
    enquiry_withdraw(enquiry=result.enquiry, status_secret=result.status_secret)

    enquiry = Enquiry.objects.get()
    assert enquiry.state == State.WITHDRAWN and enquiry.finished_at
    assert enquiry.events.last().actor_kind == "help_seeker"


def test_spam_stops_messages_that_have_not_gone(enquiry, riverside_caseworker):
    enquiry_mark_spam(enquiry=enquiry, actor=riverside_caseworker)

    assert Enquiry.objects.get().state == State.SPAM
    assert set(
        Notification.objects.filter(recipient_kind="help_seeker").values_list("status", flat=True)
    ) == {"cancelled"}


def test_opening_an_enquiry_is_on_its_timeline(enquiry, riverside_caseworker):
    enquiry_record_view(enquiry=enquiry, actor=riverside_caseworker)

    event = Enquiry.objects.get().events.last()
    assert (event.action, event.actor, event.from_state, event.to_state) == (
        "view",
        riverside_caseworker,
        "routed",
        "routed",
    )


ALL_STAFF_ACTIONS = {
    "claim": lambda e, u: enquiry_claim(enquiry=e, actor=u),
    "release": lambda e, u: enquiry_release(enquiry=e, actor=u),
    "contacted": lambda e, u: enquiry_mark_contacted(enquiry=e, actor=u),
    "accept": lambda e, u: enquiry_accept(enquiry=e, actor=u),
    "close": lambda e, u: enquiry_close(enquiry=e, actor=u, outcome="advice_given"),
    "withdraw": lambda e, u: enquiry_withdraw(enquiry=e, actor=u),
    "spam": lambda e, u: enquiry_mark_spam(enquiry=e, actor=u),
    "view": lambda e, u: enquiry_record_view(enquiry=e, actor=u),
    "note": lambda e, u: enquiry_add_note(enquiry=e, actor=u, body="x"),
    "refer": lambda e, u: enquiry_refer_on(enquiry=e, actor=u, to_centre="northside", reason="x"),
    "consent": lambda e, u: consent_withdraw(enquiry=e, actor=u, purpose="updates_by_sms"),
}


@pytest.mark.parametrize("name", ALL_STAFF_ACTIONS)
def test_another_centres_caseworker_gets_not_found_and_changes_nothing(
    enquiry, northside_caseworker, name
):
    before = (Enquiry.objects.get().state, enquiry.events.count(), enquiry.notes.count())

    with pytest.raises(EnquiryNotFound):
        ALL_STAFF_ACTIONS[name](enquiry, northside_caseworker)

    after = (Enquiry.objects.get().state, enquiry.events.count(), enquiry.notes.count())
    assert after == before


def test_a_network_admin_can_act_on_any_centre_and_on_triage(riverside, admin_user):
    triaged = submit(answers=housing_answers(postcode="M1 1AE")).enquiry
    routed = submit().enquiry

    enquiry_claim(enquiry=triaged, actor=admin_user)
    enquiry_claim(enquiry=routed, actor=admin_user)

    assert set(Enquiry.objects.values_list("state", flat=True)) == {"claimed"}


def test_only_network_admins_see_the_triage_queue(riverside, riverside_caseworker):
    triaged = submit(answers=housing_answers(postcode="M1 1AE")).enquiry

    with pytest.raises(EnquiryNotFound):
        enquiry_claim(enquiry=triaged, actor=riverside_caseworker)
