"""Writing the audit trail. Every caller goes through record().

Services record inside their own transaction (an action that rolls back
leaves no record of having happened). They have no request, so
AuditContextMiddleware keeps the current one in a context variable and
record() takes the client address from it when it is not given one.
"""

from __future__ import annotations

import contextvars
import ipaddress
import logging

from .client_ip import client_ip
from .models import AuditRecord

logger = logging.getLogger(__name__)

current_request: contextvars.ContextVar = contextvars.ContextVar("audit_request", default=None)


class AuditContextMiddleware:
    """Makes the request being served known to record() (for its address)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = current_request.set(request)
        try:
            return self.get_response(request)
        finally:
            current_request.reset(token)


def client_address(request) -> str | None:
    """The client's address as the login lockout sees it (portal.client_ip)."""
    if request is None:
        return None
    address = client_ip(request)
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return None


def record(
    *,
    action: str,
    actor=None,
    request=None,
    outcome: str = AuditRecord.SUCCESS,
    centre=None,
    target_type: str = "",
    target_label: str = "",
    detail: dict | None = None,
) -> AuditRecord:
    """Append one audit record. Never pass a help-seeker's name or contact
    details: target_label is a reference or an id, detail holds codes.
    Without request, the address is that of the request being served (if any)."""
    if request is None:
        request = current_request.get()
    user = actor if actor is not None else getattr(request, "user", None)
    if user is not None and not getattr(user, "is_authenticated", False):
        user = None
    return AuditRecord.objects.create(
        action=action,
        actor_id=user.pk if user is not None else None,
        actor_label=user.get_username() if user is not None else "",
        outcome=outcome,
        centre_id=getattr(centre, "pk", None),
        centre_label=str(getattr(centre, "name", "")) if centre is not None else "",
        target_type=target_type,
        target_label=target_label,
        ip_address=client_address(request),
        detail=detail or {},
    )
