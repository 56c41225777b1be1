import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

PASSWORD = "correct horse battery staple"


def make_staff(username: str, *, superuser: bool = False):
    User = get_user_model()
    if superuser:
        return User.objects.create_superuser(username, f"{username}@signpost.example", PASSWORD)
    user = User.objects.create_user(username, f"{username}@signpost.example", PASSWORD)
    group, _created = Group.objects.get_or_create(name="Test staff")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    user.groups.add(group)
    return user


@pytest.fixture
def staff_user(db):
    return make_staff("sam")


@pytest.fixture
def superuser(db):
    return make_staff("root", superuser=True)
