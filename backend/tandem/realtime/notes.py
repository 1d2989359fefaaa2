"""The shared notes: rich text in the document's `notes` XmlFragment, in the shape the editor's
binding (y-prosemirror, as Tiptap uses it) gives it — an element per node named by its type
(`paragraph`, `heading` with `level`, `bulletList`, `orderedList`, `listItem`, `taskList`,
`taskItem` with `checked`, `blockquote`, `codeBlock`, `horizontalRule`, `hardBreak`) and text
whose formatting attributes are the marks (`bold`, `italic`, `strike`, `code`, `link` with
`href`). Rendered to Markdown for clients that don't speak Yjs, and Markdown from them appended
as elements of the same shape. Pure: no database, no I/O."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token
from pycrdt import Doc, XmlElement, XmlFragment, XmlText

from tandem.realtime.notes_schema import MAX_DEPTH, MAX_START, integral

MAX_APPEND = 20_000
_ESCAPE = re.compile(r"([\\`*_\[\]<>])")
_TASK = re.compile(r"^\[([ xX])\]\s+")


def notes_of(doc: Doc[Any]) -> XmlFragment:
    fragment: XmlFragment = doc.get("notes", type=XmlFragment)
    return fragment


# --- rendering ------------------------------------------------------------------------------


def to_markdown(doc: Doc[Any]) -> str:
    """The notes as Markdown. Total: notes stored before the schema existed (any attribute
    value, any depth) render too, clipped to what the schema allows."""
    blocks = [_block(child, 1) for child in notes_of(doc).children]
    markdown = "\n\n".join(b for b in blocks if b).strip() + ("\n" if blocks else "")
    return markdown.replace("\x00", "\ufffd")  # never in the schema; PostgreSQL text cannot


def _attr(element: XmlElement, name: str, default: Any = None) -> Any:
    value = element.attributes.get(name) if name in element.attributes else default
    return default if value is None else value


def _block(node: Any, depth: int) -> str:
    if isinstance(node, XmlText):
        return _inline_text(node)
    if not isinstance(node, XmlElement):
        return ""
    if depth >= MAX_DEPTH:  # deeper than the schema allows (stored before it): its words
        return _ESCAPE.sub(r"\\\1", " ".join(_flat_words(node)))
    tag = node.tag
    if tag == "heading":
        level = integral(_attr(node, "level", 1), 1, 6) or 1
        return "#" * level + " " + _inline(node)
    if tag in ("bulletList", "orderedList", "taskList"):
        return _list(node, depth)
    if tag == "blockquote":
        inner = "\n\n".join(b for b in (_block(c, depth + 1) for c in node.children) if b)
        return "\n".join("> " + line if line else ">" for line in inner.split("\n"))
    if tag == "codeBlock":
        language = str(_attr(node, "language", "") or "")
        code = "".join(str(c) if isinstance(c, XmlText) else "" for c in node.children)
        return f"```{language}\n{code}\n```"
    if tag == "horizontalRule":
        return "---"
    return _inline(node)  # paragraph, and anything unknown is shown as its text


def _flat_words(node: Any) -> list[str]:
    """The words under `node`, however deep, without recursion."""
    words, stack = [], [node]
    while stack:
        current = stack.pop()
        if isinstance(current, XmlText):
            words.append(_words(current))
        elif isinstance(current, XmlElement):
            stack.extend(reversed(list(current.children)))
    return [w for w in words if w.strip()]


def _list(node: XmlElement, depth: int) -> str:
    lines = []
    start = integral(_attr(node, "start", 1), -(2**63), 2**63)
    number = 1 if start is None else min(max(start, 0), MAX_START)
    for item in node.children:
        if not isinstance(item, XmlElement):
            continue
        if node.tag == "orderedList":
            marker = f"{number}. "
            number += 1
        elif node.tag == "taskList":
            checked = _attr(item, "checked", False) in (True, "true")
            marker = "- [x] " if checked else "- [ ] "
        else:
            marker = "- "
        body = "\n\n".join(b for b in (_block(c, depth + 2) for c in item.children) if b)
        pad = " " * len(marker)
        first, *rest = body.split("\n") if body else [""]
        lines.append(marker + first)
        lines.extend(pad + line if line else "" for line in rest)
    return "\n".join(lines)


def _inline(element: XmlElement) -> str:
    out = []
    for child in element.children:
        if isinstance(child, XmlText):
            out.append(_inline_text(child))
        elif isinstance(child, XmlElement) and child.tag == "hardBreak":
            out.append("\\\n")
    return "".join(out)


def _inline_text(text: XmlText) -> str:
    out = []
    for chunk, marks in text.diff():
        if not isinstance(chunk, str):
            continue
        marks = marks or {}
        piece = f"`{chunk}`" if "code" in marks else _ESCAPE.sub(r"\\\1", chunk)
        core = piece.strip(" ")
        lead, trail = piece[: len(piece) - len(piece.lstrip(" "))], piece[len(piece.rstrip(" ")) :]
        if core:
            if "bold" in marks:
                core = f"**{core}**"
            if "italic" in marks:
                core = f"*{core}*"
            if "strike" in marks:
                core = f"~~{core}~~"
            link = marks.get("link")
            if isinstance(link, dict) and link.get("href"):
                core = f"[{core}]({link['href']})"
        out.append(lead + core + trail)
    return "".join(out)


def to_plain_text(doc: Doc[Any]) -> str:
    """The notes' words without Markdown syntax, a line per block or list item (for search
    snippets)."""
    lines: list[str] = []
    _plain(notes_of(doc), lines)
    return "\n".join(line for line in lines if line.strip()).replace("\x00", "\ufffd")


def _plain(node: Any, lines: list[str]) -> None:
    stack = list(reversed(list(node.children)))
    while stack:
        child = stack.pop()
        if isinstance(child, XmlText):
            lines.append(_words(child))
        elif isinstance(child, XmlElement):
            if child.tag in ("paragraph", "heading", "codeBlock"):
                lines.append(
                    "".join(_words(c) if isinstance(c, XmlText) else " " for c in child.children)
                )
            else:
                stack.extend(reversed(list(child.children)))


def _words(text: XmlText) -> str:
    return "".join(chunk for chunk, _ in text.diff() if isinstance(chunk, str))


# --- appending ------------------------------------------------------------------------------

_PARSER = MarkdownIt("commonmark", {"html": False}).enable("strikethrough")


def append_markdown(doc: Doc[Any], markdown: str) -> None:
    """Append `markdown` to the notes as elements (one transaction, merged with live edits)."""
    tokens = _PARSER.parse(markdown)
    blocks = list(_blocks(tokens, 0, len(tokens)))
    with doc.transaction(origin="server"):
        fragment = notes_of(doc)
        for block in blocks:
            _insert(fragment, block)


# A block before insertion: (tag, attributes, children) where children are blocks or
# inline runs [(text, marks)] or ("hardBreak", {}, []).
Block = tuple[str, dict[str, Any], list[Any]]


def _insert(parent: Any, block: Block) -> None:
    tag, attributes, children = block
    element = XmlElement(tag, {k: v for k, v in attributes.items() if v is not None})
    parent.children.append(element)
    if children and isinstance(children[0], list):  # inline content
        text = XmlText()
        element.children.append(text)
        position = 0
        for run in children[0]:
            if run == ("hardBreak",):
                element.children.append(XmlElement("hardBreak"))
                text = XmlText()
                element.children.append(text)
                position = 0
                continue
            value, marks = run
            text.insert(position, value, marks or None)
            position += len(value)
        return
    for child in children:
        _insert(element, child)


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
            items.append(_task(children))
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


def _task(children: list[Block]) -> tuple[list[Block], bool | None]:
    """A list item starting with `[ ]` or `[x]` is a task: (its content, checked)."""
    if not children or children[0][0] != "paragraph":
        return children, None
    runs = children[0][2][0]
    if not runs or runs[0] == ("hardBreak",):
        return children, None
    first_text, marks = runs[0]
    found = _TASK.match(first_text)
    if not found:
        return children, None
    rest = first_text[found.end() :]
    new_runs = ([(rest, marks)] if rest else []) + runs[1:]
    return [("paragraph", {}, [new_runs]), *children[1:]], found.group(1) != " "


def _runs(inline: Token) -> list[Any]:
    """Inline content as [(text, marks)] runs and ("hardBreak",) markers."""
    runs: list[Any] = []
    active: dict[str, Any] = {}
    for token in inline.children or []:
        kind = token.type
        if kind == "text":
            runs.append((token.content, dict(active)))
        elif kind == "code_inline":
            runs.append((token.content, {**active, "code": {}}))
        elif kind == "softbreak":
            runs.append((" ", dict(active)))
        elif kind == "hardbreak":
            runs.append(("hardBreak",))
        elif kind in ("strong_open", "em_open", "s_open"):
            active[{"strong_open": "bold", "em_open": "italic", "s_open": "strike"}[kind]] = {}
        elif kind in ("strong_close", "em_close", "s_close"):
            active.pop({"strong_close": "bold", "em_close": "italic", "s_close": "strike"}[kind])
        elif kind == "link_open":
            active["link"] = {"href": str(token.attrGet("href") or "")}
        elif kind == "link_close":
            active.pop("link", None)
    merged: list[Any] = []
    for run in runs:
        if (
            merged
            and run != ("hardBreak",)
            and merged[-1] != ("hardBreak",)
            and merged[-1][1] == run[1]
        ):
            merged[-1] = (merged[-1][0] + run[0], run[1])
        else:
            merged.append(run)
    return [r if r == ("hardBreak",) else (r[0], r[1] or None) for r in merged]
