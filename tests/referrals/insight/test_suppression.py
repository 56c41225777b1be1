"""Small numbers are hidden, and so is whatever would give them away."""

import pytest

from referrals.insight.suppression import (
    SHOWN,
    SMALL,
    WITHHELD,
    derived_status,
    primary_status,
    protect,
)


@pytest.mark.parametrize(
    ("value", "status"), [(0, SMALL), (1, SMALL), (4, SMALL), (5, SHOWN), (6, SHOWN)]
)
def test_counts_under_five_are_small_and_five_is_shown(value, status):
    assert primary_status(value) == status


def test_a_single_hidden_figure_in_a_line_hides_the_smallest_other():
    values = {"a": 3, "b": 7, "c": 12, "total": 22}
    assert protect(values, [list(values)]) == {
        "a": SMALL,
        "b": WITHHELD,  # else 22 - 12 - b would give a
        "c": SHOWN,
        "total": SHOWN,
    }


def test_two_small_figures_need_nothing_more():
    values = {"a": 3, "b": 2, "c": 12, "total": 17}
    assert protect(values, [list(values)]) == {
        "a": SMALL,
        "b": SMALL,
        "c": SHOWN,
        "total": SHOWN,
    }


def test_no_small_figure_hides_nothing():
    values = {"a": 5, "b": 9, "total": 14}
    assert set(protect(values, [list(values)]).values()) == {SHOWN}


def test_a_small_total_hides_everything_in_its_line():
    values = {"a": 1, "b": 2, "total": 3}
    assert protect(values, [list(values)]) == {"a": SMALL, "b": SMALL, "total": SMALL}


def test_protection_repeats_across_crossing_lines():
    # 2 x 2 cross-tab with margins: hiding (0,0) forces a second cell in row 0
    # and one in column 0, and then one more to close the rectangle.
    values = {
        (0, 0): 2, (0, 1): 8, (0, "t"): 10,
        (1, 0): 9, (1, 1): 7, (1, "t"): 16,
        ("t", 0): 11, ("t", 1): 15, ("t", "t"): 26,
    }  # fmt: skip
    lines = [
        [(0, 0), (0, 1), (0, "t")],
        [(1, 0), (1, 1), (1, "t")],
        [(0, 0), (1, 0), ("t", 0)],
        [(0, 1), (1, 1), ("t", 1)],
    ]
    margins = {key: SHOWN for key in values if "t" in key}
    status = protect(values, lines, seeded=margins)
    hidden = {key for key, state in status.items() if state != SHOWN}
    assert hidden == {(0, 0), (0, 1), (1, 0), (1, 1)}
    assert status[(0, 0)] == SMALL and status[(1, 1)] == WITHHELD
    for line in lines:
        assert sum(status[key] != SHOWN for key in line) != 1


def test_a_seed_can_hide_a_figure_but_never_show_a_small_one():
    values = {"a": 3, "b": 9, "c": 9, "total": 21}
    status = protect(values, [list(values)], seeded={"a": SHOWN, "c": WITHHELD})
    assert status == {"a": SMALL, "b": SHOWN, "c": WITHHELD, "total": SHOWN}


def test_seeded_figures_are_not_chosen_while_others_can_be():
    values = {"a": 3, "b": 6, "c": 50, "total": 59}
    status = protect(values, [list(values)], seeded={"b": SHOWN, "total": SHOWN})
    assert status["c"] == WITHHELD and status["b"] == SHOWN


@pytest.mark.parametrize(
    ("parts", "status"),
    [
        ((5, 5), SHOWN),
        ((4, 50), SMALL),
        ((50, 4), SMALL),
        ((SHOWN, 9), SHOWN),
        ((WITHHELD, 9), WITHHELD),
        ((SMALL,), SMALL),
    ],
)
def test_derived_figures_need_every_part_shown(parts, status):
    assert derived_status(*parts) == status
