"""What every caseworker view of one enquiry shares."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from ...errors import EnquiryNotFound
from ...selectors import enquiry_for_staff
from ...services.timeline import enquiry_access_denied_record


class EnquiryViewMixin:
    """Loads the enquiry (without personal data) in setup(), before the HTTP
    method is even looked at, so an enquiry of another centre answers 404 to
    every method of every view, and nothing runs for it."""

    header_icon = "tasks"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        try:
            self.enquiry = enquiry_for_staff(user=request.user, pk=kwargs["pk"])
        except EnquiryNotFound:
            enquiry_access_denied_record(user=request.user, pk=kwargs["pk"], method=request.method)
            raise

    def get_page_subtitle(self):
        """The reference, after the action's name ("Refer on: SP-7KQ4-92XD")."""
        if self.get_page_title() == self.enquiry.reference:
            return ""
        return self.enquiry.reference

    def detail_url(self) -> str:
        return reverse("enquiries:detail", args=[self.enquiry.pk])

    def get_breadcrumbs_items(self):
        items = [
            *super().get_breadcrumbs_items(),
            {"url": reverse("enquiries:queue"), "label": _("Enquiries")},
        ]
        title = self.get_page_title()
        if title == self.enquiry.reference:
            return [*items, {"url": "", "label": title}]
        return [
            *items,
            {"url": self.detail_url(), "label": self.enquiry.reference},
            {"url": "", "label": title},
        ]
