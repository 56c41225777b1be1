"""Serializer fields for the Wagtail API that describe language versions."""

from rest_framework.fields import Field


class _WholePageField(Field):
    def __init__(self, **kwargs):
        kwargs["source"] = "*"
        kwargs["read_only"] = True
        super().__init__(**kwargs)


class TranslationsField(_WholePageField):
    """Links to the other language versions of a page."""

    def to_representation(self, page):
        from .selectors import page_translations

        return [
            {
                "id": version.id,
                "locale": version.language,
                "title": version.title,
                "url": version.full_url,
                "is_fallback": version.alias_of_id is not None,
            }
            for version in page_translations(page)
            if version.id != page.id
        ]


class FallbackField(_WholePageField):
    """True when this language version still shows the default-language content."""

    def to_representation(self, page):
        return page.is_fallback


class ContentLanguageField(_WholePageField):
    """The language the content is written in (differs from the locale for fallbacks)."""

    def to_representation(self, page):
        from .selectors import content_language, page_translations

        source = next((v for v in page_translations(page) if v.id == page.alias_of_id), None)
        return content_language(page, source)["code"]
