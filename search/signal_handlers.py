"""Bridges from page events to index updates. No logic: each handler says
which guides changed and schedules their re-indexing after commit."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from knowledge.models import AreaOfLaw, GuidePage

from . import synonyms, tasks
from .models import Synonym


def _is_guide(page) -> bool:
    model = page.specific_class
    return model is not None and issubclass(model, GuidePage)


@receiver(page_published)
@receiver(page_unpublished)
def on_page_published_or_unpublished(sender, instance, **kwargs):
    if _is_guide(instance):
        tasks.schedule(translation_keys=[instance.translation_key])


@receiver(post_delete)
def on_page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page) and _is_guide(instance):
        tasks.schedule(translation_keys=[instance.translation_key])


@receiver(post_page_move)
@receiver(page_slug_changed)
def on_page_url_changed(sender, instance, **kwargs):
    tasks.schedule(page_ids=[instance.pk])


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def on_view_restriction_changed(sender, instance, **kwargs):
    tasks.schedule(page_ids=[instance.page_id])


@receiver(post_save, sender=AreaOfLaw)
def on_area_of_law_changed(sender, instance, created, **kwargs):
    if not created:
        from knowledge.models import TopicPage

        topic_ids = TopicPage.objects.filter(area_of_law=instance).values_list("pk", flat=True)
        tasks.schedule(page_ids=list(topic_ids))


@receiver(post_save, sender=Synonym)
@receiver(post_delete, sender=Synonym)
def on_synonym_changed(sender, **kwargs):
    synonyms.invalidate()
