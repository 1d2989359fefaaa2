"""Look-ups and checks the people services share: the row to change (locked), a free email
address, a manager that keeps the org chart a tree."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from tandem.domain.errors import ErrorCode, invalid
from tandem.domain.people import rules
from tandem.domain.people.models import User


async def get_user_by_email(session: AsyncSession, email: str) -> User | None:
    row = await session.execute(select(User).where(User.email_key == rules.email_key(email)))
    return row.scalar_one_or_none()


async def get_for_update(session: AsyncSession, user_id: uuid.UUID) -> User:
    row = await session.execute(select(User).where(User.id == user_id).with_for_update())
    user = row.scalar_one_or_none()
    if user is None:
        raise invalid("id", "No such person.", ErrorCode.NOT_FOUND)
    return user


async def check_email_free(session: AsyncSession, email: str, own_id: uuid.UUID | None) -> None:
    existing = await get_user_by_email(session, email)
    if existing is not None and existing.id != own_id:
        raise invalid("email", "Someone already has this email address.", ErrorCode.DUPLICATE)


async def check_manager(
    session: AsyncSession, user_id: uuid.UUID | None, manager_id: uuid.UUID
) -> None:
    if manager_id == user_id:
        raise invalid("managerId", "Nobody can be their own manager.", ErrorCode.SELF)
    manager = await session.get(User, manager_id)
    if manager is None:
        raise invalid("managerId", "No such person.", ErrorCode.NOT_FOUND)
    if not manager.is_active:
        raise invalid("managerId", "This person is deactivated.", ErrorCode.INACTIVE)
    # Walk up from the new manager: meeting the user would close a loop.
    seen: set[uuid.UUID] = set()
    current: User | None = manager
    while current is not None and current.manager_id is not None:
        if current.manager_id == user_id:
            raise invalid(
                "managerId", "This would make the org chart go round in a circle.", ErrorCode.CYCLE
            )
        if current.manager_id in seen:
            break
        seen.add(current.manager_id)
        current = await session.get(User, current.manager_id)
