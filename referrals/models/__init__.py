from .centres import CENTRE_STAFF_GROUP, NETWORK_ADMINS_GROUP, Centre, CentreMembership
from .enquiries import (
    ActorKind,
    CaseNote,
    Consent,
    ConsentPurpose,
    Enquiry,
    EnquiryEvent,
    EventAction,
    PostcodeStatus,
)
from .notifications import Notification
from .outcomes import OutcomeCode
from .questionnaire import (
    CHOICE_KINDS,
    PRIVATE_KINDS,
    EligibilityHint,
    KeyDateKind,
    Option,
    Question,
    QuestionKind,
    QuestionnaireVersion,
    QuestionRole,
)
from .retention import ErasureRecord
from .statistics import EnquiryFact

__all__ = [
    "CENTRE_STAFF_GROUP",
    "CHOICE_KINDS",
    "NETWORK_ADMINS_GROUP",
    "PRIVATE_KINDS",
    "ActorKind",
    "CaseNote",
    "Centre",
    "CentreMembership",
    "Consent",
    "ConsentPurpose",
    "EligibilityHint",
    "Enquiry",
    "EnquiryEvent",
    "EnquiryFact",
    "ErasureRecord",
    "EventAction",
    "KeyDateKind",
    "Notification",
    "Option",
    "OutcomeCode",
    "PostcodeStatus",
    "Question",
    "QuestionKind",
    "QuestionRole",
    "QuestionnaireVersion",
]
