import json
import logging

import pytest

from portal.logging import JsonFormatter, PersonalDataFilter, RequestIdFilter, request_id_var, scrub


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mail jo.bloggs+x@example.co.uk now", "mail [email] now"),
        ("call 07700 900123 or +44 20 7946 0000", "call [phone] or [phone]"),
        ("lives at SW9 7AB and E1 6AN", "lives at [postcode] and [postcode]"),
        ("case 1234567 closed", "case [number] closed"),
        ("ni number 12345678901", "ni number [phone]"),
        ("enquiry SP-7KQ4-92XD routed", "enquiry SP-7KQ4-92XD routed"),
    ],
)
def test_personal_data_is_masked(text, expected):
    assert scrub(text) == expected


def record(message, *args, exc_info=None):
    return logging.LogRecord("x", logging.ERROR, __file__, 1, message, args, exc_info)


def test_the_filter_masks_arguments_and_tracebacks():
    try:
        raise ValueError("bad address a@b.example")
    except ValueError:
        import sys

        entry = record("failed for %s", "someone@example.org", exc_info=sys.exc_info())
    PersonalDataFilter().filter(entry)
    assert entry.getMessage() == "failed for [email]"
    assert "a@b.example" not in entry.exc_text and "[email]" in entry.exc_text


def test_json_lines_carry_the_request_id():
    token = request_id_var.set("abc12345")
    try:
        entry = record("hello")
        RequestIdFilter().filter(entry)
        line = json.loads(JsonFormatter().format(entry))
    finally:
        request_id_var.reset(token)
    assert (
        line["message"] == "hello" and line["request_id"] == "abc12345" and line["level"] == "ERROR"
    )


def test_every_response_has_a_request_id(client, db):
    response = client.get("/healthz")
    assert len(response["X-Request-ID"]) == 32
    kept = client.get("/healthz", HTTP_X_REQUEST_ID="proxy-id-1234")
    assert kept["X-Request-ID"] == "proxy-id-1234"
    replaced = client.get("/healthz", HTTP_X_REQUEST_ID="<script>")
    assert replaced["X-Request-ID"] != "<script>"


def test_identifiers_are_not_mangled():
    task = "Task id=4db96bd3-2711-42ab-9bff-64d37a9a992d state=SUCCESSFUL"
    assert scrub(task) == task
