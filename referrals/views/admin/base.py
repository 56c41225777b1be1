"""What every caseworker view of one enquiry shares."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from portal import audit
from portal.models import AuditRecord

from ...errors import EnquiryNotFound
from ...models import Enquiry
from ...selectors import enquiry_for_staff


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
            record_denied(request, kwargs["pk"])
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


def record_denied(request, pk: int) -> None:
    """A refused (or missing) enquiry is audited as denied: the same 404 for
    the user, but the attempt is on record, with the reference if it exists."""
    if not request.user.is_authenticated:
        return
    found = Enquiry.objects.select_related("centre").only("reference", "centre__name")
    found = found.filter(pk=pk).first()
    audit.record(
        action="enquiry.access",
        request=request,
        outcome=AuditRecord.DENIED,
        centre=found.centre if found is not None else None,
        target_type="enquiry",
        target_label=found.reference if found is not None else "",
        detail={"id": pk, "exists": found is not None, "method": request.method},
    )
