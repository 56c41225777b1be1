"""Texts translated with django-modeltranslation; the logic lives once."""

from modeltranslation.translator import TranslationOptions, register

from .models import Centre, Option, OutcomeCode, Question


@register(Centre)
class CentreTranslationOptions(TranslationOptions):
    fields = ("description",)


@register(OutcomeCode)
class OutcomeCodeTranslationOptions(TranslationOptions):
    fields = ("label", "description")
    required_languages = ("en",)


@register(Question)
class QuestionTranslationOptions(TranslationOptions):
    fields = ("text", "help_text")
    required_languages = ("en",)


@register(Option)
class OptionTranslationOptions(TranslationOptions):
    fields = ("label",)
    required_languages = ("en",)
