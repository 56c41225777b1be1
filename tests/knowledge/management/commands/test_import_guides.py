import json

import pytest
from django.core.management import CommandError, call_command

from knowledge.models import GuidePage


def write(tmp_path, data):
    path = tmp_path / "guides.json"
    path.write_text(json.dumps(data) if not isinstance(data, str) else data, encoding="utf-8")
    return str(path)


GUIDE = {
    "key": "faulty-goods",
    "topic": "consumer",
    "translations": {"en": {"title": "Faulty goods", "summary": "Rights.", "body": "Reject it."}},
}


@pytest.mark.django_db
def test_the_command_imports_and_reports_counts(tmp_path, capsys):
    call_command("import_guides", write(tmp_path, {"guides": [GUIDE]}))

    output = capsys.readouterr().out
    assert "1 created" in output
    assert GuidePage.objects.filter(key="faulty-goods", live=True).exists()


@pytest.mark.django_db
def test_invalid_json_is_refused_with_the_position(tmp_path):
    with pytest.raises(CommandError, match="not valid JSON.*line 1"):
        call_command("import_guides", write(tmp_path, "{oops"))


@pytest.mark.django_db
def test_a_malformed_file_is_refused_with_the_problem(tmp_path):
    bad = dict(GUIDE, topic="astrology")
    with pytest.raises(CommandError, match="unknown topic 'astrology'"):
        call_command("import_guides", write(tmp_path, {"guides": [bad]}))
    assert not GuidePage.objects.exists()


@pytest.mark.django_db
def test_a_missing_file_is_refused(tmp_path):
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("import_guides", str(tmp_path / "nope.json"))
