import pytest

from referrals.selectors import centres_for, is_centre_manager, is_network_admin

from ..factories import UserFactory, caseworker

pytestmark = pytest.mark.django_db


def test_network_admins_are_the_group_and_superusers(admin_user, riverside_caseworker):
    superuser = UserFactory(username="root", is_superuser=True)

    assert is_network_admin(admin_user) and is_network_admin(superuser)
    assert not is_network_admin(riverside_caseworker)


def test_inactive_or_anonymous_users_are_nobody(admin_user):
    from django.contrib.auth.models import AnonymousUser

    admin_user.is_active = False
    assert not is_network_admin(admin_user)
    assert not is_network_admin(AnonymousUser())
    assert not centres_for(AnonymousUser()).exists()


def test_centres_for_a_user(riverside, northside, riverside_caseworker, admin_user):
    assert list(centres_for(riverside_caseworker)) == [riverside]
    assert set(centres_for(admin_user)) == {riverside, northside}


def test_managers(riverside, northside):
    manager = caseworker(riverside, "boss", role="manager")

    assert is_centre_manager(manager, riverside)
    assert not is_centre_manager(manager, northside)
