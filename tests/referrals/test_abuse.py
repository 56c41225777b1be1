"""Telling automated sends apart (referrals/abuse.py), without HTTP."""

from __future__ import annotations

from datetime import timedelta

from django.test import override_settings
from django.utils import timezone

from referrals.abuse import HONEYPOT_FIELD, looks_automated

NOW = timezone.now()


def ago(seconds: int) -> str:
    return (NOW - timedelta(seconds=seconds)).isoformat()


@override_settings(REFERRAL_MIN_FILL_SECONDS=30)
def test_a_person_who_took_their_time_and_left_the_honeypot_empty_is_not_held():
    assert not looks_automated({HONEYPOT_FIELD: ""}, started_at=ago(31), now=NOW)


@override_settings(REFERRAL_MIN_FILL_SECONDS=0)
def test_any_value_in_the_honeypot_is_held():
    assert looks_automated({HONEYPOT_FIELD: " "}, started_at=ago(600), now=NOW)


@override_settings(REFERRAL_MIN_FILL_SECONDS=30)
def test_a_send_inside_the_minimum_fill_time_is_held():
    assert looks_automated({}, started_at=ago(29), now=NOW)


@override_settings(REFERRAL_MIN_FILL_SECONDS=30)
def test_a_naive_start_time_is_read_as_utc():
    naive = (NOW - timedelta(seconds=31)).replace(tzinfo=None).isoformat()
    assert not looks_automated({}, started_at=naive, now=NOW)


@override_settings(REFERRAL_MIN_FILL_SECONDS=30)
def test_an_unreadable_start_time_never_holds_a_person_up():
    assert not looks_automated({}, started_at="not a time", now=NOW)
    assert not looks_automated({}, started_at=None, now=NOW)
