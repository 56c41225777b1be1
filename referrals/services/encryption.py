"""Re-encrypting stored personal data with the current key."""

from __future__ import annotations

from dataclasses import dataclass

from django.apps import apps
from django.db import transaction
from django.db.models import TextField, Value
from django.db.models.functions import Cast

from .. import crypto
from ..fields import EncryptedTextField

BATCH = 500


@dataclass
class RotationCount:
    model: str
    field: str
    rotated: int = 0
    current: int = 0


def encrypted_fields() -> list[tuple[type, str]]:
    """Every (model, field name) stored with EncryptedTextField, in any app."""
    return [
        (model, field.name)
        for model in apps.get_models()
        for field in model._meta.concrete_fields
        if isinstance(field, EncryptedTextField)
    ]


def encryption_keys_rotate() -> list[RotationCount]:
    """Re-encrypt every value not yet under the current (first) key.

    Values are read raw (cast to text, so never decrypted into Python
    objects beyond the rotation itself) and written back raw, in batches of
    their own transactions, so a large table does not hold one long lock.
    Idempotent: a second run finds everything current.
    """
    counts = []
    for model, name in encrypted_fields():
        count = RotationCount(model=model._meta.label, field=name)
        last_pk = None
        while True:
            rows = model._default_manager.exclude(**{name: ""}).exclude(**{f"{name}__isnull": True})
            if last_pk is not None:
                rows = rows.filter(pk__gt=last_pk)
            batch = list(
                rows.annotate(_raw=Cast(name, TextField()))
                .order_by("pk")
                .values_list("pk", "_raw")[:BATCH]
            )
            if not batch:
                break
            last_pk = batch[-1][0]
            with transaction.atomic():
                for pk, token in batch:
                    if crypto.is_current(token):
                        count.current += 1
                        continue
                    model._default_manager.filter(pk=pk).update(
                        **{name: Value(crypto.rotate(token), output_field=TextField())}
                    )
                    count.rotated += 1
        counts.append(count)
    return counts
