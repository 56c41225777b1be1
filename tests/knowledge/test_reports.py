import datetime

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.utils import timezone
from wagtail.models import GroupPagePermission, Page

from knowledge.reports import CURRENT, DRAFT, MISSING, OUT_OF_DATE, translation_report
from tests.support.staff import staff_login

from .factories import publish_guide, translate


@pytest.fixture
def guides(db):
    current = publish_guide(title="Current", slug="current")
    stale = publish_guide(title="Stale", slug="stale")
    untranslated = publish_guide(title="Untranslated", slug="untranslated")
    translate(current, "pl", title="Aktualny", summary="s")
    translate(stale, "pl", title="Nieaktualny", summary="s")
    stale.save_revision().publish()  # the source changes after translation
    return current, stale, untranslated


def statuses(report, title):
    row = next(r for r in report.rows if r.title == title)
    return {item.language: item.status for item in row.languages}


def test_each_language_version_is_missing_current_or_out_of_date(guides):
    report = translation_report()
    assert statuses(report, "Current")["pl"] == CURRENT
    assert statuses(report, "Stale")["pl"] == OUT_OF_DATE
    assert statuses(report, "Untranslated")["pl"] == MISSING
    assert statuses(report, "Current")["cy"] == MISSING
    totals = report.totals()
    assert (
        totals["pl"][CURRENT] == 1 and totals["pl"][OUT_OF_DATE] == 1 and totals["pl"][MISSING] == 1
    )


def test_an_unpublished_translation_is_a_draft(guides):
    current = guides[0]
    polish = current.get_translation(
        current.get_translations().get(locale__language_code="pl").locale
    )
    polish.specific.unpublish()
    assert statuses(translation_report(), "Current")["pl"] == DRAFT


def test_guides_past_their_review_date_are_listed_oldest_first(guides):
    current, stale, _ = guides
    today = timezone.localdate()
    current.review_due = today - datetime.timedelta(days=3)
    current.save_revision().publish()
    stale.review_due = today - datetime.timedelta(days=30)
    stale.save_revision().publish()
    assert [row.title for row in translation_report().overdue] == ["Stale", "Current"]
    assert [row.title for row in translation_report(overdue_only=True).rows] == ["Current", "Stale"]


def test_filters_by_language_and_status(guides):
    report = translation_report(language="pl", status=OUT_OF_DATE)
    assert report.languages == [("pl", "Polski")]
    assert [row.title for row in report.rows] == ["Stale"]


def test_the_report_uses_two_queries_whatever_the_number_of_guides(
    guides, django_assert_max_num_queries
):
    for number in range(10):
        publish_guide(slug=f"extra-{number}")
    with django_assert_max_num_queries(2):
        translation_report()


@pytest.fixture
def editor(db):
    group = Group.objects.create(name="Report editors")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(
        group=group,
        page=Page.get_first_root_node(),
        permission=Permission.objects.get(codename="change_page"),
    )
    user = User.objects.create_user("ed", password="x" * 16)
    user.groups.add(group)
    return user


def test_editors_see_the_report_and_can_download_it(client, guides, editor):
    staff_login(client, editor)
    page = client.get("/admin/reports/translations/")
    assert page.status_code == 200
    content = page.content.decode()
    assert "Out of date" in content and "Stale" in content
    csv = client.get("/admin/reports/translations/?export=csv&language=pl")
    assert csv["Content-Type"].startswith("text/csv")
    assert "out_of_date" in csv.content.decode()


def test_staff_without_page_permissions_cannot_see_the_report(client, guides):
    user = User.objects.create_user("cw", password="x" * 16)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    staff_login(client, user)
    assert client.get("/admin/reports/translations/").status_code in (302, 403)
