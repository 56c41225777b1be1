from search.spelling import Candidate, best_correction, edit_distance


def test_edit_distance_counts_a_transposition_as_one_edit():
    assert edit_distance("redundnacy", "redundancy", 2) == 1
    assert edit_distance("evicton", "eviction", 2) == 1
    assert edit_distance("abc", "xyz", 1) == 2  # stops counting past the limit


def test_the_closest_then_most_common_word_is_chosen():
    candidates = [
        Candidate("evicted", "evicted", 3),
        Candidate("eviction", "eviction", 9),
        Candidate("evictions", "evictions", 1),
    ]
    assert best_correction("evicton", candidates).display == "eviction"


def test_short_words_allow_one_edit_and_a_different_first_letter_only_one():
    assert best_correction("bil", [Candidate("bail", "bail", 1)]).term == "bail"
    assert best_correction("washing", [Candidate("asking", "asking", 5)]) is None


def test_a_known_word_is_never_corrected():
    assert best_correction("eviction", [Candidate("eviction", "eviction", 1)]) is None
