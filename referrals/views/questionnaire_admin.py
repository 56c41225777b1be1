"""Admin: publishing the questionnaire (a thin view over questionnaire_publish)."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import HeaderButton
from wagtail.snippets.views.snippets import IndexView

from ..errors import QuestionnaireNotPublishable
from ..models import QuestionnaireVersion
from ..services import questionnaire_problems, questionnaire_publish
from ..services.questionnaire import PUBLISH_PERMISSION


class QuestionIndexView(IndexView):
    """The question list, with a "Publish questionnaire" button for those allowed."""

    @property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        if self.request.user.has_perm(PUBLISH_PERMISSION):
            buttons.append(
                HeaderButton(
                    _("Publish questionnaire"),
                    url=reverse("referrals_publish_questionnaire"),
                    icon_name="upload",
                )
            )
        return buttons


class PublishQuestionnaireView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "referrals/admin/publish_questionnaire.html"
    page_title = _("Publish the questionnaire")
    header_icon = "upload"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(PUBLISH_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["problems"] = questionnaire_problems()
        context["versions"] = QuestionnaireVersion.objects.select_related("published_by").only(
            "number", "published_at", "published_by__username", "checksum"
        )[:20]
        return context

    def post(self, request, *args, **kwargs):
        try:
            result = questionnaire_publish(actor=request.user)
        except QuestionnaireNotPublishable as error:
            for problem in error.problems:
                messages.error(request, problem)
            return redirect("referrals_publish_questionnaire")
        if result.created:
            messages.success(
                request,
                _("Published version %(number)s. New self-assessments use it from now on.")
                % {"number": result.version.number},
            )
        else:
            messages.info(
                request,
                _("Nothing has changed since version %(number)s, so nothing was published.")
                % {"number": result.version.number},
            )
        return redirect("referrals_publish_questionnaire")
