"""Races that only a real database with row locks can show (PostgreSQL)."""

import threading
from functools import partial

import pytest
from django.db import connection

from referrals.models import Enquiry
from referrals.services import AlreadyClaimed, enquiry_claim

from .factories import CentreFactory, caseworker, submit

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
ROUNDS = 10
CLAIMANTS = 4


def run_together(functions):
    """Start functions in threads at the same instant; return their results or exceptions."""
    barrier = threading.Barrier(len(functions))
    results = [None] * len(functions)

    def run(index, function):
        try:
            barrier.wait()
            results[index] = function()
        except Exception as error:  # noqa: BLE001 - the test inspects what each got
            results[index] = error
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=pair) for pair in enumerate(functions)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def test_of_caseworkers_claiming_at_once_exactly_one_wins_every_time():
    centre = CentreFactory(slug="riverside", coverage=["E1"], weekly_capacity=100)
    users = [caseworker(centre, f"racer-{n}") for n in range(CLAIMANTS)]
    for _round in range(ROUNDS):
        enquiry = submit().enquiry
        results = run_together(
            [partial(enquiry_claim, enquiry=enquiry, actor=user) for user in users]
        )

        winners = [r for r in results if isinstance(r, Enquiry)]
        losers = [r for r in results if isinstance(r, AlreadyClaimed)]
        assert (len(winners), len(losers)) == (1, CLAIMANTS - 1), results
        enquiry.refresh_from_db()
        assert enquiry.claimed_by == winners[0].claimed_by
        assert enquiry.events.filter(action="claim").count() == 1


def test_a_double_submit_creates_one_enquiry_with_one_reference():
    CentreFactory(slug="riverside", coverage=["E1"], weekly_capacity=100)
    for round_number in range(ROUNDS):
        key = f"double-click-{round_number:04d}-unguessable"
        results = run_together([partial(submit, idempotency_key=key)] * 3)

        assert all(not isinstance(r, Exception) for r in results), results
        assert len({r.reference for r in results}) == 1
        assert len({r.status_secret for r in results}) == 1
        assert sorted(r.created for r in results) == [False, False, True]
    assert Enquiry.objects.count() == ROUNDS
