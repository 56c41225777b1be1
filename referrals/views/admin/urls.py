"""The caseworker queue's URLs, mounted at /admin/enquiries/ by wagtail_hooks
(so the admin's sign-in, and every gate added to it, covers them).

Every view of one enquiry takes ``pk`` and answers 404 for an enquiry the
user may not see; tests/referrals/test_admin_isolation.py walks this list.
"""

from django.urls import path

from . import actions, enquiry, queue, refer

app_name = "enquiries"
urlpatterns = [
    path("", queue.QueueView.as_view(), name="queue"),
    path("results/", queue.QueueView.as_view(results_only=True), name="queue_results"),
    path("<int:pk>/", enquiry.EnquiryDetailView.as_view(), name="detail"),
    path("<int:pk>/export/", enquiry.EnquiryExportView.as_view(), name="export"),
    path("<int:pk>/claim/", actions.ClaimView.as_view(), name="claim"),
    path("<int:pk>/release/", actions.ReleaseView.as_view(), name="release"),
    path("<int:pk>/contacted/", actions.MarkContactedView.as_view(), name="contacted"),
    path("<int:pk>/accept/", actions.AcceptView.as_view(), name="accept"),
    path("<int:pk>/close/", actions.CloseView.as_view(), name="close"),
    path("<int:pk>/notes/", actions.AddNoteView.as_view(), name="note"),
    path("<int:pk>/refer/", refer.ReferView.as_view(), name="refer"),
    path("<int:pk>/spam/", actions.MarkSpamView.as_view(), name="spam"),
    path("<int:pk>/withdraw/", actions.WithdrawView.as_view(), name="withdraw"),
    path("<int:pk>/legal-hold/", actions.LegalHoldView.as_view(), name="legal_hold"),
]
