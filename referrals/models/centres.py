"""Advice centres, who works at them, and the network-wide admin role."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from ..fields import CoverageField, LanguagesField, OpeningHoursField

# Network administrators are members of this auth group: they configure
# centres, coverage and the questionnaire and see every centre's enquiries.
# A group (not a flag) so the admin's own permission screens manage it.
NETWORK_ADMINS_GROUP = "Network administrators"
# Every caseworker and centre manager is in this group (it gives admin access);
# which centres they see comes from their CentreMembership rows.
CENTRE_STAFF_GROUP = "Centre staff"


class Centre(ClusterableModel):
    """An advice centre: what it handles, where, in which languages, how much.

    The public description is translated (django-modeltranslation); routing
    reads the rest through selectors.centre_snapshots().
    """

    name = models.CharField(_("name"), max_length=150)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        unique=True,
        help_text=_("A stable identifier used in import files and routing. Do not change it."),
    )
    description = models.TextField(
        _("public description"),
        blank=True,
        help_text=_("Shown to help-seekers whose enquiry this centre has. No internal details."),
    )
    email = models.EmailField(_("e-mail address"), blank=True)
    phone = models.CharField(_("phone number"), max_length=40, blank=True)
    areas = models.ManyToManyField(
        "knowledge.AreaOfLaw",
        verbose_name=_("areas of law"),
        related_name="centres",
        blank=True,
    )
    coverage = CoverageField(
        _("coverage"),
        help_text=_(
            "Postcode areas, districts or sectors this centre covers, separated by commas "
            "(for example: E, E1, SW9 7). The most specific match wins."
        ),
    )
    national = models.BooleanField(
        _("national specialist"),
        default=False,
        help_text=_("Takes enquiries in its areas of law from anywhere."),
    )
    languages = LanguagesField(
        _("languages spoken"),
        help_text=_("Languages the staff can advise in without an interpreter."),
    )
    weekly_capacity = models.PositiveIntegerField(
        _("weekly capacity"),
        default=10,
        help_text=_("How many new enquiries a week the centre can take."),
    )
    accepts_urgent = models.BooleanField(_("takes urgent cases"), default=True)
    opening_hours = OpeningHoursField(
        _("opening hours"),
        help_text=_("One line per open day in UK time, for example “mon 09:00-17:00”."),
    )
    active = models.BooleanField(
        _("active"), default=True, help_text=_("Inactive centres receive no new enquiries.")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("centre")
        verbose_name_plural = _("centres")

    def __str__(self):
        return self.name


class CentreMembership(models.Model):
    """A staff user's role at one centre (a user may belong to several)."""

    class Role(models.TextChoices):
        CASEWORKER = "caseworker", _("Caseworker")
        MANAGER = "manager", _("Centre manager")

    centre = ParentalKey(
        Centre, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("centre")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="centre_memberships",
        verbose_name=_("user"),
    )
    role = models.CharField(_("role"), max_length=20, choices=Role, default=Role.CASEWORKER)

    class Meta:
        verbose_name = _("centre membership")
        verbose_name_plural = _("centre memberships")
        constraints = [
            models.UniqueConstraint(fields=["centre", "user"], name="unique_centre_membership")
        ]

    def __str__(self):
        return f"{self.user} ({self.get_role_display()}, {self.centre})"
