from .reference import JURISDICTION_CODES, JURISDICTIONS, AreaOfLaw  # noqa: I001
from .glossary import GlossaryTerm
from .page_views import PageViewCount
from .pages import GuidePage, HomePage, SignpostPage, TopicPage

__all__ = [
    "JURISDICTIONS",
    "JURISDICTION_CODES",
    "AreaOfLaw",
    "GlossaryTerm",
    "GuidePage",
    "HomePage",
    "PageViewCount",
    "SignpostPage",
    "TopicPage",
]
