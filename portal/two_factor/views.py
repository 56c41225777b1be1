"""Second-factor views: verify and enrol (reachable before the second factor,
each checking for itself who may use it), and the pages behind the gate:
your own second factor, and resetting someone else's."""

from __future__ import annotations

import math
from base64 import b32encode

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.middleware.csrf import rotate_token
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import TemplateView
from django_otp import login as otp_login
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import selectors
from .devices import (
    backup_codes_generate,
    backup_codes_remaining,
    can_reset_second_factor,
    has_second_factor,
    second_factor_reset,
    second_factor_verify,
    totp_device_pending,
    totp_enrol_confirm,
)
from .forms import CodeForm, EnrolForm
from .qr import qr_svg

ENROL_TEMPLATE = "portal/two_factor/enrol.html"
VERIFY_TEMPLATE = "portal/two_factor/verify.html"
BACKUP_CODES_TEMPLATE = "portal/two_factor/backup_codes.html"


def _safe_next(request) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("wagtailadmin_home")


def _mark_verified(request, device) -> None:
    """Remember the device in the session, under a new session key and CSRF token."""
    otp_login(request, device)
    request.session.cycle_key()
    rotate_token(request)


class VerifyView(View):
    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if request.user.is_verified():
            return redirect(_safe_next(request))
        if not has_second_factor(request.user):
            return redirect(f"{reverse('two_factor:enrol')}?{request.GET.urlencode()}")
        return super().dispatch(request, *args, **kwargs)

    def get(self, request):
        return self.render(CodeForm())

    def post(self, request):
        form = CodeForm(request.POST)
        if form.is_valid():
            result = second_factor_verify(user=request.user, code=form.cleaned_data["code"])
            if result.ok:
                _mark_verified(request, result.device)
                return redirect(_safe_next(request))
            form.add_error("code", _refusal_message(result.locked_until))
        return self.render(form)

    def render(self, form):
        return render(
            self.request, VERIFY_TEMPLATE, {"form": form, "next": _safe_next(self.request)}
        )


def _refusal_message(locked_until) -> str:
    if locked_until is None:
        return gettext("That code did not work. Check it and try again.")
    seconds = max(1, math.ceil((locked_until - timezone.now()).total_seconds()))
    return ngettext(
        "Too many wrong codes. Please wait %(seconds)d second before trying again.",
        "Too many wrong codes. Please wait %(seconds)d seconds before trying again.",
        seconds,
    ) % {"seconds": seconds}


class EnrolView(View):
    """Set up an authenticator app. Open to a signed-in user with no second factor
    yet, or to one who has passed theirs (to replace their app); never to a
    session that has only passed the password of an enrolled account."""

    def dispatch(self, request, *args, **kwargs):
        user = request.user
        if not user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not user.is_verified() and has_second_factor(user):
            return redirect(f"{reverse('two_factor:verify')}?{request.GET.urlencode()}")
        return super().dispatch(request, *args, **kwargs)

    def get(self, request):
        return self.render(EnrolForm())

    def post(self, request):
        form = EnrolForm(request.POST)
        if form.is_valid():
            device = totp_enrol_confirm(user=request.user, code=form.cleaned_data["code"])
            if device is not None:
                replacing = request.user.is_verified()
                if not replacing:
                    _mark_verified(request, device)
                codes = backup_codes_generate(user=request.user)
                return render(
                    request,
                    BACKUP_CODES_TEMPLATE,
                    {
                        "codes": codes,
                        "next": _safe_next(request),
                        "new_app": True,
                        "old_codes_replaced": replacing,
                    },
                )
            form.add_error(
                "code",
                gettext("That code did not work. Check the time on your phone and try again."),
            )
        return self.render(form)

    def render(self, form):
        device = totp_device_pending(user=self.request.user)
        secret = b32encode(device.bin_key).decode("ascii")
        return render(
            self.request,
            ENROL_TEMPLATE,
            {
                "form": form,
                "qr_code": qr_svg(device.config_url),
                "secret_groups": [secret[i : i + 4] for i in range(0, len(secret), 4)],
                "next": _safe_next(self.request),
                "replacing": has_second_factor(self.request.user),
            },
        )


class _AdminPage(WagtailAdminTemplateMixin):
    header_icon = "key"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]


@method_decorator(require_admin_access, name="dispatch")
class OverviewView(_AdminPage, TemplateView):
    """Your own second factor: new backup codes, or a new authenticator app."""

    template_name = "portal/two_factor/overview.html"
    page_title = _("Second factor")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["backup_codes_remaining"] = backup_codes_remaining(self.request.user)
        return context

    def post(self, request):
        codes = backup_codes_generate(user=request.user)
        return render(
            request,
            BACKUP_CODES_TEMPLATE,
            {
                "codes": codes,
                "next": reverse("two_factor:overview"),
                "new_app": False,
                "old_codes_replaced": True,
            },
        )


class _ResetPermissionMixin:
    def dispatch(self, request, *args, **kwargs):
        if not selectors.can_reset_anyone(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


@method_decorator(require_admin_access, name="dispatch")
class StaffListView(_ResetPermissionMixin, _AdminPage, TemplateView):
    template_name = "portal/two_factor/staff_list.html"
    page_title = _("Staff second factors")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["page_obj"] = selectors.staff_second_factor_page(
            page=self.request.GET.get("p", 1), query=self.request.GET.get("q", "")
        )
        context["query"] = self.request.GET.get("q", "")
        return context


@method_decorator(require_admin_access, name="dispatch")
class ResetView(_ResetPermissionMixin, _AdminPage, TemplateView):
    template_name = "portal/two_factor/reset.html"
    page_title = _("Reset second factor")

    def get_target(self):
        target = get_object_or_404(get_user_model(), pk=self.kwargs["user_id"])
        if not can_reset_second_factor(self.request.user, target):
            raise PermissionDenied
        return target

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["target"] = self.get_target()
        return context

    def post(self, request, user_id):
        target = self.get_target()
        second_factor_reset(actor=request.user, user=target)
        messages.success(
            request,
            gettext("%(username)s must set up a second factor again at their next sign-in.")
            % {"username": target.get_username()},
        )
        return redirect("two_factor:staff")
