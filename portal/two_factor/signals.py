"""Signals for the audit trail to record (issue 5, part 2)."""

from django.dispatch import Signal

# Sent with user, device and throttled (True when the code was not even checked).
second_factor_failed = Signal()
# Sent with user (whose devices were removed) and actor.
second_factor_reset = Signal()
