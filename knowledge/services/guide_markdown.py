"""Guide bodies written in Markdown, turned into StreamField blocks.

The dialect is documented in docs/guide-format.md: Markdown for headings,
paragraphs, lists, links and bold, plus fenced containers (``::: steps``,
``::: deadline TITLE``...) for the purpose-built blocks. Raw HTML in the
source is escaped, never passed through.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import nh3
from markdown_it import MarkdownIt

CONTAINERS = {"steps", "deadline", "warning", "checklist", "question", "glossary", "get-help"}
CONTAINERS_WITH_TITLE = {"deadline", "question", "glossary"}
_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_OPEN = re.compile(r"^:::\s*([a-z-]+)\s*(.*)$")
_CLOSE = re.compile(r"^:::\s*$")

_markdown = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
_ALLOWED_TAGS = {"p", "b", "i", "a", "ul", "ol", "li", "br"}
_ALLOWED_ATTRIBUTES = {"a": {"href"}}
_URL_SCHEMES = {"http", "https", "mailto", "tel"}


class GuideFormatError(ValueError):
    """The body does not follow the guide format; the message says where."""


@dataclass(frozen=True)
class _Segment:
    kind: str  # "markdown" or a container name
    argument: str
    text: str
    line: int


def markdown_to_stream(body: str, *, glossary_ids: dict[str, int]) -> list[dict]:
    """Convert a guide body to StreamField raw data (a list of {type, value}).

    glossary_ids maps the glossary slugs that exist to their primary keys;
    an unknown slug is an error rather than a silently missing block.
    """
    blocks: list[dict] = []
    for segment in _segments(body):
        if segment.kind == "markdown":
            blocks.extend(_markdown_blocks(segment.text))
        else:
            blocks.append(_container_block(segment, glossary_ids))
    if not blocks:
        raise GuideFormatError("The body is empty.")
    return blocks


def _segments(body: str) -> list[_Segment]:
    segments: list[_Segment] = []
    buffer: list[str] = []
    container: tuple[str, str, int] | None = None
    for number, line in enumerate(body.replace("\r\n", "\n").split("\n"), start=1):
        stripped = line.strip()
        if container is None:
            opening = _OPEN.match(stripped)
            if opening:
                name, argument = opening.group(1), opening.group(2).strip()
                if name not in CONTAINERS:
                    raise GuideFormatError(
                        f"Line {number}: unknown block '::: {name}'. "
                        f"Use one of: {', '.join(sorted(CONTAINERS))}."
                    )
                if name in CONTAINERS_WITH_TITLE and not argument:
                    raise GuideFormatError(
                        f"Line {number}: '::: {name}' needs text after the name."
                    )
                if buffer:
                    segments.append(_Segment("markdown", "", "\n".join(buffer), number))
                    buffer = []
                container = (name, argument, number)
            elif _CLOSE.match(stripped):
                raise GuideFormatError(
                    f"Line {number}: ':::' closes a block that was never opened."
                )
            else:
                buffer.append(line)
        elif _CLOSE.match(stripped):
            name, argument, start = container
            segments.append(_Segment(name, argument, "\n".join(buffer), start))
            buffer = []
            container = None
        elif _OPEN.match(stripped):
            raise GuideFormatError(
                f"Line {number}: blocks cannot be nested (the block opened on line "
                f"{container[2]} is still open)."
            )
        else:
            buffer.append(line)
    if container is not None:
        raise GuideFormatError(f"Line {container[2]}: '::: {container[0]}' is never closed.")
    if "\n".join(buffer).strip():
        segments.append(_Segment("markdown", "", "\n".join(buffer), 0))
    return segments


def _markdown_blocks(text: str) -> list[dict]:
    blocks: list[dict] = []
    paragraph_lines: list[str] = []

    def flush():
        html = rich_text("\n".join(paragraph_lines))
        if html:
            blocks.append({"type": "text", "value": html})
        paragraph_lines.clear()

    in_fence = False
    for line in text.split("\n"):
        if line.strip().startswith("```"):
            in_fence = not in_fence
        heading = None if in_fence else _HEADING.match(line)
        if heading and len(heading.group(1)) in (2, 3):
            flush()
            level = "h2" if len(heading.group(1)) == 2 else "h3"
            blocks.append(
                {"type": "heading", "value": {"heading": _plain(heading.group(2)), "level": level}}
            )
        elif heading and len(heading.group(1)) == 1:
            # The page title is the h1; a '#' heading in a body becomes a section.
            flush()
            blocks.append(
                {"type": "heading", "value": {"heading": _plain(heading.group(2)), "level": "h2"}}
            )
        else:
            paragraph_lines.append(line)
    flush()
    return blocks


def rich_text(markdown_text: str) -> str:
    """Markdown to the restricted rich text HTML that guides allow."""
    if not markdown_text.strip():
        return ""
    html = _markdown.render(markdown_text)
    html = re.sub(r"<(/?)strong>", r"<\1b>", html)
    html = re.sub(r"<(/?)em>", r"<\1i>", html)
    html = re.sub(r"<h[4-6]>(.*?)</h[4-6]>", r"<p><b>\1</b></p>", html, flags=re.S)
    html = re.sub(r"<pre><code[^>]*>(.*?)</code></pre>", r"<p>\1</p>", html, flags=re.S)
    html = re.sub(r"</?code>", "", html)
    html = re.sub(r"<hr\s*/?>", "", html)
    html = re.sub(r"<blockquote>(.*?)</blockquote>", r"\1", html, flags=re.S)
    cleaned = nh3.clean(
        html,
        tags=_ALLOWED_TAGS,
        attributes=_ALLOWED_ATTRIBUTES,
        url_schemes=_URL_SCHEMES,
        link_rel=None,
    )
    return re.sub(r">\s+<", "><", cleaned).strip()


def _plain(text: str) -> str:
    return nh3.clean(_markdown.renderInline(text), tags=set()).strip()


def _list_items(text: str, *, ordered: bool, segment: _Segment) -> list[str]:
    tokens = _markdown.parse(text)
    expected = "ordered_list_open" if ordered else "bullet_list_open"
    top_level = [t for t in tokens if t.level == 0 and t.type.endswith("_open")]
    if not top_level or any(t.type != expected for t in top_level):
        kind = "a numbered list (1. 2. 3.)" if ordered else "a bulleted list (- item)"
        raise GuideFormatError(
            f"Line {segment.line}: the '::: {segment.kind}' block must contain only {kind}."
        )
    html = rich_text(text)
    items = re.findall(r"<li>(.*?)</li>", html, flags=re.S)
    result = []
    for item in items:
        item = item.strip()
        result.append(item if item.startswith("<p>") else f"<p>{item}</p>")
    return result


def _container_block(segment: _Segment, glossary_ids: dict[str, int]) -> dict:
    text = segment.text.strip()
    if segment.kind == "steps":
        return {
            "type": "steps",
            "value": {"title": "", "steps": _list_items(text, ordered=True, segment=segment)},
        }
    if segment.kind == "checklist":
        return {
            "type": "checklist",
            "value": {
                "title": segment.argument,
                "items": _list_items(text, ordered=False, segment=segment),
            },
        }
    if segment.kind == "deadline":
        return {
            "type": "deadline",
            "value": {"title": _plain(segment.argument), "body": rich_text(text)},
        }
    if segment.kind == "warning":
        if not text:
            raise GuideFormatError(f"Line {segment.line}: the warning block is empty.")
        return {"type": "warning", "value": {"body": rich_text(text)}}
    if segment.kind == "question":
        if not text:
            raise GuideFormatError(f"Line {segment.line}: the question has no answer.")
        return {
            "type": "question",
            "value": {"question": _plain(segment.argument), "answer": rich_text(text)},
        }
    if segment.kind == "glossary":
        slug = segment.argument.split()[0]
        if slug not in glossary_ids:
            raise GuideFormatError(f"Line {segment.line}: unknown glossary term '{slug}'.")
        return {"type": "glossary", "value": {"term": glossary_ids[slug]}}
    # get-help
    return {"type": "get_help", "value": {"text": _plain(text)}}
