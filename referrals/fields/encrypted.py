"""Model fields whose values are encrypted at rest (see referrals/crypto.py).

Values are encrypted on the way to the database and decrypted on the way
back, so code reads and writes plain values. Ciphertext is randomised, so
these fields cannot be filtered on (use the keyed lookup hashes instead);
only ``isnull`` and empty-string checks make sense. Empty values are stored
as "" so "nothing given" needs no decryption.
"""

from __future__ import annotations

import json

from django.db import models

from .. import crypto


class EncryptedTextField(models.TextField):
    description = "Text encrypted at rest"

    def from_db_value(self, value, expression, connection):
        if value is None or value == "":
            return value
        return crypto.decrypt(value)

    def get_prep_value(self, value):
        value = models.Field.get_prep_value(self, value)  # resolves lazy strings
        if value is None or value == "":
            return value
        return crypto.encrypt(str(value))


class EncryptedJSONField(EncryptedTextField):
    """A JSON value (e.g. free-text answers by question) encrypted as one token."""

    description = "JSON encrypted at rest"

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("default", dict)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def from_db_value(self, value, expression, connection):
        text = super().from_db_value(value, expression, connection)
        if text is None or text == "":
            return {}
        return json.loads(text)

    def to_python(self, value):
        if isinstance(value, str):
            return json.loads(value) if value else {}
        return value

    def get_prep_value(self, value):
        if value is None:
            return None
        if value in ({}, [], ""):
            return ""
        return super().get_prep_value(json.dumps(value, ensure_ascii=False, sort_keys=True))

    def value_to_string(self, obj):
        return json.dumps(self.value_from_object(obj), ensure_ascii=False, sort_keys=True)
