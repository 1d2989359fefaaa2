"""The schema of a meeting document's agenda, written once: validation (`item_problems`) and
reading (`read_item`, what the projection and plain clients see) share these rules and limits,
and the projection's columns are sized by the same constants — so what validation accepts the
projection always stores as it is. Reading is total: an item stored before the rules existed
is read clipped or skipped, never failing. Pure: no database, no I/O.

An item is `items[key]`, a Map:
  text      Text, at most MAX_TEXT characters              (required)
  author    the author's global user ID, or "template"      (required; set once, never changed)
  done, deleted                 booleans                     (missing: false)
  section   string of at most MAX_SECTION characters         (missing: "")
  topic     one of TOPICS, or null                          (missing: null)
  order     a fractional-index key of at most MAX_ORDER characters (missing: not placed yet)
  carriedFrom, carriedTo         a meeting's global ID (set by the server when carrying over)
  carriedFromAt, carriedToAt     that meeting's start, ISO 8601
and nothing else. No string holds U+0000 (PostgreSQL text cannot)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from fractional_indexing import validate_order_key  # type: ignore[import-untyped]
from pycrdt import Map, Text

MAX_KEY = 100
KEY = re.compile(rf"[A-Za-z0-9_-]{{1,{MAX_KEY}}}")
MAX_TEXT = 2000
MAX_SECTION = 200
MAX_ORDER = 100
MAX_AUTHOR = 100
MAX_MEETING_ID = 100
MAX_MOMENT = 40
TOPICS = frozenset(
    {
        "FOLLOW_UP",
        "PERFORMANCE",
        "PROBLEM_SOLVING",
        "TEAM_DYNAMICS",
        "CAREER",
        "WELLBEING",
        "FEEDBACK",
        "OTHER",
    }
)
MAX_TOPIC = max(len(t) for t in TOPICS)
FIELDS = frozenset(
    {
        "text",
        "author",
        "done",
        "deleted",
        "section",
        "topic",
        "order",
        "carriedFrom",
        "carriedFromAt",
        "carriedTo",
        "carriedToAt",
    }
)


@dataclass(frozen=True, order=True)
class Problem:
    """One way a document breaks the schema: `where` names the place (an item key and field,
    or a kind of notes node), so problems before and after an update can be compared."""

    where: str
    code: str
    message: str


@dataclass(frozen=True)
class ItemView:
    """A talking point as the projection and plain clients see it."""

    id: str
    text: str
    done: bool
    author: str
    section: str
    topic: str | None
    order: str
    deleted: bool
    carried_from: str | None = None  # the global ID of the meeting it was carried from
    carried_to: str | None = None


def is_key(key: object) -> bool:
    return isinstance(key, str) and KEY.fullmatch(key) is not None


def is_order_key(key: object) -> bool:
    """Whether `key` is a well-formed fractional index key of bounded length."""
    if not isinstance(key, str) or not 0 < len(key) <= MAX_ORDER:
        return False
    try:
        validate_order_key(key)
    except Exception:  # the library fails with FIError, IndexError … on malformed keys
        return False
    return True


def _is_moment(value: object) -> bool:
    if not isinstance(value, str) or len(value) > MAX_MOMENT:
        return False
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def _string(limit: int) -> Any:
    return lambda v: isinstance(v, str) and len(v) <= limit and "\x00" not in v


def _optional_string(limit: int) -> Any:
    return lambda v: v is None or _string(limit)(v)


_CHECKS: dict[str, tuple[Any, str]] = {
    "author": (_string(MAX_AUTHOR), f"a string of at most {MAX_AUTHOR} characters"),
    "done": (lambda v: isinstance(v, bool), "true or false"),
    "deleted": (lambda v: isinstance(v, bool), "true or false"),
    "section": (_string(MAX_SECTION), f"a string of at most {MAX_SECTION} characters"),
    "topic": (lambda v: v is None or v in TOPICS, f"null or one of {sorted(TOPICS)}"),
    "order": (is_order_key, f"a fractional-index key of at most {MAX_ORDER} characters"),
    "carriedFrom": (_optional_string(MAX_MEETING_ID), "a meeting's global ID"),
    "carriedTo": (_optional_string(MAX_MEETING_ID), "a meeting's global ID"),
    "carriedFromAt": (lambda v: v is None or _is_moment(v), "an ISO 8601 time"),
    "carriedToAt": (lambda v: v is None or _is_moment(v), "an ISO 8601 time"),
}


def item_problems(key: str, value: object) -> Iterator[Problem]:
    """How `items[key]` breaks the schema (nothing: it is a well-formed talking point)."""
    where = f"items.{key}"
    if not is_key(key):
        yield Problem(
            where,
            "INVALID_ITEM",
            f"An item key is 1 to {MAX_KEY} letters, digits, '-' or '_'.",
        )
    if not isinstance(value, Map):
        yield Problem(where, "INVALID_ITEM", "An item is a Y.Map.")
        return
    fields = dict(value.items())
    for name in sorted(set(fields) - FIELDS):
        yield Problem(f"{where}.{name}", "INVALID_ITEM", f"Items have no field {name!r}.")
    text = fields.get("text")
    if not isinstance(text, Text):
        yield Problem(f"{where}.text", "INVALID_ITEM", "An item's text is a Y.Text.")
    else:
        content = str(text)
        if len(content) > MAX_TEXT:
            yield Problem(
                f"{where}.text", "TOO_LONG", f"A talking point has at most {MAX_TEXT} characters."
            )
        if "\x00" in content:
            yield Problem(f"{where}.text", "INVALID_ITEM", "Text may not hold U+0000.")
    if "author" not in fields:
        yield Problem(f"{where}.author", "INVALID_ITEM", "An item names its author.")
    for name, (check, wanted) in _CHECKS.items():
        if name in fields and not check(fields[name]):
            yield Problem(f"{where}.{name}", "INVALID_ITEM", f"An item's {name} is {wanted}.")


def _clip(value: object, limit: int) -> str:
    return value.replace("\x00", "")[:limit] if isinstance(value, str) else ""


def read_item(key: str, value: object) -> ItemView | None:
    """`items[key]` as the read model holds it: exactly the item when it keeps the schema;
    otherwise clipped to it (None: not an item at all)."""
    if not is_key(key) or not isinstance(value, Map):
        return None
    fields = dict(value.items())
    text = fields.get("text")
    topic = fields.get("topic")
    order = fields.get("order")
    carried_from, carried_to = fields.get("carriedFrom"), fields.get("carriedTo")
    return ItemView(
        id=key,
        text=_clip(str(text), MAX_TEXT) if isinstance(text, Text) else "",
        done=fields.get("done") is True,
        author=_clip(fields.get("author"), MAX_AUTHOR),
        section=_clip(fields.get("section"), MAX_SECTION),
        topic=topic if isinstance(topic, str) and topic in TOPICS else None,
        order=order if isinstance(order, str) and is_order_key(order) else "",
        deleted=fields.get("deleted") is True,
        carried_from=_clip(carried_from, MAX_MEETING_ID) or None,
        carried_to=_clip(carried_to, MAX_MEETING_ID) or None,
    )
