from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from knowledge.views.reports import can_see_content_reports

from .models import Synonym
from .views.reports import QueryReportView


class SynonymViewSet(SnippetViewSet):
    """Editors map the words readers use to the words the guides use."""

    model = Synonym
    icon = "search"
    menu_label = _("Search synonyms")
    menu_order = 230
    add_to_admin_menu = True
    list_display = ["lay_terms", "legal_terms", "language"]
    list_filter = ["language"]
    search_fields = ["lay_terms", "legal_terms"]
    panels = [FieldPanel("language"), FieldPanel("lay_terms"), FieldPanel("legal_terms")]


register_snippet(SynonymViewSet)


@hooks.register("register_admin_urls")
def register_query_report_url():
    return [path("reports/search-queries/", QueryReportView.as_view(), name="search_query_report")]


class QueryReportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_content_reports(request.user)


@hooks.register("register_reports_menu_item")
def register_query_report_menu_item():
    return QueryReportMenuItem(
        _("Search queries"),
        reverse("search_query_report"),
        name="search-queries",
        icon_name="search",
        order=110,
    )
