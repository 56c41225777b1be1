from __future__ import annotations

import datetime as dt

from django.contrib.auth.base_user import AbstractBaseUser
from django.db import transaction
from django.utils import timezone

from ..errors import ConsentRequired, InvalidReferralTarget
from ..models import CaseNote, Centre, ConsentPurpose, Enquiry, Notification
from ..selectors.centres import referral_suggestions
from ..selectors.enquiries import current_consents
from ..states import Action
from .notifications import notify_centre, notify_help_seeker
from .transitions import apply_transition, lock_enquiry, require_reason


@transaction.atomic
def enquiry_refer_on(
    *,
    enquiry: Enquiry,
    actor: AbstractBaseUser,
    to_centre: Centre | str,
    reason: str,
    as_of: dt.datetime | None = None,
) -> Enquiry:
    """Pass an enquiry to another centre, which finds it in its queue as
    "referred on" (claimable like a routed one).

    Only if the person's consent to sharing still stands; the reason is
    required and kept as an encrypted note (it may say things about the
    person). The routing suggestion at that moment is recorded alongside
    the caseworker's choice.
    """
    at = as_of or timezone.now()
    text = require_reason(reason)
    locked = lock_enquiry(enquiry=enquiry, actor=actor)
    if not current_consents(enquiry=locked).get(ConsentPurpose.SHARE_WITH_CENTRE):
        raise ConsentRequired()
    slug = to_centre.slug if isinstance(to_centre, Centre) else to_centre
    target = Centre.objects.filter(slug=slug, active=True).first()
    if target is None or target.pk == locked.centre_id:
        raise InvalidReferralTarget()
    suggestion = referral_suggestions(enquiry=locked, as_of=at)
    note = CaseNote.objects.create(
        enquiry=locked, author=actor, kind=CaseNote.Kind.REFERRAL_REASON, body=text, created_at=at
    )
    from_slug = locked.centre.slug if locked.centre_id else "triage"
    apply_transition(
        locked,
        Action.REFER_ON,
        actor=actor,
        at=at,
        changes={
            "centre": target,
            "assigned_at": at,
            "claimed_by": None,
            "claimed_at": None,
            "interpreter_needed": locked.advice_language not in target.languages,
        },
        data={
            "from_centre": from_slug,
            "to_centre": target.slug,
            "suggested": suggestion.chosen or "triage",
            "note": note.pk,
        },
    )
    notify_help_seeker(enquiry=locked, kind=Notification.Kind.ENQUIRY_REFERRED_ON, at=at)
    notify_centre(enquiry=locked, at=at)
    return locked
