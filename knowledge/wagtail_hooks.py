from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import AreaOfLaw, GlossaryTerm
from .panels import translated_panels
from .views.reports import TranslationReportView, can_see_content_reports


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "openquote"
    menu_label = _("Glossary")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["term", "slug"]
    search_fields = ["term", "slug"]
    panels = [FieldPanel("slug"), *translated_panels("term", "definition")]


class AreaOfLawViewSet(SnippetViewSet):
    model = AreaOfLaw
    icon = "folder-open-inverse"
    menu_label = _("Areas of law")
    menu_order = 220
    add_to_admin_menu = True
    list_display = ["name", "code", "sort_order", "active"]
    panels = [
        FieldPanel("code"),
        FieldPanel("sort_order"),
        FieldPanel("active"),
        *translated_panels("name", "description"),
    ]


register_snippet(GlossaryTermViewSet)
register_snippet(AreaOfLawViewSet)


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path(
            "reports/translations/",
            TranslationReportView.as_view(),
            name="knowledge_translation_report",
        )
    ]


class ContentReportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_content_reports(request.user)


@hooks.register("register_reports_menu_item")
def register_translation_report_menu_item():
    return ContentReportMenuItem(
        _("Translations and reviews"),
        reverse("knowledge_translation_report"),
        name="translations-and-reviews",
        icon_name="globe",
        order=100,
    )
