"""Markdown appended to the shared notes (`appendSharedNotes`), turned into elements of the
shape the editor's binding gives them (see `notes_schema`) and inserted as one transaction.
The reverse of `notes.to_markdown`: what it renders comes back as the same structure. Pure:
no database, no I/O."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token
from pycrdt import Doc, XmlElement, XmlFragment

MAX_APPEND = 20_000
_TASK = re.compile(r"^\[([ xX])\](?:[ \t]+|$)")
# Escapes and entities stay tokens of their own (`text_join` off): a task marker written as
# `\[ \]` is text, not a task.
_PARSER = MarkdownIt("commonmark", {"html": False}).enable("strikethrough").disable("text_join")


def append_markdown(doc: Doc[Any], markdown: str) -> None:
    """Append `markdown` to the notes as elements (one transaction, merged with live edits)."""
    tokens = _PARSER.parse(markdown)
    blocks = list(_blocks(tokens, 0, len(tokens)))
    with doc.transaction(origin="server"):
        fragment: XmlFragment = doc.get("notes", type=XmlFragment)
        for block in blocks:
            _insert(fragment, block)


# A block before insertion: (tag, attributes, children) where children are blocks or
# inline runs [(text, marks)] or ("hardBreak",).
Block = tuple[str, dict[str, Any], list[Any]]


def _insert(parent: Any, block: Block) -> None:
    """Insert `block` under `parent`, and its children under it — breadth first, without
    recursion (markdown-it bounds nesting, but nothing here depends on that)."""
    queue: list[tuple[Any, Block]] = [(parent, block)]
    while queue:
        into, (tag, attributes, children) = queue.pop(0)
        element = XmlElement(tag, {k: v for k, v in attributes.items() if v is not None})
        into.children.append(element)
        if children and isinstance(children[0], list):  # inline content
            _insert_runs(element, children[0])
        else:
            queue.extend((element, child) for child in children)


def _insert_runs(element: XmlElement, runs: list[Any]) -> None:
    from pycrdt import XmlText

    text = XmlText()
    element.children.append(text)
    position = 0
    for run in runs:
        if run == ("hardBreak",):
            element.children.append(XmlElement("hardBreak"))
            text = XmlText()
            element.children.append(text)
            position = 0
            continue
        value, marks = run
        text.insert(position, value, marks or None)
        position += len(value.encode("utf-8"))  # pycrdt counts positions in UTF-8 bytes


def _closing(tokens: Sequence[Token], start: int) -> int:
    """The index of the token closing the one opened at `start`."""
    depth = 0
    for index in range(start, len(tokens)):
        depth += tokens[index].nesting
        if depth == 0:
            return index
    return len(tokens) - 1


def _blocks(tokens: Sequence[Token], start: int, stop: int) -> Iterable[Block]:
    index = start
    while index < stop:
        token = tokens[index]
        if token.type == "paragraph_open":
            end = _closing(tokens, index)
            yield ("paragraph", {}, [_runs(tokens[index + 1])])
            index = end + 1
        elif token.type == "heading_open":
            end = _closing(tokens, index)
            yield ("heading", {"level": int(token.tag[1])}, [_runs(tokens[index + 1])])
            index = end + 1
        elif token.type in ("bullet_list_open", "ordered_list_open"):
            end = _closing(tokens, index)
            yield _list_block(tokens, index, end)
            index = end + 1
        elif token.type == "blockquote_open":
            end = _closing(tokens, index)
            yield ("blockquote", {}, list(_blocks(tokens, index + 1, end)))
            index = end + 1
        elif token.type in ("fence", "code_block"):
            language = token.info.strip() or None
            code = token.content[:-1] if token.content.endswith("\n") else token.content
            yield ("codeBlock", {"language": language}, [[(code, None)]] if code else [])
            index += 1
        elif token.type == "hr":
            yield ("horizontalRule", {}, [])
            index += 1
        else:
            index += 1


def _list_block(tokens: Sequence[Token], start: int, stop: int) -> Block:
    ordered = tokens[start].type == "ordered_list_open"
    items: list[tuple[list[Block], bool | None]] = []
    index = start + 1
    while index < stop:
        if tokens[index].type == "list_item_open":
            end = _closing(tokens, index)
            children = list(_blocks(tokens, index + 1, end))
            items.append(_task(tokens, index, children))
            index = end + 1
        else:
            index += 1
    if not ordered and items and all(checked is not None for _, checked in items):
        return ("taskList", {}, [("taskItem", {"checked": bool(c)}, body) for body, c in items])
    attributes: dict[str, Any] = {}
    if ordered:
        first = tokens[start].attrGet("start")
        attributes["start"] = int(first) if first is not None else 1
    tag = "orderedList" if ordered else "bulletList"
    return (tag, attributes, [("listItem", {}, body) for body, _ in items])


def _task(
    tokens: Sequence[Token], item: int, children: list[Block]
) -> tuple[list[Block], bool | None]:
    """A list item whose paragraph starts with `[ ]` or `[x]` as written (not escaped) is a
    task: (its content without the marker, checked); else (its content, None)."""
    inline = tokens[item + 2] if item + 2 < len(tokens) else None
    if tokens[item + 1].type != "paragraph_open" or inline is None or not inline.children:
        return children, None
    first = inline.children[0]
    found = _TASK.match(first.content) if first.type == "text" else None
    if not found or not children or children[0][0] != "paragraph":
        return children, None
    runs = children[0][2][0]
    first_text, marks = runs[0]
    rest = first_text[found.end() :]
    new_runs = ([(rest, marks)] if rest else []) + runs[1:]
    return [("paragraph", {}, [new_runs]), *children[1:]], found.group(1) != " "


_MARKS = {"strong": "bold", "em": "italic", "s": "strike"}


def _runs(inline: Token) -> list[Any]:
    """Inline content as [(text, marks)] runs and ("hardBreak",) markers."""
    runs: list[Any] = []
    active: dict[str, Any] = {}
    for token in inline.children or []:
        kind = token.type
        if kind in ("text", "text_special"):
            runs.append((token.content, dict(active)))
        elif kind == "code_inline":
            runs.append((token.content, {**active, "code": {}}))
        elif kind == "softbreak":
            runs.append((" ", dict(active)))
        elif kind == "hardbreak":
            runs.append(("hardBreak",))
        elif kind.endswith("_open") and kind[:-5] in _MARKS:
            active[_MARKS[kind[:-5]]] = {}
        elif kind.endswith("_close") and kind[:-6] in _MARKS:
            active.pop(_MARKS[kind[:-6]], None)
        elif kind == "link_open":
            active["link"] = {"href": str(token.attrGet("href") or "")}
        elif kind == "link_close":
            active.pop("link", None)
    merged: list[Any] = []
    for run in runs:
        if run == ("hardBreak",) or not run[0]:
            if run == ("hardBreak",):
                merged.append(run)
            continue
        if merged and merged[-1] != ("hardBreak",) and merged[-1][1] == run[1]:
            merged[-1] = (merged[-1][0] + run[0], run[1])
        else:
            merged.append(run)
    return [r if r == ("hardBreak",) else (r[0], r[1] or None) for r in merged]
