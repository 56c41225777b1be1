"""The public self-assessment and status pages, under /<lang>/get-help/.

Addresses carry question numbers (positions in the published version),
never question keys (which could tell whoever reads the browser history
what the problem is about) and never answers.
"""

from django.urls import path

from .views import flow, status

app_name = "referrals"
urlpatterns = [
    path("", flow.start, name="start"),
    path("start-again/", flow.start_again, name="start_again"),
    path("q/<int:number>/", flow.question, name="question"),
    path("check-your-answers/", flow.check_answers, name="check"),
    path("contact-details/", flow.contact, name="contact"),
    path("consent/", flow.consent, name="consent"),
    path("sent/", flow.confirmation, name="confirmation"),
    path("status/", status.status, name="status"),
    path("status/link/", status.status_link, name="status_link"),
    path("status/withdraw/", status.withdraw, name="status_withdraw"),
    path("status/stop-updates/", status.stop_updates, name="status_stop_updates"),
    path("status/forget/", status.forget, name="status_forget"),
]
