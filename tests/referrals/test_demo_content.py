import pytest
from django.contrib.auth import get_user_model

from referrals import demo_content
from referrals.models import Centre, CentreMembership, Enquiry
from referrals.selectors import enquiry_queue, is_network_admin


@pytest.mark.django_db
def test_demo_content_is_a_realistic_network_and_loads_idempotently():
    first = demo_content.load()
    counts = (Centre.objects.count(), Enquiry.objects.count(), CentreMembership.objects.count())
    second = demo_content.load()

    assert first.centres.created >= 8 and first.enquiries_created == 12
    assert second.centres.unchanged == first.centres.created and second.enquiries_existing == 12
    assert (
        Centre.objects.count(),
        Enquiry.objects.count(),
        CentreMembership.objects.count(),
    ) == counts
    assert Centre.objects.filter(national=True, areas__code="immigration").exists()
    welsh = [c for c in Centre.objects.all() if "cy" in c.languages]
    assert welsh and all(c.coverage[0] in ("CF", "SA") for c in welsh)
    assert len({area for c in Centre.objects.all() for area in c.coverage}) > 20
    assert any(line.startswith("Centres:") for line in first.lines())


@pytest.mark.django_db
def test_every_centre_has_a_caseworker_and_there_is_a_manager_and_an_admin():
    report = demo_content.load()

    usernames = {account.username for account in report.accounts}
    for centre in Centre.objects.all():
        assert f"caseworker-{centre.slug}" in usernames
    assert "manager-riverside" in usernames
    admin = get_user_model().objects.get(username="network-admin")
    assert is_network_admin(admin)
    assert enquiry_queue(user=admin).count() == 12
    caseworker = get_user_model().objects.get(username="caseworker-riverside")
    password = next(a.password for a in report.accounts if a.username == "caseworker-riverside")
    assert caseworker.check_password(password)
    assert caseworker.has_perm("wagtailadmin.access_admin")


@pytest.mark.django_db
def test_demo_enquiries_send_no_messages(django_capture_on_commit_callbacks):
    from django.core import mail

    from referrals.models import Notification

    with django_capture_on_commit_callbacks(execute=True):
        demo_content.load()
    assert mail.outbox == []
    statuses = set(Notification.objects.values_list("status", flat=True))
    assert statuses == {"cancelled"}
