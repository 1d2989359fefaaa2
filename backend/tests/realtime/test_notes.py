"""Shared notes as the editor stores them (y-prosemirror's shape) rendered to Markdown, and
Markdown appended in the same shape: a round trip keeps the text and its formatting."""

from __future__ import annotations

from typing import Any, cast

from pycrdt import Doc, XmlElement, XmlText

from tandem.realtime.notes import append_markdown, notes_of, to_markdown, to_plain_text


def element(tag: str, **attributes: Any) -> XmlElement:
    """An element as y-prosemirror makes it (attribute values of any JSON type)."""
    return XmlElement(tag, cast(dict[str, str], attributes))


def text_in(parent: XmlElement) -> XmlText:
    """A block holding one text, appended to `parent`."""
    text = XmlText()
    parent.children.append(text)
    return text


def block(parent: Any, tag: str, label: str, **attributes: Any) -> XmlElement:
    node = element(tag, **attributes)
    parent.children.append(node)
    text_in(node).insert(0, label)
    return node


def test_the_editors_shape_renders_as_markdown() -> None:
    doc: Doc[Any] = Doc()
    notes = notes_of(doc)
    block(notes, "heading", "Decisions", level=2)
    para = element("paragraph")
    notes.children.append(para)
    text = text_in(para)
    text.insert(0, "Ship ")
    text.insert(5, "v2", {"bold": {}})
    text.insert(7, " on ")
    text.insert(11, "Friday", {"italic": {}, "link": {"href": "https://cal.example/fri"}})
    tasks = element("taskList")
    notes.children.append(tasks)
    for label, checked in (("Book room", True), ("Send *agenda*", False)):
        item = element("taskItem", checked=checked)
        tasks.children.append(item)
        block(item, "paragraph", label)
    numbered = element("orderedList", start=1)
    notes.children.append(numbered)
    for label in ("First", "Second"):
        item = element("listItem")
        numbered.children.append(item)
        block(item, "paragraph", label)
    assert to_markdown(doc) == (
        "## Decisions\n\n"
        "Ship **v2** on [*Friday*](https://cal.example/fri)\n\n"
        "- [x] Book room\n"
        "- [ ] Send \\*agenda\\*\n\n"
        "1. First\n"
        "2. Second\n"
    )


def test_markdown_appends_in_the_editors_shape_and_round_trips() -> None:
    doc: Doc[Any] = Doc()
    source = (
        "# Notes from the API\n\n"
        "Agreed: **more** focus on *hiring*, see [the plan](https://plan.example).\n\n"
        "- one\n"
        "- two\n\n"
        "Tasks:\n\n"
        "- [ ] open task\n"
        "- [x] done task\n\n"
        "3. third\n"
        "4. fourth\n\n"
        "> quoted\n\n"
        "```python\nprint('hi')\n```\n\n"
        "---\n\n"
        "~~dropped~~ and `code`\n"
    )
    append_markdown(doc, source)
    assert to_markdown(doc) == source
    tags = [child.tag for child in notes_of(doc).children if isinstance(child, XmlElement)]
    assert tags == [
        "heading",
        "paragraph",
        "bulletList",
        "paragraph",
        "taskList",
        "orderedList",
        "blockquote",
        "codeBlock",
        "horizontalRule",
        "paragraph",
    ]


def test_appending_adds_after_what_is_there_and_merges_with_a_concurrent_edit() -> None:
    server: Doc[Any] = Doc()
    append_markdown(server, "First paragraph")
    client: Doc[Any] = Doc()
    client.apply_update(server.get_update())
    # the client types into the first paragraph while the server appends
    before = client.get_state()
    first = notes_of(client).children[0]
    assert isinstance(first, XmlElement)
    text = first.children[0]
    assert isinstance(text, XmlText)
    text.insert(len(str(text)), ", edited")
    client_edit = client.get_update(before)
    append_markdown(server, "Second paragraph")
    server.apply_update(client_edit)
    client.apply_update(server.get_update(client.get_state()))
    assert (
        to_markdown(server)
        == to_markdown(client)
        == ("First paragraph, edited\n\nSecond paragraph\n")
    )


def test_an_empty_document_renders_as_empty_text() -> None:
    assert to_markdown(Doc()) == ""


def test_plain_text_has_the_words_without_markdown_syntax() -> None:
    doc: Doc[Any] = Doc()
    append_markdown(doc, "## Plan\n\n- [x] Agree on the *loop*\n- [ ] Share the **rubric**\n")
    assert to_plain_text(doc) == "Plan\nAgree on the loop\nShare the rubric"


def paragraph_with(doc: Doc[Any], *runs: tuple[str, dict[str, Any] | None]) -> None:
    para = element("paragraph")
    notes_of(doc).children.append(para)
    text = text_in(para)
    at = 0
    for value, marks in runs:
        text.insert(at, value, marks)
        at += len(value)


def test_formatting_separated_by_a_space_renders_with_one_space() -> None:
    doc: Doc[Any] = Doc()
    paragraph_with(doc, ("a", {"bold": {}}), (" ", None), ("b", {"bold": {}}))
    assert to_markdown(doc) == "**a** **b**\n"


def test_text_that_reads_as_markdown_syntax_is_escaped_and_comes_back_as_text() -> None:
    lines = [
        "# not a heading",
        "1. not a list",
        "12) not a list either",
        "- not a bullet",
        "+ nor this",
        "> not a quote",
        "    not code",
        "=== not a heading underline",
        "*not emphasis* and _not_ either, `not code`, [not](a link), <not html>",
        "&amp; stays as typed, ~~not struck~~, a \\ backslash",
    ]
    doc: Doc[Any] = Doc()
    for line in lines:
        paragraph_with(doc, (line, None))
    copy: Doc[Any] = Doc()
    append_markdown(copy, to_markdown(doc))
    paragraphs = [c for c in notes_of(copy).children if isinstance(c, XmlElement)]
    assert [p.tag for p in paragraphs] == ["paragraph"] * len(lines)
    assert [str(p.children[0]) for p in paragraphs] == lines


def test_a_bullet_item_that_starts_like_a_task_stays_a_bullet_item() -> None:
    doc: Doc[Any] = Doc()
    bullets = element("bulletList")
    notes_of(doc).children.append(bullets)
    item = element("listItem")
    bullets.children.append(item)
    block(item, "paragraph", "[ ] not a task")
    copy: Doc[Any] = Doc()
    append_markdown(copy, to_markdown(doc))
    assert [getattr(c, "tag", None) for c in notes_of(copy).children] == ["bulletList"]
