"""Demo content for referrals: a network of centres across England and Wales,
their staff accounts, and a dozen enquiries in different states.

Idempotent: centres go through the same import as `import_centres`, and
demo enquiries through enquiry_submit with fixed idempotency keys, so a
second run finds everything and changes nothing.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from knowledge.demo_content import DEMO_PASSWORD_SUFFIX, DemoAccount
from portal.two_factor.demo import ensure_demo_second_factor

from .models import (
    CENTRE_STAFF_GROUP,
    NETWORK_ADMINS_GROUP,
    Centre,
    CentreMembership,
    Notification,
)
from .opening_hours import LOCAL_TZ
from .selectors import latest_questionnaire_version
from .services import (
    CentreImportCounts,
    ContactDetails,
    centres_import,
    enquiry_claim,
    enquiry_mark_contacted,
    enquiry_submit,
)
from .services.staff import ensure_staff_groups

DEMO_DIR = Path(__file__).resolve().parent / "demo"
MANAGED_CENTRE = "riverside"


@dataclass
class ReferralsDemoReport:
    centres: CentreImportCounts
    enquiries_created: int
    enquiries_existing: int
    accounts: list[DemoAccount]

    def lines(self) -> list[str]:
        c = self.centres
        return [
            f"Centres: {c.created} created, {c.updated} updated, {c.unchanged} unchanged.",
            f"Demo enquiries: {self.enquiries_created} created, "
            f"{self.enquiries_existing} already there.",
        ]


def _read(name: str) -> dict:
    with (DEMO_DIR / name).open(encoding="utf-8") as handle:
        return json.load(handle)


@transaction.atomic
def load(*, with_accounts: bool = True) -> ReferralsDemoReport:
    """Centres always; staff accounts and demo enquiries (invented people) only
    with_accounts, which production refuses."""
    counts = centres_import(data=_read("centres.json"))
    if not with_accounts:
        return ReferralsDemoReport(counts, 0, 0, [])
    accounts = _accounts()
    created, existing = _enquiries()
    return ReferralsDemoReport(counts, created, existing, accounts)


def _user(username: str, first_name: str):
    User = get_user_model()
    password = username + DEMO_PASSWORD_SUFFIX
    user, created = User.objects.get_or_create(
        username=username,
        defaults={
            "email": f"{username}@signpost.example",
            "first_name": first_name,
            "last_name": "(demo)",
        },
    )
    if created or not user.check_password(password):
        user.set_password(password)
        user.save()
    return user, password


def _accounts() -> list[DemoAccount]:
    groups = ensure_staff_groups()
    accounts = []
    admin, password = _user("network-admin", "Network admin")
    admin.groups.add(groups[NETWORK_ADMINS_GROUP])
    accounts.append(
        DemoAccount(
            "network-admin",
            password,
            "Network administrator: centres, coverage, questionnaire; sees every queue.",
            extra=ensure_demo_second_factor(admin),
        )
    )
    for centre in Centre.objects.filter(slug__in=_demo_slugs()).order_by("slug"):
        roles = [("caseworker", CentreMembership.Role.CASEWORKER)]
        if centre.slug == MANAGED_CENTRE:
            roles.append(("manager", CentreMembership.Role.MANAGER))
        for prefix, role in roles:
            username = f"{prefix}-{centre.slug}"
            user, password = _user(username, prefix.capitalize())
            user.groups.add(groups[CENTRE_STAFF_GROUP])
            CentreMembership.objects.update_or_create(
                user=user, centre=centre, defaults={"role": role}
            )
            accounts.append(
                DemoAccount(
                    username,
                    password,
                    f"{CentreMembership.Role(role).label} at {centre.name}: sees only its queue.",
                    extra=ensure_demo_second_factor(user),
                )
            )
    return accounts


def _demo_slugs() -> list[str]:
    return [entry["slug"] for entry in _read("centres.json")["centres"]]


def _resolve_dates(answers: dict, today: dt.date) -> dict:
    resolved = {}
    for key, value in answers.items():
        if isinstance(value, dict) and "days_from_now" in value:
            value = (today + dt.timedelta(days=value["days_from_now"])).isoformat()
        resolved[key] = value
    return resolved


def _anchor(now: dt.datetime) -> dt.datetime:
    """The latest weekday noon (UK time) not after now: demo enquiries are
    dated back from it, so urgent ones meet open centres whatever day the
    demo is loaded on (routing sends urgent enquiries only to centres that
    are open soon)."""
    local = now.astimezone(LOCAL_TZ)
    day = local.date()
    while True:
        noon = dt.datetime.combine(day, dt.time(12, 0), tzinfo=LOCAL_TZ)
        if day.weekday() < 5 and noon <= local:
            return noon
        day -= dt.timedelta(days=1)


def _enquiries() -> tuple[int, int]:
    version = latest_questionnaire_version()
    now = _anchor(timezone.now())
    User = get_user_model()
    created = existing = 0
    new_ids = []
    for entry in _read("enquiries.json")["enquiries"]:
        as_of = now - dt.timedelta(hours=entry["hours_ago"])
        result = enquiry_submit(
            version=version,
            answers=_resolve_dates(entry["answers"], timezone.localdate(as_of)),
            contact=ContactDetails(**entry["contact"]),
            consents=dict.fromkeys(entry["consents"], True),
            language=entry["language"],
            idempotency_key=entry["key"],
            as_of=as_of,
        )
        if not result.created:
            existing += 1
            continue
        created += 1
        new_ids.append(result.enquiry.pk)
        caseworker = (
            User.objects.filter(username=entry["claim"]).first() if entry["claim"] else None
        )
        centre = result.enquiry.centre
        if caseworker is None or centre is None or entry["claim"] != f"caseworker-{centre.slug}":
            continue
        later = as_of + dt.timedelta(minutes=40)
        enquiry = enquiry_claim(enquiry=result.enquiry, actor=caseworker, as_of=later)
        if "mark_contacted" in entry["then"]:
            enquiry_mark_contacted(
                enquiry=enquiry, actor=caseworker, as_of=later + dt.timedelta(hours=2)
            )
    # Demo people are fictional: their messages are never sent (the rows stay,
    # cancelled, so the outbox looks as it would).
    Notification.objects.filter(enquiry_id__in=new_ids, status=Notification.Status.PENDING).update(
        status=Notification.Status.CANCELLED, next_attempt_at=None, last_error="demo content"
    )
    return created, existing
