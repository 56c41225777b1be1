"""Page types of the public knowledge portal.

Every page exists once per language in Wagtail's own i18n (one tree per
locale, linked by translation_key). A page not yet translated exists in the
other trees as an alias of the default-language page, which is how readers
get the fallback.
"""

import math

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from ..api_fields import ContentLanguageField, FallbackField, TranslationsField
from ..blocks import GuideBodyBlock
from ..fields import JurisdictionsField
from ..panels import TranslationStatusPanel

WORDS_PER_MINUTE = 180
# Chinese is read by characters, not words.
CHARACTERS_PER_MINUTE = 300


class SignpostPage(Page):
    """Behaviour shared by every public page type."""

    sensitive = models.BooleanField(
        _("sensitive"),
        default=False,
        help_text=_(
            "Shows the quick-exit control, for pages a reader may need to hide "
            "that they were reading."
        ),
    )
    source_published_at = models.DateTimeField(
        _("source version translated"),
        null=True,
        blank=True,
        editable=False,
        help_text=_(
            "When the default-language version this translation matches was published. "
            "Set when the translation is published."
        ),
    )

    promote_panels = Page.promote_panels + [FieldPanel("sensitive")]
    api_fields = [
        APIField("translations", serializer=TranslationsField()),
        APIField("is_fallback", serializer=FallbackField()),
        APIField("content_language", serializer=ContentLanguageField()),
    ]

    class Meta:
        abstract = True

    @property
    def is_fallback(self) -> bool:
        """True when this page shows the default-language content (not yet translated)."""
        return self.alias_of_id is not None and self.locale.language_code != settings.LANGUAGE_CODE

    def get_view_restrictions(self):
        """The restrictions on this page, its source (for aliases) and its ancestors.

        Same rule as Wagtail's, answered from one list of all restrictions
        (a small table) that listings on the page reuse.
        """
        from ..selectors import restrictions_for

        return restrictions_for(self)

    def get_context(self, request, *args, **kwargs):
        from ..selectors import page_chrome

        context = super().get_context(request, *args, **kwargs)
        context.update(page_chrome(self, request))
        return context


class HomePage(SignpostPage):
    intro = models.TextField(_("introduction"), blank=True)
    urgent_heading = models.CharField(
        _("urgent help heading"), max_length=140, default="Need help today?"
    )
    urgent_help = RichTextField(
        _("urgent help"),
        features=["bold", "link", "ul"],
        blank=True,
        help_text=_("What to do today if you are being evicted, detained or are in danger."),
    )

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["knowledge.TopicPage"]
    max_count_per_parent = None

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("urgent_heading"), FieldPanel("urgent_help")], _("Urgent help")
        ),
    ]
    api_fields = SignpostPage.api_fields + [
        APIField("intro"),
        APIField("urgent_heading"),
        APIField("urgent_help"),
    ]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from ..selectors import live_topics

        context = super().get_context(request, *args, **kwargs)
        context["topics"] = live_topics(self)
        return context


class TopicPage(SignpostPage):
    """An area of law, listing its guides."""

    area_of_law = models.ForeignKey(
        "knowledge.AreaOfLaw",
        verbose_name=_("area of law"),
        on_delete=models.PROTECT,
        related_name="topic_pages",
    )
    intro = models.TextField(_("introduction"), blank=True)

    parent_page_types = ["knowledge.HomePage"]
    subpage_types = ["knowledge.GuidePage"]

    content_panels = Page.content_panels + [FieldPanel("area_of_law"), FieldPanel("intro")]
    api_fields = SignpostPage.api_fields + [APIField("area_code"), APIField("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("topic page")

    @property
    def area_code(self) -> str:
        return self.area_of_law.code

    def get_context(self, request, *args, **kwargs):
        from ..selectors import live_guides

        context = super().get_context(request, *args, **kwargs)
        context["guides"] = live_guides(self)
        return context


class GuidePage(SignpostPage):
    """A plain-language guide to one legal problem."""

    summary = models.TextField(
        _("in brief"),
        help_text=_("One or two plain sentences: who this is for and the most important point."),
    )
    body = StreamField(GuideBodyBlock(), verbose_name=_("body"))
    jurisdictions = JurisdictionsField(
        _("applies in"),
        help_text=_("The parts of the UK where this guide is correct."),
    )
    key = models.SlugField(
        _("import key"),
        max_length=100,
        blank=True,
        db_index=True,
        help_text=_(
            "A stable identifier used by guide imports (on the default-language version). "
            "Leave blank for guides written in the admin."
        ),
    )
    last_reviewed = models.DateField(_("last reviewed"), null=True, blank=True)
    review_due = models.DateField(
        _("review due"),
        null=True,
        blank=True,
        help_text=_("The guide is listed in the review report from this date."),
    )

    parent_page_types = ["knowledge.TopicPage"]
    subpage_types = []

    content_panels = [
        TranslationStatusPanel(heading=_("Translation")),
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("body"),
    ]
    settings_panels = Page.settings_panels + [
        MultiFieldPanel(
            [
                FieldPanel("jurisdictions"),
                FieldPanel("last_reviewed"),
                FieldPanel("review_due"),
                FieldPanel("key"),
            ],
            _("Legal accuracy"),
        )
    ]
    api_fields = SignpostPage.api_fields + [
        APIField("summary"),
        APIField("body"),
        APIField("jurisdictions"),
        APIField("last_reviewed"),
        APIField("review_due"),
        APIField("reading_time"),
        APIField("sensitive"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
    ]

    # A copy is a new guide; language versions are found through translation_key.
    exclude_fields_in_copy = ["key"]

    class Meta:
        verbose_name = _("guide")
        verbose_name_plural = _("guides")

    def clean(self):
        super().clean()
        # locale lives on the parent table, so this cannot be a database constraint.
        if self.key and self.alias_of_id is None:
            clash = GuidePage.objects.filter(
                key=self.key, locale_id=self.locale_id, alias_of__isnull=True
            )
            if clash.exclude(pk=self.pk).exists():
                raise ValidationError(
                    {"key": _("Another guide in this language has this import key.")}
                )

    @property
    def reading_time(self) -> int:
        """Estimated minutes to read the summary and body (at least one)."""
        from ..text import raw_stream_text, reading_units

        words, characters = reading_units(f"{self.summary} {raw_stream_text(self.body.raw_data)}")
        minutes = words / WORDS_PER_MINUTE + characters / CHARACTERS_PER_MINUTE
        return max(1, math.ceil(minutes))

    def get_context(self, request, *args, **kwargs):
        from ..selectors import guide_context

        context = super().get_context(request, *args, **kwargs)
        context.update(guide_context(self))
        return context
