"""The emails about a person's credentials: a password reset link, a new address to confirm,
and the notice to the old address. Queued in the outbox of the unit of work that causes them."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from tandem.domain.identity.links import Issued, LinkPolicy
from tandem.domain.people.models import User
from tandem.mail.outbox import Email, enqueue
from tandem.mail.render import render


def _hours(ttl: timedelta) -> str:
    return str(max(1, round(ttl.total_seconds() / 3600)))


async def password_reset(
    session: AsyncSession, user: User, issued: Issued, policy: LinkPolicy
) -> None:
    rendered = render(
        "PASSWORD_RESET",
        policy.url("reset-password", issued.secret),
        hours=_hours(policy.password_reset_ttl),
    )
    await enqueue(
        session,
        Email.of(
            rendered,
            to_address=user.email,
            to_user_id=user.id,
            kind="PASSWORD_RESET",
        ),
        f"password-reset:{issued.link.id}",
    )


async def invitation(session: AsyncSession, user: User, issued: Issued, policy: LinkPolicy) -> None:
    """Welcome to a new person, with the link to choose their password."""
    rendered = render(
        "WELCOME",
        policy.url("welcome", issued.secret),
        name=user.name,
        hours=_hours(policy.invitation_ttl),
        days=str(max(1, round(policy.invitation_ttl.total_seconds() / 86400))),
    )
    await enqueue(
        session,
        Email.of(
            rendered,
            to_address=user.email,
            to_user_id=user.id,
            kind="WELCOME",
        ),
        f"welcome:{issued.link.id}",
    )


async def email_change(
    session: AsyncSession, user: User, issued: Issued, policy: LinkPolicy
) -> None:
    """The link to the new address, and the notice to the old one."""
    new_email = issued.link.new_email
    assert new_email is not None
    values = {
        "name": user.name,
        "new_email": new_email,
        "hours": _hours(policy.email_confirmation_ttl),
    }
    confirm = render("EMAIL_CONFIRM", policy.url("confirm-email", issued.secret), **values)
    notice = render("EMAIL_CHANGE", policy.base_url.rstrip("/") + "/", **values)
    for address, kind, rendered in (
        (new_email, "EMAIL_CONFIRM", confirm),
        (user.email, "EMAIL_CHANGE", notice),
    ):
        await enqueue(
            session,
            Email.of(
                rendered,
                to_address=address,
                to_user_id=user.id,
                kind=kind,
            ),
            f"{kind.lower()}:{issued.link.id}",
        )
