"""The insight dashboard and its exports, in the Wagtail admin.

Network admins see every centre, managers the centres they manage; for
anyone else the pages do not exist (404). Every export is written to the
audit trail.
"""

from __future__ import annotations

from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import get_language_bidi
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from portal import audit

from ..insight import exports
from ..insight.access import insight_scope
from ..insight.charts import chart_for
from ..insight.filters import BREAKDOWNS, InsightFilterForm
from ..insight.report import cached_report
from ..insight.tables import SUPPRESSION_NOTE
from ..models import Centre

FORMATS = {"csv": exports.CSV_CONTENT_TYPE, "xlsx": exports.XLSX_CONTENT_TYPE}


class InsightAccessMixin:
    def dispatch(self, request, *args, **kwargs):
        self.scope = insight_scope(request.user)
        if self.scope is None:
            raise Http404
        self.form = InsightFilterForm(request.GET, scope=self.scope)
        return super().dispatch(request, *args, **kwargs)

    def report(self):
        """The report for the filters, or None if they are invalid."""
        if not self.form.is_valid():
            return None
        filters = self.form.filters()
        # Show the dates actually used (widened to whole weeks or months).
        self.form.data = {
            **self.form.data.dict(),
            "start": filters.start.isoformat(),
            "end": filters.end.isoformat(),
        }
        return cached_report(scope=self.scope, filters=filters)


class InsightDashboardView(InsightAccessMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "referrals/insight/dashboard.html"
    page_title = _("Insight")
    page_subtitle = _("Anonymised statistics")
    header_icon = "table"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        report = self.report()
        rtl = get_language_bidi()
        sections = []
        if report is not None:
            query = self.request.GET.urlencode()
            for section in report.sections:
                sections.append(
                    {
                        "key": section.key,
                        "title": section.title,
                        "tables": [
                            {
                                "table": table,
                                "chart": chart_for(table, rtl=rtl),
                                "exports": [
                                    (fmt.upper(), _export_url(table.name, fmt, query))
                                    for fmt in FORMATS
                                ],
                            }
                            for table in section.tables
                        ],
                    }
                )
        context.update(
            form=self.form,
            report=report,
            sections=sections,
            breakdowns=BREAKDOWNS,
            suppression_note=SUPPRESSION_NOTE,
            period=_period(report),
        )
        return context


class InsightExportView(InsightAccessMixin, View):
    def get(self, request, name: str, fmt: str):
        if fmt not in FORMATS:
            raise Http404
        report = self.report()
        if report is None:
            return HttpResponse(
                " ".join(self.form.error_messages()), status=400, content_type="text/plain"
            )
        table = report.tables.get(name)
        if table is None:  # unknown, or not for this scope (unmet need is network-only)
            raise Http404
        filters = report.filters
        if fmt == "csv":
            body = exports.as_csv(table)
        else:
            body = exports.as_xlsx(table, about=_about(report))
        audit.record(
            action="statistics.export",
            request=request,
            centre=Centre.objects.filter(pk=filters.centre_id).first()
            if filters.centre_id
            else None,
            target_type="statistics",
            target_label=table.name,
            detail={
                "format": fmt,
                "filters": filters.as_record(),
                "scope": "network" if self.scope.network else sorted(self.scope.centre_ids),
            },
        )
        response = HttpResponse(body, content_type=FORMATS[fmt])
        filename = f"signpost-{table.name}-{filters.start:%Y%m%d}-{filters.end:%Y%m%d}.{fmt}"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        response["Cache-Control"] = "private, no-store"
        return response


def _export_url(name: str, fmt: str, query: str) -> str:
    url = reverse("referrals_insight_export", kwargs={"name": name, "fmt": fmt})
    return f"{url}?{query}" if query else url


def _period(report) -> str:
    if report is None:
        return ""
    return _("%(start)s to %(end)s") % {
        "start": date_format(report.filters.start, "j F Y"),
        "end": date_format(report.filters.end, "j F Y"),
    }


def _about(report) -> list[tuple[str, str]]:
    filters = report.filters
    about = [
        (_("Period"), _period(report)),
        (_("Show by"), filters.interval),
        (_("Centre"), filters.centre or _("All")),
        (_("Area of law"), filters.area or _("All")),
        (_("Language for advice"), filters.language or _("All")),
    ]
    return [(str(name), str(value)) for name, value in about]
