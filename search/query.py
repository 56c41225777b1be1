"""From what a reader typed to a backend-neutral query plan.

A plan is a list of term groups. A guide matches a group if it contains any
of the group's alternatives (the words typed, the legal terms a lay-term
synonym maps them to, a prefix for inflected languages); by default a guide
must match every group, and the service relaxes that to "any group" when
nothing matches. Every backend renders the same plan in its own syntax, so
synonyms, stop words, segmentation and input limits behave identically
everywhere, and nothing a reader types is ever passed to an engine's query
parser.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from .segmentation import clean, fold, is_cjk, prefix_stem, search_tokens
from .stopwords import is_stopword
from .synonyms import longest_lay_term, synonym_map

MAX_QUERY_LENGTH = 200
MAX_TOKENS = 40
MAX_GROUPS = 10
MIN_SPELLING_LENGTH = 4


@dataclass(frozen=True)
class Alternative:
    tokens: tuple[str, ...]
    prefix: bool = False  # the last token also matches longer words

    @property
    def text(self) -> str:
        return " ".join(self.tokens)


@dataclass(frozen=True)
class TermGroup:
    alternatives: tuple[Alternative, ...]
    typed: tuple[str, ...]  # the tokens as the reader typed them
    expanded: bool = False  # a lay-term synonym added legal terms


@dataclass(frozen=True)
class QueryPlan:
    text: str
    language: str
    groups: tuple[TermGroup, ...]
    match_all: bool = True

    @property
    def is_empty(self) -> bool:
        return not self.groups

    def relaxed(self) -> QueryPlan:
        """The same plan matching guides that contain any of its groups."""
        return replace(self, match_all=False)

    def for_language(self, language: str) -> QueryPlan:
        """The plan re-parsed with another language's synonyms and stop words."""
        plan = build_plan(self.text, language=language)
        return replace(plan, match_all=self.match_all)

    def highlight_terms(self) -> list[tuple[tuple[str, ...], bool]]:
        """(tokens of a phrase, last token is a prefix) for every alternative."""
        terms: list[tuple[tuple[str, ...], bool]] = []
        for group in self.groups:
            for alternative in group.alternatives:
                item = (alternative.tokens, alternative.prefix)
                if item not in terms:
                    terms.append(item)
        return terms

    def spellable_tokens(self) -> list[str]:
        """Typed words that a spelling check can sensibly look at."""
        tokens = []
        for group in self.groups:
            if group.expanded:
                continue
            for token in group.typed:
                if (
                    len(token) >= MIN_SPELLING_LENGTH
                    and not is_cjk(token)
                    and not any(ch.isdigit() for ch in token)
                    and token not in tokens
                ):
                    tokens.append(token)
        return tokens


def clean_query(text: str | None) -> str:
    """The query as it is searched, logged and shown: normalised and capped."""
    return clean(text or "", max_length=MAX_QUERY_LENGTH)


def build_plan(text: str | None, *, language: str, autocomplete: bool = False) -> QueryPlan:
    text = clean_query(text)
    tokens = search_tokens(text)[:MAX_TOKENS]
    groups = _expand(tokens, language)
    groups = _drop_stopwords(groups, language)
    groups = [_with_prefix(group, language) for group in groups]
    if autocomplete and groups and not groups[-1].expanded:
        last = groups[-1]
        groups[-1] = replace(
            last, alternatives=(Alternative(last.alternatives[0].tokens, prefix=True),)
        )
    unique: list[TermGroup] = []
    for group in groups:
        if all(group.alternatives != seen.alternatives for seen in unique):
            unique.append(group)
    return QueryPlan(text=text, language=language, groups=tuple(unique[:MAX_GROUPS]))


def _expand(tokens: list[str], language: str) -> list[TermGroup]:
    """Group tokens, replacing lay terms (longest first) by a group with their legal terms."""
    mapping = synonym_map(language)
    longest = longest_lay_term(mapping)
    folded = [fold(token) for token in tokens]
    groups: list[TermGroup] = []
    position = 0
    while position < len(tokens):
        for length in range(min(longest, len(tokens) - position), 0, -1):
            legal = mapping.get(tuple(folded[position : position + length]))
            if legal:
                typed = tuple(tokens[position : position + length])
                alternatives = [Alternative(typed)]
                for term in legal:
                    term_tokens = tuple(search_tokens(clean(term)))
                    if term_tokens and Alternative(term_tokens) not in alternatives:
                        alternatives.append(Alternative(term_tokens))
                groups.append(TermGroup(tuple(alternatives), typed, expanded=True))
                position += length
                break
        else:
            token = tokens[position]
            groups.append(TermGroup((Alternative((token,)),), (token,)))
            position += 1
    return groups


def _drop_stopwords(groups: list[TermGroup], language: str) -> list[TermGroup]:
    def stop(group: TermGroup) -> bool:
        return not group.expanded and all(is_stopword(t, language) for t in group.typed)

    kept = [group for group in groups if not stop(group)]
    return kept if kept else groups


def _with_prefix(group: TermGroup, language: str) -> TermGroup:
    if group.expanded or len(group.typed) != 1:
        return group
    token = group.typed[0]
    if is_cjk(token) and len(token) == 1:
        # A lone Han character: match the bigrams that start with it.
        return replace(group, alternatives=(Alternative((token,), prefix=True),))
    stem = prefix_stem(token, language)
    if stem is None:
        return group
    return replace(group, alternatives=group.alternatives + (Alternative((stem,), prefix=True),))
