from django.conf import settings
from django.utils.translation import get_language, get_language_bidi


def site(request):
    """Values every template needs, none of which cost a query."""
    return {
        "SITE_NAME": settings.SITE_NAME,
        "QUICK_EXIT_URL": settings.QUICK_EXIT_URL,
        "LANGUAGE_CODE": get_language(),
        "LANGUAGE_BIDI": get_language_bidi(),
    }
