"""Email text in the person's language: a catalog per locale, plain text and HTML from the same
words, always with a link back into the app."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

DEFAULT_LOCALE = "en"

# kind -> (subject, heading, body, button); {placeholders} are filled by `render`.
CATALOGS: dict[str, dict[str, tuple[str, str, str, str]]] = {
    "en": {
        "INVITATION": (
            "1:1 invitation: {title}",
            "{actor} set up a 1:1 with you",
            "“{title}” — {when}. The calendar invitation is attached.",
            "Open the 1:1",
        ),
        "INVITATION_SELF": (
            "Your new 1:1: {title}",
            "Your 1:1 with {other} is set up",
            "“{title}” — {when}. The calendar invitation is attached.",
            "Open the 1:1",
        ),
        "SERIES_UPDATED": (
            "1:1 updated: {title}",
            "{actor} changed the 1:1 “{title}”",
            "{when}. The updated calendar invitation is attached.",
            "Open the 1:1",
        ),
        "RESCHEDULED": (
            "Meeting moved: {title}",
            "{actor} moved a meeting of “{title}”",
            "It is now {when}. The calendar update is attached.",
            "Open the meeting",
        ),
        "CANCELLED": (
            "Cancelled: {title}",
            "{actor} cancelled {what}",
            "{when}. The calendar update is attached.",
            "Open the 1:1",
        ),
        "REMINDER": (
            "Coming up: {title}",
            "Your 1:1 “{title}” is {when}",
            "Add your talking points so you both come prepared.",
            "Add talking points",
        ),
        "AGENDA_UPDATED": (
            "New talking points: {title}",
            "{actor} added to the agenda of “{title}”",
            "The meeting is {when}.",
            "Open the agenda",
        ),
        "MENTIONED": (
            "{actor} mentioned you: {title}",
            "{actor} mentioned you in “{title}”",
            "“{excerpt}”",
            "Open the meeting",
        ),
        "WELCOME": (
            "Welcome to Tandem",
            "Welcome to Tandem, {name}",
            "Your account is ready: choose your password to sign in. This link works once, for "
            "{days} days.",
            "Choose your password",
        ),
        "PASSWORD_RESET": (
            "Set a new Tandem password",
            "Set a new password for Tandem",
            "An administrator reset your password, so your old one no longer works. This link "
            "works once, for {hours} hours. If you did not expect this, tell your administrator.",
            "Set a new password",
        ),
        "EMAIL_CONFIRM": (
            "Confirm your new Tandem email address",
            "Confirm {new_email} for Tandem",
            "An administrator asked to move the Tandem account of {name} to this address. "
            "Until it is confirmed, email keeps going to the old one. This link works once, for "
            "{hours} hours; if you did not expect it, ignore it.",
            "Confirm this address",
        ),
        "EMAIL_CHANGE": (
            "Your Tandem email address may change",
            "A change of your Tandem email address was requested",
            "An administrator asked to change your Tandem email address to {new_email}. It "
            "changes only once that address confirms; until then email keeps coming here. If "
            "you did not expect this, tell your administrator.",
            "Open Tandem",
        ),
    },
    "de": {
        "INVITATION": (
            "Einladung zum 1:1: {title}",
            "{actor} hat ein 1:1 mit dir angelegt",
            "„{title}“ — {when}. Die Kalendereinladung ist angehängt.",
            "1:1 öffnen",
        ),
        "REMINDER": (
            "Bald: {title}",
            "Dein 1:1 „{title}“ ist {when}",
            "Trag deine Gesprächspunkte ein, damit ihr beide vorbereitet seid.",
            "Gesprächspunkte eintragen",
        ),
    },
}


@dataclass(frozen=True)
class Rendered:
    subject: str
    text: str
    html: str


def render(kind: str, link: str, locale: str = DEFAULT_LOCALE, **values: str) -> Rendered:
    """The email for `kind` in `locale` (falling back to English), linking to `link`."""
    catalog = CATALOGS.get(locale, {})
    subject, heading, body, button = catalog.get(kind) or CATALOGS[DEFAULT_LOCALE][kind]
    subject, heading, body, button = (
        part.format(**values) for part in (subject, heading, body, button)
    )
    text = f"{heading}\n\n{body}\n\n{button}: {link}\n\n— Tandem\n"
    html = (
        '<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#1f2933">'
        f'<h1 style="font-size:18px">{escape(heading)}</h1>'
        f"<p>{escape(body)}</p>"
        f'<p><a href="{escape(link, quote=True)}" style="background:#0f766e;color:#fff;'
        f'padding:8px 14px;border-radius:6px;text-decoration:none">{escape(button)}</a></p>'
        '<p style="color:#6b7280;font-size:12px">Tandem</p></body></html>'
    )
    return Rendered(subject, text, html)
