"""Who may see what: centre isolation in one place.

Caseworkers and managers see the enquiries of the centres they are members
of; network administrators (the "Network administrators" group, and
superusers) see every centre's and the triage queue. Everything else about
an enquiry of another centre answers "not found".
"""

from __future__ import annotations

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AnonymousUser
from django.db.models import QuerySet

from ..models import NETWORK_ADMINS_GROUP, Centre, CentreMembership, Enquiry

_CACHE = "_signpost_referrals_access"


def _cached(user: AbstractBaseUser) -> dict:
    cache = getattr(user, _CACHE, None)
    if cache is None:
        cache = {}
        setattr(user, _CACHE, cache)
    return cache


def is_network_admin(user: AbstractBaseUser | AnonymousUser) -> bool:
    if not (user and user.is_authenticated and user.is_active):
        return False
    cache = _cached(user)
    if "admin" not in cache:
        cache["admin"] = user.is_superuser or user.groups.filter(name=NETWORK_ADMINS_GROUP).exists()
    return cache["admin"]


def centre_ids_for(user: AbstractBaseUser | AnonymousUser) -> frozenset[int]:
    """The centres user is a member of (not every centre, even for network admins)."""
    if not (user and user.is_authenticated and user.is_active):
        return frozenset()
    cache = _cached(user)
    if "centres" not in cache:
        cache["centres"] = frozenset(
            CentreMembership.objects.filter(user=user).values_list("centre_id", flat=True)
        )
    return cache["centres"]


def centres_for(user: AbstractBaseUser | AnonymousUser) -> QuerySet[Centre]:
    """The centres whose work user may see: all for network admins."""
    if is_network_admin(user):
        return Centre.objects.all()
    return Centre.objects.filter(pk__in=centre_ids_for(user))


def is_centre_manager(user: AbstractBaseUser | AnonymousUser, centre: Centre) -> bool:
    return (
        is_network_admin(user)
        or CentreMembership.objects.filter(
            user=user, centre=centre, role=CentreMembership.Role.MANAGER
        ).exists()
    )


def enquiries_visible_to(user: AbstractBaseUser | AnonymousUser) -> QuerySet[Enquiry]:
    if is_network_admin(user):
        return Enquiry.objects.all()
    return Enquiry.objects.filter(centre_id__in=centre_ids_for(user))


def can_access_enquiry(user: AbstractBaseUser | AnonymousUser, enquiry: Enquiry) -> bool:
    if is_network_admin(user):
        return True
    return enquiry.centre_id is not None and enquiry.centre_id in centre_ids_for(user)


def forget_access(user: AbstractBaseUser | AnonymousUser) -> None:
    """Drop the per-request cache (after memberships change)."""
    if hasattr(user, _CACHE):
        delattr(user, _CACHE)
