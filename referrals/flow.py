"""A self-assessment in progress, kept server-side in the person's session.

The session holds one ``FlowState``: the questionnaire version they started
on, their answers so far (cleaned, by question key), their contact details
and the idempotency key for this attempt. It is stored encrypted with the
field-encryption keys (the session table is as much "at rest" as the
enquiry table), and nothing of it ever appears in a URL: pages are addressed
by the question's position in the published version (``q/3/``), not by its
key (keys such as ``abuse_danger`` would tell whoever reads the browser
history what the problem is about) and never by an answer.

``Navigator`` answers the questions the views ask - where may this person
go, what comes before and after, how far along are they - using the one
reading of the questionnaire in referrals/assessment.py, so the HTML flow
and the API accept exactly the same answers.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import asdict, dataclass, field

from django.conf import settings
from django.utils import timezone

from . import crypto
from .assessment import Questionnaire, Walk

SESSION_KEY = "referrals.flow"
SENT_KEY = "referrals.sent"
STATUS_KEY = "referrals.status"


def new_idempotency_key() -> str:
    """Unguessable (192 bits), made once per attempt, kept only in the session."""
    return secrets.token_urlsafe(24)


@dataclass
class FlowState:
    version: int
    answers: dict = field(default_factory=dict)
    contact: dict = field(default_factory=dict)  # name, email, phone as accepted
    contact_done: bool = False
    idempotency_key: str = field(default_factory=new_idempotency_key)
    started_at: str = field(default_factory=lambda: timezone.now().isoformat())


@dataclass(frozen=True)
class SentEnquiry:
    """What the confirmation page shows after a successful submission."""

    reference: str
    status_secret: str
    idempotency_key: str


# --- Session storage (encrypted) --------------------------------------------


def _store(session, key: str, value: dict) -> None:
    session[key] = crypto.encrypt(json.dumps(value, separators=(",", ":")))
    if "_auth_user_id" not in session:
        # Unfinished answers do not outlive the retention period (a signed-in
        # staff member's session keeps its own policy).
        session.set_expiry(settings.REFERRAL_SESSION_SECONDS)


def _read(session, key: str) -> dict | None:
    token = session.get(key)
    if not token:
        return None
    try:
        value = json.loads(crypto.decrypt(token))
    except (crypto.DecryptionError, ValueError):
        # A key was retired since: the person starts again rather than seeing an error.
        session.pop(key, None)
        return None
    return value if isinstance(value, dict) else None


def load_state(session) -> FlowState | None:
    data = _read(session, SESSION_KEY)
    if data is None:
        return None
    try:
        return FlowState(**data)
    except TypeError:
        session.pop(SESSION_KEY, None)
        return None


def save_state(session, state: FlowState) -> None:
    _store(session, SESSION_KEY, asdict(state))


def clear_state(session) -> None:
    session.pop(SESSION_KEY, None)


def load_sent(session) -> SentEnquiry | None:
    data = _read(session, SENT_KEY)
    try:
        return SentEnquiry(**data) if data else None
    except TypeError:
        return None


def remember_sent(session, sent: SentEnquiry) -> None:
    """The flow is over: forget the answers, keep what the confirmation needs."""
    clear_state(session)
    _store(session, SENT_KEY, asdict(sent))
    remember_status_access(session, reference=sent.reference, secret=sent.status_secret)


def load_status_access(session) -> tuple[str, str] | None:
    data = _read(session, STATUS_KEY)
    if not data or not data.get("reference") or not data.get("secret"):
        return None
    return data["reference"], data["secret"]


def remember_status_access(session, *, reference: str, secret: str) -> None:
    _store(session, STATUS_KEY, {"reference": reference, "secret": secret})


def forget_status_access(session) -> None:
    session.pop(STATUS_KEY, None)
    session.pop(SENT_KEY, None)


# --- Where the person may go -------------------------------------------------


@dataclass(frozen=True)
class Progress:
    position: int  # 1-based
    estimated_total: int  # "about": branching changes it


class Navigator:
    """The flow's map for one questionnaire version and one set of answers."""

    def __init__(self, questionnaire: Questionnaire, answers: dict):
        self.questionnaire = questionnaire
        self.answers = answers
        self.walk: Walk = questionnaire.walk(answers)
        self._numbers = {q["key"]: n for n, q in enumerate(questionnaire.questions, start=1)}

    # Question numbers (positions in the version) are what URLs carry.
    def number(self, key: str) -> int:
        return self._numbers[key]

    def key_for(self, number: int) -> str | None:
        questions = self.questionnaire.questions
        return questions[number - 1]["key"] if 1 <= number <= len(questions) else None

    @property
    def first_key(self) -> str | None:
        return self.questionnaire.start

    @property
    def complete(self) -> bool:
        return self.walk.complete

    @property
    def frontier(self) -> str | None:
        """The first question still to answer, or None when every one is."""
        return self.walk.next_question

    def reachable(self, key: str) -> bool:
        """A question may be shown once every question before it on the path is answered."""
        return key in self.walk.path

    def previous(self, key: str) -> str | None:
        path = self.walk.path
        index = path.index(key) if key in path else -1
        return path[index - 1] if index > 0 else None

    def following(self, key: str, value) -> str | None:
        return self.questionnaire.next_key(key, value)

    def progress(self, key: str) -> Progress:
        position = self.walk.path.index(key) + 1 if key in self.walk.path else 1
        return Progress(position, max(position, len(self._estimated_path())))

    def _estimated_path(self) -> list[str]:
        """The path so far, then the default route from the first unanswered question."""
        path = list(self.walk.path)
        if not self.walk.next_question:
            return path
        seen = set(path)
        key = _default_next(self.questionnaire.question(self.walk.next_question))
        while key and key not in seen and key in self.questionnaire:
            seen.add(key)
            path.append(key)
            key = _default_next(self.questionnaire.question(key))
        return path


def _default_next(question: dict) -> str | None:
    if question["next"]:
        return question["next"]
    return next((o["next"] for o in question["options"] if o["next"]), None)


def successors(question: dict) -> set[str]:
    keys = {question["next"], *(option["next"] for option in question["options"])}
    return {key for key in keys if key}


def set_answer(questionnaire: Questionnaire, state: FlowState, key: str, value) -> None:
    """Record an answer (None: an optional question skipped) and drop answers
    that can no longer apply: those neither on the new path nor reachable
    from where the person now is. An answer further along a branch they are
    still on is kept, so changing one answer never loses the rest."""
    state.answers[key] = value
    walk = questionnaire.walk(state.answers)
    keep = set(walk.path)
    frontier = [walk.next_question] if walk.next_question else []
    while frontier:
        current = frontier.pop()
        for following in successors(questionnaire.question(current)):
            if following not in keep and following in questionnaire:
                keep.add(following)
                frontier.append(following)
    state.answers = {k: v for k, v in state.answers.items() if k in keep}
    state.contact_done = state.contact_done and walk.complete
