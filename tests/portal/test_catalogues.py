"""The interface is fully translated in every configured language."""

import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils.translation import to_locale

ROOT = Path(__file__).resolve().parents[2]
ALL = [code for code, _name in settings.LANGUAGES]
TRANSLATED = [code for code in ALL if code != settings.LANGUAGE_CODE]


def catalogue_path(code: str) -> Path:
    return ROOT / "locales" / to_locale(code) / "LC_MESSAGES" / "django.po"


def catalogue(code: str) -> polib.POFile:
    return polib.pofile(str(catalogue_path(code)))


@pytest.mark.parametrize("code", ALL)
def test_every_entry_is_translated_and_none_is_fuzzy(code):
    po = catalogue(code)
    untranslated = [entry.msgid for entry in po.untranslated_entries()]
    fuzzy = [entry.msgid for entry in po.fuzzy_entries()]
    assert not untranslated, f"{len(untranslated)} untranslated in {code}: {untranslated[:5]}"
    assert not fuzzy, f"{len(fuzzy)} fuzzy in {code}: {fuzzy[:5]}"


@pytest.mark.parametrize("code", TRANSLATED)
def test_translations_are_real_not_copies_of_english(code):
    entries = [
        e for e in catalogue(code) if e.translated() and not e.obsolete and len(e.msgid) > 12
    ]
    copies = [e.msgid for e in entries if e.msgstr == e.msgid]
    assert len(copies) <= max(2, len(entries) // 50), f"copied English in {code}: {copies[:10]}"


@pytest.mark.parametrize("code", TRANSLATED)
def test_catalogues_compile_and_keep_every_placeholder(code):
    result = subprocess.run(
        ["msgfmt", "--check", "--statistics", "-o", "/dev/null", str(catalogue_path(code))],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    for entry in catalogue(code):
        for placeholder in _placeholders(entry.msgid):
            translations = (
                [entry.msgstr] if not entry.msgid_plural else entry.msgstr_plural.values()
            )
            for text in translations:
                assert placeholder in text, f"{code}: {placeholder} lost in {entry.msgid!r}"


def _placeholders(text: str) -> set[str]:
    import re

    return set(re.findall(r"%\(\w+\)[sd]|\{\w+\}", text))


def test_all_catalogues_hold_the_same_messages():
    ids = {code: {(e.msgctxt, e.msgid) for e in catalogue(code)} for code in ALL}
    first = ids[ALL[0]]
    for code, messages in ids.items():
        assert messages == first, f"{code} differs: {sorted(messages ^ first)[:5]}"


def test_catalogues_are_up_to_date_with_the_code(tmp_path):
    """makemessages on a copy of the code finds nothing the catalogues lack."""
    ignore = shutil.ignore_patterns(".venv", "node_modules", "var", ".git", "__pycache__", "*.mo")
    copy = tmp_path / "src"
    shutil.copytree(ROOT, copy, ignore=ignore)
    code = TRANSLATED[0]
    result = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "makemessages",
            "-l",
            to_locale(code),
            "--no-obsolete",
            "--ignore=tests",
            "--ignore=bench",
            "--ignore=node_modules",
            "--ignore=.venv",
        ],
        cwd=copy,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": "portal.settings.test"},
    )
    assert result.returncode == 0, result.stderr
    fresh = polib.pofile(str(copy / "locales" / to_locale(code) / "LC_MESSAGES" / "django.po"))
    missing = {e.msgid for e in fresh if not e.obsolete} - {e.msgid for e in catalogue(code)}
    assert not missing, f"run makemessages: {sorted(missing)[:10]}"
