"""The demo site: realistic, in every language, and idempotent."""

import io

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.core.management import call_command
from django.db import transaction
from wagtail.models import Page, Revision, Workflow

from knowledge.demo_content import STALE_GUIDE_KEY
from knowledge.models import GuidePage, TopicPage
from knowledge.reports import CURRENT, MISSING, OUT_OF_DATE, translation_report

# One worker loads the demo once for the whole module.
pytestmark = pytest.mark.xdist_group("demo")


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """Load the demo once for this module, inside a transaction that is rolled
    back afterwards (each test runs in a savepoint within it)."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            output = io.StringIO()
            call_command("load_demo_content", stdout=output)
            yield output.getvalue()
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


@pytest.mark.django_db
def test_the_demo_has_topics_and_real_guides(demo):
    english = GuidePage.objects.filter(locale__language_code="en", live=True)
    assert TopicPage.objects.filter(locale__language_code="en").count() >= 8
    assert english.count() >= 30
    for guide in english:
        text = " ".join(str(block.value) for block in guide.body)
        assert "lorem" not in text.lower()
        assert len(text.split()) > 300, guide.title


@pytest.mark.django_db
@pytest.mark.parametrize("language", [code for code, _ in settings.LANGUAGES if code != "en"])
def test_at_least_fifteen_guides_are_translated_into_each_language(demo, language):
    report = translation_report(language=language)
    statuses = [row.languages[0].status for row in report.rows]
    translated = sum(status in (CURRENT, OUT_OF_DATE) for status in statuses)
    assert translated >= 15
    assert MISSING in statuses  # at least one guide shows the fallback


@pytest.mark.django_db
def test_one_translation_is_stale_to_show_the_flag(demo):
    row = next(
        r
        for r in translation_report().rows
        if r.guide_id == GuidePage.objects.get(key=STALE_GUIDE_KEY, locale__language_code="en").pk
    )
    assert {item.status for item in row.languages} - {MISSING} == {OUT_OF_DATE}


@pytest.mark.django_db
def test_the_legal_review_workflow_and_staff_accounts_exist(demo):
    workflow = Workflow.objects.get(name="Legal review")
    assert workflow.workflow_tasks.count() == 1
    home = Page.objects.get(depth=2, locale__language_code="en")
    assert home.get_workflow() == workflow
    assert User.objects.get(username="editor").groups.filter(name="Editors").exists()
    assert User.objects.get(username="reviewer").groups.filter(name="Legal reviewers").exists()
    assert "editor" in demo and "reviewer" in demo and "password:" in demo


@pytest.mark.django_db
def test_running_it_again_changes_nothing(demo):
    pages, revisions = Page.objects.count(), Revision.objects.count()
    output = io.StringIO()
    call_command("load_demo_content", stdout=output)
    assert Page.objects.count() == pages
    assert Revision.objects.count() == revisions
    assert "0 created, 0 updated" in output.getvalue()


@pytest.mark.django_db
def test_demo_pages_render_in_every_language(demo, client):
    for code, _name in settings.LANGUAGES:
        assert client.get(f"/{code}/").status_code == 200
        assert client.get(f"/{code}/housing/").status_code == 200
    guide = GuidePage.objects.get(key="tenancy-deposits", locale__language_code="en")
    assert client.get(guide.url).status_code == 200


@pytest.mark.django_db
def test_demo_content_is_refused_when_not_allowed(settings):
    from django.core.management import CommandError

    settings.DEMO_CONTENT_ALLOWED = False
    with pytest.raises(CommandError, match="disabled"):
        call_command("load_demo_content")


@pytest.mark.django_db
def test_every_demo_account_is_printed_with_its_second_factor(demo):
    from portal.two_factor.demo import demo_backup_codes, demo_totp_secret

    for username in ("editor", "reviewer", "network-admin", "caseworker-riverside"):
        assert f"TOTP secret: {demo_totp_secret(username)}" in demo
        assert f"demo_totp_code {username}" in demo
        assert demo_backup_codes(username)[0][:5] in demo
    assert "otpauth://totp/Signpost:editor?secret=" in demo
