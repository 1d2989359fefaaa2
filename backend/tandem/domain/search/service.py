"""Keeping the search entries in step with what is written, and searching them with the
database's full-text index: SQLite FTS5 (`search_fts`, kept by triggers) or PostgreSQL's
tsvector (a GIN index on `to_tsvector('simple', body)`). Results come from one 1:1 only, and
private entries only for their author."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import ColumnElement, delete, func, literal_column, or_, select, table
from sqlalchemy.ext.asyncio import AsyncSession

from tandem.domain.errors import ErrorCode, invalid
from tandem.domain.search.models import SearchEntry

MAX_RESULTS = 200
MAX_TERMS = 8
SNIPPET = 160
_START, _STOP = "\x02", "\x03"


class Kind(StrEnum):
    TALKING_POINT = "TALKING_POINT"
    SHARED_NOTES = "SHARED_NOTES"
    PRIVATE_NOTES = "PRIVATE_NOTES"
    COMMENT = "COMMENT"
    ACTION_ITEM = "ACTION_ITEM"


async def put(
    session: AsyncSession,
    kind: Kind,
    ref_id: uuid.UUID,
    *,
    series_id: uuid.UUID,
    meeting_id: uuid.UUID | None,
    body: str,
    private_to: uuid.UUID | None = None,
) -> None:
    """Index `body` for the object (an empty body removes it from the index)."""
    body = body.replace(_START, "").replace(_STOP, "")
    if not body.strip():
        await drop(session, kind, ref_id)
        return
    row = (
        await session.execute(
            select(SearchEntry).where(SearchEntry.kind == kind.value, SearchEntry.ref_id == ref_id)
        )
    ).scalar_one_or_none()
    if row is None:
        session.add(
            SearchEntry(
                kind=kind.value,
                ref_id=ref_id,
                one_on_one_id=series_id,
                meeting_id=meeting_id,
                private_to=private_to,
                body=body,
            )
        )
        return
    values = {
        "one_on_one_id": series_id,
        "meeting_id": meeting_id,
        "private_to": private_to,
        "body": body,
    }
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)


async def drop(session: AsyncSession, kind: Kind, ref_id: uuid.UUID) -> None:
    await session.execute(
        delete(SearchEntry).where(SearchEntry.kind == kind.value, SearchEntry.ref_id == ref_id)
    )


@dataclass(frozen=True)
class Hit:
    kind: Kind
    ref_id: uuid.UUID
    meeting_id: uuid.UUID | None
    # The snippet as runs of (text, is a match).
    snippet: list[tuple[str, bool]]


def terms_of(query: str) -> list[str]:
    words = re.findall(r"\w+", query)
    if not words:
        raise invalid("query", "Type a word to search for.", ErrorCode.REQUIRED)
    return [w[:64].lower() for w in words[:MAX_TERMS]]


async def search(
    session: AsyncSession, series_id: uuid.UUID, viewer_id: uuid.UUID, query: str
) -> list[Hit]:
    """Entries of the 1:1 matching every word of `query` (as prefixes), best first."""
    terms = terms_of(query)
    visible = (SearchEntry.one_on_one_id == series_id) & or_(
        SearchEntry.private_to.is_(None), SearchEntry.private_to == viewer_id
    )
    if session.get_bind().dialect.name == "sqlite":
        fts = table("search_fts")
        match = " ".join(f'"{t}"*' for t in terms)
        marked = func.highlight(literal_column("search_fts"), 0, _START, _STOP)
        stmt = (
            select(SearchEntry, marked)
            .join(fts, literal_column("search_fts.rowid") == SearchEntry.id)
            .where(literal_column("search_fts").op("MATCH")(match), visible)
            .order_by(literal_column("search_fts.rank"))
        )
    else:
        config: ColumnElement[str] = literal_column("'simple'::regconfig")
        vector = func.to_tsvector(config, SearchEntry.body)
        wanted = func.to_tsquery(config, " & ".join(f"{t}:*" for t in terms))
        marked = func.ts_headline(
            config,
            SearchEntry.body,
            wanted,
            f"StartSel={_START}, StopSel={_STOP}, HighlightAll=true",
        )
        stmt = (
            select(SearchEntry, marked)
            .where(vector.op("@@")(wanted), visible)
            .order_by(func.ts_rank(vector, wanted).desc())
        )
    rows = await session.execute(stmt.limit(MAX_RESULTS))
    return [
        Hit(Kind(entry.kind), entry.ref_id, entry.meeting_id, snippet(str(text_)))
        for entry, text_ in rows.all()
    ]


def snippet(marked: str, width: int = SNIPPET) -> list[tuple[str, bool]]:
    """Runs of (text, is a match) from text with match markers, cut to about `width`
    characters around the first match."""
    runs: list[tuple[str, bool]] = []
    for index, part in enumerate(re.split(f"[{_START}{_STOP}]", marked)):
        if part:
            runs.append((part, index % 2 == 1))
    plain = "".join(t for t, _ in runs)
    first = next((sum(len(t) for t, _ in runs[:i]) for i, (_, m) in enumerate(runs) if m), 0)
    start = max(0, first - width // 3)
    stop = min(len(plain), start + width)
    out: list[tuple[str, bool]] = []
    position = 0
    for text_, matched in runs:
        lo, hi = max(start, position), min(stop, position + len(text_))
        if lo < hi:
            out.append((text_[lo - position : hi - position], matched))
        position += len(text_)
    if start > 0 and out:
        out[0] = ("…" + out[0][0].lstrip(), out[0][1])
    if stop < len(plain) and out:
        out[-1] = (out[-1][0].rstrip() + "…", out[-1][1])
    return out
