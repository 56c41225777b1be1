"""Finding everything held about one person, for subject access and erasure
by network admins.

An e-mail address or phone number is found through its keyed hash (the
indexed email_hash and phone_hash columns), so no row is decrypted to
search; a reference is matched exactly. Nothing is held about a person
outside their enquiries: statistics facts are anonymous, audit records name
references only, and unfinished self-assessments live in sessions that
expire within RETENTION["unfinished"].
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.contrib.auth.base_user import AbstractBaseUser
from django.db.models import Q
from django.utils import timezone

from ..contact_details import email_hash, phone_hash
from ..models import Enquiry, ErasureRecord
from .case_files import enquiry_export

SUBJECT_EXPORT_SCHEMA = 1


@dataclass
class SubjectMatch:
    enquiry: Enquiry
    matched_by: list[str] = field(default_factory=list)  # "reference", "email", "phone"


def subject_matches(*, reference: str = "", email: str = "", phone: str = "") -> list[SubjectMatch]:
    """The enquiries that match any of the three, newest first, without
    their personal data loaded."""
    reference = reference.strip().upper()
    wanted = {
        "reference": reference,
        "email": email_hash(email) if email.strip() else "",
        "phone": phone_hash(phone) if phone.strip() else "",
    }
    columns = {"reference": "reference", "email": "email_hash", "phone": "phone_hash"}
    condition = Q()
    for kind, value in wanted.items():
        if value:
            condition |= Q(**{columns[kind]: value})
    if not condition:
        return []
    enquiries = (
        Enquiry.objects.filter(condition)
        .select_related("centre", "area")
        .only(
            "pk",
            "reference",
            "state",
            "submitted_at",
            "legal_hold",
            "anonymised_at",
            "email_hash",
            "phone_hash",
            "centre__name",
            "area__code",
        )
        .order_by("-submitted_at", "-pk")
    )
    return [
        SubjectMatch(
            enquiry,
            [
                kind
                for kind, value in wanted.items()
                if value and getattr(enquiry, columns[kind]) == value
            ],
        )
        for enquiry in enquiries
    ]


def enquiries_by_references(references: list[str]) -> list[Enquiry]:
    return list(Enquiry.objects.filter(reference__in=references).order_by("-submitted_at", "-pk"))


def subject_export(*, user: AbstractBaseUser, references: list[str]) -> dict:
    """Everything held on these enquiries, as JSON-ready data: each enquiry as
    the case export has it, with its notification records, and any erasures
    already recorded for these references."""
    enquiries = enquiries_by_references(references)
    exported = []
    for enquiry in enquiries:
        data = enquiry_export(user=user, pk=enquiry.pk)
        data["legal_hold"] = enquiry.legal_hold
        data["notifications"] = [
            {
                "kind": notification.kind,
                "channel": notification.channel,
                "recipient": notification.recipient_kind,
                "status": notification.status,
                "created_at": notification.created_at.isoformat(),
                "sent_at": notification.sent_at.isoformat() if notification.sent_at else None,
            }
            for notification in enquiry.notifications.order_by("created_at", "pk")
        ]
        exported.append(data)
    erasures = ErasureRecord.objects.filter(reference__in=references)
    return {
        "schema": SUBJECT_EXPORT_SCHEMA,
        "exported_at": timezone.now().isoformat(),
        "exported_by": user.get_username(),
        "enquiries": exported,
        "erasures": [
            {
                "reference": record.reference,
                "action": record.action,
                "policy": record.policy,
                "at": record.erased_at.isoformat(),
            }
            for record in erasures
        ],
    }
