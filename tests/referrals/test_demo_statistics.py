"""Made-up demo statistics give the dashboard something to show."""

import datetime as dt

import pytest
from django.utils import timezone

from referrals import demo_content, demo_statistics
from referrals.insight.access import InsightScope
from referrals.insight.filters import InsightFilters, widen
from referrals.insight.report import insight_report
from referrals.models import EnquiryFact

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo():
    demo_content.load()
    return demo_statistics.load()


def test_demo_statistics_are_synthetic_facts_and_load_once(demo):
    created = EnquiryFact.objects.filter(synthetic=True)
    assert demo.created == created.count() > 1000
    assert not created.filter(enquiry__isnull=False).exists()
    assert demo_statistics.load().created == 0
    assert EnquiryFact.objects.filter(synthetic=True).count() == demo.created
    assert "already there" in demo_statistics.load().lines()[0]


def test_the_dashboard_shows_figures_with_the_demo(demo):
    today = timezone.localdate()
    start, end = widen(today - dt.timedelta(weeks=12), today, "week")
    filters = InsightFilters(start=start, end=end)
    report = insight_report(scope=InsightScope(network=True), filters=filters)
    assert report.synthetic
    for name in ("over_time", "by_area", "by_centre", "flow_times", "unmet_places"):
        shown = [
            cell for row in report.tables[name].rows for cell in row[1:] if not cell.suppressed
        ]
        assert shown, name
    languages = {row[0].code: row[3].value for row in report.tables["unmet_languages"].rows}
    assert languages["vi"] == 0  # nobody speaks Vietnamese in the demo network
