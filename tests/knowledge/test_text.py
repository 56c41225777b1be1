from knowledge.text import isolate_number_runs, reading_units


def test_reading_units_count_chinese_characters_separately_from_words():
    assert reading_units("You have 14 days") == (4, 0)
    assert reading_units("你有十四天 to reply") == (2, 5)


def test_phone_numbers_are_isolated_so_they_read_left_to_right_in_arabic():
    html = "<p>اتصل بالرقم 0808 800 4444 الآن</p>"
    assert isolate_number_runs(html) == '<p>اتصل بالرقم <bdi dir="ltr">0808 800 4444</bdi> الآن</p>'


def test_numbers_inside_tags_and_single_numbers_are_left_alone():
    html = '<a href="tel:0808 800 4444">Call 999</a> on 1 May 2026'
    assert isolate_number_runs(html) == html


def test_raw_stream_text_reads_the_same_words_as_the_rendered_blocks(db):
    from knowledge.text import raw_stream_text, stream_plain_text
    from tests.knowledge.factories import publish_guide

    body = [
        {"type": "heading", "value": {"heading": "What to do", "level": "h2"}},
        {
            "type": "text",
            "value": "<p>Keep <b>every</b> letter.</p><ul><li>One</li><li>Two</li></ul>",
        },
        {"type": "steps", "value": {"title": "", "steps": ["<p>Read it.</p>", "<p>Reply.</p>"]}},
        {"type": "get_help", "value": {"text": "Skipped"}},
    ]
    guide = publish_guide(body=body)
    assert raw_stream_text(guide.body.raw_data).split() == stream_plain_text(guide.body).split()
