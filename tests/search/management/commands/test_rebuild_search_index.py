from io import StringIO

from django.core.management import call_command
from django.db import connection

from search import service
from tests.knowledge.factories import publish_guide, translate


def test_rebuild_indexes_everything_and_reports_counts_per_language(db):
    guide = publish_guide(title="Getting your deposit back", slug="deposits")
    translate(guide, "pl", title="Zwrot kaucji", summary="Kaucja.")
    publish_guide(title="Faulty goods", slug="faulty-goods")
    out = StringIO()
    call_command("rebuild_search_index", stdout=out)
    backend = {"sqlite": "sqlite", "postgresql": "postgres"}[connection.vendor]
    lines = out.getvalue().splitlines()
    assert lines[0] == f"{backend}: 3 guides indexed"
    assert "  en (English): 2" in lines
    assert "  pl (Polski): 1" in lines
    assert "  ar (العربية): 0" in lines
    assert lines[-1] == "Search index rebuilt."
    assert service.search("kaucja", language="pl").total == 1
