"""The index follows the page tree: publish, unpublish, delete, move, view
restrictions and translations, after commit, through the task framework
(the immediate backend in tests), in every available backend."""

from unittest import mock

import pytest
from django.db import transaction
from wagtail.models import PageViewRestriction

from search import indexing, service, tasks
from tests.knowledge.factories import publish_guide, topic, translate


def titles(query, language="en"):
    return [hit.title for hit in service.search(query, language=language).hits]


@pytest.fixture
def after_commit(django_capture_on_commit_callbacks):
    """Run what would run when the surrounding transaction commits."""

    def run():
        return django_capture_on_commit_callbacks(execute=True)

    return run


def test_publishing_a_guide_indexes_it(search_backend, after_commit):
    with after_commit():
        publish_guide(title="Getting your deposit back", slug="deposits")
    assert titles("deposit") == ["Getting your deposit back"]


def test_nothing_is_indexed_before_the_transaction_commits(search_backend):
    publish_guide(title="Getting your deposit back", slug="deposits")
    assert titles("deposit") == []


def test_a_rolled_back_publish_is_never_indexed(search_backend, after_commit):
    with after_commit():
        with pytest.raises(RuntimeError), transaction.atomic():
            publish_guide(title="Getting your deposit back", slug="deposits")
            raise RuntimeError("the editor's request failed")
    assert titles("deposit") == []


def test_saving_a_draft_changes_nothing_readers_can_find(search_backend, after_commit):
    with after_commit():
        guide = publish_guide(title="Getting your deposit back", slug="deposits")
    with after_commit():
        guide.title = "Secret new title about narwhals"
        guide.save_revision()
    assert titles("narwhals") == []
    assert titles("deposit") == ["Getting your deposit back"]


def test_unpublishing_a_guide_removes_it(search_backend, after_commit):
    with after_commit():
        guide = publish_guide(title="Getting your deposit back", slug="deposits")
    with after_commit():
        guide.unpublish()
    assert titles("deposit") == []
    assert service.autocomplete("depos", language="en") == []


def test_deleting_a_translation_or_a_guide_removes_it(search_backend, after_commit):
    with after_commit():
        guide = publish_guide(title="Getting your deposit back", slug="deposits")
        polish = translate(guide, "pl", title="Zwrot kaucji", summary="Jak odzyskać kaucję.")
    assert titles("kaucji", "pl") == ["Zwrot kaucji"]
    with after_commit():
        polish.delete()
    assert titles("kaucji", "pl") == []
    with after_commit():
        guide.delete()
    assert titles("deposit") == []


def test_publishing_a_translation_indexes_it_and_ends_the_fallback(search_backend, after_commit):
    with after_commit():
        guide = publish_guide(title="Getting your deposit back", slug="deposits")
    before = service.search("deposit", language="pl").hits
    assert [(h.title, h.is_fallback) for h in before] == [("Getting your deposit back", True)]
    with after_commit():
        translate(guide, "pl", title="Zwrot kaucji", summary="Jak odzyskać kaucję (deposit).")
    after = service.search("deposit", language="pl").hits
    assert [(h.title, h.is_fallback) for h in after] == [("Zwrot kaucji", False)]


def test_moving_a_guide_updates_its_topic_and_address(search_backend, after_commit):
    with after_commit():
        guide = publish_guide(title="Getting your deposit back", slug="deposits")
        debt = topic("debt")
    with after_commit():
        guide.move(debt, pos="last-child")
    hit = service.search("deposit", language="en").hits[0]
    assert hit.url == "/en/debt/deposits/"
    assert hit.topic.code == "debt"


def test_restricting_a_topic_hides_its_guides_until_the_restriction_is_lifted(
    search_backend, after_commit
):
    with after_commit():
        guide = publish_guide(title="Getting your deposit back", slug="deposits")
    with after_commit():
        restriction = PageViewRestriction.objects.create(
            page=guide.get_parent(), restriction_type=PageViewRestriction.LOGIN
        )
    assert titles("deposit") == []
    with after_commit():
        restriction.delete()
    assert titles("deposit") == ["Getting your deposit back"]


def test_one_transaction_enqueues_one_update_for_all_its_guides(db, after_commit):
    enqueued = []
    fake = mock.Mock(enqueue=lambda keys: enqueued.append(keys))
    with mock.patch.object(tasks, "sync_guides", fake), after_commit():
        with transaction.atomic():
            for n in range(3):
                publish_guide(title=f"Guide {n}", slug=f"guide-{n}")
    assert len(enqueued) == 1
    assert len(enqueued[0]) == 3


def test_guides_of_a_rolled_back_transaction_are_not_carried_into_the_next(db, after_commit):
    enqueued = []
    fake = mock.Mock(enqueue=lambda keys: enqueued.append(keys))
    with mock.patch.object(tasks, "sync_guides", fake), after_commit():
        with pytest.raises(RuntimeError), transaction.atomic():
            publish_guide(title="Rolled back", slug="rolled-back")
            raise RuntimeError("the editor's request failed")
        with transaction.atomic():
            kept = publish_guide(title="Kept", slug="kept")
    assert enqueued == [[str(kept.translation_key)]]


def test_rebuild_indexes_every_live_public_guide_and_reports_counts(search_backend):
    guide = publish_guide(title="Getting your deposit back", slug="deposits")
    translate(guide, "ar", title="استرداد التأمين", summary="كيف تسترد التأمين.")
    publish_guide(title="Draft", slug="draft").unpublish()
    reports = indexing.rebuild()
    counts = {report.backend: report.counts for report in reports}
    assert counts[search_backend] == {"en": 1, "ar": 1}
    assert titles("التأمين", "ar") == ["استرداد التأمين"]


def test_a_backend_outage_while_indexing_is_logged_and_others_are_still_updated(db, caplog):
    from search.backends import BackendUnavailable, database_backend

    class Down:
        name = "elasticsearch"

        def replace_groups(self, keys, documents):
            raise BackendUnavailable("connection refused")

    guide = publish_guide(title="Getting your deposit back", slug="deposits")
    with mock.patch("search.indexing.indexing_backends", lambda: [database_backend(), Down()]):
        indexing.sync_guides([guide.translation_key])
    assert titles("deposit") == ["Getting your deposit back"]
    assert "elasticsearch search backend unavailable" in caplog.text
