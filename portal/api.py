"""Our own JSON endpoints under /api/v1/, with an OpenAPI schema at
/api/v1/openapi.json and interactive docs at /api/v1/docs.

Each app contributes a router from its own api.py; the views there are thin
and call the same services and selectors as the HTML views.
"""

from ninja import NinjaAPI

from referrals.api import install as install_referrals
from referrals.insight.api import router as statistics_router
from search.api import router as search_router

api = NinjaAPI(
    title="Signpost API",
    version="1",
    urls_namespace="api-v1",
    description=(
        "Search, autocomplete, the self-assessment questionnaire, referral "
        "submission and enquiry status. Guides and topics are served by the "
        "Wagtail API at /api/v1/guides/ and /api/v1/topics/ (also /api/v2/). "
        "Under /api/v1/staff/: endpoints for signed-in staff (session), such as "
        "the network's anonymised statistics."
    ),
)

# Each app adds its router (its api.py says what it serves).
install_referrals(api)
api.add_router("/staff/statistics/", statistics_router)
api.add_router("/", search_router)
