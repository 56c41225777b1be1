"""Every write in referrals goes through these functions: the HTML flow, the
API, the admin and management commands call the same ones.

All take keyword arguments only, run in one transaction, append to the
enquiry's timeline, and raise a referrals.errors.ReferralError subclass
(re-exported here) when they refuse, having changed nothing.
"""

from ..errors import (
    AlreadyClaimed,
    ConsentRequired,
    EmptyNote,
    EnquiryNotFound,
    IllegalTransition,
    InvalidInput,
    InvalidReferralTarget,
    InvalidSubmission,
    NoPublishedQuestionnaire,
    QuestionnaireNotPublishable,
    ReasonRequired,
    ReferralError,
    UnknownOutcome,
)
from .centres import CentreImportCounts, CentreImportError, centres_export, centres_import
from .consents import consent_withdraw, consent_withdraw_sms_by_phone
from .encryption import encryption_keys_rotate
from .notes import enquiry_add_note
from .questionnaire import PublishResult, questionnaire_problems, questionnaire_publish
from .referral import enquiry_refer_on
from .statistics import statistics_fact_sync, statistics_facts_rebuild
from .submission import ContactDetails, SubmissionResult, enquiry_submit
from .timeline import enquiry_event_record
from .transitions import (
    enquiry_accept,
    enquiry_claim,
    enquiry_close,
    enquiry_mark_contacted,
    enquiry_mark_spam,
    enquiry_record_view,
    enquiry_release,
    enquiry_withdraw,
)
from .urgency import enquiries_refresh_urgency

__all__ = [
    "AlreadyClaimed",
    "CentreImportCounts",
    "CentreImportError",
    "ConsentRequired",
    "ContactDetails",
    "EmptyNote",
    "EnquiryNotFound",
    "IllegalTransition",
    "InvalidInput",
    "InvalidReferralTarget",
    "InvalidSubmission",
    "NoPublishedQuestionnaire",
    "PublishResult",
    "QuestionnaireNotPublishable",
    "ReasonRequired",
    "ReferralError",
    "SubmissionResult",
    "UnknownOutcome",
    "centres_export",
    "centres_import",
    "consent_withdraw",
    "consent_withdraw_sms_by_phone",
    "encryption_keys_rotate",
    "enquiries_refresh_urgency",
    "enquiry_accept",
    "enquiry_add_note",
    "enquiry_claim",
    "enquiry_close",
    "enquiry_event_record",
    "enquiry_mark_contacted",
    "enquiry_mark_spam",
    "enquiry_record_view",
    "enquiry_refer_on",
    "enquiry_release",
    "enquiry_submit",
    "enquiry_withdraw",
    "questionnaire_problems",
    "questionnaire_publish",
    "statistics_fact_sync",
    "statistics_facts_rebuild",
]
