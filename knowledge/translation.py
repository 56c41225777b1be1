"""Reference data translated with django-modeltranslation: the logic lives once,
only the text varies by language."""

from modeltranslation.translator import TranslationOptions, register

from .models import AreaOfLaw, GlossaryTerm


@register(AreaOfLaw)
class AreaOfLawTranslationOptions(TranslationOptions):
    fields = ("name", "description")
    required_languages = ("en",)


@register(GlossaryTerm)
class GlossaryTermTranslationOptions(TranslationOptions):
    fields = ("term", "definition")
    required_languages = ("en",)
