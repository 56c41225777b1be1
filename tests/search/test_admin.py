"""Editors manage synonyms and read the query report in the Wagtail admin."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import timezone

from search.models import QueryLog, Synonym
from search.query import build_plan
from tests.support.staff import staff_login


@pytest.fixture
def editor(db, client):
    user = get_user_model().objects.create_superuser("editor", "editor@example.com", "x" * 16)
    staff_login(client, user)
    return user


def log(query, language="en", searches=1, zero=0, days_ago=0):
    QueryLog.objects.create(
        day=timezone.localdate() - datetime.timedelta(days=days_ago),
        language=language,
        query=query,
        searches=searches,
        zero_result_searches=zero,
        last_result_count=0 if zero else 3,
    )


def test_editors_list_and_filter_synonyms_by_language(client, editor):
    response = client.get(reverse("wagtailsnippets_search_synonym:list"), {"language": "pl"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "wyrzucili mnie" in page
    assert "kicked out" not in page


def test_a_synonym_an_editor_adds_is_used_by_the_next_search(client, editor):
    response = client.post(
        reverse("wagtailsnippets_search_synonym:add"),
        {"language": "en", "lay_terms": "booted out", "legal_terms": "eviction"},
    )
    assert response.status_code == 302
    assert Synonym.objects.filter(lay_terms="booted out").exists()
    plan = build_plan("booted out", language="en")
    assert [a.text for a in plan.groups[0].alternatives] == ["booted out", "eviction"]


def test_the_query_report_shows_frequent_and_zero_result_searches(client, editor):
    log("deposit", searches=9)
    log("kaucja", language="pl", searches=4, zero=4)
    log("old search", searches=50, days_ago=200)
    response = client.get(reverse("search_query_report"))
    assert response.status_code == 200
    page = response.content.decode()
    assert "deposit" in page and "kaucja" in page
    assert "old search" not in page  # outside the last 30 days
    report = response.context["report"]
    assert [row.query for row in report.frequent] == ["deposit", "kaucja"]
    assert [row.query for row in report.zero_results] == ["kaucja"]


def test_the_query_report_filters_by_language_and_period_and_exports_csv(client, editor):
    log("deposit", searches=9)
    log("kaucja", language="pl", searches=4, zero=4)
    log("=cmd|' /C calc'!A0", searches=1, days_ago=60)
    polish = client.get(reverse("search_query_report"), {"language": "pl"}).context["report"]
    assert [row.query for row in polish.frequent] == ["kaucja"]
    csv = client.get(reverse("search_query_report"), {"days": "90", "export": "csv"})
    lines = csv.content.decode().splitlines()
    assert lines[0] == "language,query,searches,searches_with_no_results"
    assert "en,'=cmd|' /C calc'!A0,1,0" in lines  # no spreadsheet formulas


def test_people_without_content_permissions_cannot_see_the_report(client, db):
    user = get_user_model().objects.create_user("reader", "reader@example.com", "x" * 16)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    staff_login(client, user)
    assert client.get(reverse("search_query_report")).status_code in (302, 403)
