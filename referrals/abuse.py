"""Keeping automated submissions out of the referral queue.

- Rate limits (HTML flow and API): every send attempt counts against a
  per-client limit and a global one (portal/rate_limits.py, settings
  REFERRAL_SUBMISSIONS_*). Over either: 429 with Retry-After. If the cache is
  down the limits fail open: a person in crisis is never turned away by an
  outage.
- Honeypot and minimum fill time (HTML flow only): the send step carries a
  field people never see or reach (``HONEYPOT_FIELD``); a filled one, or a
  send sooner than REFERRAL_MIN_FILL_SECONDS after the first question was
  opened, is not sent. The start time is ``FlowState.started_at``, set on
  the server when the self-assessment starts and kept in the session encrypted with an
  authenticated cipher, so a client can neither see nor change it. The API
  has neither: its clients are programs by design, the questionnaire
  response it could carry a start token in is shared and cached, and an
  optional token a client may leave out protects nothing.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from django.conf import settings
from django.utils import timezone

from portal import rate_limits

logger = logging.getLogger(__name__)

HONEYPOT_FIELD = "website"
PER_CLIENT = "referral-submissions-per-client"
GLOBAL = "referral-submissions-global"


def submission_limits(request) -> rate_limits.Decision:
    """Count one send attempt from this client."""
    per_client = rate_limits.Limit(
        PER_CLIENT,
        settings.REFERRAL_SUBMISSIONS_PER_CLIENT,
        settings.REFERRAL_SUBMISSIONS_PER_CLIENT_SECONDS,
    )
    overall = rate_limits.Limit(
        GLOBAL, settings.REFERRAL_SUBMISSIONS_GLOBAL, settings.REFERRAL_SUBMISSIONS_GLOBAL_SECONDS
    )
    decision = rate_limits.hit([(per_client, rate_limits.client_key(request)), (overall, "all")])
    if not decision.allowed:
        logger.info("Referral submission refused by the %s limit.", decision.limit)
    return decision


def looks_automated(data, *, started_at: str, now: datetime | None = None) -> bool:
    """A filled honeypot, or a send too soon after the start. Logs which, nothing else."""
    if data.get(HONEYPOT_FIELD):
        logger.info("Referral submission not sent: the honeypot was filled.")
        return True
    if _seconds_since(started_at, now or timezone.now()) < settings.REFERRAL_MIN_FILL_SECONDS:
        logger.info("Referral submission not sent: sent sooner than the minimum fill time.")
        return True
    return False


def _seconds_since(started_at: str, now: datetime) -> float:
    try:
        started = datetime.fromisoformat(started_at)
    except (TypeError, ValueError):
        return float("inf")  # an unreadable start never holds a person up
    if timezone.is_naive(started):
        started = started.replace(tzinfo=UTC)
    return (now - started).total_seconds()
