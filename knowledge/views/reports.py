import csv

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.permission_policies.pages import PagePermissionPolicy

from ..reports import STATUS_LABELS, translation_report


def can_see_content_reports(user) -> bool:
    return PagePermissionPolicy().user_has_any_permission(user, {"add", "change", "publish"})


class TranslationReportView(WagtailAdminTemplateMixin, TemplateView):
    """Per language: guides missing, current or out of date; and guides due for review."""

    template_name = "knowledge/admin/translation_report.html"
    page_title = _("Translations and reviews")
    header_icon = "globe"

    def dispatch(self, request, *args, **kwargs):
        if not can_see_content_reports(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_filters(self):
        languages = {code for code, _name in settings.LANGUAGES}
        language = self.request.GET.get("language") or None
        status = self.request.GET.get("status") or None
        return {
            "language": language if language in languages else None,
            "status": status if status in STATUS_LABELS else None,
            "overdue_only": self.request.GET.get("overdue") == "1",
        }

    def get(self, request, *args, **kwargs):
        report = translation_report(**self.get_filters())
        if request.GET.get("export") == "csv":
            return self.as_csv(report)
        return super().get(request, *args, report=report, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            {
                "filters": self.get_filters(),
                "all_languages": [
                    (c, n) for c, n in settings.LANGUAGES if c != settings.LANGUAGE_CODE
                ],
                "statuses": STATUS_LABELS,
                "totals": kwargs["report"].totals(),
            }
        )
        return context

    def as_csv(self, report):
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="translation-report.csv"'
        writer = csv.writer(response)
        writer.writerow(
            ["guide_id", "title", "review_due", *[code for code, _n in report.languages]]
        )
        for row in report.rows:
            writer.writerow(
                [row.guide_id, _safe(row.title), row.review_due or ""]
                + [item.status for item in row.languages]
            )
        return response


def _safe(value: str) -> str:
    # Spreadsheet formula injection: a title is editor-controlled text.
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value
