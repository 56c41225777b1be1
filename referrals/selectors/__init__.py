"""Every read for referrals: views, the API and the admin use these, so
centre isolation and query budgets live in one place."""

from .access import (
    can_access_enquiry,
    centre_ids_for,
    centres_for,
    enquiries_visible_to,
    is_centre_manager,
    is_network_admin,
)
from .case_files import area_names, enquiry_case_file, enquiry_export
from .centres import (
    centre_snapshots,
    enquiry_routing_facts,
    referral_suggestions,
    referral_targets,
    routing_policy,
    week_start,
)
from .enquiries import (
    EnquiryStatus,
    current_consents,
    enquiry_detail,
    enquiry_for_staff,
    enquiry_for_status,
    enquiry_status,
)
from .questionnaire import (
    active_outcome_codes,
    latest_questionnaire_version,
    questionnaire_for,
    questionnaire_version,
)
from .queue import QueueFilters, enquiry_queue, enquiry_state_counts

__all__ = [
    "EnquiryStatus",
    "QueueFilters",
    "active_outcome_codes",
    "area_names",
    "can_access_enquiry",
    "centre_ids_for",
    "centre_snapshots",
    "centres_for",
    "current_consents",
    "enquiries_visible_to",
    "enquiry_case_file",
    "enquiry_detail",
    "enquiry_export",
    "enquiry_for_staff",
    "enquiry_for_status",
    "enquiry_queue",
    "enquiry_routing_facts",
    "enquiry_state_counts",
    "enquiry_status",
    "is_centre_manager",
    "is_network_admin",
    "latest_questionnaire_version",
    "questionnaire_for",
    "questionnaire_version",
    "referral_suggestions",
    "referral_targets",
    "routing_policy",
    "week_start",
]
