"""One defence for every string that comes in: no NUL character and no lone surrogate.

Neither is text a person typed. PostgreSQL refuses NUL in `text` columns and every UTF-8
encoder refuses a lone surrogate (JSON's `"\\ud800"` decodes to one), so either would fail deep
inside a write, or be stored and break a reader later. They are refused before anything runs,
in variables and in the document's own string literals alike, for every query, mutation and
subscription: BAD_USER_INPUT with `extensions.field` naming where (`input.body`)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from graphql import ArgumentNode, GraphQLError, ObjectFieldNode, StringValueNode, visit
from graphql.language import Visitor
from strawberry.extensions import SchemaExtension

from tandem.graphql.errors import Code, api_error

FORBIDDEN = re.compile("[\x00\ud800-\udfff]")


def _problem(text: str) -> str | None:
    found = FORBIDDEN.search(text)
    if found is None:
        return None
    return "a NUL character" if found.group() == "\x00" else "a lone surrogate (broken UTF-16)"


def _refusal(field: str, what: str) -> GraphQLError:
    return api_error(
        Code.BAD_USER_INPUT,
        f"`{field}` contains {what}: send text without it.",
        field=field,
    )


def check_variables(variables: dict[str, Any] | None) -> GraphQLError | None:
    """The first string in the variables (at any depth) that may not come in."""
    stack: list[tuple[str, object]] = [(name, value) for name, value in (variables or {}).items()]
    while stack:
        path, value = stack.pop()
        if isinstance(value, str):
            what = _problem(value)
            if what is not None:
                return _refusal(path, what)
        elif isinstance(value, dict):
            stack.extend((f"{path}.{key}", item) for key, item in value.items())
        elif isinstance(value, list):
            stack.extend((f"{path}.{i}", item) for i, item in enumerate(value))
    return None


class _Literals(Visitor):
    """Finds the first string literal that may not come in, and the argument path to it."""

    def __init__(self) -> None:
        super().__init__()
        self.path: list[str] = []
        self.refusal: GraphQLError | None = None

    def enter_argument(self, node: ArgumentNode, *_: object) -> None:
        self.path.append(node.name.value)

    def leave_argument(self, *_: object) -> None:
        self.path.pop()

    def enter_object_field(self, node: ObjectFieldNode, *_: object) -> None:
        self.path.append(node.name.value)

    def leave_object_field(self, *_: object) -> None:
        self.path.pop()

    def enter_string_value(self, node: StringValueNode, *_: object) -> object:
        what = _problem(node.value)
        if what is not None and self.refusal is None:
            self.refusal = _refusal(".".join(self.path) or "query", what)
            return self.BREAK
        return None


def check_document(document: Any) -> GraphQLError | None:
    literals = _Literals()
    visit(document, literals)
    return literals.refusal


class InputText(SchemaExtension):
    """Refuses an operation whose variables or literals carry a NUL or a lone surrogate."""

    def on_execute(self) -> Iterator[None]:
        ec = self.execution_context
        if ec.result is None:  # not refused already (by the guard)
            refusal = check_variables(ec.variables) or check_document(ec.graphql_document)
            if refusal is not None:
                raise refusal
        yield
