"""What each notification says, in the recipient's language.

Messages to help-seekers never say what the problem is about, nor which
centre has it (a centre's name can give the problem away: "... Immigration
Advice Service"): someone else may read their phone or mailbox. Centre
alerts contain no personal data at all: a reference, whether it is urgent,
and a link to sign in.

Texts are full translatable sentences here; the e-mail layout is in
templates/referrals/email/message.{txt,html}.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.translation import gettext as _

from .models import Enquiry, Notification

# The caseworker queue's detail view (referrals admin); if it is not there,
# alerts link to the admin dashboard.
ENQUIRY_ADMIN_URL_NAME = "enquiries:detail"


@dataclass
class Message:
    subject: str
    paragraphs: list[str] = field(default_factory=list)
    link: str = ""
    link_text: str = ""
    footer: list[str] = field(default_factory=list)
    sms: str = ""
    language: str = "en"

    def text(self) -> str:
        return render_to_string("referrals/email/message.txt", self._context()).strip() + "\n"

    def html(self) -> str:
        return render_to_string("referrals/email/message.html", self._context())

    def _context(self) -> dict:
        return {
            "message": self,
            "language": self.language,
            "bidi": translation.get_language_info(self.language)["bidi"],
            "SITE_NAME": settings.SITE_NAME,
        }


def compose(notification: Notification, enquiry: Enquiry) -> Message:
    """The message for notification, in its language (the enquiry's, for the
    help-seeker; the site's default, for centre staff)."""
    with translation.override(notification.language):
        if notification.recipient_kind == Notification.Recipient.CENTRE:
            message = _centre_alert(notification, enquiry)
        else:
            message = _help_seeker_update(notification, enquiry)
        message.language = notification.language
        return message


def _absolute(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def status_url() -> str:
    """The status page in the active language (the person types their code there)."""
    return _absolute(reverse("referrals:status"))


def enquiry_admin_url(enquiry: Enquiry) -> str:
    try:
        return _absolute(reverse(ENQUIRY_ADMIN_URL_NAME, args=[enquiry.pk]))
    except NoReverseMatch:
        return _absolute(reverse("wagtailadmin_home"))


def _help_seeker_update(notification: Notification, enquiry: Enquiry) -> Message:
    params = {"reference": enquiry.reference, "status_url": status_url()}
    kind = notification.kind
    Kind = Notification.Kind
    if kind == Kind.ENQUIRY_RECEIVED:
        subject = _("We have received your enquiry %(reference)s") % params
        paragraphs = [
            _("Thank you for contacting Signpost. We have received your enquiry."),
            _("Your reference is %(reference)s. Keep it safe: you will need it if you contact us.")
            % params,
            _("An adviser will contact you in the way you asked."),
        ]
        sms = _(
            "Signpost: we have received your enquiry. Your reference is %(reference)s. "
            "An adviser will contact you."
        )
    elif kind == Kind.ENQUIRY_CLAIMED:
        subject = _("An adviser is looking at your enquiry %(reference)s") % params
        paragraphs = [
            _(
                "An adviser is now looking at your enquiry %(reference)s. They will contact "
                "you soon in the way you asked."
            )
            % params
        ]
        sms = _("Signpost: an adviser is now looking at your enquiry %(reference)s.")
    elif kind == Kind.ENQUIRY_REFERRED_ON:
        subject = _("Your enquiry %(reference)s has moved to another centre") % params
        paragraphs = [
            _(
                "Your enquiry %(reference)s has been passed to another advice centre in the "
                "Signpost network that can help you better. They will contact you."
            )
            % params
        ]
        sms = _(
            "Signpost: your enquiry %(reference)s has been passed to another advice centre. "
            "They will contact you."
        )
    else:
        subject = _("Your enquiry %(reference)s is closed") % params
        paragraphs = [
            _("Your enquiry %(reference)s is now closed.") % params,
            _("If you still need help, you can start a new enquiry on the Signpost website."),
        ]
        sms = _("Signpost: your enquiry %(reference)s is now closed.")
    paragraphs.append(
        _(
            "To see where your enquiry is, go to %(status_url)s and enter your reference and "
            "the status code from the page you saw when you sent it."
        )
        % params
    )
    footer = [
        _("You are getting this e-mail because you asked for updates about your enquiry."),
        _("To stop them, use the status page. Please do not reply to this e-mail."),
    ]
    return Message(
        subject=subject,
        paragraphs=paragraphs,
        footer=footer,
        sms=" ".join([sms % params, _sms_stop_line(params)]),
    )


def _sms_stop_line(params: dict) -> str:
    if settings.NOTIFY_INBOUND_TOKEN:
        return _("Reply STOP to stop these texts.")
    return _("To stop these texts, go to %(status_url)s") % params


def _centre_alert(notification: Notification, enquiry: Enquiry) -> Message:
    centre = notification.centre
    params = {"reference": enquiry.reference, "centre": centre.name if centre else ""}
    if enquiry.urgent:
        subject = _("Urgent: new enquiry %(reference)s in your queue") % params
    else:
        subject = _("New enquiry %(reference)s in your queue") % params
    if centre is not None:
        paragraphs = [
            _("A new enquiry, %(reference)s, is waiting in the %(centre)s queue.") % params
        ]
    else:
        paragraphs = [
            _("A new enquiry, %(reference)s, is waiting in the network triage queue.") % params
        ]
    if enquiry.urgent:
        paragraphs.append(
            _("It is marked urgent: it has a key date soon, or the person said it is urgent.")
        )
    paragraphs.append(
        _(
            "For the person's safety this e-mail contains none of their details. Sign in to "
            "Signpost to see the enquiry."
        )
    )
    return Message(
        subject=subject,
        paragraphs=paragraphs,
        link=enquiry_admin_url(enquiry),
        link_text=_("Open the enquiry"),
    )
