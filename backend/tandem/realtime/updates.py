"""Reading a Yjs v1 update without applying it (lib0 encoding, as Yjs's `readClientsStructRefs`
and `readDeleteSet` read it), strictly: every byte must belong to a struct or the delete set.

What the rules need that the CRDT core does not tell: which clients and clocks an update
writes, which structs hang directly under a root (a new entry of `items` names its key there),
and whether the bytes are a v1 update at all — a Yjs v2 update "applies" as v1 and changes
nothing. It also refuses what the document never holds (sub-documents, JSON and embed
content) and values nested deeper than the core should ever have to follow."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

# Content kinds (the low five bits of a struct's info byte).
GC, DELETED, JSON, BINARY, STRING, EMBED, FORMAT, TYPE, ANY, DOC, SKIP = range(11)
_ITEM_CONTENT = frozenset({DELETED, BINARY, STRING, FORMAT, TYPE, ANY})
# Shared types a struct may create: Array, Map, Text, XmlElement, XmlFragment, XmlHook, XmlText.
_TYPE_REFS = frozenset(range(7))
_NAMED_TYPES = frozenset({3, 5})  # XmlElement and XmlHook carry a node name
MAX_NESTING = 32  # objects and arrays inside a value


class Malformed(Exception):
    """The bytes are not a well-formed Yjs v1 update."""


@dataclass(frozen=True)
class RootEntry:
    """A struct placed directly under a root (no origin to infer its parent from)."""

    client: int
    clock: int
    root: str
    key: str | None  # the map key (`parentSub`); None for sequence content


@dataclass
class Update:
    # client -> (first clock, clock after the last struct), for structs that hold content
    # (items and GC; `Skip` marks a gap and holds nothing)
    ranges: dict[int, tuple[int, int]] = field(default_factory=dict)
    roots: list[RootEntry] = field(default_factory=list)
    # client -> [(clock, length)] deleted
    deletes: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    # ((client, clock) of a struct here, (client, clock) of a struct it builds on: its left or
    # right neighbour when it was inserted, or its parent)
    refs: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)

    def writes_beyond(self, clocks: dict[int, int]) -> dict[int, int]:
        """client -> first clock this update writes that a document at `clocks` lacks."""
        out = {}
        for client, (start, end) in self.ranges.items():
            known = clocks.get(client, 0)
            if end > known:
                out[client] = max(start, known)
        return out


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def byte(self) -> int:
        if self.pos >= len(self.data):
            raise Malformed("the update ends too early")
        value = self.data[self.pos]
        self.pos += 1
        return value

    def uint(self) -> int:
        value, shift = 0, 0
        while True:
            byte = self.byte()
            value |= (byte & 0x7F) << shift
            if byte < 0x80:
                return value
            shift += 7
            if shift > 63:
                raise Malformed("a number is too long")

    def signed(self) -> None:
        byte = self.byte()
        shift = 6
        while byte & 0x80:
            byte = self.byte()
            shift += 7
            if shift > 70:
                raise Malformed("a number is too long")

    def take(self, length: int) -> bytes:
        end = self.pos + length
        if end > len(self.data):
            raise Malformed("the update ends too early")
        chunk = self.data[self.pos : end]
        self.pos = end
        return chunk

    def string(self) -> str:
        try:
            return self.take(self.uint()).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise Malformed("a string is not UTF-8") from exc


def _skip_any(reader: _Reader, nesting: int = 0) -> None:
    kind = reader.byte()
    if kind in (127, 126, 121, 120):
        return
    if kind == 125:
        reader.signed()
    elif kind == 124:
        reader.take(4)
    elif kind in (123, 122):
        reader.take(8)
    elif kind == 119:
        reader.string()
    elif kind == 116:
        reader.take(reader.uint())
    elif kind in (118, 117):
        if nesting >= MAX_NESTING:
            raise Malformed("a value is nested too deeply")
        for _ in range(reader.uint()):
            if kind == 118:
                reader.string()
            _skip_any(reader, nesting + 1)
    else:
        raise Malformed("an unknown value type")


def _check_json(text: str) -> None:
    try:
        value = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise Malformed("a formatting value is not JSON") from exc
    level = [(value, 0)]
    while level:
        item, nesting = level.pop()
        if isinstance(item, dict | list):
            if nesting >= MAX_NESTING:
                raise Malformed("a value is nested too deeply")
            children = item.values() if isinstance(item, dict) else item
            level.extend((child, nesting + 1) for child in children)


def _utf16_length(text: str) -> int:
    return len(text) + sum(1 for c in text if ord(c) > 0xFFFF)


def _content_length(reader: _Reader, kind: int) -> int:
    """Read an item's content; its length in clock units."""
    if kind == DELETED:
        return reader.uint()
    if kind == BINARY:
        reader.take(reader.uint())
        return 1
    if kind == STRING:
        return _utf16_length(reader.string())
    if kind == FORMAT:
        reader.string()
        _check_json(reader.string())  # the value, as JSON text (the core parses it)
        return 1
    if kind == TYPE:
        ref = reader.uint()
        if ref not in _TYPE_REFS:
            raise Malformed("an unknown shared type")
        if ref in _NAMED_TYPES:
            reader.string()
        return 1
    count = reader.uint()  # ANY
    for _ in range(count):
        _skip_any(reader)
    return count


def parse(data: bytes) -> Update:
    """The structure of a v1 update; `Malformed` unless all of `data` is one."""
    reader = _Reader(data)
    update = Update()
    for _ in range(reader.uint()):
        structs, client, clock = reader.uint(), reader.uint(), reader.uint()
        if client in update.ranges:
            raise Malformed("a client's structs appear twice")
        start = clock
        first: int | None = None
        for _ in range(structs):
            info = reader.byte()
            kind = info & 0x1F
            if kind in (GC, SKIP):
                length = reader.uint()
                if kind == GC:
                    first = clock if first is None else first
                clock += length
                continue
            if kind not in _ITEM_CONTENT:
                raise Malformed("content the document never holds")
            origin, right_origin = bool(info & 0x80), bool(info & 0x40)
            if origin:
                update.refs.append(((client, clock), (reader.uint(), reader.uint())))
            if right_origin:
                update.refs.append(((client, clock), (reader.uint(), reader.uint())))
            root: str | None = None
            key: str | None = None
            if not origin and not right_origin:
                if reader.uint() == 1:
                    root = reader.string()
                else:
                    parent = (reader.uint(), reader.uint())
                    update.refs.append(((client, clock), parent))
                if info & 0x20:
                    key = reader.string()
            length = _content_length(reader, kind)  # may be 0: Yrs writes empty strings
            if root is not None:
                update.roots.append(RootEntry(client, clock, root, key))
            first = clock if first is None else first
            clock += length
        if first is not None and clock > start:
            update.ranges[client] = (first, clock)
    for _ in range(reader.uint()):
        client, count = reader.uint(), reader.uint()
        ranges = update.deletes.setdefault(client, [])
        for _ in range(count):
            ranges.append((reader.uint(), reader.uint()))
    if reader.pos != len(data):
        raise Malformed("bytes left over after the update")
    return update


def looks_like_v2(data: bytes) -> bool:
    """Whether `data` starts as a Yjs v2 update does: a zero feature flag, then nine
    length-prefixed column buffers, then the rest."""
    if not data or data[0] != 0:
        return False
    reader = _Reader(data)
    reader.pos = 1
    try:
        for _ in range(9):
            reader.take(reader.uint())
    except Malformed:
        return False
    return reader.pos < len(data)
