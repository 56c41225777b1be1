"""The staff groups every install needs (kept current after each migrate)."""

from __future__ import annotations

from django.contrib.auth.models import Group, Permission
from django.db import transaction

from ..models import CENTRE_STAFF_GROUP, NETWORK_ADMINS_GROUP

NETWORK_ADMIN_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    *[
        ("referrals", f"{verb}_{model}")
        for model in ("centre", "centremembership", "outcomecode", "question", "option")
        for verb in ("add", "change", "delete", "view")
    ],
    ("referrals", "view_questionnaireversion"),
    ("referrals", "publish_questionnaire"),
    # Resetting a colleague's second factor (portal/two_factor).
    ("otp_totp", "delete_totpdevice"),
    ("otp_static", "delete_staticdevice"),
]
CENTRE_STAFF_PERMISSIONS = [("wagtailadmin", "access_admin")]


@transaction.atomic
def ensure_staff_groups() -> dict[str, Group]:
    """Create the network admin and centre staff groups with their permissions.

    Idempotent; permissions that do not exist yet (mid-migration) are skipped
    and added on the next run.
    """
    groups = {}
    for name, wanted in (
        (NETWORK_ADMINS_GROUP, NETWORK_ADMIN_PERMISSIONS),
        (CENTRE_STAFF_GROUP, CENTRE_STAFF_PERMISSIONS),
    ):
        group, _created = Group.objects.get_or_create(name=name)
        permissions = [
            permission
            for app_label, codename in wanted
            for permission in Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            )
        ]
        group.permissions.add(*permissions)
        groups[name] = group
    return groups
