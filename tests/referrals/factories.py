"""Factories and helpers for referrals tests.

Enquiries are made through enquiry_submit (the starter questionnaire is in
every test database, from the data migration), so they look exactly like
real ones: encrypted, routed, with their timeline.
"""

from __future__ import annotations

import itertools

import factory
from django.contrib.auth import get_user_model

from knowledge.models import AreaOfLaw
from referrals.models import CENTRE_STAFF_GROUP, NETWORK_ADMINS_GROUP, Centre, CentreMembership
from referrals.selectors import latest_questionnaire_version
from referrals.services import ContactDetails, enquiry_submit
from referrals.services.staff import ensure_staff_groups

WEEKDAYS = {day: ["09:00", "17:00"] for day in ("mon", "tue", "wed", "thu", "fri")}


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"staff{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@signpost.example")


class CentreFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Centre
        django_get_or_create = ("slug",)
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Centre {n}")
    slug = factory.Sequence(lambda n: f"centre-{n}")
    email = factory.LazyAttribute(lambda o: f"advice@{o.slug}.example")
    coverage = factory.LazyFunction(lambda: ["E1"])
    languages = factory.LazyFunction(lambda: ["en"])
    weekly_capacity = 10
    accepts_urgent = True
    opening_hours = factory.LazyFunction(lambda: dict(WEEKDAYS))

    @factory.post_generation
    def areas(self, create, extracted, **kwargs):
        codes = extracted if extracted is not None else ["housing"]
        self.areas.set(AreaOfLaw.objects.filter(code__in=codes))


def caseworker(centre: Centre, username: str | None = None, role="caseworker"):
    """A member of centre's staff, with admin access (as the demo's caseworkers)."""
    user = UserFactory(username=username) if username else UserFactory()
    user.groups.add(ensure_staff_groups()[CENTRE_STAFF_GROUP])
    CentreMembership.objects.get_or_create(user=user, centre=centre, defaults={"role": role})
    return user


def network_admin(username="netadmin"):
    user = UserFactory(username=username)
    user.groups.add(ensure_staff_groups()[NETWORK_ADMINS_GROUP])
    return user


def housing_answers(**overrides) -> dict:
    """A complete, valid walk through the starter questionnaire (housing)."""
    answers = {
        "problem_area": "housing",
        "housing_problem": "disrepair",
        "housing_tenure": "private_rent",
        "means_tested": "no",
        "postcode": "E1 6AN",
        "language": "en",
        "interpreter": "no",
        "accessibility": [],  # optional questions the person skipped
        "accessibility_details": "",
        "safe_to_contact": "yes",
        "leave_message": "yes",
        "safe_times": [],
        "contact_method": "phone",
        "summary": "There is damp in the bedroom.",
    }
    answers.update(overrides)
    return {key: value for key, value in answers.items() if value is not None}


_keys = itertools.count()


def submit(
    *,
    answers: dict | None = None,
    contact: ContactDetails | None = None,
    consents: dict | None = None,
    language: str = "en",
    idempotency_key: str | None = None,
    as_of=None,
):
    """Submit an enquiry through the real service; returns SubmissionResult."""
    return enquiry_submit(
        version=latest_questionnaire_version(),
        answers=answers if answers is not None else housing_answers(),
        contact=contact or ContactDetails(name="Test Person", phone="07700 900123"),
        consents=consents if consents is not None else {"share_with_centre": True},
        language=language,
        idempotency_key=idempotency_key or f"test-submission-key-{next(_keys):06d}",
        as_of=as_of,
    )
