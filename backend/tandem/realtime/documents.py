"""The meeting document: one CRDT (pycrdt, the Python binding of Yjs's Rust core) per meeting.

Roots: `items` — a Map from talking-point id to a Map (`text` Text, `done`, `author`, `section`,
`topic`, `order` (a fractional index key), `deleted`) — and `notes` — an XmlFragment for the
shared notes. Updates are Yjs v1 updates. This module is pure: no database, no I/O."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from fractional_indexing import (  # type: ignore[import-untyped]
    generate_key_between,
    validate_order_key,
)
from pycrdt import Doc, Map, Text, XmlFragment, get_update, merge_updates

ROOTS = frozenset({"items", "notes"})
# One pushed update (or a batch of them) may not be larger than this; clients split backlogs.
MAX_UPDATE_BYTES = 256 * 1024
MAX_TEXT = 2000
SEED_CLIENT_ID = 1  # seeds are made by this client id with fixed item ids: seeding is idempotent


class Rejected(Exception):
    """An update that would corrupt or forge the document; `code` says which rule it breaks."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def load(updates: Sequence[bytes]) -> Doc[Any]:
    doc: Doc[Any] = Doc()
    for update in updates:
        if update:
            doc.apply_update(update)
    integrate(doc, updates)
    return doc


def items_of(doc: Doc[Any]) -> Map[Any]:
    items: Map[Any] = doc.get("items", type=Map)
    return items


def _snapshot(doc: Doc[Any]) -> dict[str, tuple[str | None, bool]]:
    """item id -> (author, is a Map) for the rules that compare before and after."""
    out: dict[str, tuple[str | None, bool]] = {}
    for key, value in items_of(doc).items():
        if isinstance(value, Map):
            author = value.get("author")
            out[key] = (author if isinstance(author, str) else None, True)
        else:
            out[key] = (None, False)
    return out


def apply_checked(doc: Doc[Any], update: bytes, author: str, applied: Sequence[bytes] = ()) -> None:
    """Apply `update` to `doc`, raising `Rejected` unless the change keeps the rules: only the
    two roots; a new item is a Map whose `author` is the sender; authors never change; items
    are never removed (they are marked `deleted`). The rules are checked on the document itself,
    so updates that waited in it for this one and apply with it are held to them too. After
    `Rejected` the document is spoiled: discard it. `applied`: the updates `doc` was made of
    (see `integrate`)."""
    if len(update) > MAX_UPDATE_BYTES:
        raise Rejected("TOO_LARGE", f"An update may be at most {MAX_UPDATE_BYTES} bytes.")
    try:
        before = _snapshot(doc)
        doc.apply_update(update)
        integrate(doc, [*applied, update])
    except Exception as exc:  # a malformed update fails inside the CRDT core
        raise Rejected("INVALID_UPDATE", "This is not a valid Yjs update.") from exc
    unknown = set(doc.keys()) - ROOTS
    if unknown:
        raise Rejected("UNKNOWN_ROOT", f"Only the roots {sorted(ROOTS)} may be written.")
    try:
        doc.get("notes", type=XmlFragment)
        after = _snapshot(doc)
    except Exception as exc:
        raise Rejected("INVALID_UPDATE", "A root has the wrong type.") from exc
    removed = set(before) - set(after)
    if removed:
        raise Rejected("HARD_DELETE", "Talking points are never removed: mark them deleted.")
    for key, (who, is_map) in after.items():
        if key not in before:
            if not is_map or who != author:
                raise Rejected("FORGED_AUTHOR", "A new talking point must be yours.")
        elif who != before[key][0]:
            raise Rejected("FORGED_AUTHOR", "A talking point's author never changes.")


def _var_uint(data: bytes, pos: int) -> tuple[int, int]:
    """A lib0 variable-length unsigned integer at `pos`: (value, position after it)."""
    value, shift = 0, 0
    while True:
        byte = data[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        if byte < 0x80:
            return value, pos
        shift += 7


def _clocks(state_vector: bytes) -> dict[int, int]:
    count, pos = _var_uint(state_vector, 0)
    clocks = {}
    for _ in range(count):
        client, pos = _var_uint(state_vector, pos)
        clocks[client], pos = _var_uint(state_vector, pos)
    return clocks


def _waits(rest: bytes, clocks: dict[int, int]) -> bool:
    """Whether `rest` (an update less what the document integrated) holds anything: structs
    the document lacks, or deletions of structs it lacks."""
    clients, pos = _var_uint(rest, 0)
    if clients:
        return True
    clients, pos = _var_uint(rest, pos)  # the delete set: per client, ranges (clock, length)
    for _ in range(clients):
        client, pos = _var_uint(rest, pos)
        ranges, pos = _var_uint(rest, pos)
        for _ in range(ranges):
            clock, pos = _var_uint(rest, pos)
            length, pos = _var_uint(rest, pos)
            if clock + length > clocks.get(client, 0):
                return True
    return False


def waiting(doc: Doc[Any], updates: Sequence[bytes]) -> list[bytes]:
    """What of `updates` (all applied to `doc`) the document could not integrate yet: updates
    that arrived before one they depend on wait inside it, and `doc.get_update()` leaves them
    out. Usually empty."""
    state = doc.get_state()
    clocks = _clocks(state)
    out = []
    for update in updates:
        if update:
            rest: bytes = get_update(update, state)
            if _waits(rest, clocks):
                out.append(rest)
    return out


def integrate(doc: Doc[Any], updates: Sequence[bytes]) -> None:
    """Integrate what can be of the updates still waiting in `doc` (all of `updates` were
    applied to it). pycrdt 0.14 (Yrs) does not always integrate an update that waited for
    another once that one arrives — a client's pushes that overtake each other can leave a
    talking point without its later edits for good, where Yjs integrates them; applying what
    still waits once more does."""
    rest = waiting(doc, updates)
    while rest:
        progress = (doc.get_state(), len(rest))
        doc.apply_update(merge_updates(*rest))
        rest = waiting(doc, updates)
        if (doc.get_state(), len(rest)) == progress:
            return


def encode(doc: Doc[Any], waiting: Sequence[bytes], state_vector: bytes | None = None) -> bytes:
    """Everything `doc` holds that a peer at `state_vector` (None: nothing) lacks, including the
    updates still waiting in it (see `waiting`), as one update."""
    update: bytes = doc.get_update(state_vector) if state_vector else doc.get_update()
    if not waiting:
        return update
    merged: bytes = merge_updates(update, *waiting)
    return merged


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


def view(doc: Doc[Any]) -> list[ItemView]:
    """Every item (deleted ones too), in agenda order (section order is the caller's)."""
    out = []
    for key, value in items_of(doc).items():
        if not isinstance(value, Map):
            continue
        text = value.get("text")
        out.append(
            ItemView(
                id=key,
                text=str(text) if isinstance(text, Text) else "",
                done=bool(value.get("done", False)),
                author=str(value.get("author", "")),
                section=str(value.get("section", "") or ""),
                topic=value.get("topic") if isinstance(value.get("topic"), str) else None,
                order=str(value.get("order", "")),
                deleted=bool(value.get("deleted", False)),
                carried_from=_str_or_none(value.get("carriedFrom")),
                carried_to=_str_or_none(value.get("carriedTo")),
            )
        )
    return sorted(out, key=lambda i: (i.order, i.id))


def _str_or_none(value: object) -> str | None:
    return value if isinstance(value, str) else None


def is_order_key(key: str) -> bool:
    """Whether `key` is a well-formed fractional index key. An item's key can be missing for a
    while (an update that sets it waits for one it depends on) or malformed (a foreign client)."""
    try:
        validate_order_key(key)
    except Exception:  # the library fails with FIError, IndexError … on malformed keys
        return False
    return True


def order_between(before: str | None, after: str | None) -> str:
    key: str = generate_key_between(before, after)
    return key


def add_item(
    doc: Doc[Any],
    item_id: str,
    *,
    text: str,
    author: str,
    section: str,
    topic: str | None,
    order: str,
) -> None:
    with doc.transaction(origin="server"):
        items_of(doc)[item_id] = Map(
            {
                "text": Text(text),
                "done": False,
                "author": author,
                "section": section,
                "topic": topic,
                "order": order,
                "deleted": False,
            }
        )


def set_text(doc: Doc[Any], item_id: str, new: str) -> None:
    """Change an item's text by the smallest edit (common prefix and suffix kept), so that
    concurrent keystrokes elsewhere in the text survive."""
    item = items_of(doc)[item_id]
    text = item["text"]
    old = str(text)
    if old == new:
        return
    start = 0
    while start < min(len(old), len(new)) and old[start] == new[start]:
        start += 1
    end_old, end_new = len(old), len(new)
    while end_old > start and end_new > start and old[end_old - 1] == new[end_new - 1]:
        end_old -= 1
        end_new -= 1
    with doc.transaction(origin="server"):
        if end_old > start:
            del text[start:end_old]
        if end_new > start:
            text.insert(start, new[start:end_new])


def set_field(doc: Doc[Any], item_id: str, field: str, value: Any) -> None:
    with doc.transaction(origin="server"):
        items_of(doc)[item_id][field] = value


def seed(template_sections: Sequence[tuple[str, Sequence[str]]], prefix: str) -> bytes:
    """The agenda a template gives a new meeting, as one update made by a fixed client with
    ids derived from `prefix` (the meeting): seeding twice gives the same update, so it can only
    ever happen once."""
    doc: Doc[Any] = Doc(client_id=SEED_CLIENT_ID)
    order: str | None = None
    with doc.transaction(origin="seed"):
        items = items_of(doc)
        for s, (section, prompts) in enumerate(template_sections):
            for p, prompt in enumerate(prompts):
                order = order_between(order, None)
                items[f"{prefix}-t{s}-{p}"] = Map(
                    {
                        "text": Text(prompt),
                        "done": False,
                        "author": "template",
                        "section": section,
                        "topic": None,
                        "order": order,
                        "deleted": False,
                    }
                )
    update: bytes = doc.get_update()
    return update
