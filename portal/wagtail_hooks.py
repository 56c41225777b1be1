"""Admin entry points for the second factor: your own (account page) and,
for network admins, everyone's (Settings menu, and a button on Wagtail's
user list for those who manage users)."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets.button import Button
from wagtail.permissions import register_permission_policy

from .audit_admin import AuditPermissionPolicy, AuditRecordViewSet
from .models import AuditRecord
from .two_factor.devices import can_reset_second_factor
from .two_factor.selectors import can_reset_anyone


class StaffSecondFactorMenuItem(MenuItem):
    def is_shown(self, request):
        return can_reset_anyone(request.user)


@hooks.register("register_settings_menu_item")
def register_staff_second_factor_menu_item():
    return StaffSecondFactorMenuItem(
        _("Staff second factors"),
        reverse("two_factor:staff"),
        name="staff-second-factors",
        icon_name="key",
        order=650,
    )


@hooks.register("register_account_menu_item")
def register_second_factor_account_item(request):
    return {
        "url": reverse("two_factor:overview"),
        "label": _("Second factor"),
        "help_text": _("Make new backup codes or set up a new authenticator app."),
    }


@hooks.register("register_user_listing_buttons")
def register_reset_second_factor_button(user, request_user):
    if not can_reset_second_factor(request_user, user):
        return []
    return [
        Button(
            _("Reset second factor"),
            url=reverse("two_factor:reset", args=[user.pk]),
            icon_name="key",
            priority=90,
        )
    ]


register_permission_policy(AuditRecord, AuditPermissionPolicy(AuditRecord))


@hooks.register("register_admin_viewset")
def register_audit_viewset():
    return AuditRecordViewSet()
