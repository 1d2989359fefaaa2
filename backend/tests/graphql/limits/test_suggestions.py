"""No "Did you mean …?" in any error: suggestions would spell out the schema to someone who
may not read it (fields, arguments, enum values, input fields, type names)."""

from __future__ import annotations

from typing import Any

import pytest
from graphql import GraphQLError

from tandem.graphql.extensions import code_errors
from tests.factories import Factory
from tests.helpers import Api

PREVIEW = 'startsAt: "2026-03-09T09:00:00+01:00", timezone: "Europe/Berlin"'
CASES: list[tuple[str, str, dict[str, Any] | None, str]] = [
    ("field", "{ viewer { nam } }", None, "Cannot query field 'nam' on type 'User'."),
    (
        "argument",
        "{ people(frist: 3) { totalCount } }",
        None,
        "Unknown argument 'frist' on field 'Query.people'.",
    ),
    (
        "enum-literal",
        f"{{ previewSchedule({PREVIEW}, frequency: WEEKLYY) }}",
        None,
        "Value 'WEEKLYY' does not exist in 'Frequency' enum.",
    ),
    (
        "enum-variable",
        f"query($f: Frequency!) {{ previewSchedule({PREVIEW}, frequency: $f) }}",
        {"f": "WEEKLYY"},
        "Value 'WEEKLYY' does not exist in 'Frequency' enum.",
    ),
    (
        "input-field-literal",
        'mutation { createTemplate(input: {nam: "x", sections: []}) { errors { code } } }',
        None,
        "'CreateTemplateInput' not to include unknown field 'nam'. Found",
    ),
    (
        "input-field-variable",
        "mutation($i: CreateTemplateInput!) { createTemplate(input: $i) { errors { code } } }",
        {"i": {"name": "x", "sections": [], "descripton": "y"}},
        "'CreateTemplateInput' not to include unknown field 'descripton'. Found",
    ),
    (
        "type-name",
        "query($f: Frequenc) { viewer { name } }",
        {"f": None},
        "Unknown type 'Frequenc'.",
    ),
]


@pytest.mark.parametrize(
    ("query", "variables", "says"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
async def test_errors_name_the_mistake_without_suggesting_names(
    api: Api, factory: Factory, query: str, variables: dict[str, Any] | None, says: str
) -> None:
    user = await factory.user()
    answer = await api.as_user(user, query, **(variables or {}))
    messages = [e["message"] for e in answer["errors"]]
    assert all("Did you mean" not in m for m in messages), messages
    assert any(says in m for m in messages), messages
    assert {e["extensions"]["code"] for e in answer["errors"]} == {"BAD_USER_INPUT"}


@pytest.mark.parametrize(
    "message",
    [
        "Unknown argument 'x'. Did you mean 'a'?",
        "Unknown argument 'x'. Did you mean 'a' or 'b'?",
        "Unknown argument 'x'. Did you mean 'a', 'b', or 'c'?",
        "Value 'X' does not exist in 'E' enum. Did you mean the enum value 'A' or 'B'?",
    ],
)
def test_every_form_of_suggestion_is_taken_out(message: str) -> None:
    error = GraphQLError(message)
    code_errors([error])
    assert "Did you mean" not in error.message
    assert error.message.endswith(".")
