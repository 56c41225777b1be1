from django.db import models
from django.utils.translation import gettext_lazy as _


class Notification(models.Model):
    """An outbox row: a message to send, written in the same transaction as
    the change it reports, and delivered after commit by a background task.

    It holds no personal data: the help-seeker's address is read (decrypted)
    from the enquiry at send time, so an opt-out or erasure applies at once.
    ``last_error`` must never contain an address or message text.
    """

    class Channel(models.TextChoices):
        EMAIL = "email", _("E-mail")
        SMS = "sms", _("Text message")

    class Recipient(models.TextChoices):
        HELP_SEEKER = "help_seeker", _("Help-seeker")
        CENTRE = "centre", _("Centre")

    class Kind(models.TextChoices):
        ENQUIRY_RECEIVED = "enquiry_received", _("Enquiry received (reference)")
        ENQUIRY_CLAIMED = "enquiry_claimed", _("A caseworker has the enquiry")
        ENQUIRY_REFERRED_ON = "enquiry_referred_on", _("Enquiry passed to another centre")
        ENQUIRY_CLOSED = "enquiry_closed", _("Enquiry closed")
        NEW_ENQUIRY = "new_enquiry", _("New enquiry for the centre")

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")
        CANCELLED = "cancelled", _("Cancelled")

    enquiry = models.ForeignKey(
        "referrals.Enquiry", on_delete=models.CASCADE, related_name="notifications"
    )
    channel = models.CharField(_("channel"), max_length=10, choices=Channel)
    recipient_kind = models.CharField(_("recipient"), max_length=20, choices=Recipient)
    centre = models.ForeignKey(
        "referrals.Centre",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("For centre alerts; empty means the network triage team."),
    )
    kind = models.CharField(_("message"), max_length=30, choices=Kind)
    language = models.CharField(_("language"), max_length=10)
    status = models.CharField(_("status"), max_length=10, choices=Status, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    last_error = models.CharField(_("last error"), max_length=255, blank=True)
    created_at = models.DateTimeField(_("created"))
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="notification_due")]
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")

    def __str__(self):
        return f"{self.kind} ({self.channel}, {self.status})"
