"""The public self-assessment: start, one question per page, check your
answers, contact details, consent (which sends it), confirmation.

Views are thin: the session state and where a person may go are in
referrals/flow.py, parsing in referrals/forms.py, checking in
referrals/assessment.py and the submission service. Every page is
``@private_page`` (no-store, noindex) and shows the quick-exit control.
A step is only reachable once the steps before it are answered; any other
address redirects to the first unanswered step.
"""

from __future__ import annotations

import math
from urllib.parse import urlencode

from django.db import DatabaseError
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import get_language
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from .. import abuse, flow
from ..consents import WORDING_VERSION
from ..errors import InvalidSubmission, NoPublishedQuestionnaire
from ..facts import derive_facts
from ..forms import ConsentForm, ContactForm, QuestionForm
from ..models import ConsentPurpose
from ..selectors.published import published_questionnaire, published_version
from ..services import ContactDetails, enquiry_submit
from ..services.submission import contact_problems
from . import presenting
from .privacy import private_page

CONTACT_IDS = {"name": "contact-name", "email": "contact-email", "phone": "contact-phone"}


class _Flow:
    """The state, its version and the navigator, for one request."""

    def __init__(self, state: flow.FlowState, version):
        self.state = state
        self.version = version
        self.questionnaire = published_questionnaire(version)
        self.nav = flow.Navigator(self.questionnaire, state.answers)

    def question_url(self, key: str, *, change: bool = False) -> str:
        url = reverse("referrals:question", args=[self.nav.number(key)])
        return url + "?change=1" if change else url

    def frontier_url(self) -> str:
        """The first step the person has not done yet."""
        if self.nav.frontier:
            return self.question_url(self.nav.frontier)
        return reverse("referrals:check")

    def facts(self):
        return derive_facts(self.questionnaire, self.nav.walk, language=get_language())


def _load(request) -> _Flow | None:
    state = flow.load_state(request.session)
    if state is None:
        return None
    try:
        version = published_version(number=state.version)
    except NoPublishedQuestionnaire:
        flow.clear_state(request.session)
        return None
    return _Flow(state, version)


def _new(request, version) -> _Flow:
    current = _Flow(flow.FlowState(version=version.number), version)
    flow.save_state(request.session, current.state)
    return current


def _redirect(url: str) -> HttpResponseRedirect:
    response = HttpResponseRedirect(url)
    response.status_code = 303
    return response


def _page(request, template: str, context: dict, *, status: int = 200):
    context = {"sensitive": True, **context}
    return render(request, f"referrals/flow/{template}", context, status=status)


@private_page
@require_safe
def start(request):
    try:
        version = published_version()
    except NoPublishedQuestionnaire:
        return _page(request, "unavailable.html", {}, status=503)
    current = _load(request)
    questionnaire = published_questionnaire(version)
    first = flow.Navigator(questionnaire, {})
    return _page(
        request,
        "start.html",
        {
            "start_url": reverse("referrals:question", args=[first.number(first.first_key)]),
            "resume_url": current.frontier_url() if current and current.state.answers else None,
        },
    )


@private_page
@require_POST
def start_again(request):
    """Forget the answers given so far (for a shared device, or a fresh start)."""
    flow.clear_state(request.session)
    return _redirect(reverse("referrals:start"))


@private_page
@require_http_methods(["GET", "POST"])
def question(request, number: int):
    current = _load(request)
    if current is None:
        # Only the first question starts a new self-assessment.
        try:
            version = published_version()
        except NoPublishedQuestionnaire:
            return _redirect(reverse("referrals:start"))
        first = flow.Navigator(published_questionnaire(version), {})
        if first.key_for(number) != first.first_key:
            return _redirect(reverse("referrals:start"))
        current = _new(request, version)
    key = current.nav.key_for(number)
    if key is None or not current.nav.reachable(key):
        return _redirect(current.frontier_url())
    changing = request.GET.get("change") == "1"
    if request.method == "POST":
        form = QuestionForm(current.questionnaire, key, data=request.POST)
        if form.is_valid():
            flow.set_answer(current.questionnaire, current.state, key, form.value)
            flow.save_state(request.session, current.state)
            return _redirect(_after_answer(_Flow(current.state, current.version), key, changing))
    else:
        form = QuestionForm(current.questionnaire, key, initial=current.state.answers.get(key))
    previous = current.nav.previous(key)
    if changing:
        back_url = reverse("referrals:check")
    elif previous:
        back_url = current.question_url(previous)
    else:
        back_url = reverse("referrals:start")
    page = presenting.question_page(form.question, get_language())
    return _page(
        request,
        "question.html",
        {
            "question": page,
            "form": form,
            "errors": [{"target": form.error_field, "message": form.error}] if form.error else [],
            "describedby": presenting.described_by(page, form.error),
            "progress": current.nav.progress(key),
            "back_url": back_url,
            "action_url": current.question_url(key, change=changing),
        },
    )


def _after_answer(current: _Flow, key: str, changing: bool) -> str:
    """Straight on to the next question; when changing an answer from "check
    your answers", back there unless the change opened new questions."""
    if changing or current.nav.complete:
        return current.frontier_url()
    following = current.nav.following(key, current.nav.walk.answers.get(key))
    if following and current.nav.reachable(following):
        return current.question_url(following)
    return current.frontier_url()


def _complete_flow(request) -> tuple[_Flow | None, HttpResponseRedirect | None]:
    current = _load(request)
    if current is None:
        return None, _redirect(reverse("referrals:start"))
    if not current.nav.complete:
        return None, _redirect(current.frontier_url())
    return current, None


@private_page
@require_safe
def check_answers(request):
    current, redirect = _complete_flow(request)
    if redirect:
        return redirect
    nav = current.nav
    numbers = {key: nav.number(key) for key in nav.walk.path}
    return _page(
        request,
        "check_answers.html",
        {
            "rows": presenting.answer_rows(
                current.questionnaire, nav.walk.answers, nav.walk.path, numbers, get_language()
            ),
            "contact": current.state.contact if current.state.contact_done else None,
            "back_url": current.question_url(nav.walk.path[-1]),
        },
    )


@private_page
@require_http_methods(["GET", "POST"])
def contact(request):
    current, redirect = _complete_flow(request)
    if redirect:
        return redirect
    facts = current.facts()
    if request.method == "POST":
        form = ContactForm(request.POST, contact_method=facts.contact_method)
        if form.is_valid():
            details = form.contact_details()
            current.state.contact = {
                "name": details.name,
                "email": details.email,
                "phone": details.phone,
            }
            current.state.contact_done = True
            flow.save_state(request.session, current.state)
            return _redirect(reverse("referrals:consent"))
    else:
        form = ContactForm(initial=current.state.contact, contact_method=facts.contact_method)
    return _page(
        request,
        "contact.html",
        {
            "form": form,
            "errors": presenting.form_errors(form, CONTACT_IDS),
            "contact_method": facts.contact_method,
            "notes": _safe_contact_notes(facts),
            "back_url": reverse("referrals:check"),
        },
    )


def _safe_contact_notes(facts) -> list:
    notes = []
    if facts.safe_to_contact is False:
        notes.append(presenting.NOT_SAFE_NOTE)
    if facts.may_leave_message is False:
        notes.append(presenting.NO_MESSAGES_NOTE)
    if facts.safe_times and "any_time" not in facts.safe_times:
        notes.append(presenting.SAFE_TIMES_NOTE)
    return notes


def _purposes(details: ContactDetails) -> list[str]:
    """Sharing and statistics always; updates only on channels they gave a detail for."""
    purposes = [ConsentPurpose.SHARE_WITH_CENTRE, ConsentPurpose.ANONYMISED_STATISTICS]
    if details.phone:
        purposes.append(ConsentPurpose.UPDATES_BY_SMS)
    if details.email:
        purposes.append(ConsentPurpose.UPDATES_BY_EMAIL)
    return [str(purpose) for purpose in purposes]


@private_page
@require_http_methods(["GET", "POST"])
def consent(request):
    """The last step: consents, then "Send" calls enquiry_submit (idempotently)."""
    if request.method == "POST" and flow.load_state(request.session) is None:
        # A double click or a resubmission after it was sent: the same confirmation.
        if flow.load_sent(request.session):
            return _redirect(reverse("referrals:confirmation"))
    current, redirect = _complete_flow(request)
    if redirect:
        return redirect
    facts = current.facts()
    details = ContactDetails(**current.state.contact)
    if not current.state.contact_done or contact_problems(
        details, contact_method=facts.contact_method
    ):
        return _redirect(reverse("referrals:contact"))
    purposes = _purposes(details)
    notice = None
    if request.method == "POST":
        form = ConsentForm(request.POST, purposes=purposes)
        if form.is_valid():
            outcome = _send(request, current, details, form)
            if isinstance(outcome, HttpResponse):
                return outcome
            notice = outcome
    else:
        form = ConsentForm(purposes=purposes)
    unsafe = facts.safe_to_contact is False or facts.may_leave_message is False
    return _page(
        request,
        "consent.html",
        {
            "form": form,
            "errors": presenting.form_errors(form, {p: f"consent-{p}" for p in purposes}),
            "wording_version": WORDING_VERSION,
            "contact": details,
            "updates_warning": unsafe,
            "not_sent": notice == NOT_SENT,
            "held": notice == HELD,
            "honeypot_field": abuse.HONEYPOT_FIELD,
            "back_url": reverse("referrals:contact"),
        },
        status=503 if notice == NOT_SENT else 200,
    )


NOT_SENT = "not_sent"  # the database failed; nothing stored
HELD = "held"  # looked automated; the page asks to check and send again


def _send(request, current: _Flow, details: ContactDetails, form):
    """Send the enquiry: a response (sent, limited, or to fix something
    elsewhere) or a notice for the consent page."""
    limited = abuse.submission_limits(request)
    if not limited.allowed:
        return _rate_limited(request, limited)
    if abuse.looks_automated(request.POST, started_at=current.state.started_at):
        # Looks like the ordinary page, so a bot learns nothing; a person who
        # somehow tripped it sends again and it goes.
        return HELD
    try:
        result = enquiry_submit(
            version=current.version,
            answers=current.state.answers,
            contact=details,
            consents=form.consents(),
            language=get_language(),
            idempotency_key=current.state.idempotency_key,
            consent_wording_version=WORDING_VERSION,
        )
    except InvalidSubmission as invalid:
        return _invalid_submission_redirect(current, invalid, form)
    except DatabaseError:
        return NOT_SENT  # nothing was stored; the answers are still in the session
    flow.remember_sent(
        request.session,
        flow.SentEnquiry(
            reference=result.reference,
            status_secret=result.status_secret,
            idempotency_key=current.state.idempotency_key,
        ),
    )
    return _redirect(reverse("referrals:confirmation"))


def _rate_limited(request, decision):
    """429 with Retry-After; the answers stay in the session for later."""
    response = _page(
        request,
        "rate_limited.html",
        {
            "minutes": max(1, math.ceil(decision.retry_after / 60)),
            "everyone": decision.limit == abuse.GLOBAL,
            "answers_url": reverse("referrals:check"),
        },
        status=429,
    )
    response["Retry-After"] = str(decision.retry_after)
    return response


def _invalid_submission_redirect(current: _Flow, invalid: InvalidSubmission, form):
    """Put each problem where the person can fix it: consents here, contact
    details on their page, an answer on its question."""
    for field_name, messages in invalid.errors.items():
        if field_name.startswith("consents."):
            purpose = field_name.removeprefix("consents.")
            form.add_error(purpose if purpose in form.fields else None, messages)
        elif field_name.startswith("contact."):
            return _redirect(reverse("referrals:contact"))
        elif field_name in current.questionnaire:
            return _redirect(current.question_url(field_name))
        else:
            form.add_error(None, messages)
    return None


@private_page
@require_safe
def confirmation(request):
    sent = flow.load_sent(request.session)
    if sent is None:
        return _redirect(reverse("referrals:start"))
    return _page(
        request,
        "confirmation.html",
        {
            "reference": sent.reference,
            "status_code": _grouped(sent.status_secret),
            "status_link": request.build_absolute_uri(
                status_link_path(reference=sent.reference, secret=sent.status_secret)
            ),
        },
    )


def status_link_path(*, reference: str, secret: str) -> str:
    return reverse("referrals:status_link") + "?" + urlencode({"r": reference, "s": secret})


def _grouped(secret: str) -> str:
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))
