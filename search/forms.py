"""Reading search parameters from a query string, forgivingly: a search
page must never fail because of what is in its address bar."""

from __future__ import annotations

from dataclasses import dataclass

from django import forms

from knowledge.models import AreaOfLaw

from .query import clean_query
from .service import MAX_PAGE


@dataclass(frozen=True)
class SearchParams:
    q: str
    topic: str | None
    page: int


class SearchForm(forms.Form):
    q = forms.CharField(required=False, strip=False)
    topic = forms.CharField(required=False)
    page = forms.CharField(required=False)

    def clean_q(self) -> str:
        return clean_query(self.cleaned_data.get("q"))

    def clean_topic(self) -> str | None:
        code = (self.cleaned_data.get("topic") or "").strip()
        if code and AreaOfLaw.objects.filter(code=code, active=True).exists():
            return code
        return None

    def clean_page(self) -> int:
        try:
            page = int(str(self.cleaned_data.get("page") or "1").strip())
        except ValueError:
            return 1
        return min(max(page, 1), MAX_PAGE)

    def params(self) -> SearchParams:
        self.is_valid()
        data = self.cleaned_data
        return SearchParams(q=data.get("q", ""), topic=data.get("topic"), page=data.get("page", 1))
