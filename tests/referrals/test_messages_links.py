"""The centre alert links straight to the enquiry in the caseworker queue."""

import pytest
from django.urls import reverse

from referrals.messages import ENQUIRY_ADMIN_URL_NAME

pytestmark = pytest.mark.django_db


def test_the_alert_link_names_the_queue_detail_view():
    assert reverse(ENQUIRY_ADMIN_URL_NAME, args=[1]) == "/admin/enquiries/1/"
