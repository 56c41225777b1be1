"""Text analysis shared by the index and the query side of every backend.

Chinese is written without spaces, so runs of Han (and kana) characters are
cut into overlapping character bigrams ("押金被扣" -> 押金 金被 被扣), both
when a guide is indexed and when a query is parsed: a two-character query
then finds any guide containing those two characters together. Other
scripts are split into words. Words are folded (case, accents, Polish "ł",
Arabic hamza forms and diacritics) so a reader typing without accents on a
phone still finds "zasiłek" or "إخلاء".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

# Han, CJK compatibility ideographs, kana and bopomofo.
CJK_RANGES = "\u3040-\u30ff\u3100-\u312f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_WORD = re.compile(rf"(?P<cjk>[{CJK_RANGES}]+)|(?P<word>[^\W_{CJK_RANGES}]+)")
_CJK_ONLY = re.compile(rf"[{CJK_RANGES}]+")
# Arabic short vowels and other marks, superscript alef, tatweel: not part of the word.
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
# Letters that Unicode does not decompose into a base letter plus an accent.
_FOLD_EXTRA = str.maketrans(
    {"ł": "l", "đ": "d", "ø": "o", "ħ": "h", "ı": "i", "ى": "ي", "ة": "ه", "ـ": ""}
)
# Characters the highlighters use to mark matches; never allowed in content.
MARK_START = "\ue000"
MARK_END = "\ue001"


@dataclass(frozen=True)
class Word:
    text: str
    start: int
    end: int
    is_cjk: bool


# Control, format, private-use and surrogate characters, and line/paragraph
# separators (Unicode categories Cc, Cf, Co, Cs, Zl, Zp): never part of text.
_INVISIBLE = re.compile(
    "[\x00-\x1f\x7f-\x9f\xad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2"
    "\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ud800-\uf8ff"
    "\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    "\U000e0001-\U000e007f\U000f0000-\U0010ffff]"
)


def clean(text: str, *, max_length: int | None = None) -> str:
    """Text safe to index or search: normalised, no control characters,
    single spaces, optionally cut to max_length characters."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", str(text))
    text = _ARABIC_MARKS.sub("", text)
    text = " ".join(_INVISIBLE.sub(" ", text).split())
    if max_length is not None and len(text) > max_length:
        text = text[:max_length].rstrip()
    return text


def tidy(text: str) -> str:
    """Text to index and show: composed (NFC), without control or private-use
    characters, single spaces. Unlike clean(), it keeps full-width
    punctuation and Arabic vowel marks as the editor wrote them."""
    if not text:
        return ""
    return " ".join(_INVISIBLE.sub(" ", unicodedata.normalize("NFC", str(text))).split())


@lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    """Case- and accent-insensitive form of one word."""
    word = word.casefold().translate(_FOLD_EXTRA)
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> Iterator[Word]:
    """Words and runs of CJK characters in text, with their offsets."""
    for match in _WORD.finditer(text):
        yield Word(match.group(0), match.start(), match.end(), match.lastgroup == "cjk")


def word_texts(text: str) -> list[tuple[str, bool]]:
    """(word, is_cjk) for each word or CJK run: words() without offsets, faster."""
    return [(cjk or word, bool(cjk)) for cjk, word in _WORD.findall(text)]


def bigrams(run: str) -> list[str]:
    """Overlapping character pairs of a CJK run; a single character stays as it is."""
    if len(run) < 2:
        return [run]
    return [run[i : i + 2] for i in range(len(run) - 1)]


def search_tokens(text: str) -> list[str]:
    """The query-side tokens: lower-case words, and bigrams for CJK runs."""
    tokens: list[str] = []
    for word, cjk in word_texts(text):
        if cjk:
            tokens.extend(bigrams(word))
        else:
            tokens.append(word.casefold())
    return tokens


def is_cjk(token: str) -> bool:
    return bool(_CJK_ONLY.fullmatch(token))


def segment(text: str) -> str:
    """Text with CJK runs replaced by space-separated bigrams; other words unchanged.

    For engines whose tokenisers do not split Chinese (SQLite FTS5, the
    PostgreSQL 'simple' configuration)."""
    return " ".join(" ".join(bigrams(word)) if cjk else word for word, cjk in word_texts(text))


# --- Light stemming where the engine has no stemmer ----------------------------

_ARABIC_PREFIXES = ("وال", "بال", "كال", "فال", "لل", "ال")
_ARABIC_SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي")


@lru_cache(maxsize=100_000)
def arabic_light_stem(word: str) -> str:
    """Light stemming after Larkey et al. ("light10"), on folded words:
    drops the article and common prefixes and suffixes, never below two letters."""
    if len(word) > 3 and word.startswith("و"):
        word = word[1:]
    for prefix in _ARABIC_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            word = word[len(prefix) :]
            break
    for suffix in _ARABIC_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            word = word[: -len(suffix)]
    return word


# Inflectional endings, longest first. Used to turn a query word into a
# prefix ("eksmisji" -> eksmisj*) for languages no backend stems.
_ENDINGS = {
    "pl": (
        "owie",
        "ach",
        "ami",
        "ego",
        "emu",
        "ich",
        "ymi",
        "imi",
        "iem",
        "ów",
        "om",
        "ie",
        "ia",
        "iu",
        "ii",
        "ji",
        "ja",
        "ją",
        "ję",
        "ek",
        "em",
        "ej",
        "ym",
        "ą",
        "ę",
        "a",
        "e",
        "i",
        "y",
        "u",
        "o",
    ),
    "cy": ("iaid", "iau", "ion", "ydd", "oedd", "edd", "au", "on", "wyr"),
}
MIN_STEM = 4


def prefix_stem(token: str, language: str) -> str | None:
    """A shorter prefix that matches the other inflections of token, or None."""
    endings = _ENDINGS.get(language.split("-")[0])
    if not endings or len(token) < MIN_STEM + 2 or token.isdigit():
        return None
    for ending in endings:
        if token.endswith(ending) and len(token) - len(ending) >= MIN_STEM:
            return fold(token[: -len(ending)])
    return None


def index_terms(text: str, language: str) -> list[str]:
    """Folded index terms for engines analysed here (SQLite FTS5): words
    folded (Arabic also light-stemmed), CJK runs as bigrams."""
    terms = []
    arabic = language.startswith("ar")
    for word, cjk in word_texts(clean(text)):
        if cjk:
            terms.extend(bigrams(word))
            continue
        folded = fold(word)
        terms.append(arabic_light_stem(folded) if arabic else folded)
    return terms


def analyse(text: str, language: str) -> str:
    return " ".join(index_terms(text, language))
