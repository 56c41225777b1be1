"""Anonymised facts about enquiries, for the network's statistics.

One row per enquiry whose person consented to anonymised statistics (and
that is not spam). A row holds codes, dates and yes/no facts only: no name,
contact detail, full postcode or district, free text, reference or status
secret, and no timestamps finer than a day (durations are in minutes).

Rows outlive their enquiries: deleting an enquiry (retention) only empties
``enquiry``; deleting a centre keeps ``centre_id`` and ``centre_name``.
Rows change only through referrals.services.statistics.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from ..states import State
from .enquiries import PostcodeStatus


class EnquiryFact(models.Model):
    # The link to the live enquiry, so it can be kept in step; emptied when
    # the enquiry is deleted, and never shown.
    enquiry = models.OneToOneField(
        "referrals.Enquiry",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="statistics_fact",
    )

    # What the person told us, frozen at submission.
    submitted_on = models.DateField(_("submitted on"), help_text=_("UK date."))
    week = models.DateField(_("week"), help_text=_("Monday of the week it was submitted."))
    month = models.DateField(_("month"), help_text=_("First day of the month it was submitted."))
    area = models.CharField(_("area of law"), max_length=40, blank=True)
    sub_category = models.CharField(_("sub-category"), max_length=60, blank=True)
    advice_language = models.CharField(_("language for advice"), max_length=10)
    site_language = models.CharField(_("site language"), max_length=10)
    interpreter_requested = models.BooleanField(_("asked for an interpreter"), default=False)
    postcode_area = models.CharField(
        _("postcode area"), max_length=2, blank=True, help_text=_("Letters only, e.g. SW.")
    )
    postcode_status = models.CharField(
        _("postcode"), max_length=20, choices=PostcodeStatus, default=PostcodeStatus.NOT_GIVEN
    )
    routing_level = models.CharField(_("routing level"), max_length=40, blank=True)
    triage_reason = models.CharField(_("why triage"), max_length=40, blank=True)

    # Where it is now, kept in step with the enquiry.
    centre = models.ForeignKey(
        "referrals.Centre",
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        db_index=False,  # the indexes below lead with it
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("centre"),
        help_text=_("Empty: the network triage queue."),
    )
    centre_name = models.CharField(_("centre name"), max_length=150, blank=True)
    assigned_week = models.DateField(_("week it came to the centre"), null=True, blank=True)
    state = models.CharField(_("state"), max_length=20, choices=State)
    outcome = models.CharField(_("outcome code"), max_length=40, blank=True)
    urgent = models.BooleanField(_("urgent"), default=False)
    interpreter_needed = models.BooleanField(_("interpreter needed"), default=False)
    referred_on = models.BooleanField(_("referred on"), default=False)
    minutes_to_claim = models.PositiveIntegerField(_("minutes to first claim"), null=True)
    minutes_to_contact = models.PositiveIntegerField(_("minutes to first contact"), null=True)
    closed_on = models.DateField(_("finished on"), null=True, blank=True)
    synthetic = models.BooleanField(
        _("made-up demo figure"),
        default=False,
        help_text=_("Created by the demo loader, not by an enquiry."),
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("enquiry statistics fact")
        verbose_name_plural = _("enquiry statistics facts")
        indexes = [
            models.Index(fields=["submitted_on"], name="fact_submitted"),
            models.Index(fields=["centre", "submitted_on"], name="fact_centre_submitted"),
            models.Index(fields=["area", "submitted_on"], name="fact_area_submitted"),
            models.Index(
                fields=["advice_language", "submitted_on"], name="fact_language_submitted"
            ),
            models.Index(fields=["assigned_week", "centre"], name="fact_assigned_centre"),
        ]

    def __str__(self):
        return f"{self.submitted_on} {self.area or '-'} {self.state}"
