"""Accounts: the operator's and the admin's ways to add a person, and a change of email that
waits for the new address to confirm. Admins never learn or choose anyone's password, and
cannot move anyone's email to an address that did not confirm."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from tandem.domain.actor import Actor
from tandem.domain.errors import ErrorCode, Invalid, invalid
from tandem.domain.identity import audit, links, notices, passwords
from tandem.domain.identity.links import LinkPolicy
from tandem.domain.people import checks, rules
from tandem.domain.people.models import User


@dataclass(frozen=True)
class NewUser:
    name: str
    email: str
    title: str = ""
    timezone: str = "UTC"
    manager_id: uuid.UUID | None = None
    is_admin: bool = False
    password: str | None = None


async def create_user(
    session: AsyncSession, actor: Actor | None, new: NewUser
) -> tuple[User, str | None]:
    """The operator's way (CLI, seed; `actor` None): create an account with a password, or
    with a generated temporary one, returned once, that must be changed at first sign-in.
    Admins use `invite_user`: nobody but the person ever knows their password."""
    if actor is not None:
        actor.require_admin()
        if new.password is not None:
            raise invalid(
                "password", "Only the person chooses their password.", ErrorCode.FORBIDDEN
            )
    temporary = None if new.password is not None else passwords.generate_temporary_password()
    user = await _add_user(
        session,
        actor,
        new,
        password_hash=await passwords.hash_password_async(new.password or temporary or ""),
        must_change_password=temporary is not None,
    )
    return user, temporary


async def invite_user(
    session: AsyncSession, actor: Actor, new: NewUser, policy: LinkPolicy
) -> tuple[User, datetime]:
    """An admin adds someone: the account has no password until the person chooses one with
    the single-use link emailed to them. Returns the person and when the link expires."""
    actor.require_admin()
    if new.password is not None:
        raise invalid("password", "Only the person chooses their password.", ErrorCode.FORBIDDEN)
    user = await _add_user(session, actor, new, password_hash=None, must_change_password=False)
    issued = await links.issue(
        session,
        user.id,
        links.Purpose.PASSWORD_RESET,
        policy.invitation_ttl,
        created_by_id=actor.user_id,
    )
    await notices.invitation(session, user, issued, policy)
    return user, issued.link.expires_at


async def _add_user(
    session: AsyncSession,
    actor: Actor | None,
    new: NewUser,
    *,
    password_hash: str | None,
    must_change_password: bool,
) -> User:
    errors = [
        e
        for e in (
            rules.check_name(new.name),
            rules.check_email(new.email),
            rules.check_title(new.title),
            rules.check_timezone(new.timezone),
        )
        if e
    ]
    if new.password is not None:
        try:
            passwords.check_policy(new.password, email=new.email, name=new.name)
        except Invalid as exc:
            errors.extend(exc.errors)
    if errors:
        raise Invalid(*errors)
    await checks.check_email_free(session, new.email, None)
    if new.manager_id is not None:
        await checks.check_manager(session, None, new.manager_id)
    user = User(
        name=" ".join(new.name.split()),
        name_key=rules.name_key(new.name),
        email=new.email.strip(),
        email_key=rules.email_key(new.email),
        title=new.title.strip(),
        timezone=new.timezone,
        manager_id=new.manager_id,
        is_admin=new.is_admin,
        is_active=True,
        password_hash=password_hash,
        must_change_password=must_change_password,
    )
    session.add(user)
    await session.flush()
    audit.record(
        session,
        audit.Action.USER_CREATED,
        actor_id=actor.user_id if actor else None,
        subject_id=user.id,
        is_admin=user.is_admin,
    )
    return user


async def request_email_change(
    session: AsyncSession, actor: Actor, user: User, email: str, policy: LinkPolicy
) -> None:
    await checks.check_email_free(session, email, user.id)
    if rules.email_key(email) == user.email_key:
        # The same mailbox, written differently: nothing to confirm.
        user.email = email
        return
    issued = await links.issue(
        session,
        user.id,
        links.Purpose.EMAIL_CHANGE,
        policy.email_confirmation_ttl,
        created_by_id=actor.user_id,
        new_email=email,
    )
    await notices.email_change(session, user, issued, policy)
    audit.record(
        session,
        audit.Action.EMAIL_CHANGE_REQUESTED,
        actor_id=actor.user_id,
        subject_id=user.id,
        **{"from": user.email, "to": email},
    )


async def confirm_email(session: AsyncSession, secret: str) -> User:
    """The new address confirms: the email switches now. `LinkInvalid` when the link does not
    work; `Invalid` (DUPLICATE) when someone took the address meanwhile."""
    link = await links.redeem(session, secret, links.Purpose.EMAIL_CHANGE)
    user = await checks.get_for_update(session, link.user_id)
    if not user.is_active or link.new_email is None:
        raise links.LinkInvalid
    await checks.check_email_free(session, link.new_email, user.id)
    previous = user.email
    user.email = link.new_email
    user.email_key = rules.email_key(link.new_email)
    audit.record(
        session,
        audit.Action.EMAIL_CHANGED,
        actor_id=None,
        subject_id=user.id,
        **{"from": previous, "to": link.new_email},
    )
    await session.flush()
    return user
