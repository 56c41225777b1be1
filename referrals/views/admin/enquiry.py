"""One enquiry: the detail page and its export. Opening either is recorded
on the enquiry's timeline."""

from __future__ import annotations

from django.http import JsonResponse
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView, View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from ...models import ConsentPurpose
from ...permissions import is_supervisor, staff_actions
from ...selectors import current_consents, enquiry_case_file, enquiry_export
from ...services import enquiry_record_view
from ...states import TERMINAL_STATES, Action
from .base import EnquiryViewMixin
from .forms import CloseForm, NoteForm, ReleaseForm

ORIGINAL = "original"
# Actions that are a single button on the detail page; the others have a form or their own page.
BUTTON_ACTIONS = {
    Action.CLAIM: ("enquiries:claim", _("Claim")),
    Action.MARK_CONTACTED: ("enquiries:contacted", _("Mark as contacted")),
    Action.ACCEPT: ("enquiries:accept", _("Accept as a client")),
}
PAGE_ACTIONS = {
    Action.REFER_ON: ("enquiries:refer", _("Refer on to another centre")),
    Action.MARK_SPAM: ("enquiries:spam", _("Mark as spam")),
    Action.WITHDRAW: ("enquiries:withdraw", _("Record that they withdrew")),
}


@method_decorator(never_cache, name="dispatch")
class EnquiryDetailView(EnquiryViewMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "referrals/admin/enquiry_detail.html"

    def get_page_title(self):
        return self.enquiry.reference

    def get(self, request, *args, **kwargs):
        enquiry_record_view(enquiry=self.enquiry, actor=request.user)
        self.case = enquiry_case_file(user=request.user, pk=self.enquiry.pk)
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        case, enquiry = self.case, self.case.enquiry
        actions = staff_actions(self.request.user, enquiry)
        original = self.request.GET.get("answers") == ORIGINAL
        consents = current_consents(enquiry=enquiry)
        context.update(
            case=case,
            enquiry=enquiry,
            warnings=case.contact_warnings(),
            answers=case.answers(language=enquiry.language if original else None),
            answers_original=original,
            answered_in_my_language=enquiry.language == case.language,
            routing=case.routing(),
            timeline=case.timeline(),
            views=case.timeline(views=True)[::-1][:20],
            notes=list(enquiry.notes.all()),
            consents=[
                {"label": purpose.label, "given": consents.get(str(purpose), False)}
                for purpose in ConsentPurpose
            ],
            buttons=[BUTTON_ACTIONS[a] for a in actions if a in BUTTON_ACTIONS],
            pages=[PAGE_ACTIONS[a] for a in actions if a in PAGE_ACTIONS],
            close_form=CloseForm() if Action.CLOSE in actions else None,
            release_form=ReleaseForm() if Action.RELEASE in actions else None,
            note_form=NoteForm(),
            claimed_by_someone_else=(
                enquiry.claimed_by_id is not None and enquiry.claimed_by_id != self.request.user.pk
            ),
            is_open=enquiry.state not in TERMINAL_STATES,
            may_hold=is_supervisor(self.request.user, enquiry),
        )
        return context


@method_decorator(never_cache, name="dispatch")
class EnquiryExportView(EnquiryViewMixin, View):
    """Everything the centre holds about one enquiry, as a JSON download."""

    http_method_names = ["get"]

    def get(self, request, *args, **kwargs):
        enquiry_record_view(enquiry=self.enquiry, actor=request.user, export="json")
        data = enquiry_export(user=request.user, pk=self.enquiry.pk)
        response = JsonResponse(data, json_dumps_params={"ensure_ascii": False, "indent": 2})
        response["Content-Disposition"] = f'attachment; filename="{self.enquiry.reference}.json"'
        return response
