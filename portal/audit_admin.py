"""The audit trail in the Wagtail admin, for network administrators only:
a read-only listing (filters by action, outcome, who, centre and date; search
by reference) and each record's details. There is no way to add, change or
delete a record here; the URLs for it are not even registered."""

from __future__ import annotations

import django_filters
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db.models import Q
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import BasePermissionPolicy

from referrals.models import NETWORK_ADMINS_GROUP
from referrals.selectors.access import is_network_admin

from .models import AuditRecord


class AuditPermissionPolicy(BasePermissionPolicy):
    """Network administrators (and superusers) may view; nobody may do anything else."""

    def user_has_permission(self, user, action):
        return action == "view" and is_network_admin(user)

    def users_with_any_permission(self, actions):
        users = get_user_model().objects.filter(is_active=True)
        if "view" not in actions:
            return users.none()
        return users.filter(Q(is_superuser=True) | Q(groups__name=NETWORK_ADMINS_GROUP)).distinct()


def _distinct(field: str):
    def choices():
        values = AuditRecord.objects.exclude(**{field: ""}).values_list(field, flat=True)
        return [(value, value) for value in values.order_by(field).distinct()]

    return choices


class AuditRecordFilterSet(WagtailFilterSet):
    action = django_filters.ChoiceFilter(label=_("What"), choices=_distinct("action"))
    outcome = django_filters.ChoiceFilter(label=_("Outcome"), choices=AuditRecord.OUTCOMES)
    actor_label = django_filters.CharFilter(label=_("Who (username)"), lookup_expr="iexact")
    centre_label = django_filters.ChoiceFilter(label=_("Centre"), choices=_distinct("centre_label"))
    occurred_at = django_filters.DateFromToRangeFilter(
        label=_("When (UTC)"), widget=DateRangePickerWidget
    )

    class Meta:
        model = AuditRecord
        fields = ["action", "outcome", "actor_label", "centre_label", "occurred_at"]


class AuditRecordViewSet(ModelViewSet):
    model = AuditRecord
    icon = "history"
    menu_label = _("Audit trail")
    add_to_settings_menu = True
    menu_order = 660
    url_namespace = "audit_records"
    url_prefix = "audit"
    list_display = [
        "occurred_at",
        "actor_label",
        "action",
        "outcome",
        "centre_label",
        "target_label",
        "ip_address",
    ]
    filterset_class = AuditRecordFilterSet
    search_fields = ["target_label"]
    search_backend_name = None
    inspect_view_enabled = True
    copy_view_enabled = False
    list_export = []

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
        ]

    def get_permissions_to_register(self):
        return Permission.objects.none()
