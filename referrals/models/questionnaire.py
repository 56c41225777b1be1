"""The self-assessment questionnaire, as data that network admins edit.

Questions and options are working copies. Publishing
(services.questionnaire_publish) freezes them into an immutable
QuestionnaireVersion snapshot; the public flow only ever reads the latest
published snapshot, and each enquiry keeps the version it was answered
against, so editing the questions never changes an old enquiry.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable

from ..fields import ChoiceListField


class QuestionKind(models.TextChoices):
    SINGLE_CHOICE = "single_choice", _("Single choice")
    MULTIPLE_CHOICE = "multiple_choice", _("Multiple choice")
    YES_NO = "yes_no", _("Yes or no")
    DATE = "date", _("Date")
    POSTCODE = "postcode", _("Postcode")
    SHORT_TEXT = "short_text", _("Short text")
    LONG_TEXT = "long_text", _("Long text")


CHOICE_KINDS = frozenset(
    {QuestionKind.SINGLE_CHOICE, QuestionKind.MULTIPLE_CHOICE, QuestionKind.YES_NO}
)
# Answers of these kinds may identify a person: they are stored encrypted.
PRIVATE_KINDS = frozenset({QuestionKind.POSTCODE, QuestionKind.SHORT_TEXT, QuestionKind.LONG_TEXT})


class QuestionRole(models.TextChoices):
    """What an answer means for the enquiry (see referrals/facts.py)."""

    AREA = "area", _("Area of law")
    SUB_CATEGORY = "sub_category", _("Sub-category")
    KEY_DATE = "key_date", _("Key date")
    POSTCODE = "postcode", _("Postcode")
    LANGUAGE = "language", _("Language for advice")
    INTERPRETER = "interpreter", _("Needs an interpreter")
    ACCESSIBILITY = "accessibility", _("Accessibility needs")
    SAFE_TO_CONTACT = "safe_to_contact", _("Safe to contact")
    SAFE_TO_LEAVE_MESSAGE = "safe_to_leave_message", _("Safe to leave a message")
    SAFE_TIMES = "safe_times", _("Safe times to contact")
    CONTACT_METHOD = "contact_method", _("Preferred contact method")
    SUMMARY = "summary", _("Summary in their own words")
    OTHER = "other", _("Other")


class KeyDateKind(models.TextChoices):
    COURT_HEARING = "court_hearing", _("Court or tribunal hearing")
    EVICTION = "eviction", _("Eviction date")
    DECISION_DEADLINE = "decision_deadline", _("Deadline to challenge a decision")
    DETENTION = "detention", _("Detention or removal date")
    OTHER = "other", _("Other deadline")


class EligibilityHint(models.TextChoices):
    """Signals a caseworker uses to check legal aid eligibility quickly."""

    MEANS_TESTED_BENEFITS = "means_tested_benefits", _("Receives means-tested benefits")
    LOW_INCOME = "low_income", _("Low income")
    ASYLUM_SUPPORT = "asylum_support", _("Receives asylum support")
    IN_DETENTION = "in_detention", _("In immigration detention")
    UNDER_18 = "under_18", _("Under 18")
    ABUSE_EVIDENCE = "abuse_evidence", _("May have evidence of domestic abuse")


class Question(ClusterableModel):
    key = models.SlugField(
        _("key"),
        max_length=60,
        unique=True,
        help_text=_("A stable identifier used in answers and statistics. Do not change it."),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=QuestionKind)
    role = models.CharField(
        _("role"), max_length=30, choices=QuestionRole, default=QuestionRole.OTHER
    )
    key_date_kind = models.CharField(
        _("kind of key date"),
        max_length=30,
        choices=KeyDateKind,
        blank=True,
        help_text=_("For key-date questions: what the date is."),
    )
    text = models.CharField(_("question"), max_length=255)
    help_text = models.TextField(_("hint"), blank=True)
    required = models.BooleanField(_("required"), default=True)
    sort_order = models.PositiveIntegerField(
        _("sort order"), default=100, help_text=_("The first question in order starts the flow.")
    )
    next_question = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("next question"),
        help_text=_("Where to go after this question, unless the chosen option says otherwise."),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["sort_order", "key"]
        verbose_name = _("question")
        verbose_name_plural = _("questions")

    def __str__(self):
        return f"{self.key}: {self.text}"


class Option(Orderable):
    question = ParentalKey(Question, on_delete=models.CASCADE, related_name="options")
    key = models.SlugField(
        _("key"),
        max_length=60,
        help_text=_("Stable within the question. For language questions, the language code."),
    )
    label = models.CharField(_("label"), max_length=255)
    next_question = models.ForeignKey(
        Question,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("next question"),
    )
    area = models.ForeignKey(
        "knowledge.AreaOfLaw",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("sets area of law"),
    )
    sub_category = models.SlugField(_("sets sub-category"), max_length=60, blank=True)
    urgent = models.BooleanField(_("marks the enquiry urgent"), default=False)
    eligibility = ChoiceListField(
        _("eligibility hints"), choices_from="referrals.models.questionnaire.EligibilityHint"
    )

    class Meta(Orderable.Meta):
        verbose_name = _("option")
        verbose_name_plural = _("options")
        constraints = [
            models.UniqueConstraint(fields=["question", "key"], name="unique_option_key")
        ]

    def __str__(self):
        return self.label


class QuestionnaireVersion(models.Model):
    """An immutable, published snapshot of the whole questionnaire.

    ``snapshot`` holds every question and option with its text in every
    language, the branching and what each option sets (see
    referrals/snapshots.py for the shape). Never edit a row: publish a new one.
    """

    number = models.PositiveIntegerField(_("version"), unique=True)
    snapshot = models.JSONField(_("snapshot"))
    checksum = models.CharField(max_length=64, db_index=True)
    published_at = models.DateTimeField(_("published"))
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("published by"),
    )

    class Meta:
        ordering = ["-number"]
        get_latest_by = "number"
        verbose_name = _("questionnaire version")
        verbose_name_plural = _("questionnaire versions")
        permissions = [("publish_questionnaire", _("Can publish the questionnaire"))]

    def __str__(self):
        return _("Questionnaire version %(number)s") % {"number": self.number}
