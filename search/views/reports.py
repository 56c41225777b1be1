import csv

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from knowledge.views.reports import can_see_content_reports

from ..reports import DEFAULT_PERIOD, PERIODS, query_report


class QueryReportView(WagtailAdminTemplateMixin, TemplateView):
    """Most frequent searches, and searches that found nothing, per language."""

    template_name = "search/admin/query_report.html"
    page_title = _("Search queries")
    header_icon = "search"

    def dispatch(self, request, *args, **kwargs):
        if not can_see_content_reports(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_filters(self) -> dict:
        languages = {code for code, _name in settings.LANGUAGES}
        language = self.request.GET.get("language") or None
        try:
            days = int(self.request.GET.get("days") or DEFAULT_PERIOD)
        except ValueError:
            days = DEFAULT_PERIOD
        return {
            "language": language if language in languages else None,
            "days": days if days in PERIODS else DEFAULT_PERIOD,
        }

    def get(self, request, *args, **kwargs):
        report = query_report(**self.get_filters())
        if request.GET.get("export") == "csv":
            return self.as_csv(report)
        return super().get(request, *args, report=report, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            {"filters": self.get_filters(), "languages": settings.LANGUAGES, "periods": PERIODS}
        )
        return context

    def as_csv(self, report):
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="search-queries.csv"'
        writer = csv.writer(response)
        writer.writerow(["language", "query", "searches", "searches_with_no_results"])
        for row in report.frequent:
            writer.writerow(
                [row.language, _safe(row.query), row.searches, row.zero_result_searches]
            )
        return response


def _safe(value: str) -> str:
    # Spreadsheet formula injection: a query is reader-typed text.
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value
