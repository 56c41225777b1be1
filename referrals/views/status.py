"""The help-seeker's private status page.

The secret never stays in an address: the confirmation page's private link
(``status/link/?r=REFERENCE&s=CODE``) is opened once, moves the reference
and code into the session (encrypted) and redirects to ``status/``, which
shows the status from the session. The link's query string is left out of
our access logs (gunicorn logs the path only), no third-party resource is
ever loaded from these pages, and ``Referrer-Policy: same-origin`` keeps
the address from other sites. A person can also type the reference and
code into a form (POST) on ``status/``. From there they can stop updates,
withdraw the enquiry, and make this device forget it.
"""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from .. import flow
from ..errors import IllegalTransition
from ..forms import StatusLookupForm, normalise_status_secret
from ..models import ConsentPurpose
from ..references import normalise_reference
from ..selectors import current_consents, enquiry_for_status, enquiry_status
from ..services import consent_withdraw, enquiry_withdraw
from ..states import OPEN_STATES
from ..status_texts import explanation
from .presenting import form_errors
from .privacy import private_page

NOT_FOUND = _(
    "We could not find an enquiry with that reference and status code. Check both and try again."
)
UPDATE_PURPOSES = (ConsentPurpose.UPDATES_BY_SMS, ConsentPurpose.UPDATES_BY_EMAIL)


def _redirect(name: str) -> HttpResponseRedirect:
    response = HttpResponseRedirect(reverse(name))
    response.status_code = 303
    return response


def _page(request, template: str, context: dict, *, status: int = 200):
    return render(
        request, f"referrals/status/{template}", {"sensitive": True, **context}, status=status
    )


def _errors(form) -> list[dict]:
    return form_errors(form, {"reference": "status-reference", "secret": "status-secret"})


def _access(request):
    """The enquiry this session may see (reference, secret and enquiry), or None."""
    access = flow.load_status_access(request.session)
    if access is None:
        return None
    enquiry = enquiry_for_status(reference=access[0], secret=access[1])
    if enquiry is None:
        flow.forget_status_access(request.session)
        return None
    return access[0], access[1], enquiry


@private_page
@require_http_methods(["GET", "POST"])
def status(request):
    if request.method == "POST":
        form = StatusLookupForm(request.POST)
        if form.is_valid():
            reference, secret = form.cleaned_data["reference"], form.cleaned_data["secret"]
            if enquiry_for_status(reference=reference, secret=secret) is not None:
                flow.remember_status_access(request.session, reference=reference, secret=secret)
                return _redirect("referrals:status")
            form.add_error(None, NOT_FOUND)
        return _page(request, "lookup.html", {"form": form, "errors": _errors(form)})
    access = _access(request)
    if access is None:
        return _page(request, "lookup.html", {"form": StatusLookupForm()})
    reference, secret, enquiry = access
    current = enquiry_status(reference=reference, secret=secret)
    consents = current_consents(enquiry=enquiry)
    return _page(
        request,
        "status.html",
        {
            "status": current,
            "explanation": explanation(current),
            "can_withdraw": enquiry.state in OPEN_STATES,
            "updates": [p for p in UPDATE_PURPOSES if consents.get(p)],
        },
    )


@private_page
@require_safe
def status_link(request):
    reference = normalise_reference(request.GET.get("r", ""))
    secret = normalise_status_secret(request.GET.get("s", ""))
    if reference and secret and enquiry_for_status(reference=reference, secret=secret):
        flow.remember_status_access(request.session, reference=reference, secret=secret)
    else:
        messages.error(request, NOT_FOUND)
    return _redirect("referrals:status")


@private_page
@require_http_methods(["GET", "POST"])
def withdraw(request):
    access = _access(request)
    if access is None:
        return _redirect("referrals:status")
    reference, secret, enquiry = access
    if request.method == "POST":
        try:
            enquiry_withdraw(enquiry=enquiry, status_secret=secret)
        except IllegalTransition:
            messages.error(
                request, _("This enquiry is already finished, so it cannot be withdrawn.")
            )
        else:
            messages.success(
                request, _("You have withdrawn your enquiry. Nobody will contact you about it.")
            )
        return _redirect("referrals:status")
    return _page(
        request, "withdraw.html", {"reference": reference, "back_url": reverse("referrals:status")}
    )


@private_page
@require_POST
def stop_updates(request):
    access = _access(request)
    if access is None:
        return _redirect("referrals:status")
    _reference, secret, enquiry = access
    purpose = request.POST.get("purpose")
    if purpose in UPDATE_PURPOSES:
        consent_withdraw(
            enquiry=enquiry, purpose=purpose, status_secret=secret, language=get_language()
        )
        if purpose == ConsentPurpose.UPDATES_BY_SMS:
            messages.success(request, _("We will not send you any more text messages."))
        else:
            messages.success(request, _("We will not send you any more e-mails."))
    return _redirect("referrals:status")


@private_page
@require_POST
def forget(request):
    """Remove the enquiry from this device's session (a shared phone or computer)."""
    flow.forget_status_access(request.session)
    messages.success(
        request,
        _(
            "This device no longer shows your enquiry. You can still look it up with your reference and status code."
        ),
    )
    return _redirect("referrals:status")
