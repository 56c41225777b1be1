"""Who sees which statistics: network admins everything (and can compare
centres), centre managers their own centres, everyone else nothing."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.base_user import AbstractBaseUser

from ..models import Centre, CentreMembership
from ..selectors.access import is_network_admin


@dataclass(frozen=True)
class InsightScope:
    network: bool  # every centre and the triage queue
    centre_ids: frozenset[int] = frozenset()  # for managers: the centres they manage

    def centres(self):
        if self.network:
            return Centre.objects.order_by("name")
        return Centre.objects.filter(pk__in=self.centre_ids).order_by("name")

    def allows_centre(self, centre_id: int) -> bool:
        return self.network or centre_id in self.centre_ids


def insight_scope(user: AbstractBaseUser) -> InsightScope | None:
    """The statistics user may see, or None for none at all."""
    if not (user and user.is_authenticated and user.is_active):
        return None
    if is_network_admin(user):
        return InsightScope(network=True)
    managed = frozenset(
        CentreMembership.objects.filter(user=user, role=CentreMembership.Role.MANAGER).values_list(
            "centre_id", flat=True
        )
    )
    return InsightScope(network=False, centre_ids=managed) if managed else None
