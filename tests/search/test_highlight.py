"""Snippets: matches marked, everything else escaped."""

from search.highlight import make_snippet, match_spans, render
from search.segmentation import MARK_END, MARK_START


def test_render_escapes_everything_and_only_our_marks_become_markup():
    marked = f'<script>alert(1)</script> {MARK_START}evict{MARK_END} & "more"'
    html = str(render(marked))
    assert html == "&lt;script&gt;alert(1)&lt;/script&gt; <mark>evict</mark> &amp; &quot;more&quot;"


def test_unbalanced_marks_are_dropped_rather_than_leaving_markup_open():
    assert str(render(f"a {MARK_START}b")) == "a b"


def test_a_snippet_is_cut_around_the_densest_matches():
    text = (
        "Intro words. " * 40
        + "Your landlord needs a court order before eviction. "
        + "Outro. " * 40
    )
    snippet = make_snippet(text, [(("eviction",), False), (("landlord",), False)], language="en")
    assert snippet.startswith("… ") and snippet.endswith(" …")
    assert f"{MARK_START}landlord{MARK_END}" in snippet
    assert f"{MARK_START}eviction{MARK_END}" in snippet
    assert len(snippet) < 300


def test_inflections_and_accents_are_highlighted():
    spans = match_spans(
        "Evicted tenants; zasiłek", [(("eviction",), False), (("zasilek",), False)], language="en"
    )
    assert len(spans) == 2


def test_phrases_are_highlighted_only_where_their_words_are_together():
    text = "a possession order is not an order to leave"
    spans = match_spans(text, [(("possession", "order"), False)], language="en")
    assert [text[s:e] for s, e in spans] == ["possession order"]


def test_chinese_bigram_runs_are_highlighted_in_unsegmented_text():
    text = "業主向郡法院申請收回管業令"
    spans = match_spans(text, [(("收回", "回管", "管業"), False)], language="zh-hant")
    assert [text[s:e] for s, e in spans] == ["收回管業"]


def test_no_match_gives_the_start_of_the_text_unmarked():
    snippet = make_snippet("word " * 100, [(("absent",), False)], language="en")
    assert MARK_START not in snippet and snippet.endswith(" …")
