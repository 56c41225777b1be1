"""Lay-term synonyms: editors' data, cached, and shipped in every language."""

import pytest
from django.conf import settings

from search import synonyms
from search.models import Synonym


def test_the_starter_set_covers_every_shipped_language(db):
    for code, _name in settings.LANGUAGES:
        entries = Synonym.objects.filter(language=code)
        assert entries.count() >= 15, code
        assert all(entry.lay_list and entry.legal_list for entry in entries)


@pytest.mark.parametrize(
    ("language", "lay", "legal"),
    [
        ("en", "kicked out", "eviction"),
        ("en", "sacked", "dismissal"),
        ("en", "the council", "local authority"),
        ("en", "bailiffs", "enforcement agents"),
        ("en", "benefits stopped", "sanction"),
        ("cy", "y cyngor", "awdurdod lleol"),
        ("pl", "wyrzucili mnie", "eksmisja"),
        ("ar", "فصلوني", "الفصل التعسفي"),
        ("zh-hant", "炒魷魚", "解僱"),
    ],
)
def test_the_starter_set_maps_common_lay_terms(db, language, lay, legal):
    assert legal in synonyms.synonym_map(language)[synonyms.term_key(lay)]


def test_terms_may_be_separated_by_lines_or_commas_in_any_script(db):
    synonym = Synonym(
        language="ar", lay_terms="طردوني، رموني\nkicked out, evicted", legal_terms="الإخلاء"
    )
    assert synonym.lay_list == ["طردوني", "رموني", "kicked out", "evicted"]


def test_the_map_is_cached_and_forgotten_when_an_editor_changes_a_synonym(
    db, django_assert_num_queries
):
    synonyms.synonym_map("en")
    with django_assert_num_queries(0):
        synonyms.synonym_map("en")
    Synonym.objects.create(language="en", lay_terms="booted out", legal_terms="eviction")
    assert synonyms.synonym_map("en")[("booted", "out")] == ("eviction",)
    Synonym.objects.filter(lay_terms="booted out").delete()
    assert ("booted", "out") not in synonyms.synonym_map("en")
