"""Bridges from Wagtail's events to our services: cache invalidation and
translation tracking. No business logic lives here."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import page_cache
from .models import AreaOfLaw, GlossaryTerm
from .rendering import glossary_changed
from .services.translation import record_translation_published


@receiver(page_published)
def on_page_published(sender, instance, **kwargs):
    record_translation_published(instance)
    page_cache.invalidate()


@receiver(page_unpublished)
def on_page_unpublished(sender, instance, **kwargs):
    page_cache.invalidate()


@receiver(post_page_move)
def on_page_moved(sender, instance, **kwargs):
    page_cache.invalidate()


@receiver(post_delete)
def on_page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        page_cache.invalidate()


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
@receiver(post_save, sender=Site)
@receiver(post_delete, sender=Site)
@receiver(post_save, sender=AreaOfLaw)
@receiver(post_save, sender=GlossaryTerm)
@receiver(post_delete, sender=AreaOfLaw)
@receiver(post_delete, sender=GlossaryTerm)
def on_reference_data_changed(sender, **kwargs):
    page_cache.invalidate()


@receiver(post_save, sender=GlossaryTerm)
@receiver(post_delete, sender=GlossaryTerm)
def on_glossary_changed(sender, **kwargs):
    glossary_changed()
