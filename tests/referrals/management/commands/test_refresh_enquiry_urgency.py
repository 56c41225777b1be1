from io import StringIO

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def test_refresh_enquiry_urgency_prints_a_count(riverside):
    out = StringIO()
    call_command("refresh_enquiry_urgency", stdout=out)

    assert out.getvalue() == "Enquiries that became urgent: 0.\n"
