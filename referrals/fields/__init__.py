from .centre import ChoiceListField, CoverageField, LanguagesField, OpeningHoursField
from .encrypted import EncryptedJSONField, EncryptedTextField

__all__ = [
    "ChoiceListField",
    "CoverageField",
    "EncryptedJSONField",
    "EncryptedTextField",
    "LanguagesField",
    "OpeningHoursField",
]
