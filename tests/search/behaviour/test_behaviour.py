"""What every backend must do, checked against each one available here
(SQLite FTS5 without DATABASE_URL; PostgreSQL with it; Elasticsearch when
ELASTICSEARCH_URL is set), through the one search API."""

import pytest

from search import service

from .corpus import DRAFT_WORD, PRIVATE_WORD, UNPUBLISHED_WORD

pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("search-corpus")]


def title(corpus, key, language):
    translations = corpus.guides[key]
    return translations.get(language, translations["en"])["title"]


def test_readers_get_guides_in_their_own_language_first(corpus):
    results = service.search("eksmisja", language="pl")
    assert results.hits[0].title == title(corpus, "eviction-and-possession", "pl")
    assert results.hits[0].language == "pl"
    assert not results.hits[0].is_fallback
    assert results.hits[0].url.startswith("/pl/")


def test_untranslated_guides_are_searched_in_english_and_listed_after_native_hits(corpus):
    # "Faulty goods" exists only in English; the Polish reader is told so.
    results = service.search("refund", language="pl")
    fallback = [hit for hit in results.hits if hit.is_fallback]
    assert [hit.title for hit in fallback][:1] == [title(corpus, "faulty-goods", "en")]
    assert fallback[0].language == "en"
    native_positions = [i for i, hit in enumerate(results.hits) if not hit.is_fallback]
    fallback_positions = [i for i, hit in enumerate(results.hits) if hit.is_fallback]
    assert not native_positions or max(native_positions) < min(fallback_positions)


def test_fallback_hits_link_to_the_readers_language_address(corpus):
    results = service.search("faulty goods", language="cy")
    hit = results.hits[0]
    assert hit.is_fallback
    assert hit.url.startswith("/cy/")  # the alias page, which shows English with a notice


def test_a_guide_translated_into_the_readers_language_is_not_repeated_in_english(corpus):
    results = service.search("eviction", language="pl")
    urls = [hit.url for hit in results.hits]
    assert len(urls) == len(set(urls))
    assert all(hit.title != title(corpus, "eviction-and-possession", "en") for hit in results.hits)


def test_results_are_counted_and_faceted_by_topic(corpus):
    results = service.search("landlord", language="en")
    facets = {facet.code: facet.count for facet in results.facets}
    assert results.total == sum(facets.values())
    assert facets["housing"] >= 3
    assert all(facet.name for facet in results.facets)


def test_the_topic_filter_narrows_results_but_keeps_every_facet(corpus):
    everything = service.search("court", language="en")
    housing = service.search("court", language="en", topic="housing")
    assert 0 < housing.total < everything.total
    assert {hit.topic.code for hit in housing.hits} == {"housing"}
    assert [f.code for f in housing.facets] == [f.code for f in everything.facets]
    assert [f.code for f in housing.facets if f.selected] == ["housing"]


BROAD = "advice court tribunal landlord employer council"


def test_results_are_paged_ten_at_a_time(corpus):
    first = service.search(BROAD, language="en")
    assert first.total > 10, "the corpus should have more than a page of guides for this"
    second = service.search(BROAD, language="en", page=2)
    assert len(first.hits) == 10
    assert second.total == first.total
    assert not {h.url for h in first.hits} & {h.url for h in second.hits}
    assert len(first.hits) + len(second.hits) == min(first.total, 20)
    beyond = service.search(BROAD, language="en", page=99)
    assert beyond.hits == [] and beyond.total == first.total


def test_paging_continues_from_native_hits_into_fallback_hits(corpus):
    pages = [service.search(BROAD, language="cy", page=n) for n in (1, 2, 3, 4)]
    urls = [hit.url for page in pages for hit in page.hits]
    assert len(urls) == len(set(urls)) == pages[0].total
    flags = [hit.is_fallback for page in pages for hit in page.hits]
    assert flags == sorted(flags)  # every native hit before every fallback hit


@pytest.mark.parametrize("word", [DRAFT_WORD, PRIVATE_WORD, UNPUBLISHED_WORD])
def test_drafts_private_and_unpublished_guides_are_never_found(corpus, word):
    for language in ("en", "pl"):
        assert service.search(word, language=language).total == 0
        assert service.autocomplete(word, language=language) == []


def test_a_stale_index_entry_for_a_page_no_longer_live_is_not_shown(corpus):
    from wagtail.models import Page

    page = Page.objects.get(url_path__endswith="/faulty-goods/", locale__language_code="en")
    Page.objects.filter(pk=page.pk).update(live=False)  # as if the index missed the unpublish
    results = service.search("faulty goods", language="en")
    assert all(hit.page_id != page.pk for hit in results.hits)


def test_only_real_translations_are_indexed_never_fallback_aliases(corpus):
    # "Faulty goods" has Polish fallback pages, but no Polish text to index.
    results = service.search("faulty goods", language="pl")
    assert results.hits
    assert all(hit.is_fallback and hit.language == "en" for hit in results.hits)


def test_lay_terms_find_guides_written_in_legal_terms(corpus):
    results = service.search("sacked", language="en")
    assert results.hits[0].title == title(corpus, "unfair-dismissal", "en")
    assert "<mark>" in results.hits[0].snippet


@pytest.mark.parametrize(("query", "key"), [("押金", "tenancy-deposits"), ("欠薪", "unpaid-wages")])
def test_a_two_character_chinese_query_finds_a_guide_containing_it(corpus, query, key):
    results = service.search(query, language="zh-hant")
    assert results.hits[0].title == title(corpus, key, "zh-hant")


def test_a_single_chinese_character_matches_as_a_prefix(corpus):
    results = service.search("薪", language="zh-hant")
    assert title(corpus, "unpaid-wages", "zh-hant") in [hit.title for hit in results.hits]


def test_snippets_mark_matches_and_escape_everything_else(corpus):
    results = service.search("landlord", language="en")
    snippet = str(results.hits[0].snippet)
    assert "<mark>" in snippet
    assert "&#x27;" in str(service.search("responsibility", language="en").hits[0].snippet)
    stripped = snippet.replace("<mark>", "").replace("</mark>", "")
    assert "<" not in stripped and ">" not in stripped


def test_a_misspelt_query_suggests_a_correction_and_shows_its_results(corpus):
    results = service.search("evicton", language="en")
    assert results.did_you_mean == "eviction"
    assert results.corrected
    assert results.hits[0].title == title(corpus, "eviction-and-possession", "en")


def test_a_correctly_spelt_query_gets_no_suggestion(corpus):
    assert service.search("eviction notice", language="en").did_you_mean is None
    assert service.search("eksmisji", language="pl").did_you_mean is None


def test_autocomplete_suggests_titles_by_prefix_in_the_readers_language(corpus):
    items = service.autocomplete("evic", language="en")
    assert items[0].label == title(corpus, "eviction-and-possession", "en")
    assert items[0].kind == "guide"
    polish = service.autocomplete("eksm", language="pl")
    assert polish[0].label == title(corpus, "eviction-and-possession", "pl")


def test_autocomplete_offers_untranslated_guides_at_the_readers_address(corpus):
    items = service.autocomplete("faulty", language="ar")
    assert items[0].label == title(corpus, "faulty-goods", "en")
    assert items[0].language == "en"
    assert items[0].url.startswith("/ar/")


def test_autocomplete_completes_chinese_titles(corpus):
    items = service.autocomplete("按金", language="zh-hant")
    assert title(corpus, "tenancy-deposits", "zh-hant") in [item.label for item in items]


BAD_INPUT = [
    "",
    "   ",
    "x" * 10_000,
    "' OR 1=1--",
    "*:*",
    "AND NOT",
    'eviction" OR "',
    "\\",
    "\\\\' ; DROP TABLE search_searchdocument; --",
    "\x00eviction\x00",
    "title : eviction",
    "NEAR(eviction landlord)",
    "evict* ^2 ~1",
    "eviction 押金 إخلاء eksmisja",
    "😀🏠💷",
    "{title summary} : eviction",
    "(((",
    "-eviction",
    "+eviction",
    "\u202eeviction\u202c",
]


@pytest.mark.parametrize("query", BAD_INPUT, ids=[repr(q[:20]) for q in BAD_INPUT])
@pytest.mark.parametrize("language", ["en", "ar", "zh-hant"])
def test_bad_input_never_breaks_search(corpus, query, language):
    results = service.search(query, language=language)
    assert results.total >= 0
    assert len(results.query) <= 200
    assert "\x00" not in results.query
    service.autocomplete(query, language=language)


def test_operator_like_input_is_searched_as_words(corpus):
    results = service.search('eviction" OR "', language="en")
    assert results.hits[0].title == title(corpus, "eviction-and-possession", "en")
