"""Text analysis shared by every backend."""

from search.segmentation import (
    analyse,
    arabic_light_stem,
    bigrams,
    clean,
    fold,
    prefix_stem,
    search_tokens,
    segment,
    tidy,
)


def test_chinese_runs_become_overlapping_bigrams_on_both_sides():
    assert bigrams("押金被扣") == ["押金", "金被", "被扣"]
    assert bigrams("租") == ["租"]
    assert segment("業主扣起押金 deposit") == "業主 主扣 扣起 起押 押金 deposit"
    assert search_tokens("押金被扣") == ["押金", "金被", "被扣"]


def test_mixed_scripts_are_split_into_words_and_bigrams():
    assert search_tokens("PIP上訴 إخلاء eksmisja") == ["pip", "上訴", "إخلاء", "eksmisja"]


def test_folding_ignores_case_and_accents_including_polish_l():
    assert fold("Zasiłek") == fold("zasilek") == "zasilek"
    assert fold("BEILÏAID") == "beiliaid"
    assert fold("Straße") == "strasse"


def test_arabic_hamza_forms_and_vowel_marks_are_folded():
    assert fold(clean("إِخْلاء")) == fold("اخلاء")
    assert clean("الـــإخلاء") == "الإخلاء"  # tatweel is decoration


def test_arabic_light_stemming_drops_the_article_and_common_affixes():
    assert arabic_light_stem(fold("الإخلاء")) == arabic_light_stem(fold("إخلاء"))
    assert arabic_light_stem(fold("والعفن")) == "عفن"
    assert analyse("باللجوء", "ar") == analyse("لجوء", "ar")


def test_polish_and_welsh_words_get_a_prefix_that_matches_their_inflections():
    assert prefix_stem("eksmisji", "pl") == prefix_stem("eksmisja", "pl") == "eksmis"
    assert prefix_stem("zwolnienia", "pl") == "zwolnien"
    assert prefix_stem("landlordiaid", "cy") == "landlord"
    assert prefix_stem("eviction", "en") is None
    assert prefix_stem("dom", "pl") is None  # too short to shorten


def test_clean_removes_control_characters_and_caps_length():
    assert clean("\x00evic\x07tion\u202e") == "evic tion"
    assert clean("a   b\n\tc") == "a b c"
    assert len(clean("x" * 10_000, max_length=200)) == 200
    assert clean(None) == ""


def test_tidy_keeps_what_the_editor_wrote():
    assert tidy("迫遷：業主（PIP）") == "迫遷：業主（PIP）"
    assert tidy("a\x00b\ue000c") == "a b c"
