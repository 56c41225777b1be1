import json

import pytest
from django.core.management import CommandError, call_command

from referrals.models import Centre

from ...services.test_centres import ISSUE_EXAMPLE

pytestmark = pytest.mark.django_db


def run(*args):
    from io import StringIO

    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_import_then_import_again(tmp_path):
    path = tmp_path / "centres.json"
    path.write_text(json.dumps(ISSUE_EXAMPLE))

    assert run("import_centres", str(path)) == "Centres: 1 created, 0 updated, 0 unchanged.\n"
    assert run("import_centres", str(path)) == "Centres: 0 created, 0 updated, 1 unchanged.\n"


def test_a_malformed_file_is_refused_naming_the_problem(tmp_path):
    path = tmp_path / "centres.json"
    bad = json.loads(json.dumps(ISSUE_EXAMPLE))
    bad["centres"][0]["coverage"] = ["nowhere"]
    path.write_text(json.dumps(bad))

    with pytest.raises(CommandError, match='Nothing was imported. Centre 1 \\("riverside"\\)'):
        run("import_centres", str(path))
    assert not Centre.objects.exists()


@pytest.mark.parametrize("content, message", [("{", "not valid JSON"), (None, "Cannot read")])
def test_unreadable_files(tmp_path, content, message):
    path = tmp_path / "centres.json"
    if content is not None:
        path.write_text(content)

    with pytest.raises(CommandError, match=message):
        run("import_centres", str(path))


def test_export_prints_the_import_format(tmp_path):
    path = tmp_path / "centres.json"
    path.write_text(json.dumps(ISSUE_EXAMPLE))
    run("import_centres", str(path))

    exported = json.loads(run("export_centres"))

    assert exported["centres"][0]["slug"] == "riverside"
    out = tmp_path / "out.json"
    run("export_centres", "--output", str(out))
    assert json.loads(out.read_text()) == exported
