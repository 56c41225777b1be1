"""Query plans: what a backend is asked, whatever the reader typed."""

import pytest

from search.models import Synonym
from search.query import MAX_GROUPS, MAX_QUERY_LENGTH, build_plan


def alternatives(plan):
    return [[a.text for a in group.alternatives] for group in plan.groups]


@pytest.fixture
def synonyms(db):
    Synonym.objects.all().delete()
    Synonym.objects.create(
        language="en", lay_terms="kicked out\nthrown out", legal_terms="eviction\npossession"
    )
    Synonym.objects.create(language="en", lay_terms="out", legal_terms="outside")
    Synonym.objects.create(language="zh-hant", lay_terms="收樓", legal_terms="收回管業")


def test_lay_terms_become_a_group_with_their_legal_terms(synonyms):
    plan = build_plan("Kicked out by landlord", language="en")
    assert alternatives(plan) == [["kicked out", "eviction", "possession"], ["landlord"]]
    assert plan.groups[0].expanded


def test_the_longest_lay_term_wins(synonyms):
    plan = build_plan("thrown out", language="en")
    assert alternatives(plan) == [["thrown out", "eviction", "possession"]]


def test_synonyms_are_per_language(synonyms):
    assert alternatives(build_plan("kicked out", language="pl")) == [["kicked"], ["out"]]


def test_chinese_synonyms_match_on_bigrams(synonyms):
    plan = build_plan("收樓", language="zh-hant")
    assert alternatives(plan) == [["收樓", "收回 回管 管業"]]


def test_stop_words_are_dropped_unless_nothing_else_is_left(db):
    assert alternatives(build_plan("what is a deposit", language="en")) == [["deposit"]]
    assert alternatives(build_plan("what is", language="en")) == [["what"], ["is"]]


def test_polish_words_also_match_their_inflections_by_prefix(db):
    plan = build_plan("eksmisji", language="pl")
    assert [(a.text, a.prefix) for a in plan.groups[0].alternatives] == [
        ("eksmisji", False),
        ("eksmis", True),
    ]


def test_a_single_chinese_character_is_a_prefix(db):
    plan = build_plan("薪", language="zh-hant")
    assert [(a.text, a.prefix) for a in plan.groups[0].alternatives] == [("薪", True)]


def test_autocomplete_treats_the_last_word_as_a_prefix(db):
    plan = build_plan("getting your dep", language="en", autocomplete=True)
    assert plan.groups[-1].alternatives[0].prefix
    assert not plan.groups[0].alternatives[0].prefix


def test_input_is_capped_and_cleaned(db):
    plan = build_plan("deposit " * 5000 + "\x00", language="en")
    assert len(plan.text) <= MAX_QUERY_LENGTH
    assert "\x00" not in plan.text
    assert len(plan.groups) == 1  # repeated words collapse into one group
    many = build_plan(" ".join(f"word{n}" for n in range(50)), language="en")
    assert len(many.groups) == MAX_GROUPS


@pytest.mark.parametrize("query", ["", "   ", "\x00", "😀", "!!! ???", "* : ( ) \" '"])
def test_input_with_no_words_gives_an_empty_plan(db, query):
    assert build_plan(query, language="en").is_empty


def test_operators_are_just_words(db):
    plan = build_plan("' OR 1=1-- AND NOT title:*", language="en")
    assert all(
        token.isalnum() for group in plan.groups for a in group.alternatives for token in a.tokens
    )


def test_relaxing_a_plan_matches_any_group(db):
    plan = build_plan("deposit landlord", language="en")
    assert plan.match_all and not plan.relaxed().match_all


def test_misspelling_checks_skip_numbers_chinese_short_and_expanded_words(synonyms):
    plan = build_plan("kicked out section 21 押金 evicton of", language="en")
    assert plan.spellable_tokens() == ["section", "evicton"]
