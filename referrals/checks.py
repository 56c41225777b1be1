"""System checks: fail early, before the first enquiry, if keys are missing."""

from django.conf import settings
from django.core import checks
from django.core.exceptions import ImproperlyConfigured


@checks.register(checks.Tags.security)
def check_encryption_keys(app_configs, **kwargs):
    from . import crypto

    errors = []
    try:
        crypto._fernets(tuple(settings.FIELD_ENCRYPTION_KEYS))
    except ImproperlyConfigured as error:
        errors.append(checks.Error(str(error), id="referrals.E001"))
    if not settings.LOOKUP_HASH_KEY:
        errors.append(
            checks.Error(
                "LOOKUP_HASH_KEY is empty: set it to a long random value.", id="referrals.E002"
            )
        )
    return errors
