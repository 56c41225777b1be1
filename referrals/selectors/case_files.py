"""An enquiry as a caseworker reads it (the detail page) and takes it away
(the export): both from one CaseFile, after the same access check."""

from __future__ import annotations

from django.contrib.auth.base_user import AbstractBaseUser
from django.utils import timezone
from django.utils.translation import get_language

from knowledge.models import AreaOfLaw

from ..case_file import CaseFile, staff_name
from ..models import Centre, OutcomeCode
from ..routing import TRIAGE
from .enquiries import current_consents, enquiry_detail

EXPORT_SCHEMA = 1


def area_names() -> dict[str, str]:
    """Area of law codes to their names in the active language (for routing reasons)."""
    return {area.code: area.name for area in AreaOfLaw.objects.all()}


def enquiry_case_file(*, user: AbstractBaseUser, pk: int, language: str | None = None) -> CaseFile:
    """The enquiry with what it takes to show it in words: five queries
    (EnquiryNotFound, a 404, if user may not see it)."""
    enquiry = enquiry_detail(user=user, pk=pk)
    slugs = {row["centre"] for row in (enquiry.routing or {}).get("ranked", [])}
    for event in enquiry.events.all():
        slugs.update(
            value
            for name, value in (event.data or {}).items()
            if name in ("from_centre", "to_centre", "suggested")
        )
    slugs.discard(TRIAGE)
    centres = Centre.objects.filter(slug__in=slugs).values_list("slug", "name") if slugs else []
    return CaseFile(
        enquiry,
        language=language or get_language(),
        centre_names=dict(centres),
        area_names=area_names(),
        outcome_labels={outcome.code: outcome.label for outcome in OutcomeCode.objects.all()},
    )


def enquiry_export(*, user: AbstractBaseUser, pk: int, language: str | None = None) -> dict:
    """Everything the centre holds about one enquiry, as JSON-ready data:
    the facts as stored (codes), and the answers in words in language."""
    case = enquiry_case_file(user=user, pk=pk, language=language)
    enquiry = case.enquiry
    routing = case.routing()
    return {
        "schema": EXPORT_SCHEMA,
        "exported_at": timezone.now().isoformat(),
        "exported_by": user.get_username(),
        "language": case.language,
        "reference": enquiry.reference,
        "state": enquiry.state,
        "centre": enquiry.centre.slug if enquiry.centre_id else TRIAGE,
        "claimed_by": enquiry.claimed_by.get_username() if enquiry.claimed_by_id else None,
        "outcome": enquiry.outcome.code if enquiry.outcome_id else None,
        "submitted_at": enquiry.submitted_at.isoformat(),
        "site_language": enquiry.language,
        "area": enquiry.area.code if enquiry.area_id else None,
        "sub_category": enquiry.sub_category,
        "urgent": enquiry.urgent,
        "urgency_reasons": list(enquiry.urgency_reasons or []),
        "key_dates": list(enquiry.key_dates or []),
        "eligibility_hints": list(enquiry.eligibility_hints or []),
        "advice_language": enquiry.advice_language,
        "interpreter_requested": enquiry.interpreter_requested,
        "interpreter_needed": enquiry.interpreter_needed,
        "accessibility_needs": list(enquiry.accessibility_needs or []),
        "contact": {
            "name": enquiry.name,
            "email": enquiry.email,
            "phone": enquiry.phone,
            "postcode": enquiry.postcode,
            "postcode_status": enquiry.postcode_status,
            "preferred_method": enquiry.contact_method,
            "safe_to_contact": enquiry.safe_to_contact,
            "may_leave_message": enquiry.may_leave_message,
            "safe_times": list(enquiry.safe_times or []),
            "warnings": [warning.text for warning in case.contact_warnings()],
        },
        "summary": enquiry.summary,
        "questionnaire_version": enquiry.questionnaire_version.number,
        "answers": [
            {"question": row.key, "text": row.question, "answer": row.value, "in_words": row.answer}
            for row in case.answers()
        ],
        "consents": current_consents(enquiry=enquiry),
        "consent_history": [
            {
                "purpose": consent.purpose,
                "given": consent.given,
                "wording_version": consent.wording_version,
                "language": consent.language,
                "at": consent.created_at.isoformat(),
            }
            for consent in enquiry.consents.all()
        ],
        "routing": {
            "chosen": routing.chosen,
            "level": routing.level,
            "interpreter_needed": routing.interpreter_needed,
            "reasons": routing.reasons,
            "ranked": [
                {"centre": row.slug, "score": row.score, "reasons": row.reasons}
                for row in routing.ranked
            ],
        }
        if routing
        else None,
        "timeline": [
            {
                "at": row.at.isoformat(),
                "action": row.action,
                "by": row.actor,
                "from": row.from_state,
                "to": row.to_state,
                "detail": row.detail,
            }
            for row in case.timeline(views=False)
        ],
        "notes": [
            {
                "at": note.created_at.isoformat(),
                "by": staff_name(note.author) if note.author else None,
                "kind": note.kind,
                "text": note.body,
            }
            for note in enquiry.notes.all()
        ],
    }
