"""Sign-in events in the audit trail: login, logout, failed login, lockout,
and the second factor's failures and resets (portal.two_factor.signals).

A failed login never records the password. The attempted username is kept
only when it names an existing account (then it is that account's username,
recorded as the actor): an unknown "username" is often a password typed in
the wrong box, or an e-mail address, so it is not stored at all.
"""

from __future__ import annotations

from axes.signals import user_locked_out
from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver

from . import audit
from .models import AuditRecord
from .two_factor import signals as two_factor_signals


def _known_user(username):
    if not isinstance(username, str) or not username:
        return None
    model = get_user_model()
    return model._default_manager.filter(**{model.USERNAME_FIELD: username}).first()


@receiver(user_logged_in, dispatch_uid="audit_login")
def record_login(sender, request, user, **kwargs):
    audit.record(action="login", actor=user, request=request)


@receiver(user_logged_out, dispatch_uid="audit_logout")
def record_logout(sender, request, user, **kwargs):
    if user is not None:
        audit.record(action="logout", actor=user, request=request)


@receiver(user_login_failed, dispatch_uid="audit_login_failed")
def record_login_failed(sender, credentials, request=None, **kwargs):
    user = _known_user((credentials or {}).get("username"))
    audit.record(
        action="login.failed",
        actor=user,
        request=request,
        outcome=AuditRecord.FAILED,
        detail={"known_user": user is not None},
    )


@receiver(user_locked_out, dispatch_uid="audit_locked_out")
def record_locked_out(sender, request, username=None, ip_address=None, **kwargs):
    user = _known_user(username)
    audit.record(
        action="login.locked_out",
        actor=user,
        request=request,
        outcome=AuditRecord.DENIED,
        detail={"known_user": user is not None},
    )


@receiver(two_factor_signals.second_factor_failed, dispatch_uid="audit_second_factor_failed")
def record_second_factor_failed(sender, user, device, throttled=False, **kwargs):
    audit.record(
        action="second_factor.failed",
        actor=user,
        outcome=AuditRecord.FAILED,
        detail={"device": type(device).__name__, "throttled": bool(throttled)},
    )


@receiver(two_factor_signals.second_factor_reset, dispatch_uid="audit_second_factor_reset")
def record_second_factor_reset(sender, user, actor, **kwargs):
    audit.record(
        action="second_factor.reset",
        actor=actor,
        target_type="user",
        target_label=user.get_username(),
        detail={"user_id": user.pk},
    )
