"""Subject access and erasure, for network admins (everyone else: 404).

Every request is a POST, so an e-mail address or phone number never reaches
a URL, a log line or the browser history; every response is no-store. The
search, the export and each erasure are written to the audit trail with
references and the kind of match only.
"""

from __future__ import annotations

import json

from django import forms
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView, View
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from portal import audit

from ...errors import ReferralError
from ...selectors import is_network_admin
from ...selectors.subject_access import enquiries_by_references, subject_export, subject_matches
from ...services.erasure import enquiry_erase


class SubjectSearchForm(forms.Form):
    reference = forms.CharField(label=_("Reference"), required=False, max_length=20)
    email = forms.CharField(label=_("E-mail address"), required=False, max_length=254)
    phone = forms.CharField(label=_("Phone number"), required=False, max_length=40)

    def clean(self):
        data = super().clean()
        if not any((data.get(name) or "").strip() for name in ("reference", "email", "phone")):
            raise forms.ValidationError(
                _("Enter a reference, an e-mail address or a phone number.")
            )
        return data


class NetworkAdminOnly:
    def dispatch(self, request, *args, **kwargs):
        if not is_network_admin(request.user):
            raise Http404
        return super().dispatch(request, *args, **kwargs)

    def posted_references(self) -> list[str]:
        references = sorted(set(self.request.POST.getlist("reference")))[:50]
        return [enquiry.reference for enquiry in enquiries_by_references(references)]


@method_decorator(never_cache, name="dispatch")
class SubjectAccessView(NetworkAdminOnly, WagtailAdminTemplateMixin, TemplateView):
    template_name = "referrals/admin/subject_access.html"
    page_title = _("Subject access and erasure")
    header_icon = "user"
    http_method_names = ["get", "post"]

    def get(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data(form=SubjectSearchForm()))

    def post(self, request, *args, **kwargs):
        form = SubjectSearchForm(request.POST)
        matches = None
        if form.is_valid():
            matches = subject_matches(**{k: form.cleaned_data[k] for k in form.fields})
            audit.record(
                action="subject_access_search",
                request=request,
                target_type="person",
                detail={
                    "by": [k for k in form.fields if form.cleaned_data[k].strip()],
                    "references": [match.enquiry.reference for match in matches],
                },
            )
        return self.render_to_response(self.get_context_data(form=form, matches=matches))


@method_decorator(never_cache, name="dispatch")
class SubjectExportView(NetworkAdminOnly, View):
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        references = self.posted_references()
        if not references:
            raise Http404
        data = subject_export(user=request.user, references=references)
        audit.record(
            action="subject_access_export",
            request=request,
            target_type="person",
            target_label=",".join(references)[:200],
            detail={"references": references},
        )
        response = HttpResponse(
            json.dumps(data, ensure_ascii=False, indent=2), content_type="application/json"
        )
        filename = f"subject-access-{timezone.now():%Y%m%d-%H%M%S}.json"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response


@method_decorator(never_cache, name="dispatch")
class SubjectEraseView(NetworkAdminOnly, WagtailAdminTemplateMixin, TemplateView):
    """POST with references: asks; POST with confirm: erases each enquiry."""

    template_name = "referrals/admin/subject_erase_confirm.html"
    page_title = _("Erase these enquiries?")
    header_icon = "user"
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        references = self.posted_references()
        if not references:
            raise Http404
        if request.POST.get("confirm") != "yes":
            enquiries = enquiries_by_references(references)
            return self.render_to_response(self.get_context_data(enquiries=enquiries))
        erased, held = [], []
        for enquiry in enquiries_by_references(references):
            try:
                enquiry_erase(enquiry=enquiry, actor=request.user, request=request)
            except ReferralError:
                held.append(enquiry.reference)
            else:
                erased.append(enquiry.reference)
        if erased:
            messages.success(
                request,
                _("Erased: %(references)s. A record of the erasure is kept.")
                % {"references": ", ".join(erased)},
            )
        if held:
            messages.error(
                request,
                _("Not erased, on legal hold: %(references)s.") % {"references": ", ".join(held)},
            )
        return redirect(reverse("referrals_subject_access"))
