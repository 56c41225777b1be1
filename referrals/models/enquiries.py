"""Enquiries, their timeline, consents and case notes.

Personal data (name, contact details, full postcode, the summary, free-text
answers and notes) is in Encrypted*Field columns; the e-mail address and
phone number also have keyed hashes for lookup. Everything else here is
facts that routing, the queue and statistics need, and is stored plainly.
Rows change only through referrals.services.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from ..fields import EncryptedJSONField, EncryptedTextField
from ..states import OPEN_STATES, Action, State


class PostcodeStatus(models.TextChoices):
    GIVEN = "given", _("Full postcode given")
    OUTWARD_ONLY = "outward_only", _("First half of the postcode given")
    NO_FIXED_ADDRESS = "no_fixed_address", _("No fixed address")
    PREFER_NOT_TO_SAY = "prefer_not_to_say", _("Preferred not to say")
    NOT_GIVEN = "not_given", _("Not given")


class Enquiry(models.Model):
    reference = models.CharField(_("reference"), max_length=14, unique=True)
    status_secret_hash = models.CharField(max_length=64)
    idempotency_key_hash = models.CharField(max_length=64, unique=True, null=True, blank=True)
    state = models.CharField(_("state"), max_length=20, choices=State, default=State.SUBMITTED)
    language = models.CharField(
        _("site language"), max_length=10, help_text=_("The language they used; we write in it.")
    )
    advice_language = models.CharField(_("language for advice"), max_length=10, default="en")

    area = models.ForeignKey(
        "knowledge.AreaOfLaw",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="enquiries",
        verbose_name=_("area of law"),
    )
    sub_category = models.SlugField(_("sub-category"), max_length=60, blank=True)
    urgent = models.BooleanField(_("urgent"), default=False)
    urgency_reasons = models.JSONField(default=list, blank=True)
    key_dates = models.JSONField(
        _("key dates"), default=list, blank=True, help_text='[{"kind", "date", "question"}]'
    )
    next_key_date = models.DateField(_("nearest key date"), null=True, blank=True)
    eligibility_hints = models.JSONField(_("eligibility hints"), default=list, blank=True)

    postcode = EncryptedTextField(_("postcode"), blank=True)
    postcode_status = models.CharField(
        max_length=20, choices=PostcodeStatus, default=PostcodeStatus.NOT_GIVEN
    )
    outward_code = models.CharField(_("postcode district"), max_length=4, blank=True)
    interpreter_requested = models.BooleanField(_("asked for an interpreter"), default=False)
    interpreter_needed = models.BooleanField(
        _("interpreter needed"),
        default=False,
        help_text=_("The centre does not speak their language."),
    )
    accessibility_needs = models.JSONField(_("accessibility needs"), default=list, blank=True)

    name = EncryptedTextField(_("name"), blank=True)
    email = EncryptedTextField(_("e-mail address"), blank=True)
    phone = EncryptedTextField(_("phone number"), blank=True)
    email_hash = models.CharField(max_length=64, blank=True, db_index=True)
    phone_hash = models.CharField(max_length=64, blank=True, db_index=True)
    contact_method = models.CharField(_("preferred contact method"), max_length=20, blank=True)
    safe_to_contact = models.BooleanField(_("safe to contact"), null=True, blank=True)
    may_leave_message = models.BooleanField(_("may leave a message"), null=True, blank=True)
    safe_times = models.JSONField(_("safe times to contact"), default=list, blank=True)
    summary = EncryptedTextField(_("summary"), blank=True)

    questionnaire_version = models.ForeignKey(
        "referrals.QuestionnaireVersion",
        on_delete=models.PROTECT,
        related_name="enquiries",
        verbose_name=_("questionnaire version"),
    )
    answers = models.JSONField(
        _("answers"), default=dict, blank=True, help_text=_("Choices and dates, by question key.")
    )
    private_answers = EncryptedJSONField(
        _("private answers"), help_text=_("Free text and postcode answers, by question key.")
    )

    centre = models.ForeignKey(
        "referrals.Centre",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="enquiries",
        verbose_name=_("centre"),
        help_text=_("Empty: the network triage queue."),
    )
    assigned_at = models.DateTimeField(_("came to this centre"), null=True, blank=True)
    routing = models.JSONField(_("routing decision"), default=dict, blank=True)
    routing_level = models.CharField(_("routing level"), max_length=40, blank=True)
    claimed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="claimed_enquiries",
        verbose_name=_("claimed by"),
    )
    claimed_at = models.DateTimeField(_("claimed"), null=True, blank=True)
    outcome = models.ForeignKey(
        "referrals.OutcomeCode",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="enquiries",
        verbose_name=_("outcome"),
    )
    submitted_at = models.DateTimeField(_("submitted"))
    contacted_at = models.DateTimeField(_("first contacted"), null=True, blank=True)
    finished_at = models.DateTimeField(
        _("finished"), null=True, blank=True, help_text=_("Closed, withdrawn or marked as spam.")
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    legal_hold = models.BooleanField(
        _("legal hold"),
        default=False,
        help_text=_("Kept as it is: retention and erasure skip it while the hold stands."),
    )
    anonymised_at = models.DateTimeField(_("anonymised"), null=True, blank=True)

    class Meta:
        ordering = ["-submitted_at"]
        verbose_name = _("enquiry")
        verbose_name_plural = _("enquiries")
        indexes = [
            # The queue's order (urgent first, nearest key date, oldest), for open
            # enquiries of one centre and for the whole network.
            models.Index(
                fields=["centre", "-urgent", "next_key_date", "submitted_at", "id"],
                condition=Q(state__in=sorted(OPEN_STATES)),
                name="enquiry_open_queue_centre",
            ),
            models.Index(
                fields=["-urgent", "next_key_date", "submitted_at", "id"],
                condition=Q(state__in=sorted(OPEN_STATES)),
                name="enquiry_open_queue",
            ),
            models.Index(fields=["centre", "state"], name="enquiry_centre_state"),
            models.Index(fields=["state", "submitted_at"], name="enquiry_state_submitted"),
            models.Index(fields=["assigned_at", "centre"], name="enquiry_week_load"),
        ]

    def __str__(self):
        return self.reference


class ActorKind(models.TextChoices):
    STAFF = "staff", _("Staff")
    HELP_SEEKER = "help_seeker", _("Help-seeker")
    SYSTEM = "system", _("System")


class EventAction(models.TextChoices):
    SUBMITTED = "submitted", _("Submitted")
    ROUTED = Action.ROUTE.value, _("Routed")
    CLAIMED = Action.CLAIM.value, _("Claimed")
    RELEASED = Action.RELEASE.value, _("Released to the queue")
    CONTACTED = Action.MARK_CONTACTED.value, _("Marked as contacted")
    ACCEPTED = Action.ACCEPT.value, _("Accepted")
    REFERRED_ON = Action.REFER_ON.value, _("Referred to another centre")
    CLOSED = Action.CLOSE.value, _("Closed")
    WITHDRAWN = Action.WITHDRAW.value, _("Withdrawn")
    MARKED_SPAM = Action.MARK_SPAM.value, _("Marked as spam")
    VIEWED = "view", _("Viewed")
    NOTE_ADDED = "add_note", _("Note added")
    CONSENT_WITHDRAWN = "withdraw_consent", _("Consent withdrawn")
    URGENCY_CHANGED = "urgency", _("Became urgent")
    NOTIFICATION_SENT = "notification_sent", _("Notification sent")
    NOTIFICATION_FAILED = "notification_failed", _("Notification failed")
    LEGAL_HOLD_PLACED = "legal_hold_placed", _("Legal hold placed")
    LEGAL_HOLD_LIFTED = "legal_hold_lifted", _("Legal hold lifted")
    ANONYMISED = "anonymised", _("Personal data anonymised")


class EnquiryEvent(models.Model):
    """One entry in an enquiry's timeline: who did what, when, from which state.

    ``data`` holds identifiers only (centre slugs, outcome code, note id,
    notification id) and never personal data.
    """

    enquiry = models.ForeignKey(Enquiry, on_delete=models.CASCADE, related_name="events")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("by"),
    )
    actor_kind = models.CharField(max_length=20, choices=ActorKind, default=ActorKind.STAFF)
    action = models.CharField(_("what"), max_length=30, choices=EventAction)
    from_state = models.CharField(_("from"), max_length=20, choices=State, blank=True)
    to_state = models.CharField(_("to"), max_length=20, choices=State, blank=True)
    created_at = models.DateTimeField(_("when"))
    data = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["enquiry", "created_at"], name="event_enquiry_time")]
        verbose_name = _("enquiry event")
        verbose_name_plural = _("enquiry events")

    def __str__(self):
        return f"{self.enquiry_id} {self.action} {self.created_at:%Y-%m-%d %H:%M}"


class ConsentPurpose(models.TextChoices):
    SHARE_WITH_CENTRE = "share_with_centre", _("Share my enquiry with an advice centre")
    ANONYMISED_STATISTICS = "anonymised_statistics", _("Use anonymised data for statistics")
    UPDATES_BY_SMS = "updates_by_sms", _("Send me updates by text message")
    UPDATES_BY_EMAIL = "updates_by_email", _("Send me updates by e-mail")


class Consent(models.Model):
    """A consent given or withdrawn. Never updated or deleted: the latest row
    per purpose is the current answer, and the rows before it the history."""

    enquiry = models.ForeignKey(Enquiry, on_delete=models.CASCADE, related_name="consents")
    purpose = models.CharField(_("purpose"), max_length=30, choices=ConsentPurpose)
    given = models.BooleanField(_("given"), help_text=_("False records a withdrawal."))
    wording_version = models.CharField(_("wording version"), max_length=20)
    language = models.CharField(_("language"), max_length=10)
    created_at = models.DateTimeField(_("when"))
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Staff who recorded it (for example on the phone); empty if the person did."),
    )

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["enquiry", "purpose", "created_at"], name="consent_latest")]
        verbose_name = _("consent")
        verbose_name_plural = _("consents")

    def __str__(self):
        return f"{self.purpose}={'given' if self.given else 'withdrawn'}"


class CaseNote(models.Model):
    class Kind(models.TextChoices):
        NOTE = "note", _("Note")
        REFERRAL_REASON = "referral_reason", _("Reason for referring on")
        RELEASE_REASON = "release_reason", _("Reason for releasing")

    enquiry = models.ForeignKey(Enquiry, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("author"),
    )
    kind = models.CharField(max_length=20, choices=Kind, default=Kind.NOTE)
    body = EncryptedTextField(_("note"))
    created_at = models.DateTimeField(_("written"))

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("case note")
        verbose_name_plural = _("case notes")

    def __str__(self):
        return f"{self.get_kind_display()} {self.pk}"
