"""Keyset pagination over SQLAlchemy selects, with opaque cursors."""

from __future__ import annotations

import base64
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Generic, TypeVar

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from tandem.domain.errors import invalid

T = TypeVar("T")
MAX_PAGE = 100


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of results, each with its cursor."""

    items: list[T]
    cursors: list[str]
    has_next: bool
    has_previous: bool
    total: int


def _plain(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def encode_cursor(values: Sequence[Any]) -> str:
    raw = json.dumps([_plain(v) for v in values])
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def _not_valid() -> Exception:
    return invalid("after", "This cursor is not valid.")


def decode_cursor(cursor: str, size: int) -> list[Any]:
    """The values inside a cursor: a list of `size` plain JSON values (strings, integers).
    Anything else (a cursor forged or from another list) is refused as invalid."""
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        values = json.loads(base64.urlsafe_b64decode(padded.encode()).decode())
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise _not_valid() from exc
    if not isinstance(values, list) or len(values) != size:
        raise _not_valid()
    if not all(_plain_value(v) for v in values):
        raise _not_valid()
    return values


def _plain_value(value: object) -> bool:
    """A string a key column can hold (no NUL, no lone surrogate), or an integer."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return False
        return "\x00" not in value
    return isinstance(value, int) and not isinstance(value, bool)


def check_first(first: int | None, default: int = 20) -> int:
    if first is None:
        return default
    if not 1 <= first <= MAX_PAGE:
        raise invalid("first", f"Ask for between 1 and {MAX_PAGE} items.")
    return first


async def keyset_page(
    session: AsyncSession,
    stmt: Select[Any],
    keys: Sequence[InstrumentedAttribute[Any]],
    *,
    first: int | None,
    after: str | None,
    key_types: Sequence[type] = (),
    descending: bool = False,
) -> Page[T]:
    """Rows of `stmt` ordered by `keys` (the last one unique), `first` of them after the cursor
    `after`. `key_types` converts cursor values back (e.g. uuid.UUID, datetime)."""
    limit = check_first(first)
    total = (await session.execute(select(func.count()).select_from(stmt.subquery()))).scalar_one()
    page_stmt = stmt.order_by(*(k.desc() if descending else k.asc() for k in keys))
    if after is not None:
        values = decode_cursor(after, len(keys))
        try:
            values = [
                _typed(key_types[i], v) if i < len(key_types) else v for i, v in enumerate(values)
            ]
        except (ValueError, TypeError, OverflowError) as exc:
            raise _not_valid() from exc
        page_stmt = page_stmt.where(_after(keys, values, descending))
    rows: list[T] = list((await session.execute(page_stmt.limit(limit + 1))).scalars())
    has_next = len(rows) > limit
    rows = rows[:limit]
    cursors = [encode_cursor([getattr(row, k.key) for k in keys]) for row in rows]
    return Page(rows, cursors, has_next, after is not None, total)


def _after(
    keys: Sequence[InstrumentedAttribute[Any]], values: Sequence[Any], descending: bool
) -> Any:
    """(k1, k2, …) > (v1, v2, …) (or <) written out, which every database indexes well."""
    clauses = []
    for i, key in enumerate(keys):
        equal = [keys[j] == values[j] for j in range(i)]
        clauses.append(and_(*equal, key < values[i] if descending else key > values[i]))
    return or_(*clauses)


def _typed(kind: type, value: Any) -> Any:
    """A cursor's value as the key's type; TypeError or ValueError when it is not one."""
    if kind is int:
        if not isinstance(value, int):
            raise TypeError("not an integer")
        return value
    if not isinstance(value, str):
        raise TypeError("not a string")
    if kind is datetime:
        parsed = datetime.fromisoformat(value)
        if parsed.tzinfo is None:
            raise ValueError("naive datetime in cursor")
        parsed.astimezone(UTC)  # OverflowError at the ends of the calendar
        return parsed
    if kind is uuid.UUID:
        return uuid.UUID(value)
    if kind is str:
        return value
    raise TypeError(f"no cursor conversion to {kind.__name__}")


def slice_page(items: list[T], key: Any, *, first: int | None, after: str | None) -> Page[T]:
    """The same paging over a list already loaded and sorted by `key(item)` (a tuple)."""
    limit = check_first(first, default=50)
    start = 0
    if after is not None and not items:
        return Page([], [], False, True, 0)
    if after is not None:
        shape = _key_str(key(items[0]))
        decoded = tuple(decode_cursor(after, len(shape)))
        if [type(v) for v in decoded] != [type(v) for v in shape]:
            raise _not_valid()
        start = next((i for i, it in enumerate(items) if _key_str(key(it)) > decoded), len(items))
    window = items[start : start + limit]
    return Page(
        window,
        [encode_cursor(list(key(it))) for it in window],
        start + limit < len(items),
        start > 0,
        len(items),
    )


def _key_str(key: tuple[Any, ...]) -> tuple[Any, ...]:
    return tuple(_plain(v) for v in key)
