"""Snippets: the part of a guide around what matched, with matches marked.

Backends mark matches with two private-use characters (MARK_START and
MARK_END, which document text can never contain). render() escapes the
whole snippet and only then turns the marks into <mark> elements, so the
only markup a reader's browser ever receives from a snippet is our own.

The SQLite backend (and any backend whose engine cannot highlight segmented
Chinese) uses make_snippet() here; PostgreSQL and Elasticsearch mark text
with their own highlighters.
"""

from __future__ import annotations

import re
from functools import lru_cache

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .segmentation import MARK_END, MARK_START, arabic_light_stem, fold, is_cjk

SNIPPET_LENGTH = 220
_CONTEXT_BEFORE = 60


def render(marked: str) -> SafeString:
    """Escaped HTML with <mark> around marked matches (and nothing else)."""
    text = escape(marked or "")
    if text.count(MARK_START) != text.count(MARK_END):
        text = text.replace(MARK_START, "").replace(MARK_END, "")
    return mark_safe(text.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>"))  # noqa: S308


def has_marks(marked: str) -> bool:
    return MARK_START in (marked or "")


def make_snippet(
    text: str,
    terms: list[tuple[tuple[str, ...], bool]],
    *,
    language: str,
    length: int = SNIPPET_LENGTH,
) -> str:
    """The window of text with the most matches, matches marked; the start of
    text (unmarked) when nothing matches."""
    spans = match_spans(text, terms, language=language)
    if not spans:
        return _cut(text, 0, length)
    best_start, best_count = spans[0][0], 0
    for start, _end in spans:
        count = sum(1 for s, e in spans if s >= start and e <= start + length)
        if count > best_count:
            best_start, best_count = start, count
    window_start = _word_start(text, max(0, best_start - _CONTEXT_BEFORE))
    window_end = min(len(text), window_start + length)
    window_end = _word_end(text, window_end)
    pieces = []
    position = window_start
    for start, end in spans:
        if start < window_start or end > window_end:
            continue
        pieces.append(text[position:start])
        pieces.append(MARK_START + text[start:end] + MARK_END)
        position = end
    pieces.append(text[position:window_end])
    fragment = "".join(pieces).strip()
    prefix = "… " if window_start > 0 else ""
    suffix = " …" if window_end < len(text) else ""
    return prefix + fragment + suffix


def match_spans(
    text: str, terms: list[tuple[tuple[str, ...], bool]], *, language: str
) -> list[tuple[int, int]]:
    """Character spans in text that match any of the query's phrases.

    A phrase of several words matches only where its words follow each
    other; a word also matches its inflections (the engines stem, so
    "evicted" is found for "eviction"); a run of Chinese bigrams matches
    where the characters do. Works on a folded copy of the text of the same
    length, with one compiled pattern, so it stays fast on long guides.
    """
    pattern = _pattern(tuple(terms), language.startswith("ar"))
    if pattern is None:
        return []
    folded = text.translate(_FOLD_TABLE)
    return _merge([match.span() for match in pattern.finditer(folded)])


class _FoldTable(dict):
    """str.translate table: each character to its folded form when that is
    one character (so offsets stay the same), learnt as characters appear."""

    def __missing__(self, code):
        folded = fold(chr(code))
        self[code] = folded if len(folded) == 1 else chr(code).lower()
        return self[code]


_FOLD_TABLE = _FoldTable()


@lru_cache(maxsize=2048)
def _pattern(terms: tuple[tuple[tuple[str, ...], bool], ...], arabic: bool):
    phrases = []
    for tokens, prefix in terms:
        if tokens and all(is_cjk(t) for t in tokens):
            phrases.append(re.escape(tokens[0] + "".join(t[1:] for t in tokens[1:])))
            continue
        words_ = [t for t in tokens if not is_cjk(t)]
        if not words_:
            continue
        parts = [
            _word_pattern(fold(word), arabic, prefix and i == len(words_) - 1)
            for i, word in enumerate(words_)
        ]
        phrases.append(r"\W+".join(parts))
    if not phrases:
        return None
    return re.compile("|".join(f"(?:{p})" for p in sorted(phrases, key=len, reverse=True)))


def _word_pattern(term: str, arabic: bool, prefix: bool) -> str:
    if arabic:
        # Articles and suffixes are attached to Arabic words: match the stem inside a word.
        stem = arabic_light_stem(term)
        if len(stem) < 3:
            return r"(?<!\w)(?:و?(?:ال|بال|كال|فال|لل))?" + re.escape(term) + r"(?!\w)"
        return r"\w*" + re.escape(stem) + r"\w*"
    if prefix:
        return r"(?<!\w)" + re.escape(term) + r"\w*"
    if len(term) < 4:
        return r"(?<!\w)" + re.escape(term) + r"(?!\w)"
    # Inflections the engines' stemmers conflate (evicted, eviction; tenancies, tenancy).
    stem = term[: max(4, len(term) - 3)]
    tail = len(term) + 4 - len(stem)
    return r"(?<!\w)" + re.escape(stem) + r"\w{0," + str(tail) + r"}(?!\w)"


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _cut(text: str, start: int, length: int) -> str:
    if len(text) <= length:
        return text
    end = _word_end(text, start + length)
    return text[start:end].rstrip() + " …"


def _word_start(text: str, position: int) -> int:
    if position == 0:
        return 0
    space = text.rfind(" ", max(0, position - 20), position)
    return space + 1 if space != -1 else position


def _word_end(text: str, position: int) -> int:
    if position >= len(text):
        return len(text)
    space = text.find(" ", position, position + 20)
    return space if space != -1 else position
