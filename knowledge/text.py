"""Plain text out of guide content: for reading time, snippets and indexing."""

import re
from collections.abc import Iterable, Mapping

from django.utils.html import strip_tags
from wagtail.rich_text import RichText

# Han, Hiragana/Katakana: read character by character rather than by words.
CJK_CHARACTER = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff]")


def reading_units(text: str) -> tuple[int, int]:
    """Return (words, CJK characters) in text."""
    characters = len(CJK_CHARACTER.findall(text))
    words = len(CJK_CHARACTER.sub(" ", text).split())
    return words, characters


def value_text(value) -> str:
    """Flatten a block value (struct, list, rich text, string) to plain text."""
    if value is None:
        return ""
    if isinstance(value, RichText):
        return strip_tags(value.source.replace("</p>", "</p> ").replace("</li>", "</li> "))
    if isinstance(value, str):
        return value
    if isinstance(value, Mapping):
        return " ".join(value_text(v) for k, v in value.items() if k not in ("level",))
    if isinstance(value, Iterable):
        return " ".join(value_text(v) for v in value)
    return ""


def stream_plain_text(stream, *, skip: Iterable[str] = ("glossary", "get_help")) -> str:
    """The readable text of a StreamField, one block after another."""
    skipped = set(skip)
    parts = [value_text(block.value) for block in stream if block.block_type not in skipped]
    return re.sub(r"\s+", " ", " ".join(parts)).strip()


_ANY_TAG = re.compile(r"<[^>]*>")


def raw_stream_text(raw_blocks, *, skip: Iterable[str] = ("glossary", "get_help")) -> str:
    """Like stream_plain_text, from StreamField raw JSON: no block conversion,
    no HTML parser, so cheap enough to run on every render."""
    skipped = set(skip)
    parts: list[str] = []

    def walk(value):
        if isinstance(value, str):
            parts.append(_ANY_TAG.sub(" ", value))
        elif isinstance(value, dict):
            for key, item in value.items():
                if key not in ("id", "type", "level"):
                    walk(item)
        elif isinstance(value, list | tuple):
            for item in value:
                walk(item)

    for block in raw_blocks:
        if block.get("type") not in skipped:
            walk(block.get("value"))
    return " ".join(" ".join(parts).split())


# Digit groups separated by spaces or hyphens ("0808 800 4444", "SW9 7AB" is not
# matched): in right-to-left text the bidi algorithm would reverse the groups.
_NUMBER_RUN = re.compile(r"(?<![\w/.,:])(\+?\d[\d]*(?:[ \u00a0-]\d+)+)(?![\w/])")
_TAG = re.compile(r"(<[^>]+>)")


def isolate_number_runs(html: str) -> str:
    """Wrap multi-part numbers in text (not in tags) so they read left to right."""
    parts = _TAG.split(html)
    for index in range(0, len(parts), 2):
        parts[index] = _NUMBER_RUN.sub(r'<bdi dir="ltr">\1</bdi>', parts[index])
    return "".join(parts)
