import pytest

from knowledge.services.guide_markdown import GuideFormatError, markdown_to_stream, rich_text

BODY = """## If you get a court letter

Do not **ignore** it. Read [the guide](https://www.gov.uk/).

::: deadline You have 14 days to reply
Send the form back within 14 days.
:::

::: steps
1. Read the claim form.
2. Fill in the **defence** form.
:::

::: checklist
- Keep every letter.
- Write down dates.
:::

::: warning
Do not stop paying rent.
:::

::: question Can my landlord change the locks?
No. Only court bailiffs can.
:::

::: glossary possession-order
:::

### Smaller heading

::: get-help
An adviser can check your papers.
:::
"""


def test_every_block_type_is_converted_in_order():
    blocks = markdown_to_stream(BODY, glossary_ids={"possession-order": 7})
    assert [b["type"] for b in blocks] == [
        "heading",
        "text",
        "deadline",
        "steps",
        "checklist",
        "warning",
        "question",
        "glossary",
        "heading",
        "get_help",
    ]
    assert blocks[0]["value"] == {"heading": "If you get a court letter", "level": "h2"}
    assert blocks[1]["value"] == (
        '<p>Do not <b>ignore</b> it. Read <a href="https://www.gov.uk/">the guide</a>.</p>'
    )
    assert blocks[2]["value"]["title"] == "You have 14 days to reply"
    assert blocks[3]["value"]["steps"] == [
        "<p>Read the claim form.</p>",
        "<p>Fill in the <b>defence</b> form.</p>",
    ]
    assert blocks[4]["value"]["items"] == ["<p>Keep every letter.</p>", "<p>Write down dates.</p>"]
    assert blocks[6]["value"]["question"] == "Can my landlord change the locks?"
    assert blocks[7]["value"] == {"term": 7}
    assert blocks[8]["value"]["level"] == "h3"
    assert blocks[9]["value"]["text"] == "An adviser can check your papers."


def test_raw_html_and_scripts_are_never_passed_through():
    html = rich_text(
        'Hello <script>alert(1)</script> [x](javascript:alert(1)) <b onclick="x">b</b>'
    )
    assert "<script" not in html
    assert 'href="javascript' not in html
    assert "<b onclick" not in html
    assert "&lt;script&gt;" in html  # shown as text, harmless


def test_chinese_and_arabic_text_survive_unchanged():
    blocks = markdown_to_stream("## 你的權利\n\nمرحبا بك **中文**", glossary_ids={})
    assert blocks[0]["value"]["heading"] == "你的權利"
    assert blocks[1]["value"] == "<p>مرحبا بك <b>中文</b></p>"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("::: steps\n1. a\n", "never closed"),
        ("text\n:::\n", "never opened"),
        ("::: wobble\nx\n:::", "unknown block '::: wobble'"),
        ("::: steps\n::: warning\n:::\n:::", "cannot be nested"),
        ("::: steps\n- not numbered\n:::", "numbered list"),
        ("::: checklist\n1. numbered\n:::", "bulleted list"),
        ("::: deadline\nno title\n:::", "needs text after the name"),
        ("::: glossary nowhere\n:::", "unknown glossary term 'nowhere'"),
        ("::: question Why?\n:::", "has no answer"),
        ("", "empty"),
    ],
)
def test_malformed_bodies_are_refused_with_the_line(body, message):
    with pytest.raises(GuideFormatError, match=message):
        markdown_to_stream(body, glossary_ids={})
