"""Referrals in the Wagtail admin: network admins configure centres, outcome
codes and the questionnaire (the "Referrals" menu); caseworkers and network
admins work the enquiry queue ("Enquiries", at /admin/enquiries/); network
admins and centre managers find the statistics under "Insight"."""

from django import forms
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from knowledge.panels import translated_panels

from .insight.access import insight_scope
from .models import Centre, OutcomeCode, Question
from .permissions import may_use_queue
from .selectors import is_network_admin
from .views.admin import urls as queue_urls
from .views.admin.subject_access import SubjectAccessView, SubjectEraseView, SubjectExportView
from .views.insight import InsightDashboardView, InsightExportView
from .views.questionnaire_admin import PublishQuestionnaireView, QuestionIndexView


class CentreViewSet(SnippetViewSet):
    model = Centre
    icon = "home"
    menu_label = _("Centres")
    list_display = ["name", "slug", "national", "weekly_capacity", "active"]
    list_filter = ["active", "national", "areas"]
    search_fields = ["name", "slug"]
    panels = [
        MultiFieldPanel(
            [
                FieldPanel("name"),
                FieldPanel("slug"),
                FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
                FieldPanel("active"),
            ],
            heading=_("Centre"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("areas", widget=forms.CheckboxSelectMultiple),
                FieldPanel("coverage"),
                FieldPanel("national"),
                FieldPanel("languages"),
            ],
            heading=_("What and where"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("weekly_capacity"),
                FieldPanel("accepts_urgent"),
                FieldPanel("opening_hours"),
            ],
            heading=_("Capacity and opening hours"),
        ),
        *translated_panels("description"),
        InlinePanel(
            "memberships",
            panels=[FieldPanel("user"), FieldPanel("role")],
            heading=_("Staff"),
            label=_("Staff member"),
        ),
    ]


class OutcomeCodeViewSet(SnippetViewSet):
    model = OutcomeCode
    icon = "tick-inverse"
    menu_label = _("Outcome codes")
    list_display = ["label", "code", "sort_order", "active"]
    panels = [
        FieldPanel("code"),
        FieldPanel("sort_order"),
        FieldPanel("active"),
        *translated_panels("label", "description"),
    ]


class QuestionViewSet(SnippetViewSet):
    model = Question
    icon = "list-ul"
    menu_label = _("Questionnaire")
    index_view_class = QuestionIndexView
    list_display = ["key", "text", "kind", "role", "sort_order"]
    list_filter = ["kind", "role"]
    search_fields = ["key", "text"]
    ordering = ["sort_order", "key"]
    panels = [
        MultiFieldPanel(
            [
                FieldPanel("key"),
                FieldRowPanel([FieldPanel("kind"), FieldPanel("role")]),
                FieldPanel("key_date_kind"),
                FieldRowPanel([FieldPanel("required"), FieldPanel("sort_order")]),
                FieldPanel("next_question"),
            ],
            heading=_("Logic"),
        ),
        *translated_panels("text", "help_text"),
        InlinePanel(
            "options",
            heading=_("Options"),
            label=_("Option"),
            panels=[
                FieldPanel("key"),
                *translated_panels("label"),
                FieldPanel("next_question"),
                FieldRowPanel([FieldPanel("area"), FieldPanel("sub_category")]),
                FieldPanel("urgent"),
                FieldPanel("eligibility"),
            ],
        ),
    ]


class ReferralsViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Referrals")
    menu_icon = "mail"
    menu_order = 230
    items = (CentreViewSet, QuestionViewSet, OutcomeCodeViewSet)


register_snippet(ReferralsViewSetGroup)


@hooks.register("register_admin_urls")
def register_publish_url():
    return [
        path(
            "referrals/questionnaire/publish/",
            PublishQuestionnaireView.as_view(),
            name="referrals_publish_questionnaire",
        ),
        path("insight/", InsightDashboardView.as_view(), name="referrals_insight"),
        path(
            "insight/export/<slug:name>.<slug:fmt>",
            InsightExportView.as_view(),
            name="referrals_insight_export",
        ),
        path("subject-access/", SubjectAccessView.as_view(), name="referrals_subject_access"),
        path(
            "subject-access/export/", SubjectExportView.as_view(), name="referrals_subject_export"
        ),
        path("subject-access/erase/", SubjectEraseView.as_view(), name="referrals_subject_erase"),
    ]


@hooks.register("register_admin_urls")
def register_queue_urls():
    return [path("enquiries/", include(queue_urls, namespace="enquiries"))]


class QueueMenuItem(MenuItem):
    def is_shown(self, request):
        return may_use_queue(request.user)


@hooks.register("register_admin_menu_item")
def register_queue_menu_item():
    return QueueMenuItem(
        _("Enquiries"), reverse("enquiries:queue"), name="enquiries", icon_name="tasks", order=50
    )


class InsightMenuItem(MenuItem):
    def is_shown(self, request):
        return insight_scope(request.user) is not None


@hooks.register("register_admin_menu_item")
def register_insight_menu_item():
    return InsightMenuItem(
        _("Insight"), reverse("referrals_insight"), name="insight", icon_name="table", order=240
    )


class SubjectAccessMenuItem(MenuItem):
    def is_shown(self, request):
        return is_network_admin(request.user)


@hooks.register("register_admin_menu_item")
def register_subject_access_menu_item():
    return SubjectAccessMenuItem(
        _("Subject access"),
        reverse("referrals_subject_access"),
        name="subject-access",
        icon_name="user",
        order=245,
    )
