"""StreamField blocks for guides: one purpose-built component each.

Rich text is restricted to what plain-language guides need (bold, links,
lists), so that every translation renders the same small set of elements.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

GUIDE_RICH_TEXT_FEATURES = ["bold", "link", "ol", "ul"]


class SectionHeadingBlock(blocks.StructBlock):
    """A heading that starts a section; it gets an anchor for the contents list."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=140)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section")), ("h3", _("Subsection"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Section heading")
        template = "knowledge/blocks/section_heading.html"
        preview_value = {"heading": "If you get a court letter", "level": "h2"}
        description = _("Starts a new section of the guide.")


class GuideRichTextBlock(blocks.RichTextBlock):
    """Paragraphs with a restricted set of formatting."""

    def __init__(self, **kwargs):
        kwargs.setdefault("features", GUIDE_RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Text")
        template = "knowledge/blocks/rich_text.html"
        preview_value = "<p>Your landlord must follow the right steps.</p>"


class StepsBlock(blocks.StructBlock):
    """Numbered steps to follow in order."""

    title = blocks.CharBlock(label=_("Title"), required=False, max_length=140)
    steps = blocks.ListBlock(
        blocks.RichTextBlock(features=["bold", "link"], label=_("Step")),
        label=_("Steps"),
        min_num=1,
    )

    class Meta:
        icon = "list-ol"
        label = _("Numbered steps")
        template = "knowledge/blocks/steps.html"
        preview_value = {
            "title": "",
            "steps": ["<p>Read the letter.</p>", "<p>Get advice.</p>"],
        }


class DeadlineBlock(blocks.StructBlock):
    """A key deadline the reader must not miss."""

    title = blocks.CharBlock(label=_("Deadline"), max_length=140)
    body = GuideRichTextBlock(label=_("What it means"), required=False)

    class Meta:
        icon = "time"
        label = _("Key deadline")
        template = "knowledge/blocks/deadline.html"
        preview_value = {
            "title": "You have 14 days to reply",
            "body": "<p>If you miss it, the court can decide without you.</p>",
        }


class WarningBlock(blocks.StructBlock):
    """Something that could make the reader's situation worse."""

    body = GuideRichTextBlock(label=_("Warning"))

    class Meta:
        icon = "warning"
        label = _("Warning")
        template = "knowledge/blocks/warning.html"
        preview_value = {"body": "<p>Do not stop paying rent.</p>"}


class ChecklistBlock(blocks.StructBlock):
    """'What you can do now': short actions the reader can take today."""

    title = blocks.CharBlock(label=_("Title"), required=False, max_length=140)
    items = blocks.ListBlock(
        blocks.RichTextBlock(features=["bold", "link"], label=_("Action")),
        label=_("Actions"),
        min_num=1,
    )

    class Meta:
        icon = "tasks"
        label = _("What you can do now")
        template = "knowledge/blocks/checklist.html"
        preview_value = {"title": "", "items": ["<p>Keep every letter.</p>"]}


class QuestionAnswerBlock(blocks.StructBlock):
    """A common question, answered in a disclosure widget that works without JavaScript."""

    question = blocks.CharBlock(label=_("Question"), max_length=200)
    answer = GuideRichTextBlock(label=_("Answer"))

    class Meta:
        icon = "help"
        label = _("Question and answer")
        template = "knowledge/blocks/question_answer.html"
        preview_value = {
            "question": "Can my landlord change the locks?",
            "answer": "<p>No. Only court bailiffs can make you leave.</p>",
        }


class GlossaryReferenceBlock(blocks.StructBlock):
    """A legal word explained where the reader meets it."""

    term = SnippetChooserBlock("knowledge.GlossaryTerm", label=_("Term"))

    class Meta:
        icon = "openquote"
        label = _("Glossary term")
        template = "knowledge/blocks/glossary_reference.html"


class GetHelpBlock(blocks.StructBlock):
    """An invitation to start the self-assessment."""

    text = blocks.CharBlock(label=_("Invitation"), required=False, max_length=200)

    class Meta:
        icon = "user"
        label = _("Get help")
        template = "knowledge/blocks/get_help.html"
        preview_value = {"text": ""}


class GuideBodyBlock(blocks.StreamBlock):
    heading = SectionHeadingBlock()
    text = GuideRichTextBlock()
    steps = StepsBlock()
    deadline = DeadlineBlock()
    warning = WarningBlock()
    checklist = ChecklistBlock()
    question = QuestionAnswerBlock()
    glossary = GlossaryReferenceBlock()
    get_help = GetHelpBlock()

    class Meta:
        block_counts = {}
