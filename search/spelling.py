"""Choosing a correction for a word the index does not know.

Backends find candidate words in their vocabulary (SQLite by length,
PostgreSQL with pg_trgm similarity); the choice among them is made here, the
same way for both: the closest by edit distance (transpositions count as
one edit), then the word found in most guides.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Candidate:
    term: str  # folded
    display: str
    documents: int


def max_distance(word: str) -> int:
    return 1 if len(word) <= 5 else 2


def edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance, or limit + 1 once it exceeds limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous_previous: list[int] | None = None
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, start=1):
            cost = 0 if char_a == char_b else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if (
                previous_previous is not None
                and i > 1
                and j > 1
                and char_a == b[j - 2]
                and a[i - 2] == char_b
            ):
                current[j] = min(current[j], previous_previous[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous_previous, previous = previous, current
    return previous[-1]


def best_correction(word: str, candidates: list[Candidate]) -> Candidate | None:
    """The closest candidate; one that changes the first letter only if it is
    a single edit away (people rarely get the first letter wrong)."""
    limit = max_distance(word)
    best: tuple[int, int, str] | None = None
    choice = None
    for candidate in candidates:
        if candidate.term == word:
            return None
        distance = edit_distance(word, candidate.term, limit)
        if distance > limit or (distance > 1 and candidate.term[:1] != word[:1]):
            continue
        key = (distance, -candidate.documents, candidate.term)
        if best is None or key < best:
            best, choice = key, candidate
    return choice
