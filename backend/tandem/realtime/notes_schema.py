"""The schema of a meeting document's shared notes (`notes`, an XmlFragment in the shape the
editor's binding gives a Tiptap document), written once for validation and for the Markdown
renderer (`notes.py`), which reads the same limits and renders anything stored before them
safely. Only rules no two valid concurrent edits can break together are enforced: node names,
which node may hold which, attributes and marks, nesting depth. Pure: no database, no I/O."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from pycrdt import XmlElement, XmlFragment, XmlText

from tandem.realtime.schema import Problem

MAX_DEPTH = 32  # elements inside elements (a list in a list … is two levels each)
MAX_START = 999_999_999  # the largest number a Markdown ordered list can start with
MAX_HREF = 2048
MAX_LANGUAGE = 64
TEXT = "#text"
BLOCKS = frozenset(
    {
        "paragraph",
        "heading",
        "bulletList",
        "orderedList",
        "taskList",
        "blockquote",
        "codeBlock",
        "horizontalRule",
    }
)
INLINE = frozenset({TEXT, "hardBreak"})
# What each node may hold (None: the fragment itself).
CHILDREN: dict[str | None, frozenset[str]] = {
    None: BLOCKS,
    "paragraph": INLINE,
    "heading": INLINE,
    "bulletList": frozenset({"listItem"}),
    "orderedList": frozenset({"listItem"}),
    "taskList": frozenset({"taskItem"}),
    "listItem": BLOCKS,
    "taskItem": BLOCKS,
    "blockquote": BLOCKS,
    "codeBlock": frozenset({TEXT}),
    "horizontalRule": frozenset(),
    "hardBreak": frozenset(),
}
MARKS = frozenset({"bold", "italic", "strike", "code", "link"})


def integral(value: object, low: int, high: int) -> int | None:
    """`value` as an int when it is a whole number within [low, high] (JSON numbers arrive as
    floats); None otherwise."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if value != value or value in (float("inf"), float("-inf")) or value != int(value):
        return None
    number = int(value)
    return number if low <= number <= high else None


def _short_string(limit: int) -> Any:
    return lambda v: v is None or (isinstance(v, str) and len(v) <= limit and "\x00" not in v)


ATTRIBUTES: dict[str, dict[str, tuple[Any, str]]] = {
    "heading": {"level": (lambda v: integral(v, 1, 6) is not None, "a whole number 1 to 6")},
    "orderedList": {
        "start": (lambda v: integral(v, -(2**31), 2**31 - 1) is not None, "a whole number"),
        "type": (_short_string(8), "a short string"),
    },
    "taskItem": {"checked": (lambda v: isinstance(v, bool), "true or false")},
    "codeBlock": {"language": (_short_string(MAX_LANGUAGE), "a short string")},
}
# The link schemes the editor allows (Tiptap's Link), and links without one (relative).
LINK_SCHEMES = frozenset(
    {"http", "https", "ftp", "ftps", "mailto", "tel", "callto", "sms", "cid", "xmpp"}
)
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")


def is_safe_href(href: object) -> bool:
    """A link target the notes may hold: a non-empty string of an allowed scheme or none
    (`javascript:` and the like are refused)."""
    if not isinstance(href, str) or not href or len(href) > MAX_HREF or "\x00" in href:
        return False
    scheme = _SCHEME.match(href.strip())
    return scheme is None or scheme.group(1).lower() in LINK_SCHEMES


LINK = {
    "href": is_safe_href,
    "target": _short_string(200),
    "rel": _short_string(200),
    "class": _short_string(200),
    "title": _short_string(200),
}


def _mark_problems(marks: dict[str, Any]) -> Iterator[Problem]:
    for name, value in marks.items():
        where = f"notes.mark.{name}"
        if name not in MARKS:
            yield Problem(where, "INVALID_NOTES", f"The notes have no mark {name!r}.")
        elif name == "link":
            if not isinstance(value, dict) or not all(
                key in LINK and LINK[key](v) for key, v in value.items()
            ):
                yield Problem(where, "INVALID_NOTES", "A link has a string href (and title…).")
        elif value not in ({}, True):
            yield Problem(where, "INVALID_NOTES", f"The {name} mark carries no value.")


def _text_problems(text: XmlText, where: str) -> Iterator[Problem]:
    if len(text.attributes):
        yield Problem(where, "INVALID_NOTES", "Text nodes have no attributes.")
    for chunk, marks in text.diff():
        if not isinstance(chunk, str):
            yield Problem(where, "INVALID_NOTES", "The notes hold text, not embeds.")
            continue
        if "\x00" in chunk:
            yield Problem(where, "INVALID_NOTES", "Text may not hold U+0000.")
        yield from _mark_problems(marks or {})


def _element_problems(element: XmlElement, where: str) -> Iterator[Problem]:
    allowed = ATTRIBUTES.get(element.tag or "", {})
    for name, value in list(element.attributes):  # type: ignore[call-overload]
        if name not in allowed:
            yield Problem(f"{where}.{name}", "INVALID_NOTES", f"{where} has no {name!r}.")
        elif not allowed[name][0](value):
            yield Problem(
                f"{where}.{name}", "INVALID_NOTES", f"{where}'s {name}: {allowed[name][1]}."
            )


def notes_problems(fragment: XmlFragment) -> Iterator[Problem]:
    """How the notes break the schema (nothing: they are well-formed). Problems name the kind
    of node, not its place, so counting them before and after an update tells what it added."""
    stack: list[tuple[Any, str | None, int]] = [(c, None, 1) for c in fragment.children]
    while stack:
        node, parent, depth = stack.pop()
        name = TEXT if isinstance(node, XmlText) else getattr(node, "tag", None)
        where = f"notes.{name}"
        if name not in CHILDREN and name != TEXT:
            yield Problem(where, "INVALID_NOTES", f"The notes have no node {name!r}.")
            continue
        if name not in CHILDREN[parent]:
            yield Problem(
                f"{where}.in.{parent or 'notes'}",
                "INVALID_NOTES",
                f"A {name} cannot be inside {parent or 'the notes'}.",
            )
        if depth > MAX_DEPTH:
            yield Problem("notes.depth", "INVALID_NOTES", f"Nest at most {MAX_DEPTH} levels.")
        if isinstance(node, XmlText):
            yield from _text_problems(node, where)
        elif isinstance(node, XmlElement):
            yield from _element_problems(node, where)
            stack.extend((child, name, depth + 1) for child in node.children)
