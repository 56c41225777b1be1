"""What a help-seeker is asked to agree to, word for word.

Each Consent row records WORDING_VERSION, so we can always show what the
person saw. Change a sentence here -> bump WORDING_VERSION (and keep the old
wording in docs/referrals.md's history).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from .models import ConsentPurpose

WORDING_VERSION = "2026-1"


@dataclass(frozen=True)
class ConsentWording:
    purpose: str
    label: str
    wording: str
    required: bool


WORDING = {
    ConsentPurpose.SHARE_WITH_CENTRE: ConsentWording(
        ConsentPurpose.SHARE_WITH_CENTRE,
        _("Share my enquiry with an advice centre"),
        _(
            "I agree that Signpost may share my answers and contact details with a free "
            "advice centre in the Signpost network, and with another centre in the network "
            "if the first one cannot help, so that they can contact me about my problem."
        ),
        True,
    ),
    ConsentPurpose.ANONYMISED_STATISTICS: ConsentWording(
        ConsentPurpose.ANONYMISED_STATISTICS,
        _("Help improve advice services"),
        _(
            "I agree that my answers may be used, without my name or contact details, in "
            "statistics that help advice centres plan their services."
        ),
        False,
    ),
    ConsentPurpose.UPDATES_BY_SMS: ConsentWording(
        ConsentPurpose.UPDATES_BY_SMS,
        _("Updates by text message"),
        _(
            "Send me text messages when my enquiry is picked up, passed to another centre or "
            "closed. They will not say what the problem is about."
        ),
        False,
    ),
    ConsentPurpose.UPDATES_BY_EMAIL: ConsentWording(
        ConsentPurpose.UPDATES_BY_EMAIL,
        _("Updates by e-mail"),
        _(
            "Send me e-mails with my reference number and when my enquiry is picked up, "
            "passed to another centre or closed. They will not say what the problem is about."
        ),
        False,
    ),
}
REQUIRED_PURPOSES = frozenset(p for p, w in WORDING.items() if w.required)
