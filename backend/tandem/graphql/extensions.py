"""Schema extensions: who may run an operation, and errors that always carry a code."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator

from graphql import (
    ExecutionResult,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    InlineFragmentNode,
    OperationDefinitionNode,
    SelectionSetNode,
)
from graphql.utilities import get_operation_ast
from starlette.requests import Request
from strawberry.extensions import SchemaExtension
from strawberry.types.graphql import OperationType

from tandem.auth.routes import csrf_ok
from tandem.auth.viewer import CSRF_HEADER
from tandem.domain.errors import Forbidden, Invalid, NotFound
from tandem.graphql.errors import Code, api_error

log = logging.getLogger("tandem.graphql")

INTROSPECTION = {"__schema", "__type", "__typename"}
# What anyone may ask without signing in (introspection too when INTROSPECTION_PUBLIC is set).
PUBLIC = {"__typename"}
# What someone who must change their password may still do.
ALLOWED_BEFORE_PASSWORD_CHANGE = {"viewer", "changePassword", "__typename"}


def _root_fields(op: OperationDefinitionNode, fragments: dict[str, SelectionSetNode]) -> set[str]:
    names: set[str] = set()

    def walk(selection_set: SelectionSetNode) -> None:
        for sel in selection_set.selections:
            if isinstance(sel, FieldNode):
                names.add(sel.name.value)
            elif isinstance(sel, InlineFragmentNode):
                walk(sel.selection_set)
            elif isinstance(sel, FragmentSpreadNode) and sel.name.value in fragments:
                walk(fragments[sel.name.value])

    walk(op.selection_set)
    return names


class Guard(SchemaExtension):
    """Before execution: the caller is known (introspection included, unless the settings open
    it), a read token does not mutate, a cookie-signed mutation carries the CSRF token, and a
    forced password change comes first."""

    def on_execute(self) -> Iterator[None]:
        problem = self._problem()
        if problem is not None:
            self.execution_context.result = ExecutionResult(data=None, errors=[problem])
        yield

    def _problem(self) -> GraphQLError | None:
        ec = self.execution_context
        document = ec.graphql_document
        if document is None:
            return None
        op = get_operation_ast(document, ec.operation_name)
        if op is None:
            return None
        fragments = {
            d.name.value: d.selection_set
            for d in document.definitions
            if isinstance(d, FragmentDefinitionNode)
        }
        fields = _root_fields(op, fragments)
        context = ec.context
        if ec.operation_type == OperationType.SUBSCRIPTION and isinstance(context.request, Request):
            return api_error(
                Code.BAD_REQUEST,
                "Subscriptions run over a WebSocket (graphql-transport-ws on /graphql), not over "
                "plain HTTP.",
            )
        if fields <= PUBLIC or (fields <= INTROSPECTION and context.settings.introspection_public):
            return None
        viewer = context.viewer
        if viewer is None:
            return api_error(
                Code.UNAUTHENTICATED,
                context.auth_problem
                or (
                    "Sign in to read the schema (introspection), or send `Authorization: Bearer "
                    "<token>`; the schema is also published as schema.graphql."
                    if fields <= INTROSPECTION
                    else "Sign in, or send `Authorization: Bearer <token>`."
                ),
            )
        if fields <= INTROSPECTION:
            return None
        if ec.operation_type == OperationType.MUTATION:
            if viewer.scope.value == "read":
                return api_error(Code.FORBIDDEN, "This token is read-only: it cannot mutate.")
            request = context.request
            if (
                viewer.via == "session"
                and isinstance(request, Request)
                and not csrf_ok(request.headers.get(CSRF_HEADER), viewer.csrf_token)
            ):
                return api_error(
                    Code.FORBIDDEN,
                    "Missing or wrong X-CSRF-Token header (send the tandem_csrf cookie).",
                )
        if viewer.must_change_password and not fields <= ALLOWED_BEFORE_PASSWORD_CHANGE:
            return api_error(
                Code.FORBIDDEN,
                "Change your password first.",
                reason="PASSWORD_CHANGE_REQUIRED",
            )
        return None


def _unexpected(error: GraphQLError) -> bool:
    original = error.original_error
    return original is not None and not isinstance(
        original, GraphQLError | Forbidden | NotFound | Invalid
    )


INTERNAL_MESSAGE = "Internal server error."
# graphql-core's "Did you mean 'first'?", "… the enum value 'WEEKLY'?", "'a', 'b', or 'c'?"
SUGGESTION = re.compile(r" ?Did you mean (?:the enum value )?'[^']*'(?:(?:,|,? or) '[^']*')*\?")


def code_errors(errors: list[GraphQLError]) -> None:
    """The one place every error passes before it leaves (queries, mutations, subscription
    events, errors raised anywhere in strawberry's pipeline): each gets its `extensions.code`.
    Expected ones say why (FORBIDDEN / NOT_FOUND / BAD_USER_INPUT for syntax, validation and
    domain refusals); unexpected ones are logged and masked, in place, as INTERNAL. No
    message keeps a "Did you mean …?" (fields, arguments, enum values, input fields, types)."""
    for error in errors:
        # Suggestions would spell out the schema to someone who may not read it.
        error.message = SUGGESTION.sub("", error.message)
        if error.extensions and "code" in error.extensions:
            continue
        original = error.original_error
        if _unexpected(error):
            log.error("unexpected error in %s", error.path, exc_info=original)
            error.message = INTERNAL_MESSAGE
            error.original_error = None
            error.extensions = {"code": Code.INTERNAL.value}
            continue
        code = Code.BAD_USER_INPUT
        if isinstance(original, Forbidden):
            code = Code.FORBIDDEN
        elif isinstance(original, NotFound):
            code = Code.NOT_FOUND
        error.extensions = {**(error.extensions or {}), "code": code.value}
