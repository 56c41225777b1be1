"""Referring an enquiry on: routing suggests where, the caseworker chooses
and gives a reason, enquiry_refer_on does it (only while the person's
consent to sharing stands)."""

from __future__ import annotations

from django.shortcuts import redirect
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.generic import View
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from ...errors import (
    EnquiryNotFound,
    InvalidReferralTarget,
    ReasonRequired,
    ReferralError,
)
from ...models import ConsentPurpose
from ...permissions import refused_by_role
from ...selectors import (
    area_names,
    can_access_enquiry,
    current_consents,
    referral_suggestions,
    referral_targets,
)
from ...services import enquiry_refer_on
from ...states import Action
from .actions import ROLE_REFUSAL
from .base import EnquiryViewMixin
from .forms import ReferForm


@method_decorator(never_cache, name="dispatch")
class ReferView(EnquiryViewMixin, WagtailAdminTemplateMixin, View):
    template_name = "referrals/admin/enquiry_refer.html"
    page_title = _("Refer on")
    http_method_names = ["get", "post"]

    def dispatch(self, request, *args, **kwargs):
        if refused_by_role(request.user, self.enquiry, Action.REFER_ON):
            messages.error(request, ROLE_REFUSAL)
            return redirect(self.detail_url())
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        return self.render(self.make_form())

    def post(self, request, *args, **kwargs):
        form = self.make_form(request.POST)
        if form.is_valid():
            try:
                enquiry = enquiry_refer_on(
                    enquiry=self.enquiry,
                    actor=request.user,
                    to_centre=form.cleaned_data["to_centre"],
                    reason=form.cleaned_data["reason"],
                )
            except EnquiryNotFound:
                raise
            except ReasonRequired as error:
                form.add_error("reason", str(error))
            except InvalidReferralTarget as error:
                form.add_error("to_centre", str(error))
            except ReferralError as error:  # no consent, or the state changed meanwhile
                form.add_error(None, str(error))
            else:
                messages.success(
                    request,
                    _("%(reference)s is referred on to %(centre)s.")
                    % {"reference": enquiry.reference, "centre": enquiry.centre.name},
                )
                if can_access_enquiry(request.user, enquiry):
                    return redirect(self.detail_url())
                return redirect("enquiries:queue")
        return self.render(form)

    def make_form(self, data=None) -> ReferForm:
        targets = {centre.slug: centre.name for centre in referral_targets(enquiry=self.enquiry)}
        self.suggestions = [
            (row, targets[row.centre])
            for row in referral_suggestions(enquiry=self.enquiry).ranked
            if row.centre in targets
        ]
        suggested = [(row.centre, name) for row, name in self.suggestions]
        others = [(slug, name) for slug, name in targets.items() if slug not in dict(suggested)]
        return ReferForm(data, suggested=suggested, others=others)

    def render(self, form: ReferForm):
        names = area_names()
        may_share = current_consents(enquiry=self.enquiry).get(ConsentPurpose.SHARE_WITH_CENTRE)
        return self.render_to_response(
            self.get_context_data(
                enquiry=self.enquiry,
                form=form,
                may_share=bool(may_share),
                suggestions=[
                    {
                        "name": name,
                        "score": row.score,
                        "has_capacity": row.has_capacity,
                        "reasons": [reason.text(names) for reason in row.reasons],
                    }
                    for row, name in self.suggestions
                ],
                action_url=reverse("enquiries:refer", args=[self.enquiry.pk]),
                cancel_url=self.detail_url(),
            )
        )
