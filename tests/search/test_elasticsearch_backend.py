"""The Elasticsearch backend without a server: the mappings and request
bodies it builds, how it swaps aliases, how it reads responses and how it
fails. Against a live cluster, the shared behaviour suite runs it too
(set ELASTICSEARCH_URL)."""

from unittest import mock

import pytest
from elastic_transport import ConnectionError as TransportConnectionError

from search.backends.base import BackendUnavailable
from search.backends.elasticsearch import (
    ElasticsearchBackend,
    autocomplete_body,
    index_definition,
    search_body,
    spelling_body,
    title_inputs,
)
from search.documents import GuideDocument
from search.query import build_plan
from search.segmentation import MARK_END, MARK_START


@pytest.mark.parametrize(
    ("language", "analyzer"),
    [
        ("en", "english"),
        ("ar", "arabic"),
        ("zh-hant", "cjk"),
        ("cy", "signpost_folding"),
        ("pl", "signpost_folding"),
    ],
)
def test_each_language_index_uses_that_languages_analyzer(language, analyzer):
    body = index_definition(f"signpost-guides-{language}-1", language).to_dict()
    properties = body["mappings"]["properties"]
    for field in ("title", "summary", "body", "topic_name"):
        assert properties[field]["analyzer"] == analyzer
    assert properties["suggest"]["type"] == "completion"
    assert properties["translation_key"]["type"] == "keyword"
    assert properties["translated_languages"]["type"] == "keyword"
    assert properties["url"] == {"type": "keyword", "index": False}
    assert properties["title"]["copy_to"] == "spell"


def test_welsh_and_polish_fold_accents_with_the_standard_tokenizer():
    analysis = index_definition("x", "pl").to_dict()["settings"]["analysis"]["analyzer"]
    assert analysis["signpost_folding"] == {
        "type": "custom",
        "tokenizer": "standard",
        "filter": ["lowercase", "asciifolding"],
    }


def test_the_search_body_renders_the_plan_as_phrases_with_field_weights(db):
    plan = build_plan("kicked out eksmisji", language="pl")
    body = search_body(plan, topic=None, offset=10, limit=10)
    groups = body["query"]["bool"]["must"]
    assert len(groups) == len(plan.groups)
    alternatives = [g["bool"]["should"] for g in groups]
    first = alternatives[0][0]["multi_match"]
    assert first["type"] == "phrase"
    assert first["fields"] == ["title^10", "summary^4", "body^1", "topic_name^2"]
    prefixes = [
        a["multi_match"]
        for group in alternatives
        for a in group
        if a["multi_match"]["type"] == "phrase_prefix"
    ]
    assert prefixes and prefixes[-1]["query"] == "eksmis"
    assert body["from"] == 10 and body["size"] == 10 and body["track_total_hits"] is True
    assert body["aggs"]["topics"]["terms"]["field"] == "topic_code"
    assert body["highlight"]["pre_tags"] == [MARK_START]
    assert body["highlight"]["post_tags"] == [MARK_END]
    assert set(body["highlight"]["fields"]) == {"body", "summary"}


def test_a_relaxed_plan_needs_any_group_and_a_topic_is_a_post_filter(db):
    plan = build_plan("deposit landlord", language="en").relaxed()
    body = search_body(plan, topic="housing")
    assert body["query"]["bool"]["minimum_should_match"] == 1
    assert body["post_filter"] == {"term": {"topic_code": "housing"}}
    assert "must" not in body["query"]["bool"]


def test_a_fallback_search_leaves_out_guides_translated_into_the_readers_language(db):
    body = search_body(build_plan("deposit", language="en"), exclude_translated_into="pl")
    assert body["query"]["bool"]["must_not"] == [{"term": {"translated_languages": "pl"}}]


def test_reader_input_is_only_ever_a_match_query_value(db):
    body = search_body(build_plan('*:* OR "x" AND NOT title:y', language="en"))
    assert "query_string" not in str(body) and "simple_query_string" not in str(body)


def test_autocomplete_uses_the_completion_suggester_and_spelling_the_term_suggester():
    assert autocomplete_body("evic", limit=8)["suggest"]["titles"] == {
        "prefix": "evic",
        "completion": {"field": "suggest", "size": 8, "skip_duplicates": True},
    }
    term = spelling_body(["evicton"])["suggest"]["spelling"]["term"]
    assert term["field"] == "spell" and term["suggest_mode"] == "missing"


def test_titles_complete_from_every_word_and_every_chinese_character():
    assert title_inputs("Getting your deposit back") == [
        "Getting your deposit back",
        "your deposit back",
        "deposit back",
        "back",
    ]
    assert title_inputs("取回按金") == ["取回按金", "回按金", "按金", "金"]


def document(language="en", page_id=1):
    return GuideDocument(
        page_id=page_id,
        translation_key="7f1d2a7c-0000-4000-8000-000000000001",
        language=language,
        title="Getting your deposit back",
        summary="Ask for it.",
        body="Your landlord must protect it.",
        topic_code="housing",
        topic_name="Housing",
        url=f"/{language}/housing/deposits/",
        translated_languages=("en",),
    )


@pytest.fixture
def client():
    client = mock.MagicMock()
    client.indices.exists_alias.return_value = True
    client.indices.get_alias.return_value = {"signpost-guides-en-old": {}}
    return client


def test_a_rebuild_fills_new_indices_then_swaps_each_alias_in_one_request(client, settings):
    settings.LANGUAGES = [("en", "English")]
    backend = ElasticsearchBackend(
        url="http://es:9200", prefix="signpost", timeout=1, client=client
    )
    with mock.patch("search.backends.elasticsearch.helpers.bulk") as bulk:
        counts = backend.rebuild([document()])
    assert counts == {"en": 1}
    created = client.indices.create.call_args.kwargs
    assert created["index"].startswith("signpost-guides-en-")
    actions = list(bulk.call_args.args[1])
    assert actions[0]["_index"] == created["index"] and actions[0]["_id"] == 1
    aliases = client.indices.update_aliases.call_args.kwargs["actions"]
    assert aliases == [
        {"remove": {"index": "signpost-guides-en-old", "alias": "signpost-guides-en"}},
        {"add": {"index": created["index"], "alias": "signpost-guides-en"}},
    ]
    client.indices.delete.assert_called_once_with(
        index="signpost-guides-en-old", ignore_unavailable=True
    )


def test_replacing_a_guide_writes_first_then_deletes_what_is_gone(client, settings):
    settings.LANGUAGES = [("en", "English"), ("pl", "Polski")]
    backend = ElasticsearchBackend(
        url="http://es:9200", prefix="signpost", timeout=1, client=client
    )
    with mock.patch("search.backends.elasticsearch.helpers.bulk") as bulk:
        backend.replace_groups(["7f1d2a7c-0000-4000-8000-000000000001"], [document()])
    assert bulk.called
    deleted = client.delete_by_query.call_args.kwargs
    assert deleted["index"] == "signpost-guides-en,signpost-guides-pl"
    assert deleted["body"]["query"]["bool"]["must_not"] == [{"terms": {"page_id": [1]}}]


def test_responses_become_hits_with_snippets_and_facets(client, db):
    client.search.return_value = {
        "hits": {
            "total": {"value": 1},
            "hits": [
                {
                    "_score": 2.5,
                    "_source": {
                        "page_id": 1,
                        "translation_key": "k",
                        "language": "en",
                        "title": "Getting your deposit back",
                        "url": "/en/housing/deposits/",
                        "topic_code": "housing",
                        "summary": "Ask for it.",
                    },
                    "highlight": {"body": [f"protect your {MARK_START}deposit{MARK_END}"]},
                }
            ],
        },
        "aggregations": {"topics": {"buckets": [{"key": "housing", "doc_count": 1}]}},
    }
    backend = ElasticsearchBackend(
        url="http://es:9200", prefix="signpost", timeout=1, client=client
    )
    results = backend.search(build_plan("deposit", language="en"))
    assert results.total == 1 and results.facets == {"housing": 1}
    assert results.hits[0].snippet == f"protect your {MARK_START}deposit{MARK_END}"
    assert results.hits[0].score == 2.5
    assert client.search.call_args.kwargs["index"] == "signpost-guides-en"


def test_connection_errors_become_backend_unavailable(client, db):
    client.search.side_effect = TransportConnectionError("connection refused")
    backend = ElasticsearchBackend(
        url="http://es:9200", prefix="signpost", timeout=1, client=client
    )
    with pytest.raises(BackendUnavailable):
        backend.search(build_plan("deposit", language="en"))
    with pytest.raises(BackendUnavailable):
        backend.autocomplete(build_plan("dep", language="en", autocomplete=True))
