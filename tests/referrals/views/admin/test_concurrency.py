"""Claiming through the admin view at the same instant (PostgreSQL row locks)."""

from functools import partial

import pytest
from django.test import Client
from django.urls import reverse

from referrals.models import Enquiry
from tests.support.staff import staff_login

from ...factories import CentreFactory, caseworker, submit
from ...test_concurrency import run_together

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
ROUNDS = 5
CLAIMANTS = 3


def test_of_caseworkers_pressing_claim_at_once_one_wins_and_the_others_are_told():
    centre = CentreFactory(slug="riverside", coverage=["E1"], weekly_capacity=100)
    users = [caseworker(centre, f"clicker-{n}") for n in range(CLAIMANTS)]
    clients = [staff_login(Client(), user) for user in users]
    for _round in range(ROUNDS):
        enquiry = submit().enquiry
        url = reverse("enquiries:claim", args=[enquiry.pk])

        responses = run_together([partial(client.post, url) for client in clients])

        assert all(response.status_code == 302 for response in responses), responses
        enquiry = Enquiry.objects.get(pk=enquiry.pk)
        assert enquiry.events.filter(action="claim").count() == 1
        detail = reverse("enquiries:detail", args=[enquiry.pk])
        told = {
            user.username: [str(m).strip() for m in client.get(detail).context["messages"]]
            for user, client in zip(users, clients, strict=True)
        }
        winner = enquiry.claimed_by.username
        assert told.pop(winner)[0].startswith(f"You have claimed {enquiry.reference}.")
        assert all(
            messages == ["Someone else has already claimed this enquiry."]
            for messages in told.values()
        ), told
