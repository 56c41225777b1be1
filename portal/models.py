"""The audit trail: who did what to which record, when and from where.

Append-only for the application: rows are never updated or deleted through
the ORM (and, on PostgreSQL, a trigger refuses it at the database level).
Labels are snapshots taken when the record is written and never hold a
help-seeker's name or contact details: a staff username, a centre name, an
enquiry reference.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class AppendOnlyError(RuntimeError):
    pass


class AuditRecordQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise AppendOnlyError("Audit records cannot be changed.")

    def delete(self):
        raise AppendOnlyError("Audit records cannot be deleted.")


class AuditRecord(models.Model):
    SUCCESS = "success"
    DENIED = "denied"
    FAILED = "failed"
    OUTCOMES = [(SUCCESS, _("Succeeded")), (DENIED, _("Denied")), (FAILED, _("Failed"))]

    occurred_at = models.DateTimeField(_("when (UTC)"), auto_now_add=True, db_index=True)
    # A plain id, not a foreign key: records outlive the accounts they name.
    actor_id = models.BigIntegerField(_("staff user id"), null=True, blank=True, db_index=True)
    actor_label = models.CharField(_("who"), max_length=150, blank=True)
    action = models.CharField(_("what"), max_length=60, db_index=True)
    outcome = models.CharField(_("outcome"), max_length=10, choices=OUTCOMES, default=SUCCESS)
    centre_id = models.BigIntegerField(_("centre id"), null=True, blank=True, db_index=True)
    centre_label = models.CharField(_("centre"), max_length=200, blank=True)
    target_type = models.CharField(_("record type"), max_length=60, blank=True)
    target_label = models.CharField(_("record"), max_length=200, blank=True, db_index=True)
    ip_address = models.GenericIPAddressField(_("from address"), null=True, blank=True)
    detail = models.JSONField(_("details"), default=dict, blank=True)

    objects = AuditRecordQuerySet.as_manager()

    class Meta:
        ordering = ["-occurred_at", "-pk"]
        verbose_name = _("audit record")
        verbose_name_plural = _("audit records")
        indexes = [models.Index(fields=["action", "-occurred_at"])]

    def __str__(self):
        return f"{self.occurred_at:%Y-%m-%d %H:%M:%S} {self.actor_label or '-'} {self.action}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise AppendOnlyError("Audit records cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("Audit records cannot be deleted.")
