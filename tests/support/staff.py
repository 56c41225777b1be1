"""Signing staff in for tests, the way the admin will see them.

Every staff test signs in through here: the helper also gives the user a
confirmed TOTP device and marks this session as having passed the second
factor (the session key django-otp reads), so staff tests get past the
second-factor gate without each one knowing how.
"""

from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice


def staff_login(client, user):
    """Sign user in on the Django test client as a fully authenticated staff member."""
    client.force_login(user)
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="Test authenticator", confirmed=True)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client


def password_only_login(client, user):
    """Sign user in with the password alone: the second factor is still to come."""
    client.force_login(user)
    return client
