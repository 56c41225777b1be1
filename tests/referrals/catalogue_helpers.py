"""Putting a known translation into a catalogue for one test.

The catalogues under locales/ are filled in after merging; these tests
prove the plumbing (the right language is active when a message is
rendered) with a translation they add themselves.
"""

from __future__ import annotations

from contextlib import contextmanager

from django.utils.translation import trans_real


@contextmanager
def translated(language: str, msgid: str, msgstr: str):
    catalogue = trans_real.translation(language)._catalog
    missing = object()
    before = catalogue.get(msgid, missing)
    catalogue[msgid] = msgstr
    try:
        yield
    finally:
        if before is missing:
            for part in catalogue._catalogs:
                part.pop(msgid, None)
        else:
            catalogue[msgid] = before
