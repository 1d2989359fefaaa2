"""The rules a pushed update must keep, checked on documents alone (no database): the agenda's
and the notes' schema, and that a document stored before the rules existed keeps working."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import pytest
from pycrdt import Array, Doc, Map, Text, XmlElement, XmlFragment, XmlText

from tandem.domain.agenda.carry import carried_key
from tandem.realtime import documents, notes, notes_schema, schema
from tandem.realtime.validation import Rejected, apply_checked

ME = "VXNlcjpmMDAx"
SEED = documents.seed([("Check-in", ["How are you?"])], "seed-0123456789ab")


def base() -> Doc[Any]:
    return documents.load([SEED])


def item(**fields: Any) -> Map[Any]:
    values: dict[str, Any] = {
        "text": Text("Budget"),
        "done": False,
        "author": ME,
        "section": "Check-in",
        "topic": None,
        "order": "a1",
        "deleted": False,
    }
    values.update(fields)
    return Map({k: v for k, v in values.items() if v is not ...})


def edit_of(doc: Doc[Any], change: Callable[[Doc[Any]], None]) -> bytes:
    """The update a client with `doc`'s content makes by `change`."""
    client: Doc[Any] = Doc()
    client.apply_update(doc.get_update())
    before = client.get_state()
    change(client)
    update: bytes = client.get_update(before)
    return update


def push(doc: Doc[Any], change: Callable[[Doc[Any]], None], applied: list[bytes]) -> bool:
    return apply_checked(doc, edit_of(doc, change), ME, applied)


def add(key: str, value: Any) -> Callable[[Doc[Any]], None]:
    return lambda d: documents.items_of(d).__setitem__(key, value)


def refusal(change: Callable[[Doc[Any]], None]) -> str:
    doc = base()
    with pytest.raises(Rejected) as refused:
        push(doc, change, [SEED])
    return refused.value.code


@pytest.mark.parametrize(
    "key",
    [
        uuid.uuid4().hex,  # addTalkingPoint
        str(uuid.uuid4()),  # the SPA (crypto.randomUUID)
        "seed-fedcba987654-t1-2",  # a template's prompt
        carried_key(uuid.uuid4(), "k1"),  # carried over
        "my-point-1",  # a hand-made key
        "k" * schema.MAX_KEY,
    ],
)
def test_every_kind_of_key_the_product_makes_is_accepted(key: str) -> None:
    doc = base()
    assert push(doc, add(key, item()), [SEED]) is True
    assert key in [i.id for i in documents.view(doc)]


@pytest.mark.parametrize(
    ("change", "code"),
    [
        (add("k" * 150, item()), "INVALID_ITEM"),
        (add("two words", item()), "INVALID_ITEM"),
        (add("", item()), "INVALID_ITEM"),
        (add("k", item(text="a plain string")), "INVALID_ITEM"),
        (add("k", item(text=Array(["a"]))), "INVALID_ITEM"),
        (add("k", item(text=...)), "INVALID_ITEM"),
        (add("k", item(text=Text("x" * (schema.MAX_TEXT + 1)))), "TOO_LONG"),
        (add("k", item(text=Text("nul\x00"))), "INVALID_ITEM"),
        (add("k", item(order=7)), "INVALID_ITEM"),
        (add("k", item(order="z")), "INVALID_ITEM"),
        (add("k", item(order="")), "INVALID_ITEM"),
        (add("k", item(order="a0" + "V" * schema.MAX_ORDER)), "INVALID_ITEM"),
        (add("k", item(done="yes")), "INVALID_ITEM"),
        (add("k", item(deleted=1)), "INVALID_ITEM"),
        (add("k", item(section=["Check-in"])), "INVALID_ITEM"),
        (add("k", item(section="s" * (schema.MAX_SECTION + 1))), "INVALID_ITEM"),
        (add("k", item(topic="GOSSIP")), "INVALID_ITEM"),
        (add("k", item(color="red")), "INVALID_ITEM"),
        (add("k", item(carriedFromAt="yesterday")), "INVALID_ITEM"),
        (add("k", Array([1, 2])), "FORGED_AUTHOR"),
        (add("k", item(author=...)), "FORGED_AUTHOR"),
        (lambda d: d.get("items", type=Array).append("x"), "INVALID_ITEM"),
        (lambda d: d.get("secrets", type=Map).__setitem__("x", 1), "UNKNOWN_ROOT"),
    ],
)
def test_an_item_that_breaks_the_schema_is_refused(
    change: Callable[[Doc[Any]], None], code: str
) -> None:
    assert refusal(change) == code


def test_changing_a_field_to_the_wrong_type_is_refused() -> None:
    doc = base()
    applied = [SEED]
    first = edit_of(doc, add("k", item()))
    assert apply_checked(doc, first, ME, applied)
    applied.append(first)
    wrong: list[tuple[str, object]] = [
        ("done", "yes"),
        ("order", 7),
        ("topic", "GOSSIP"),
        ("text", "str"),
    ]
    for field, value in wrong:

        def change(d: Doc[Any], f: str = field, v: object = value) -> None:
            documents.items_of(d)["k"][f] = v

        with pytest.raises(Rejected) as refused:
            push(documents.load(applied), change, applied)
        assert refused.value.code == "INVALID_ITEM", field


def heading(level: Any) -> Callable[[Doc[Any]], None]:
    def change(doc: Doc[Any]) -> None:
        element = XmlElement("heading", {"level": level})
        doc.get("notes", type=XmlFragment).children.append(element)
        text = XmlText()
        element.children.append(text)
        text.insert(0, "Title")

    return change


def nested(depth: int, tag: str = "blockquote") -> Callable[[Doc[Any]], None]:
    def change(doc: Doc[Any]) -> None:
        parent: Any = doc.get("notes", type=XmlFragment)
        for _ in range(depth):
            child = XmlElement(tag)
            parent.children.append(child)
            parent = child

    return change


def element(tag: str, **attributes: Any) -> Callable[[Doc[Any]], None]:
    return lambda d: d.get("notes", type=XmlFragment).children.append(XmlElement(tag, attributes))


def marked(marks: dict[str, Any]) -> Callable[[Doc[Any]], None]:
    def change(doc: Doc[Any]) -> None:
        paragraph = XmlElement("paragraph")
        doc.get("notes", type=XmlFragment).children.append(paragraph)
        text = XmlText()
        paragraph.children.append(text)
        text.insert(0, "word", marks)

    return change


@pytest.mark.parametrize(
    "change",
    [
        heading("inf"),
        heading("abc"),
        heading(float("inf")),
        heading(7),
        heading(2.5),
        heading(True),
        element("orderedList", start=1e309),
        element("orderedList", start="5"),
        element("orderedList", start=2**40),
        element("taskItem"),  # only inside a task list
        element("script"),
        element("paragraph", align="left"),
        nested(notes_schema.MAX_DEPTH + 1),
        marked({"underline": {}}),
        marked({"link": {"href": 5}}),
        marked({"bold": "yes"}),
        lambda d: d.get("notes", type=XmlFragment).children.append(XmlText("loose text")),
    ],
)
def test_notes_that_break_the_schema_are_refused(change: Callable[[Doc[Any]], None]) -> None:
    assert refusal(change) == "INVALID_NOTES"


@pytest.mark.parametrize(
    "change",
    [
        heading(2),
        heading(2.0),
        element("orderedList", start=3),
        element("horizontalRule"),
        nested(notes_schema.MAX_DEPTH),
        marked({"bold": {}, "link": {"href": "https://example.com", "target": "_blank"}}),
    ],
)
def test_notes_the_editor_writes_are_accepted(change: Callable[[Doc[Any]], None]) -> None:
    assert push(base(), change, [SEED]) is True


def damage(doc: Doc[Any], author: str = ME) -> None:
    """Break the schema everywhere, as pushes could before it existed."""
    items = documents.items_of(doc)
    items["k" * 150] = item(text=Text("long key"), author=author)
    items["plain"] = item(text="a plain string", order=7, done="yes", author=author)
    items["huge"] = item(text=Text("x" * 5000 + "\x00"), topic="GOSSIP", order="a2", author=author)
    heading("inf")(doc)
    heading("abc")(doc)
    element("orderedList", start=1e309)(doc)
    nested(1200)(doc)


def stored_before_the_rules() -> tuple[Doc[Any], list[bytes]]:
    """A document that breaks the schema everywhere, written without validation."""
    doc = base()
    update = edit_of(doc, damage)
    doc.apply_update(update)
    return doc, [SEED, update]


def test_a_document_stored_before_the_rules_reads_clipped_and_renders() -> None:
    doc, _ = stored_before_the_rules()
    view = {i.id: i for i in documents.view(doc)}
    assert "k" * 150 not in view
    assert (view["plain"].text, view["plain"].order, view["plain"].done) == ("", "", False)
    assert (view["huge"].text, view["huge"].topic) == ("x" * schema.MAX_TEXT, None)
    markdown = notes.to_markdown(doc)
    assert markdown.startswith("# Title\n\n# Title\n\n")
    assert "\x00" not in markdown
    notes.to_plain_text(doc)


def test_old_damage_does_not_block_new_edits_but_new_damage_is_refused() -> None:
    doc, applied = stored_before_the_rules()
    assert push(doc, add("fine", item(order="a3")), applied) is True

    doc, applied = stored_before_the_rules()
    with pytest.raises(Rejected) as refused:
        push(doc, heading("inf"), applied)
    assert refused.value.code == "INVALID_NOTES"


def test_a_duplicate_is_accepted_as_a_no_op() -> None:
    doc = base()
    update = edit_of(doc, add("k", item()))
    assert apply_checked(doc, update, ME, [SEED]) is True
    assert apply_checked(doc, update, ME, [SEED, update]) is False


def test_the_projection_columns_hold_everything_the_schema_allows() -> None:
    from tandem.domain.agenda.models import TalkingPoint

    columns = TalkingPoint.__table__.columns
    for column, limit in (
        ("item_key", schema.MAX_KEY),
        ("text", schema.MAX_TEXT),
        ("section", schema.MAX_SECTION),
        ("topic", schema.MAX_TOPIC),
        ("order_key", schema.MAX_ORDER),
    ):
        assert getattr(columns[column].type, "length", 0) >= limit, column
