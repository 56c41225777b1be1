"""Lay-term synonyms: the words readers use mapped to the words guides use.

Editors manage them per language in the admin. They are applied as query
expansion, before any backend sees the query, so that every backend treats
"kicked out" the same way. The map per language is cached and forgotten
whenever an editor changes a synonym.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.cache import cache

from .segmentation import clean, fold, search_tokens

logger = logging.getLogger(__name__)

CACHE_SECONDS = 60 * 60
_KEY = "signpost:search:synonyms:{language}"

# lay-term tokens (folded) -> the legal terms to search as well
SynonymMap = dict[tuple[str, ...], tuple[str, ...]]


def term_key(term: str) -> tuple[str, ...]:
    """How a term is matched: its folded tokens (CJK as bigrams)."""
    return tuple(fold(token) for token in search_tokens(clean(term)))


def build_map(language: str) -> SynonymMap:
    from .models import Synonym

    mapping: SynonymMap = {}
    for synonym in Synonym.objects.filter(language=language).order_by("pk"):
        legal = tuple(synonym.legal_list)
        for lay in synonym.lay_list:
            key = term_key(lay)
            if not key:
                continue
            merged = mapping.get(key, ()) + tuple(t for t in legal if t not in mapping.get(key, ()))
            mapping[key] = merged
    return mapping


def synonym_map(language: str) -> SynonymMap:
    key = _KEY.format(language=language)
    try:
        cached = cache.get(key)
    except Exception:  # a cache outage must not break search
        logger.warning("cache unavailable for search synonyms", exc_info=True)
        cached = None
    if cached is not None:
        return cached
    mapping = build_map(language)
    try:
        cache.set(key, mapping, CACHE_SECONDS)
    except Exception:
        logger.warning("cache unavailable for search synonyms", exc_info=True)
    return mapping


def invalidate() -> None:
    try:
        cache.delete_many([_KEY.format(language=code) for code, _name in settings.LANGUAGES])
    except Exception:
        logger.warning("cache unavailable to forget search synonyms", exc_info=True)


def longest_lay_term(mapping: SynonymMap) -> int:
    return max((len(key) for key in mapping), default=0)
