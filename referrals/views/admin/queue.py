"""The caseworker queue: a Wagtail listing over selectors.enquiry_queue.

The filters are a Wagtail filter set used only to read and validate the GET
parameters and to draw Wagtail's filter menu; the selector does the
filtering (centre isolation included), so the listing costs the same few
queries however long the queue is.
"""

from __future__ import annotations

import django_filters
from django import forms
from django.core.exceptions import PermissionDenied
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.generic.base import BaseListingView
from wagtail.admin.widgets.button import HeaderButton

from ...languages import LANGUAGE_NAMES
from ...models import Enquiry
from ...permissions import may_use_queue
from ...selectors import (
    QueueFilters,
    area_names,
    centres_for,
    enquiry_queue,
    enquiry_state_counts,
    is_network_admin,
)
from ...states import OPEN_STATES, State

TRIAGE = "triage"
PAGE_SIZE = 25
# States in working order, as the queue counts them (submitted never lasts).
LISTED_STATES = [s for s in State if s != State.SUBMITTED]


def _area_choices():
    return list(area_names().items())


def _language_choices():
    return sorted(((code, name) for code, name in LANGUAGE_NAMES.items()), key=lambda c: str(c[1]))


def _keep(queryset, name, value):
    return queryset  # enquiry_queue filters; see QueueView.get_base_queryset


class QueueFilterSet(WagtailFilterSet):
    state = django_filters.ChoiceFilter(
        label=_("State"),
        choices=[(str(s), s.label) for s in LISTED_STATES],
        empty_label=_("All open enquiries"),
        widget=forms.RadioSelect,
        method=_keep,
    )
    urgency = django_filters.ChoiceFilter(
        label=_("Urgency"),
        choices=[("urgent", _("Urgent")), ("not_urgent", _("Not urgent"))],
        empty_label=_("Any"),
        widget=forms.RadioSelect,
        method=_keep,
    )
    area = django_filters.ChoiceFilter(
        label=_("Area of law"), choices=_area_choices, empty_label=_("Any"), method=_keep
    )
    language = django_filters.ChoiceFilter(
        label=_("Language for advice"),
        choices=_language_choices,
        empty_label=_("Any"),
        method=_keep,
    )
    claimed = django_filters.ChoiceFilter(
        label=_("Claimed by"),
        choices=[("me", _("Me"))],
        empty_label=_("Anyone"),
        widget=forms.RadioSelect,
        method=_keep,
    )
    centre = django_filters.ChoiceFilter(
        label=_("Centre"), choices=[], empty_label=_("All"), method=_keep
    )

    class Meta:
        model = Enquiry
        fields = []

    def __init__(self, *args, request, **kwargs):
        super().__init__(*args, request=request, **kwargs)
        user = request.user
        choices = [(str(pk), name) for pk, name in centres_for(user).values_list("pk", "name")]
        if is_network_admin(user):
            choices.append((TRIAGE, _("Network triage queue")))
        if len(choices) > 1:
            self.filters["centre"].extra["choices"] = choices
        else:
            del self.filters["centre"]


def queue_query(cleaned: dict) -> tuple[list[str] | str | None, QueueFilters]:
    """The selector's arguments from the filter form's (valid) values."""
    centre = cleaned.get("centre") or ""
    urgency = cleaned.get("urgency") or ""
    filters = QueueFilters(
        area=cleaned.get("area") or None,
        urgent={"urgent": True, "not_urgent": False}.get(urgency),
        language=cleaned.get("language") or None,
        claimed_by_me=cleaned.get("claimed") == "me",
        centre_id=int(centre) if centre.isdigit() else None,
        triage=centre == TRIAGE,
    )
    return cleaned.get("state") or None, filters


class QueueView(BaseListingView):
    page_title = _("Enquiries")
    header_icon = "tasks"
    template_name = "referrals/admin/queue.html"
    results_template_name = "referrals/admin/queue_results.html"
    index_url_name = "enquiries:queue"
    index_results_url_name = "enquiries:queue_results"
    filterset_class = QueueFilterSet
    paginate_by = PAGE_SIZE
    verbose_name = _("enquiry")
    verbose_name_plural = _("enquiries")

    def dispatch(self, request, *args, **kwargs):
        if not may_use_queue(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def query(self) -> tuple[list[str] | str | None, QueueFilters]:
        self.filters.is_valid()  # invalid values are ignored, valid ones apply
        return queue_query(getattr(self.filters.form, "cleaned_data", {}))

    @property
    def header_buttons(self):
        if not is_network_admin(self.request.user):
            return []
        return [
            HeaderButton(
                _("Triage queue"), url=f"{self.index_url}?centre={TRIAGE}", icon_name="warning"
            )
        ]

    @cached_property
    def shows_centre(self) -> bool:
        return "centre" in self.filters.filters

    def get_base_queryset(self):
        state, filters = self.query
        return enquiry_queue(user=self.request.user, state=state, filters=filters)

    def filter_queryset(self, queryset):
        return queryset  # already filtered by the selector

    @cached_property
    def state_counts(self) -> dict[str, int]:
        _state, filters = self.query
        return enquiry_state_counts(user=self.request.user, filters=filters)

    def get_paginator(self, queryset, per_page, **kwargs):
        """The listing's length is known from the state counts (same filters,
        one query), so the paginator does not count again."""
        paginator = super().get_paginator(queryset, per_page, **kwargs)
        state, _filters = self.query
        paginator.count = self.state_counts[state] if state else self.open_count
        return paginator

    @property
    def open_count(self) -> int:
        return sum(self.state_counts[s] for s in OPEN_STATES)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["state_links"] = self.state_links(self.state_counts, self.query[0])
        context["shows_centre"] = self.shows_centre
        return context

    def state_links(self, counts: dict[str, int], current: str | None) -> list[dict]:
        """ "All open" and each state with its count, as links that keep the other filters."""
        params = self.request.GET.copy()
        for name in (self.page_kwarg, "state", "_w_filter_fragment"):
            params.pop(name, None)
        links = []
        for value, label, count in [
            ("", _("All open"), self.open_count),
            *[(str(s), s.label, counts[s]) for s in LISTED_STATES],
        ]:
            query = params.copy()
            if value:
                query["state"] = value
            links.append(
                {
                    "label": label,
                    "count": count,
                    "url": f"{self.index_url}?{query.urlencode()}" if query else self.index_url,
                    "current": (current or "") == value,
                }
            )
        return links
