"""Content Security Policy, chosen per path.

Public pages get CONTENT_SECURITY_POLICY: no inline script or style at all,
scripts only from our own origin (plus a per-request nonce, only if a
template asks for one with request.csp_nonce), no plugins, no framing, no
<base>, forms only to ourselves. The Wagtail admin renders inline scripts and
styles of its own, so the staff area (STAFF_PATH_PREFIXES) gets the looser,
still enforced, CSP_STAFF_DIRECTIVES: same origin only, no plugins, framing
only by ourselves (page previews).
"""

from __future__ import annotations

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings

from .staff_area import is_staff_path


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only: bool = False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and is_staff_path(request.path_info):
            parts.config = dict(settings.CSP_STAFF_DIRECTIVES)
        return parts
