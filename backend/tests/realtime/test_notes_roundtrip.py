"""Property: any shared notes in the schema, rendered to Markdown and parsed back (as
`appendSharedNotes` parses), give the same document — the same blocks, attributes, text and
formatting — up to what Markdown cannot hold (docs/sync.md): empty paragraphs, line breaks
ending a paragraph, formatting on the spaces at its edges."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, seed, settings
from hypothesis import strategies as st
from pycrdt import Doc, XmlElement, XmlFragment, XmlText

from tandem.realtime.notes import append_markdown, notes_of, to_markdown
from tandem.realtime.notes_schema import notes_problems
from tests import fuzzing

LETTERS = "abcXYZ019é"
# Everything Markdown reads as syntax somewhere, and characters it would swallow.
SPECIALS = "#*_-+=>[]()!~&\\`<|.:;\t\n1) "
MARKS = ("bold", "italic", "strike", "code", "link")

Run = tuple[str, dict[str, Any]]


@st.composite
def marked_runs(draw: st.DrawFn) -> list[Run]:
    """One line of text: plain runs of any characters, and formatted words set off by spaces
    (Markdown's formatting cannot start or end between a letter and punctuation)."""
    runs: list[Run] = []
    for _ in range(draw(st.integers(0, 4))):
        if draw(st.booleans()):
            text = draw(st.text(LETTERS + SPECIALS + "😀", min_size=1, max_size=12))
            runs.append((text, {}))
            continue
        names = draw(st.sets(st.sampled_from(MARKS), min_size=1, max_size=3))
        marks: dict[str, Any] = {name: {} for name in names}
        if "link" in names:
            path = draw(st.text("abc019-/", max_size=8))
            marks["link"] = {"href": f"https://example.com/{path}"}
        alphabet = LETTERS + ("`*_#[]<>\\" if "code" in names else "")
        word = draw(st.text(alphabet + " ", min_size=1, max_size=8).filter(lambda w: w.strip()))
        word = word.strip(" ")
        if runs and runs[-1][1] and not runs[-1][0].endswith(" "):
            runs.append((" ", {}))
        elif runs and not runs[-1][1] and not runs[-1][0].endswith(" "):
            runs[-1] = (runs[-1][0] + " ", {})
        runs.append((word, marks))
    for i in range(1, len(runs)):  # plain text after formatting starts with a space
        if runs[i - 1][1] and not runs[i][1] and not runs[i][0].startswith(" "):
            runs[i] = (" " + runs[i][0], {})
    return runs


def inline_block(tag: str, lines: int) -> Any:
    return st.tuples(st.just(tag), st.just({}), st.lists(marked_runs(), min_size=1, max_size=lines))


def blocks(depth: int) -> Any:
    leaf: Any = st.one_of(
        inline_block("paragraph", 3),
        st.tuples(
            st.just("heading"),
            st.builds(lambda n: {"level": n}, st.integers(1, 6)),
            st.lists(marked_runs(), min_size=1, max_size=1),
        ),
        st.tuples(
            st.just("codeBlock"),
            st.builds(
                lambda lang: {"language": lang},
                st.none() | st.text("abcxyz", min_size=1, max_size=6),
            ),
            st.text(LETTERS + "`~ #*\n-", max_size=30),
        ),
        st.just(("horizontalRule", {}, None)),
    )
    if depth == 0:
        return leaf
    inner = st.lists(blocks(depth - 1), max_size=2)
    item = st.tuples(inline_block("paragraph", 2), inner)
    task_first = inline_block("paragraph", 1).filter(lambda p: _has_words(p[2][0]))
    return st.one_of(
        leaf,
        st.tuples(st.just("bulletList"), st.just({}), st.lists(item, min_size=1, max_size=3)),
        st.tuples(
            st.just("orderedList"),
            st.builds(lambda n: {"start": n}, st.integers(0, 999_999_999)),
            st.lists(item, min_size=1, max_size=3),
        ),
        st.tuples(
            st.just("taskList"),
            st.just({}),
            st.lists(st.tuples(task_first, inner, st.booleans()), min_size=1, max_size=3),
        ),
        st.tuples(
            st.just("blockquote"), st.just({}), st.lists(blocks(depth - 1), min_size=1, max_size=3)
        ),
    )


def _has_words(runs: list[Run]) -> bool:
    return any(text.strip(" ") for text, _ in runs)


def write(parent: Any, block: Any) -> None:
    """Build `block` under `parent` as the editor's binding does."""
    tag, attributes, content = block
    element = XmlElement(tag, attributes)
    parent.children.append(element)
    if tag in ("paragraph", "heading"):
        for n, line in enumerate(content):
            if n:
                element.children.append(XmlElement("hardBreak"))
            text = XmlText()
            element.children.append(text)
            at = 0
            for value, marks in line:
                text.insert(at, value, marks or None)
                at += len(value.encode())  # pycrdt positions are UTF-8 bytes
    elif tag == "codeBlock":
        if content:
            element.children.append(XmlText(content))
    elif tag in ("bulletList", "orderedList"):
        for first, rest in content:
            item = XmlElement("listItem")
            element.children.append(item)
            for child in (first, *rest):
                write(item, child)
    elif tag == "taskList":
        for first, rest, checked in content:
            item = XmlElement("taskItem", {"checked": checked})
            element.children.append(item)
            for child in (first, *rest):
                write(item, child)
    elif tag == "blockquote":
        for child in content:
            write(element, child)


def structure(parent: Any) -> list[Any]:
    """The notes as comparable data, normalized where Markdown has no say."""
    out: list[Any] = []
    for node in parent.children:
        if not isinstance(node, XmlElement):
            continue
        tag = node.tag
        attributes: dict[str, Any] = dict(list(node.attributes))  # type: ignore[call-overload]
        if "level" in attributes:
            attributes["level"] = int(attributes["level"])
        if "start" in attributes:
            attributes["start"] = int(attributes["start"])
        if tag == "codeBlock":
            attributes = {"language": attributes.get("language") or None}
            code = "".join(str(c) for c in node.children if isinstance(c, XmlText))
            out.append((tag, attributes, code))
        elif tag in ("paragraph", "heading"):
            inline = _inline(node)
            if tag == "paragraph" and not inline:
                continue  # Markdown has no empty paragraphs
            out.append((tag, attributes, inline))
        else:
            out.append((tag, attributes, structure(node)))
    return out


def _inline(node: XmlElement) -> list[Any]:
    """Runs merged where their formatting is the same, marks on edge spaces dropped, breaks
    that end the paragraph dropped."""
    items: list[Any] = []
    for child in node.children:
        if isinstance(child, XmlText):
            for chunk, marks in child.diff():
                items.append((chunk, dict(marks or {})))
        else:
            items.append("br")
    runs: list[Any] = []
    for item in items:
        if item == "br":
            runs.append(item)
            continue
        text, marks = item
        core = text.strip(" ")
        pieces = (
            [(text, {})]
            if not core
            else [
                (text[: len(text) - len(text.lstrip(" "))], {}),
                (core, marks),
                (text[len(text.rstrip(" ")) :], {}),
            ]
        )
        if "code" in marks:
            pieces = [(text, marks)]
        for value, piece_marks in pieces:
            if not value:
                continue
            if runs and runs[-1] != "br" and runs[-1][1] == piece_marks:
                runs[-1] = (runs[-1][0] + value, piece_marks)
            else:
                runs.append((value, piece_marks))
    while runs and runs[-1] == "br":
        runs.pop()
    return runs


def notes(document: Any) -> Doc[Any]:
    doc: Doc[Any] = Doc()
    for block in document:
        write(notes_of(doc), block)
    return doc


# A fuzzer's length is its case count, not a wait: the hang guard is set to match its work.
@pytest.mark.timeout(600)
@seed(fuzzing.SEED)
@settings(max_examples=fuzzing.examples(800), deadline=None, database=None)
@given(st.lists(blocks(2), max_size=5))
def test_notes_in_the_schema_round_trip_through_markdown(document: list[Any]) -> None:
    # given: notes the editor could have written
    original = notes(document)
    assert list(notes_problems(original.get("notes", type=XmlFragment))) == []

    # when: they are rendered to Markdown and the Markdown is appended to empty notes
    markdown = to_markdown(original)
    copy: Doc[Any] = Doc()
    append_markdown(copy, markdown)

    # then: the copy has the same structure and text
    fuzzing.count("notes round trip through Markdown", "equal")
    assert structure(notes_of(copy)) == structure(notes_of(original)), markdown
