"""What an operation costs, computed from its document and variables before anything runs.

The model is GitHub's and Shopify's: every field costs 1 (`__typename` nothing), and what a
field selects inside a list is paid once per item the list may hold. A connection's `edges`
hold `first` (or `last`) items, the schema's default when not given; `nodes(ids:)` holds one
per id, duplicates included (each is in the answer); a list without a size argument counts
its nominal size (`LIST_SIZES`). Sizes multiply down the tree:

    viewer { oneOnOnes(first: 10) { edges { node { meetings(first: 20) { edges { node {
      title } } } } } } }

costs 1 (viewer) + 1 (oneOnOnes) + 1 (edges) + 10 x (1 node + 1 meetings + 1 edges
+ 20 x (1 node + 1 title)) = 433. Some fields weigh more than 1 (`FIELD_WEIGHTS`: loading
a whole shared document, a full-text search), a mutation's own field 10, and an
introspection field a flat `INTROSPECTION_COST` (the numbers are in `cost_table.py`).
Fragments on several types count as if all applied, so the cost is an upper bound of the
work. The limit (`MAX_QUERY_COST`) refuses an operation before it runs; every answer reports
`extensions.cost`."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLField,
    GraphQLNamedType,
    GraphQLSchema,
    InlineFragmentNode,
    IntValueNode,
    ListValueNode,
    OperationDefinitionNode,
    OperationType,
    SelectionSetNode,
    ValueNode,
    VariableNode,
    get_named_type,
    get_nullable_type,
    is_list_type,
)
from graphql.utilities import get_operation_ast
from strawberry.extensions import SchemaExtension

from tandem.db.pagination import MAX_PAGE
from tandem.graphql.cost_table import (
    ERRORS_SIZE,
    FIELD_WEIGHTS,
    INTROSPECTION_COST,
    INTROSPECTION_FIELDS,
    LIST_SIZES,
    MUTATION_WEIGHT,
    SIZE_ARGUMENTS,
)
from tandem.graphql.errors import Code, api_error
from tandem.settings import Settings

DEFAULT_MAX_QUERY_COST: int = Settings.model_fields["max_query_cost"].default


def is_connection(parent: GraphQLNamedType, field: GraphQLField) -> bool:
    return get_named_type(field.type).name.endswith("Connection") and (
        "first" in field.args or "last" in field.args
    )


def list_size(parent: GraphQLNamedType, name: str, field: GraphQLField) -> int | None:
    """The nominal size of a list field without a size argument, or None if it has none."""
    key = f"{parent.name}.{name}"
    if key in LIST_SIZES:
        return LIST_SIZES[key]
    if name == "errors" and parent.name.endswith("Payload"):
        return ERRORS_SIZE
    return None


class TooComplex(Exception):
    """The document expands to more fields than any real operation: its cost is unbounded."""


MAX_STEPS = 50_000
UNBOUNDED = 10**12


@dataclass
class Costing:
    """One operation's cost. Fields are merged as execution merges them (the same response
    key on the same type counts once, with the union of its selections), so repeating a field
    through fragments costs nothing more; every step is counted, and a document that expands
    past `MAX_STEPS` fields is `TooComplex`."""

    schema: GraphQLSchema
    fragments: Mapping[str, FragmentDefinitionNode]
    variables: Mapping[str, Any]
    steps: int = 0

    def operation(self, op: OperationDefinitionNode) -> int:
        root = self.schema.get_root_type(op.operation)
        assert root is not None
        weight = MUTATION_WEIGHT if op.operation == OperationType.MUTATION else 1
        return self.selections([op.selection_set], root, None, root_weight=weight)

    def selections(
        self,
        selection_sets: list[SelectionSetNode],
        parent: GraphQLNamedType,
        page: int | None,
        root_weight: int = 1,
    ) -> int:
        """The cost of one instance of the merged `selection_sets` on `parent`; `page` is the
        page size when `parent` is a connection (its `edges` hold that many)."""
        groups: dict[tuple[str, str], list[FieldNode]] = {}
        self._collect(selection_sets, parent, groups)
        total = 0
        for (owner_name, _), nodes in groups.items():
            owner = self._type(owner_name, parent)
            total += self.field(nodes, owner, page, root_weight)
        return total

    def _collect(
        self,
        selection_sets: list[SelectionSetNode],
        parent: GraphQLNamedType,
        groups: dict[tuple[str, str], list[FieldNode]],
    ) -> None:
        visited: set[str] = set()
        todo = [(selection_set, parent) for selection_set in selection_sets]
        while todo:
            selection_set, owner = todo.pop()
            for selection in selection_set.selections:
                self.steps += 1
                if self.steps > MAX_STEPS:
                    raise TooComplex
                if isinstance(selection, FieldNode):
                    key = (selection.alias or selection.name).value
                    groups.setdefault((owner.name, key), []).append(selection)
                elif isinstance(selection, InlineFragmentNode):
                    condition = selection.type_condition
                    on = self._type(condition.name.value, owner) if condition else owner
                    todo.append((selection.selection_set, on))
                elif isinstance(selection, FragmentSpreadNode):
                    name = selection.name.value
                    if name not in visited and name in self.fragments:
                        visited.add(name)
                        definition = self.fragments[name]
                        on = self._type(definition.type_condition.name.value, owner)
                        todo.append((definition.selection_set, on))

    def field(
        self, nodes: list[FieldNode], parent: GraphQLNamedType, page: int | None, root_weight: int
    ) -> int:
        node = nodes[0]
        name = node.name.value
        if name == "__typename":
            return 0
        if name in INTROSPECTION_FIELDS:
            return INTROSPECTION_COST
        fields: Mapping[str, GraphQLField] = getattr(parent, "fields", {})
        if name not in fields:  # validation refuses it first
            return 1
        definition = fields[name]
        key = f"{parent.name}.{name}"
        own = FIELD_WEIGHTS.get(key, 1) * root_weight
        selection_sets = [n.selection_set for n in nodes if n.selection_set is not None]
        if not selection_sets:
            return own
        child = get_named_type(definition.type)
        child_page: int | None = None
        items = 1
        if is_connection(parent, definition):
            child_page = self._page(node, definition)
        elif name == "edges" and parent.name.endswith("Connection") and page is not None:
            items = page
        elif key in SIZE_ARGUMENTS:
            argument, most = SIZE_ARGUMENTS[key]
            items = self._size(node, definition, argument, most)
        elif is_list_type(get_nullable_type(definition.type)):
            items = list_size(parent, name, definition) or MAX_PAGE
        return own + items * self.selections(selection_sets, child, child_page)

    def _type(self, name: str, fallback: GraphQLNamedType) -> GraphQLNamedType:
        found = self.schema.get_type(name)
        return found if found is not None else fallback

    def _page(self, node: FieldNode, definition: GraphQLField) -> int:
        for argument in ("first", "last"):
            value = self._argument(node, argument)
            if isinstance(value, int) and not isinstance(value, bool):
                return max(0, min(value, MAX_PAGE))
        default = definition.args["first"].default_value if "first" in definition.args else None
        return default if isinstance(default, int) and 0 < default <= MAX_PAGE else MAX_PAGE

    def _size(self, node: FieldNode, definition: GraphQLField, argument: str, most: int) -> int:
        value = self._argument(node, argument)
        if isinstance(value, list):
            return min(len(value), most)
        if isinstance(value, int) and not isinstance(value, bool):
            return max(0, min(value, most))
        default = definition.args[argument].default_value
        return default if isinstance(default, int) and 0 <= default <= most else most

    def _argument(self, node: FieldNode, name: str) -> object:
        for argument in node.arguments or ():
            if argument.name.value == name:
                return self._value(argument.value)
        return None

    def _value(self, value: ValueNode) -> object:
        if isinstance(value, VariableNode):
            return self.variables.get(value.name.value)
        if isinstance(value, IntValueNode):
            try:
                return int(value.value)
            except ValueError:
                return None
        if isinstance(value, ListValueNode):
            return list(value.values)
        return None


def operation_cost(
    schema: GraphQLSchema,
    document: DocumentNode,
    operation_name: str | None,
    variables: Mapping[str, Any] | None,
) -> int | None:
    """The cost of the operation to run, or None when the document names none (validation
    or the transport refuses those)."""
    op = get_operation_ast(document, operation_name)
    if op is None:
        return None
    fragments = {
        d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)
    }
    try:
        return Costing(schema, fragments, variables or {}).operation(op)
    except TooComplex:
        return UNBOUNDED


class QueryCost(SchemaExtension):
    """Refuses an operation over the cost limit before it runs (QUERY_TOO_COSTLY), and reports
    `extensions.cost: {requested, limit}` on every answer of an operation that validated."""

    requested: int | None = None

    def on_execute(self) -> Iterator[None]:
        ec = self.execution_context
        limit = self.limit()
        if ec.graphql_document is not None and not ec.pre_execution_errors:
            self.requested = operation_cost(
                ec.schema._schema, ec.graphql_document, ec.operation_name, ec.variables
            )
        if self.requested is not None and self.requested > limit and ec.result is None:
            raise api_error(
                Code.QUERY_TOO_COSTLY,
                f"This operation costs {self.requested}; the limit is {limit}. Ask for fewer "
                "items (smaller `first`, fewer `ids`, fewer aliases) or split it.",
                cost=self.requested,
                limit=limit,
            )
        yield

    def limit(self) -> int:
        settings = getattr(self.execution_context.context, "settings", None)
        limit: int = getattr(settings, "max_query_cost", DEFAULT_MAX_QUERY_COST)
        return limit

    def get_results(self) -> dict[str, Any]:
        if self.requested is None:
            return {}
        return {"cost": {"requested": self.requested, "limit": self.limit()}}
