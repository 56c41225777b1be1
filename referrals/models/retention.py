"""What retention and subject erasure removed, by identifiers only.

A backup restored after an erasure brings the erased data back; re-applying
every ErasureRecord (`manage.py apply_retention --reapply-erasures`) removes
it again. A row holds the enquiry's id and reference, what was done, when
and under which policy: never a name, contact detail or answer.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ErasureRecord(models.Model):
    class Action(models.TextChoices):
        ANONYMISED = "anonymised", _("Personal data anonymised")
        DELETED = "deleted", _("Deleted")

    class Policy(models.TextChoices):
        SPAM = "spam", _("Retention: spam")
        CLOSED = "closed", _("Retention: closed")
        WITHDRAWN = "withdrawn", _("Retention: withdrawn")
        SUBJECT_REQUEST = "subject_request", _("The person asked for erasure")

    enquiry_id = models.BigIntegerField(_("enquiry id"), db_index=True)
    reference = models.CharField(_("reference"), max_length=14, db_index=True)
    action = models.CharField(_("what was done"), max_length=20, choices=Action)
    policy = models.CharField(_("why"), max_length=20, choices=Policy)
    erased_at = models.DateTimeField(_("when"))

    class Meta:
        ordering = ["erased_at", "id"]
        verbose_name = _("erasure record")
        verbose_name_plural = _("erasure records")

    def __str__(self):
        return f"{self.reference} {self.action} ({self.policy})"
