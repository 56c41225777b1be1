"""Staff session limits: an idle timeout and an absolute limit.

Only signed-in sessions are stamped (only staff sign in); the public flow's
anonymous sessions are left alone. The last-seen stamp is rewritten at most
once a minute, so a busy caseworker does not cost a session write per click.
"""

from __future__ import annotations

import time

from django.conf import settings
from django.contrib import auth, messages
from django.utils.translation import gettext

STARTED = "_staff_session_started"
LAST_SEEN = "_staff_session_last_seen"
TOUCH_EVERY_SECONDS = 60


class StaffSessionMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.SESSION_COOKIE_NAME in request.COOKIES and request.user.is_authenticated:
            self.enforce(request, now=int(time.time()))
        response = self.get_response(request)
        session = getattr(request, "session", None)
        if (
            session is not None
            and session.modified
            and session.get(auth.SESSION_KEY)
            and STARTED not in session
        ):
            # Signed in during this request.
            now = int(time.time())
            session[STARTED] = now
            session[LAST_SEEN] = now
        return response

    def enforce(self, request, *, now: int) -> None:
        session = request.session
        started = session.get(STARTED)
        last_seen = session.get(LAST_SEEN)
        if started is None or last_seen is None:
            session[STARTED] = started or now
            session[LAST_SEEN] = now
            return
        if now - started > settings.STAFF_SESSION_ABSOLUTE_SECONDS:
            reason = gettext("Your session has ended. For your security, please sign in again.")
        elif now - last_seen > settings.STAFF_SESSION_IDLE_SECONDS:
            reason = gettext(
                "Your session ended because it was not used for a while. Please sign in again."
            )
        else:
            if now - last_seen >= TOUCH_EVERY_SECONDS:
                session[LAST_SEEN] = now
            return
        auth.logout(request)
        messages.info(request, reason)
