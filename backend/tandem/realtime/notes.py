"""The shared notes: rich text in the document's `notes` XmlFragment, in the shape the editor's
binding (y-prosemirror, as Tiptap uses it) gives it — an element per node named by its type
(`paragraph`, `heading` with `level`, `bulletList`, `orderedList` with `start`, `listItem`,
`taskList`, `taskItem` with `checked`, `blockquote`, `codeBlock` with `language`,
`horizontalRule`, `hardBreak`) and text whose formatting attributes are the marks (`bold`,
`italic`, `strike`, `code`, `link` with `href`); `notes_schema` holds the rules.

Rendered to CommonMark for clients that don't speak Yjs, faithfully: what would read as syntax
is escaped, so the Markdown parsed back (`notes_markdown.append_markdown`) gives the same
structure and text. What Markdown cannot hold is documented in docs/sync.md (empty paragraphs,
a line break ending a paragraph or inside a heading, formatting that starts or ends on a space
or between a letter and punctuation). Rendering is total: notes stored before the schema
existed render too, clipped to it. Pure: no database, no I/O."""

from __future__ import annotations

import re
from typing import Any

from pycrdt import Doc, XmlElement, XmlFragment, XmlText

from tandem.realtime.notes_markdown import MAX_APPEND, append_markdown
from tandem.realtime.notes_schema import MAX_DEPTH, MAX_START, integral, is_safe_href

__all__ = ["MAX_APPEND", "append_markdown", "notes_of", "to_markdown", "to_plain_text"]

# Characters that are syntax anywhere in a line: escaped with a backslash.
_ESCAPE = re.compile(r"([\\`*_\[\]<>~&])")
_HEADING_ESCAPE = re.compile(r"([\\`*_\[\]<>~&#])")
# Characters Markdown would swallow or treat as line structure: written as entities.
_ENTITIES = {"\n": "&#10;", "\r": "&#13;", "\t": "&#9;"}
# What makes a line's start a block (after its indentation).
_ORDERED = re.compile(r"^(\d{1,9})([.)])(?=[ \t]|$)")
_SAFE_HREF = re.compile(r"[^\s()<>\\]+")
_SAFE_LANGUAGE = re.compile(r"[^\s`~]+")
BLOCK_SEPARATOR = "\n\n"


def notes_of(doc: Doc[Any]) -> XmlFragment:
    fragment: XmlFragment = doc.get("notes", type=XmlFragment)
    return fragment


def to_markdown(doc: Doc[Any]) -> str:
    """The notes as Markdown."""
    markdown = _blocks(list(notes_of(doc).children), 1)
    markdown = markdown + "\n" if markdown else ""
    return markdown.replace("\x00", "\ufffd")  # never in the schema; PostgreSQL text cannot


def _attr(element: XmlElement, name: str, default: Any = None) -> Any:
    value = element.attributes.get(name) if name in element.attributes else default
    return default if value is None else value


def _blocks(nodes: list[Any], depth: int) -> str:
    """Sibling blocks, a blank line apart. Two lists of one kind in a row take different
    markers, or Markdown would read them as one list."""
    out: list[str] = []
    previous: tuple[str, int] | None = None
    for node in nodes:
        family = _list_family(node)
        variant = 0
        if family is not None and previous is not None and previous[0] == family:
            variant = 1 - previous[1]
        rendered = _block(node, depth, variant)
        if rendered:  # a block that renders as nothing (an empty paragraph) separates nothing
            out.append(rendered)
            previous = (family, variant) if family is not None else None
    return BLOCK_SEPARATOR.join(out)


def _list_family(node: Any) -> str | None:
    tag = getattr(node, "tag", None)
    if tag in ("bulletList", "taskList"):
        return "bullet"
    return "ordered" if tag == "orderedList" else None


def _block(node: Any, depth: int, variant: int = 0) -> str:
    if isinstance(node, XmlText):
        return _lines([[node]])
    if not isinstance(node, XmlElement):
        return ""
    if depth >= MAX_DEPTH:  # deeper than the schema allows (stored before it): its words
        return _escape_text(" ".join(_flat_words(node)))
    tag = node.tag
    if tag == "heading":
        level = integral(_attr(node, "level", 1), 1, 6) or 1
        return "#" * level + " " + _heading_text(node)
    if tag in ("bulletList", "orderedList", "taskList"):
        return _list(node, depth, variant)
    if tag == "blockquote":
        inner = _blocks(list(node.children), depth + 1)
        return "\n".join("> " + line if line else ">" for line in inner.split("\n"))
    if tag == "codeBlock":
        return _code_block(node)
    if tag == "horizontalRule":
        return "---"
    return _inline(node)  # paragraph, and anything unknown is shown as its text


def _code_block(node: XmlElement) -> str:
    code = "".join(_words(c) for c in node.children if isinstance(c, XmlText))
    language = str(_attr(node, "language", "") or "")
    if not _SAFE_LANGUAGE.fullmatch(language):
        language = ""
    longest = max((len(run) for run in re.findall(r"`+", code)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}{language}\n{code}\n{fence}"


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


def _list(node: XmlElement, depth: int, variant: int) -> str:
    lines = []
    start = integral(_attr(node, "start", 1), -(2**63), 2**63)
    number = 1 if start is None else min(max(start, 0), MAX_START)
    bullet = "*" if variant else "-"
    for item in node.children:
        if not isinstance(item, XmlElement):
            continue
        if node.tag == "orderedList":
            marker = f"{number}{')' if variant else '.'} "
            number = min(number + 1, MAX_START)
        elif node.tag == "taskList":
            checked = _attr(item, "checked", False) in (True, "true")
            marker = f"{bullet} [x] " if checked else f"{bullet} [ ] "
        else:
            marker = f"{bullet} "
        body = _blocks(list(item.children), depth + 2)
        # Later lines align with the item's content, which starts after the list marker (a
        # task's "[ ]" is part of its content).
        pad = " " * len(marker.split("[")[0])
        first, *rest = body.split("\n") if body else [""]
        if first == "---":  # "- ---" would read as one rule: a rule of underscores here
            first = "___"
        lines.append((marker + first).rstrip(" ") if not first else marker + first)
        lines.extend(pad + line if line else "" for line in rest)
    return "\n".join(lines)


def _heading_text(element: XmlElement) -> str:
    """A heading's text on one line: Markdown headings hold no line breaks (they become
    spaces), and every `#` is escaped, or a closing run of them would vanish."""
    texts = [
        c if isinstance(c, XmlText) else " "
        for c in element.children
        if isinstance(c, XmlText) or getattr(c, "tag", None) == "hardBreak"
    ]
    return _line(texts, heading=True)


def _inline(element: XmlElement) -> str:
    """A paragraph's text, its hard breaks as a backslash before the line's end. A break that
    ends the paragraph has no Markdown: it is left out."""
    lines: list[list[Any]] = [[]]
    for child in element.children:
        if isinstance(child, XmlText):
            lines[-1].append(child)
        elif isinstance(child, XmlElement) and child.tag == "hardBreak":
            lines.append([])
    while len(lines) > 1 and not any(_words(t) for t in lines[-1]):
        lines.pop()
    return _lines(lines)


def _lines(lines: list[list[Any]]) -> str:
    return "\\\n".join(_line(texts) for texts in lines)


def _line(texts: list[Any], heading: bool = False) -> str:
    """One line of text runs, escaped: syntax within it, block syntax at its start, and the
    spaces at its ends (Markdown trims them) as entities."""
    line = "".join(_runs(t, heading) if isinstance(t, XmlText) else t for t in texts)
    return _guard_ends(_guard_start(line))


def _guard_start(line: str) -> str:
    """Escape what would make the line a heading, list item, quote, rule or setext line."""
    if not line:
        return line
    if line[0] in "#-+=":
        return "\\" + line
    ordered = _ORDERED.match(line)
    if ordered:
        return ordered.group(1) + "\\" + line[ordered.end(1) :]
    return line


def _guard_ends(line: str) -> str:
    if line[:1] == " ":
        line = "&#32;" + line[1:]
    if line[-1:] == " ":
        line = line[:-1] + "&#32;"
    return line


def _escape_text(text: str, heading: bool = False) -> str:
    text = (_HEADING_ESCAPE if heading else _ESCAPE).sub(r"\\\1", text)
    for char, entity in _ENTITIES.items():
        text = text.replace(char, entity)
    return text


def _code_span(code: str) -> str:
    longest = max((len(run) for run in re.findall(r"`+", code)), default=0)
    ticks = "`" * (longest + 1)
    if code.strip(" ") and (code[0] in " `" or code[-1] in " `"):
        code = f" {code} "  # Markdown strips one space on each side of such a span
    return f"{ticks}{code}{ticks}"


def _runs(text: XmlText, heading: bool = False) -> str:
    out = []
    for chunk, marks in text.diff():
        if not isinstance(chunk, str) or not chunk:
            continue
        marks = marks or {}
        if "code" in marks:
            out.append(_marked(_code_span(chunk), marks))
            continue
        core = chunk.strip(" ")
        lead = chunk[: len(chunk) - len(chunk.lstrip(" "))]
        trail = chunk[len(chunk.rstrip(" ")) :] if core else ""
        # Formatting cannot start or end on a space in Markdown: the spaces go outside it.
        out.append(lead + (_marked(_escape_text(core, heading), marks) if core else "") + trail)
    return "".join(out)


def _marked(core: str, marks: dict[str, Any]) -> str:
    if "bold" in marks:
        core = f"**{core}**"
    if "italic" in marks:
        core = f"*{core}*"
    if "strike" in marks:
        core = f"~~{core}~~"
    link = marks.get("link")
    if isinstance(link, dict) and is_safe_href(link.get("href")):
        href = str(link["href"])
        if not _SAFE_HREF.fullmatch(href):
            href = "<" + re.sub(r"([<>\\])", r"\\\1", href).replace("\n", "%0A") + ">"
        core = f"[{core}]({href})"
    return core


def to_plain_text(doc: Doc[Any]) -> str:
    """The notes' words without Markdown syntax, a line per block or list item (for search
    snippets)."""
    lines: list[str] = []
    stack = list(reversed(list(notes_of(doc).children)))
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
    return "\n".join(line for line in lines if line.strip()).replace("\x00", "\ufffd")


def _words(text: XmlText) -> str:
    return "".join(chunk for chunk, _ in text.diff() if isinstance(chunk, str))
