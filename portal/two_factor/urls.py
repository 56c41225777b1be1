"""Mounted at /admin/two-factor/. Only verify/ and enrol/ are on the gate's
allowlist (STAFF_GATE_ALLOWLIST); everything else here needs the second factor."""

from django.urls import path

from . import views

app_name = "two_factor"

urlpatterns = [
    path("", views.OverviewView.as_view(), name="overview"),
    path("verify/", views.VerifyView.as_view(), name="verify"),
    path("enrol/", views.EnrolView.as_view(), name="enrol"),
    path("staff/", views.StaffListView.as_view(), name="staff"),
    path("staff/<int:user_id>/reset/", views.ResetView.as_view(), name="reset"),
]
