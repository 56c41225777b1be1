import pytest
from django.test.utils import override_settings

from .selection import BACKENDS, backend_settings, drop_test_indices


@pytest.fixture(params=BACKENDS)
def search_backend(request, db):
    """Select one backend for a single test (with an empty index)."""
    overrides = backend_settings(request.param)
    with override_settings(**overrides):
        yield request.param
        drop_test_indices(overrides)
