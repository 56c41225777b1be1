"""Admin panels for fields translated with django-modeltranslation."""

from django.conf import settings
from modeltranslation.utils import build_localized_fieldname
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, Panel


def translated_panels(*field_names: str) -> list[MultiFieldPanel]:
    """One group per language, each with that language's version of the fields."""
    return [
        MultiFieldPanel(
            [FieldPanel(build_localized_fieldname(name, code)) for name in field_names],
            heading=language_name,
            attrs={"lang": code},
        )
        for code, language_name in settings.LANGUAGES
    ]


class TranslationStatusPanel(Panel):
    """Tells the editor of a translation whether its source changed since."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "knowledge/admin/translation_status_panel.html"

        def get_context_data(self, parent_context=None):
            from django.urls import reverse
            from django.utils.translation import get_language_info
            from wagtail.models import Page

            context = super().get_context_data(parent_context)
            page = self.instance
            context["status"] = None
            if not page.pk or page.locale.language_code == settings.LANGUAGE_CODE:
                return context
            source = (
                Page.objects.filter(
                    translation_key=page.translation_key,
                    locale__language_code=settings.LANGUAGE_CODE,
                )
                .only("id", "last_published_at")
                .first()
            )
            if source is None or page.alias_of_id:
                return context
            stale = page.source_published_at is None or (
                source.last_published_at and source.last_published_at > page.source_published_at
            )
            context["status"] = {
                "kind": "out_of_date" if stale else "current",
                "source_language": get_language_info(settings.LANGUAGE_CODE)["name_translated"],
                "source_edit_url": reverse("wagtailadmin_pages:edit", args=[source.id]),
            }
            return context
