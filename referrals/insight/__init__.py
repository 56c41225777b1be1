"""Network insight: statistics for network admins and centre managers, built
only from anonymised facts (referrals.EnquiryFact, knowledge.PageViewCount
and the search query log), with small numbers suppressed everywhere.

report.py builds every table for a scope and filters; the admin dashboard
(referrals/views/insight.py), the exports (exports.py) and the JSON
endpoint (api.py) all show the same tables. See docs/insight.md.
"""
