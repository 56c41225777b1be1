import datetime as dt

import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from referrals.services import ContactDetails, enquiry_claim, enquiry_mark_spam
from tests.support.staff import staff_login

from ...factories import UserFactory, caseworker, housing_answers, submit

pytestmark = pytest.mark.django_db
QUEUE = reverse("enquiries:queue")
MONDAY = dt.datetime(2026, 11, 23, 10, 0, tzinfo=dt.UTC)


def references(response) -> list[str]:
    return [enquiry.reference for enquiry in response.context["object_list"]]


def test_a_caseworker_sees_only_their_centres_enquiries(
    river_client, riverside, northside, enquiry
):
    theirs = submit(answers=housing_answers(postcode="N1 9GU")).enquiry

    response = river_client.get(QUEUE)

    assert response.status_code == 200
    assert references(response) == [enquiry.reference]
    assert theirs.reference not in response.content.decode()
    # One centre: no centre filter and no centre column.
    assert "centre" not in response.context["filters"].filters


def test_a_network_admin_sees_every_centre_and_the_triage_queue(
    admin_client, riverside, northside, enquiry
):
    north = submit(answers=housing_answers(postcode="N1 9GU")).enquiry
    triaged = submit(answers=housing_answers(postcode="M1 1AE")).enquiry

    everything = admin_client.get(QUEUE)
    triage = admin_client.get(QUEUE, {"centre": "triage"})
    northside_only = admin_client.get(QUEUE, {"centre": northside.pk})

    assert set(references(everything)) == {enquiry.reference, north.reference, triaged.reference}
    assert references(triage) == [triaged.reference]
    assert references(northside_only) == [north.reference]
    assert "Network triage queue" in everything.content.decode()


def test_a_caseworker_cannot_filter_their_way_into_another_centre(
    river_client, riverside, northside
):
    submit(answers=housing_answers(postcode="N1 9GU"))

    assert references(river_client.get(QUEUE, {"centre": northside.pk})) == []
    assert references(river_client.get(QUEUE, {"centre": "triage"})) == []


def test_filters_by_state_area_urgency_language_and_claimed_by_me(
    river_client, riverside_caseworker, riverside
):
    riverside.areas.add(*riverside.areas.model.objects.filter(code="debt"))
    plain = submit(as_of=MONDAY).enquiry
    urgent = submit(
        answers=housing_answers(housing_problem="illegal_eviction"), as_of=MONDAY
    ).enquiry
    polish = submit(answers=housing_answers(language="pl"), as_of=MONDAY).enquiry
    enquiry_claim(enquiry=plain, actor=riverside_caseworker)

    def listed(**params):
        return set(references(river_client.get(QUEUE, params)))

    assert listed() == {plain.reference, urgent.reference, polish.reference}
    assert listed(state="claimed") == {plain.reference}
    assert listed(state="routed") == {urgent.reference, polish.reference}
    assert listed(urgency="urgent") == {urgent.reference}
    assert listed(urgency="not_urgent") == {plain.reference, polish.reference}
    assert listed(language="pl") == {polish.reference}
    assert listed(claimed="me") == {plain.reference}
    assert listed(area="debt") == set()
    assert listed(area="housing", state="routed", language="pl") == {polish.reference}


def test_unknown_filter_values_are_ignored_not_an_error(river_client, enquiry):
    response = river_client.get(QUEUE, {"state": "nonsense", "area": "<script>", "centre": "9"})

    assert response.status_code == 200
    assert references(response) == [enquiry.reference]


def test_the_queue_is_in_working_order(river_client, riverside):
    def eviction(date):
        return housing_answers(housing_problem="eviction_notice", housing_leave_date=date)

    hour = dt.timedelta(hours=1)
    old_plain = submit(as_of=MONDAY).enquiry
    far_date = submit(answers=eviction("2027-01-20"), as_of=MONDAY + hour).enquiry
    urgent_soon = submit(answers=eviction("2026-11-25"), as_of=MONDAY + 2 * hour).enquiry
    new_plain = submit(as_of=MONDAY + 3 * hour).enquiry

    assert references(river_client.get(QUEUE)) == [
        urgent_soon.reference,
        far_date.reference,
        old_plain.reference,
        new_plain.reference,
    ]


def test_counts_per_state_follow_the_other_filters_and_link_to_each_state(
    river_client, riverside_caseworker, riverside
):
    claimed = submit().enquiry
    submit()
    spam = submit(answers=housing_answers(language="pl")).enquiry
    enquiry_claim(enquiry=claimed, actor=riverside_caseworker)
    enquiry_mark_spam(enquiry=spam, actor=riverside_caseworker)

    links = {link["label"]: link for link in river_client.get(QUEUE).context["state_links"]}
    polish = {
        str(link["label"]): link["count"]
        for link in river_client.get(QUEUE, {"language": "pl"}).context["state_links"]
    }

    assert links["All open"]["count"] == 2 and links["All open"]["current"]
    assert links["Waiting to be picked up"]["count"] == 1
    assert links["Claimed by a caseworker"]["count"] == 1
    assert links["Spam"]["count"] == 1
    assert links["Spam"]["url"] == f"{QUEUE}?state=spam"
    assert polish["Spam"] == 1 and polish["All open"] == 0


def test_a_state_link_keeps_the_other_filters_and_drops_the_page(river_client, enquiry):
    response = river_client.get(QUEUE, {"language": "en", "p": "1", "state": "routed"})

    links = {str(link["label"]): link for link in response.context["state_links"]}

    assert links["Closed"]["url"] == f"{QUEUE}?language=en&state=closed"
    assert links["Waiting to be picked up"]["current"]


def test_the_list_shows_what_a_caseworker_needs_and_no_personal_data(river_client, riverside):
    submit(
        answers=housing_answers(summary="Marker summary text", language="pl", interpreter="yes"),
        contact=ContactDetails(name="Marker Name", phone="07700 900555", email="m@example.org"),
    )

    html = river_client.get(QUEUE).content.decode()

    for shown in ("Housing", "Polish", "Interpreter", "Waiting to be picked up"):
        assert shown in html
    for private in ("Marker Name", "900555", "m@example.org", "Marker summary", "E1 6AN"):
        assert private not in html


def test_the_queue_is_paginated_by_25(river_client, riverside):
    riverside.weekly_capacity = 100
    riverside.save()
    for _ in range(27):
        submit()

    first = river_client.get(QUEUE)
    second = river_client.get(QUEUE, {"p": 2})

    assert len(first.context["object_list"]) == 25
    assert len(second.context["object_list"]) == 2
    assert first.context["paginator"].count == 27


def _queue_queries(client) -> int:
    # Warm up first: the staff-session middleware stamps "last seen" at most once
    # a minute, which would otherwise count against whichever page came first.
    client.get(QUEUE)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(QUEUE)
    assert response.status_code == 200
    return len(captured)


def test_a_queue_page_costs_the_same_queries_however_long_the_queue(
    riverside, northside, admin_user, riverside_caseworker, client
):
    riverside.weekly_capacity = 100
    riverside.save()
    claimant = caseworker(riverside, "another-cw")
    for _ in range(3):
        submit()
    staff_login(client, admin_user)
    few_admin = _queue_queries(client)
    staff_login(client, riverside_caseworker)
    few = _queue_queries(client)
    assert few > 5  # measured, not an empty log
    for index in range(12):
        enquiry = submit(answers=housing_answers(language=["pl", "en", "ar"][index % 3])).enquiry
        if index % 2:
            enquiry_claim(enquiry=enquiry, actor=claimant)
    submit(answers=housing_answers(postcode="N1 9GU"))

    assert _queue_queries(client) == few
    staff_login(client, admin_user)
    assert _queue_queries(client) == few_admin


def test_staff_of_no_centre_cannot_open_the_queue_nor_see_it_in_the_menu(client, riverside):
    editor = UserFactory(username="editor")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    staff_login(client, editor)

    response = client.get(QUEUE)
    home = client.get(reverse("wagtailadmin_home")).content.decode()

    assert response.status_code == 302  # Wagtail's "no permission" redirect
    assert QUEUE not in home


def test_caseworkers_find_the_queue_in_the_admin_menu(river_client):
    home = river_client.get(reverse("wagtailadmin_home")).content.decode()

    assert QUEUE in home


def test_signed_out_visitors_are_sent_to_sign_in(client):
    response = client.get(QUEUE)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))
