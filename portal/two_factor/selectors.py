"""Reads for the staff second-factor pages."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.paginator import Page, Paginator
from django.db.models import Count, Exists, OuterRef, Q
from django_otp.plugins.otp_totp.models import TOTPDevice

RESET_PERMISSIONS = ("otp_totp.delete_totpdevice", "otp_static.delete_staticdevice")
PAGE_SIZE = 50


def can_reset_anyone(user) -> bool:
    return user.is_active and all(user.has_perm(permission) for permission in RESET_PERMISSIONS)


def staff_users():
    """Everyone who can reach the admin, directly or through a group."""
    permission_ids = Permission.objects.filter(
        codename="access_admin", content_type__app_label="wagtailadmin"
    ).values("pk")
    return (
        get_user_model()
        .objects.filter(
            Q(is_superuser=True)
            | Q(is_staff=True)
            | Q(user_permissions__in=permission_ids)
            | Q(groups__permissions__in=permission_ids)
        )
        .distinct()
    )


def staff_second_factor_page(*, page, query: str = "") -> Page:
    users = staff_users()
    if query:
        users = users.filter(
            Q(username__icontains=query)
            | Q(first_name__icontains=query)
            | Q(last_name__icontains=query)
        )
    users = users.annotate(
        has_authenticator=Exists(TOTPDevice.objects.filter(user=OuterRef("pk"), confirmed=True)),
        backup_codes=Count(
            "staticdevice__token_set", filter=Q(staticdevice__confirmed=True), distinct=True
        ),
    ).order_by("username")
    return Paginator(users, PAGE_SIZE).get_page(page)
