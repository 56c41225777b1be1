"""Caseworker actions: each a POST that calls exactly one service, then
redirects (POST-redirect-GET) with a message saying what happened.

The buttons come from permissions.staff_actions(); a POST the user's role
does not allow is refused here. Whether the state allows it is left to the
service, which decides under a row lock and says why it refused (for
example AlreadyClaimed when someone else was quicker).
"""

from __future__ import annotations

from django.shortcuts import redirect
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.generic import View
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from ...errors import EnquiryNotFound, ReferralError
from ...permissions import refused_by_role
from ...services import (
    enquiry_accept,
    enquiry_add_note,
    enquiry_claim,
    enquiry_close,
    enquiry_mark_contacted,
    enquiry_mark_spam,
    enquiry_release,
    enquiry_withdraw,
)
from ...services.erasure import enquiry_set_legal_hold
from ...states import Action
from .base import EnquiryViewMixin
from .forms import CloseForm, ConfirmForm, LegalHoldForm, NoteForm, ReleaseForm

ROLE_REFUSAL = _("Only the caseworker who claimed this enquiry can do that.")


@method_decorator(never_cache, name="dispatch")
class EnquiryActionView(EnquiryViewMixin, View):
    action = ""  # a states.Action, checked against the user's role; "" for notes
    form_class = ConfirmForm
    success_message = ""
    http_method_names = ["post"]

    def perform(self, data: dict):
        raise NotImplementedError

    def post(self, request, *args, **kwargs):
        if self.action and refused_by_role(request.user, self.enquiry, self.action):
            messages.error(request, ROLE_REFUSAL)
            return redirect(self.detail_url())
        form = self.form_class(request.POST)
        if not form.is_valid():
            for errors in form.errors.values():
                messages.error(request, " ".join(errors))
            return redirect(self.detail_url())
        try:
            self.perform(form.cleaned_data)
        except EnquiryNotFound:
            raise
        except ReferralError as error:
            messages.error(request, str(error))
            return redirect(self.detail_url())
        messages.success(request, self.success_message % {"reference": self.enquiry.reference})
        return redirect(self.detail_url())


class ClaimView(EnquiryActionView):
    action = Action.CLAIM
    success_message = _("You have claimed %(reference)s. Read the safe-contact notes first.")

    def perform(self, data):
        enquiry_claim(enquiry=self.enquiry, actor=self.request.user)


class ReleaseView(EnquiryActionView):
    action = Action.RELEASE
    form_class = ReleaseForm
    success_message = _("%(reference)s is back in the centre’s queue.")

    def perform(self, data):
        enquiry_release(enquiry=self.enquiry, actor=self.request.user, reason=data["reason"])


class MarkContactedView(EnquiryActionView):
    action = Action.MARK_CONTACTED
    success_message = _("%(reference)s is marked as contacted.")

    def perform(self, data):
        enquiry_mark_contacted(enquiry=self.enquiry, actor=self.request.user)


class AcceptView(EnquiryActionView):
    action = Action.ACCEPT
    success_message = _("%(reference)s is accepted: the person is now a client of the centre.")

    def perform(self, data):
        enquiry_accept(enquiry=self.enquiry, actor=self.request.user)


class CloseView(EnquiryActionView):
    action = Action.CLOSE
    form_class = CloseForm
    success_message = _("%(reference)s is closed.")

    def perform(self, data):
        enquiry_close(enquiry=self.enquiry, actor=self.request.user, outcome=data["outcome"])


class AddNoteView(EnquiryActionView):
    form_class = NoteForm
    success_message = _("Your note on %(reference)s is saved.")

    def perform(self, data):
        enquiry_add_note(enquiry=self.enquiry, actor=self.request.user, body=data["body"])


class LegalHoldView(EnquiryActionView):
    """Place or lift a legal hold (the service refuses anyone but a supervisor)."""

    form_class = LegalHoldForm

    def perform(self, data):
        enquiry_set_legal_hold(
            enquiry=self.enquiry, actor=self.request.user, held=data["held"], request=self.request
        )
        self.success_message = (
            _("%(reference)s is on legal hold: retention and erasure leave it as it is.")
            if data["held"]
            else _("The legal hold on %(reference)s is lifted.")
        )


class ConfirmActionView(WagtailAdminTemplateMixin, EnquiryActionView):
    """An action that cannot be undone: GET asks, POST does it."""

    http_method_names = ["get", "post"]
    template_name = "referrals/admin/enquiry_confirm.html"
    question = ""
    explanation = ""
    button = ""

    def get_page_title(self):
        return self.button

    def get(self, request, *args, **kwargs):
        if refused_by_role(request.user, self.enquiry, self.action):
            messages.error(request, ROLE_REFUSAL)
            return redirect(self.detail_url())
        return self.render_to_response(
            self.get_context_data(
                enquiry=self.enquiry,
                question=self.question % {"reference": self.enquiry.reference},
                explanation=self.explanation,
                button=self.button,
                action_url=reverse(request.resolver_match.view_name, args=[self.enquiry.pk]),
                cancel_url=self.detail_url(),
            )
        )


class MarkSpamView(ConfirmActionView):
    action = Action.MARK_SPAM
    question = _("Mark %(reference)s as spam?")
    explanation = _(
        "Only for enquiries that are not real requests for help. It leaves the queue, no more "
        "messages are sent, and it cannot be undone. The sender is told it was closed."
    )
    button = _("Mark as spam")
    success_message = _("%(reference)s is marked as spam.")

    def perform(self, data):
        enquiry_mark_spam(enquiry=self.enquiry, actor=self.request.user)


class WithdrawView(ConfirmActionView):
    action = Action.WITHDRAW
    question = _("Record that the person withdrew %(reference)s?")
    explanation = _(
        "Do this when the person tells you they no longer want help. The enquiry is finished "
        "and cannot be reopened; they can make a new one at any time."
    )
    button = _("Record the withdrawal")
    success_message = _("%(reference)s is recorded as withdrawn.")

    def perform(self, data):
        enquiry_withdraw(enquiry=self.enquiry, actor=self.request.user)
