"""The rules every pushed update must keep (see `apply_checked`); the schema they enforce is
`schema` (items) and `notes_schema` (shared notes). Pure: no database, no I/O."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pycrdt import Doc, Map, XmlFragment

from tandem.realtime import notes_schema, schema, updates
from tandem.realtime.documents import (
    MAX_UPDATE_BYTES,
    RESERVED_CLIENTS,
    ROOTS,
    clocks_of,
    integrate,
    items_of,
    load,
    waiting,
)


class Rejected(Exception):
    """An update that would corrupt or forge the document; `code` says which rule it breaks."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


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


def problems(doc: Doc[Any]) -> Counter[schema.Problem]:
    """Every way the document breaks its schema (usually none)."""
    found: Counter[schema.Problem] = Counter()
    for key, value in items_of(doc).items():
        found.update(schema.item_problems(key, value))
    found.update(notes_schema.notes_problems(doc.get("notes", type=XmlFragment)))
    return found


@dataclass(frozen=True)
class Known:
    """The structs a document holds: integrated (below its clocks) or waiting in it for one
    they depend on (by client, [start, end) clock ranges)."""

    clocks: dict[int, int]
    waiting: dict[int, list[tuple[int, int]]]
    waiting_deletes: dict[int, list[tuple[int, int]]]

    @classmethod
    def of(cls, doc: Doc[Any], applied: Sequence[bytes]) -> Known:
        ranges: dict[int, list[tuple[int, int]]] = {}
        deletes: dict[int, list[tuple[int, int]]] = {}
        for rest in waiting(doc, applied):
            try:
                parsed = updates.parse(rest)
            except updates.Malformed:
                continue
            for client, span in parsed.ranges.items():
                ranges.setdefault(client, []).append(span)
            for client, spans in parsed.deletes.items():
                deletes.setdefault(client, []).extend((c, c + n) for c, n in spans)
        return cls(clocks_of(doc.get_state()), ranges, deletes)

    def deletion_known(self, client: int, start: int, end: int) -> bool:
        """Whether deleting [start, end) of `client` is of structs known or already waiting."""
        return self.covers(client, start, end) or any(
            low <= start and end <= high for low, high in self.waiting_deletes.get(client, ())
        )

    def has(self, client: int, clock: int) -> bool:
        return clock < self.clocks.get(client, 0) or any(
            start <= clock < end for start, end in self.waiting.get(client, ())
        )

    def covers(self, client: int, start: int, end: int) -> bool:
        """Whether every struct of `client` in [start, end) is known."""
        at = max(start, self.clocks.get(client, 0))
        for low, high in sorted(self.waiting.get(client, ())):
            if at >= end:
                break
            if low <= at < high:
                at = high
        return at >= end


def apply_checked(
    doc: Doc[Any],
    update: bytes,
    author: str,
    applied: Sequence[bytes] = (),
    owners: dict[int, str] | None = None,
) -> bool:
    """Apply `update` to `doc`, raising `Rejected` unless the change keeps the rules: a Yjs v1
    update; only the two roots, of their types; a new item is a Map whose `author` is the
    sender, under a key no one has used; authors never change; items are never removed or
    replaced (they are marked `deleted`); and nothing it adds breaks the document's schema.
    The rules are checked on the document itself, so updates that waited in it for this one
    and apply with it are held to them too. False: the document already had all of it (a
    duplicate; nothing to store). After `Rejected` the document is spoiled: discard it.
    `applied`: the updates `doc` was made of (see `integrate`).

    `owners` (Yjs client id -> author; None: not checked) binds client ids to people: what is
    new in the update is written under client ids that are the author's or no one's yet (they
    become the author's), and it builds only on structs the document holds or on the author's
    own changes still on their way — so nobody can plant an update that waits for someone
    else's next edit and breaks it when it arrives."""
    if len(update) > MAX_UPDATE_BYTES:
        raise Rejected("TOO_LARGE", f"An update may be at most {MAX_UPDATE_BYTES} bytes.")
    try:
        parsed = updates.parse(update)
    except updates.Malformed as exc:
        if updates.looks_like_v2(update):
            raise Rejected(
                "INVALID_UPDATE",
                "This is a Yjs v2 update: send v1 updates (Y.encodeStateAsUpdate, not …V2).",
            ) from exc
        raise Rejected("INVALID_UPDATE", f"This is not a valid Yjs v1 update: {exc}.") from exc
    known = Known.of(doc, applied)
    clocks = known.clocks
    new = {
        client: first
        for client, first in parsed.writes_beyond(clocks).items()
        if not known.covers(client, first, parsed.ranges[client][1])
    }
    if RESERVED_CLIENTS & set(new):
        raise Rejected("INVALID_UPDATE", "Yjs client ids 1 and 2 are the server's own.")
    if owners is not None:
        _check_clients(parsed, new, known, owners, author)
    before = _snapshot(doc)
    _check_roots(parsed, new, before)
    if not new and not parsed.deletes:
        return False
    deletions = doc.get_update(doc.get_state())  # the delete set alone
    replaced: list[str] = []
    items = items_of(doc)
    watch = items.observe(
        lambda event: replaced.extend(
            key
            for key, change in event.keys.items()  # type: ignore[attr-defined]
            if change["action"] != "add"
        )
    )
    try:
        doc.apply_update(update)
        integrate(doc, [*applied, update])
    except Exception as exc:  # a malformed update fails inside the CRDT core
        raise Rejected("INVALID_UPDATE", "This is not a valid Yjs update.") from exc
    finally:
        items.unobserve(watch)
    if not _changed(doc, update, new, clocks, deletions):
        return False
    unknown = set(doc.keys()) - ROOTS
    if unknown:
        raise Rejected("UNKNOWN_ROOT", f"Only the roots {sorted(ROOTS)} may be written.")
    try:
        doc.get("notes", type=XmlFragment)
        after = _snapshot(doc)
    except Exception as exc:
        raise Rejected("INVALID_UPDATE", "A root has the wrong type.") from exc
    if set(before) - set(after) or set(replaced) & set(before):
        raise Rejected(
            "HARD_DELETE", "Talking points are never removed or replaced: mark them deleted."
        )
    for key, (who, is_map) in after.items():
        if key not in before:
            if not is_map or who != author:
                raise Rejected("FORGED_AUTHOR", "A new talking point must be yours.")
        elif who != before[key][0]:
            raise Rejected("FORGED_AUTHOR", "A talking point's author never changes.")
    found = problems(doc)
    if found:
        added = found - problems(load(applied))
        if added:
            first = min(added)
            raise Rejected(first.code, first.message)
    if owners is not None:
        for client in new:
            owners.setdefault(client, author)
    return True


def _check_clients(
    parsed: updates.Update,
    new: dict[int, int],
    known: Known,
    owners: dict[int, str],
    author: str,
) -> None:
    for client in new:
        owner = owners.get(client)
        if owner is not None and owner != author:
            raise Rejected(
                "FOREIGN_CLIENT",
                f"The Yjs client id {client} writes for someone else: write under a client id "
                "of your own (a new Y.Doc has one).",
            )

    # What an update may wait for: its author's own changes, under their client ids or under
    # ids no one has written under yet (another tab of theirs sharing the browser's copy, or a
    # batch of theirs still on its way). Ids of others were claimed by their first write.
    def others(client: int) -> bool:
        owner = owners.get(client)
        return owner is not None and owner != author

    missing = "This update builds on someone else's changes that the server does not have."
    for (writer, at), (client, clock) in parsed.refs:
        if known.has(writer, at) or not others(client):
            continue  # a struct the document has already, or one built on the author's own
        if not known.has(client, clock):
            raise Rejected("MISSING_DEPENDENCY", missing)
    for client, ranges in parsed.deletes.items():
        if not others(client):
            continue
        for clock, length in ranges:
            if not known.deletion_known(client, clock, clock + length):
                raise Rejected("MISSING_DEPENDENCY", missing)


def _check_roots(
    parsed: updates.Update, new: dict[int, int], before: dict[str, tuple[str | None, bool]]
) -> None:
    """What an update places directly under a root, read before applying it: its own roots,
    `items` entries under well-formed keys no one has used yet, no map entries in `notes`."""
    for entry in parsed.roots:
        if entry.client not in new or entry.clock < new[entry.client]:
            continue  # the document has this struct already
        if entry.root not in ROOTS:
            raise Rejected("UNKNOWN_ROOT", f"Only the roots {sorted(ROOTS)} may be written.")
        if entry.root == "notes":
            if entry.key is not None:
                raise Rejected("INVALID_NOTES", "The notes are a Y.XmlFragment.")
            continue
        if entry.key is None:
            raise Rejected("INVALID_ITEM", "`items` is a Y.Map of talking points.")
        if not schema.is_key(entry.key):
            raise Rejected(
                "INVALID_ITEM",
                f"An item key is 1 to {schema.MAX_KEY} letters, digits, '-' or '_'.",
            )
        if entry.key in before:
            raise Rejected(
                "ITEM_KEY_TAKEN",
                f"Someone created the talking point {entry.key!r} first: add yours under a "
                "new key.",
            )


def _changed(
    doc: Doc[Any],
    update: bytes,
    new: dict[int, int],
    clocks: dict[int, int],
    deletions: bytes,
) -> bool:
    """Whether applying `update` changed the document (or left something waiting in it);
    False for deletions it had made already. Refuses what applies but changes nothing while
    holding something new: the client must never believe such an edit is saved."""
    if new:
        after = clocks_of(doc.get_state())
        if waiting(doc, [update]) or any(
            after.get(client, 0) > clocks.get(client, 0) for client in new
        ):
            return True
        raise Rejected("INVALID_UPDATE", "This update changes nothing the document can hold.")
    # Deletions only: of what the document holds, or waiting for it (a client's pushes may
    # overtake each other), or made already (a duplicate).
    return bool(waiting(doc, [update])) or doc.get_update(doc.get_state()) != deletions
