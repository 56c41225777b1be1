"""QR codes for authenticator apps, drawn on the server as inline SVG: no
JavaScript, and the secret never goes to an image service."""

import segno
from django.conf import settings
from django.utils.safestring import mark_safe
from django.utils.translation import gettext


def qr_svg(data: str) -> str:
    svg = segno.make(data, error="m").svg_inline(
        scale=5,
        border=4,
        title=gettext("QR code to add %(site)s to your authenticator app")
        % {"site": settings.SITE_NAME},
        dark="#000",
        light="#fff",
        svgclass="two-factor-qr",
        lineclass=None,
    )
    return mark_safe(svg.replace("<svg ", '<svg role="img" ', 1))  # noqa: S308 - segno escapes the title
