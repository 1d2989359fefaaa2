"""The meeting document: one CRDT (pycrdt, the Python binding of Yjs's Rust core) per meeting.

Roots: `items` — a Map from talking-point key to a Map (see `schema`) — and `notes` — an
XmlFragment for the shared notes (see `notes_schema`). Updates are Yjs v1 updates; `validation`
holds the rules a pushed one must keep. This module is pure: no database, no I/O."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from fractional_indexing import generate_key_between  # type: ignore[import-untyped]
from pycrdt import Doc, Map, Text, get_update, merge_updates

from tandem.realtime import schema

ROOTS = frozenset({"items", "notes"})
# One pushed update (or a batch of them) may not be larger than this; clients split backlogs.
MAX_UPDATE_BYTES = 256 * 1024
MAX_TEXT = schema.MAX_TEXT
SEED_CLIENT_ID = 1  # seeds are made by this client id with fixed item ids: seeding is idempotent
# The server's own transactions (plain mutations, carry-over) all use this client id, so state
# vectors stay small. Two writers with one client id and clock would corrupt the document:
# the server writes only under the meeting's document lock, loading it after taking the lock.
SERVER_CLIENT_ID = 2
RESERVED_CLIENTS = frozenset({SEED_CLIENT_ID, SERVER_CLIENT_ID})
ItemView = schema.ItemView


def load(updates: Sequence[bytes]) -> Doc[Any]:
    doc: Doc[Any] = Doc(client_id=SERVER_CLIENT_ID)
    for update in updates:
        if update:
            doc.apply_update(update)
    integrate(doc, updates)
    return doc


def items_of(doc: Doc[Any]) -> Map[Any]:
    items: Map[Any] = doc.get("items", type=Map)
    return items


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


def clocks_of(state_vector: bytes) -> dict[int, int]:
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
    clocks = clocks_of(state)
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


def view(doc: Doc[Any]) -> list[ItemView]:
    """Every item (deleted ones too), in agenda order (section order is the caller's); what
    breaks the schema is read clipped to it, or skipped (see `schema.read_item`)."""
    out = [
        item
        for key, value in items_of(doc).items()
        if (item := schema.read_item(key, value)) is not None
    ]
    return sorted(out, key=lambda i: (i.order, i.id))


is_order_key = schema.is_order_key


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
    # pycrdt counts positions in UTF-8 bytes (Yrs's default), not characters.
    at = utf8_length(old[:start])
    with doc.transaction(origin="server"):
        if end_old > start:
            del text[at : at + utf8_length(old[start:end_old])]
        if end_new > start:
            text.insert(at, new[start:end_new])


def utf8_length(text: str) -> int:
    """A position in pycrdt's text types: UTF-8 bytes."""
    return len(text.encode("utf-8", "surrogatepass"))


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
