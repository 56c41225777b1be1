"""The shared behaviour suite: one corpus per backend, built once."""

import pytest
from django.test.utils import override_settings

from search import indexing

from ..selection import BACKENDS, backend_settings, drop_test_indices, rolled_back
from .corpus import Corpus, build_corpus


@pytest.fixture(scope="package", params=BACKENDS)
def corpus(request, django_db_setup, django_db_blocker):
    """The test corpus indexed in one backend, shared by this package's tests
    (which must be marked django_db) and rolled back after them."""
    overrides = backend_settings(request.param)
    with override_settings(**overrides), rolled_back(django_db_blocker):
        try:
            guides = build_corpus()
            indexing.rebuild()
            yield Corpus(backend=request.param, guides=guides)
        finally:
            drop_test_indices(overrides)
