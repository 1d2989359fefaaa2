"""Limits on the shape of a document, checked with validation (and so cached with it): depth,
aliases, tokens. Each copes with any document the parser accepts (undefined or cyclic
fragments, empty selection sets): those are other rules' errors, never a crash here. The cost
of an operation, which depends on its variables, is `cost.py`'s."""

from __future__ import annotations

from graphql import (
    ASTValidationRule,
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    InlineFragmentNode,
    OperationDefinitionNode,
    SelectionSetNode,
    ValidationContext,
    visit,
)
from graphql.language import Visitor
from strawberry.extensions import MaxAliasesLimiter

MAX_DEPTH = 12
MAX_ALIASES = 30
MAX_TOKENS = 5000


def fragments_resolve(document: DocumentNode) -> bool:
    """Every fragment spread names a fragment of the document and no fragment spreads itself,
    directly or not. The standard rules report the others (KnownFragmentNames,
    NoFragmentCycles); the limit rules, which follow spreads, only run on documents that pass."""
    fragments: dict[str, set[str]] = {}
    for definition in document.definitions:
        if isinstance(definition, FragmentDefinitionNode):
            fragments[definition.name.value] = fragment_spreads(definition)
    if not fragment_spreads(document) <= fragments.keys():
        return False
    done: set[str] = set()
    return not any(_has_cycle(start, fragments, done) for start in fragments)


def fragment_spreads(node: object) -> set[str]:
    names: set[str] = set()

    class Collect(Visitor):
        def enter_fragment_spread(self, spread: FragmentSpreadNode, *_: object) -> None:
            names.add(spread.name.value)

    visit(node, Collect())  # type: ignore[arg-type]
    return names


def _has_cycle(name: str, fragments: dict[str, set[str]], done: set[str]) -> bool:
    # iterative depth-first search: a document may hold many fragments
    stack: list[tuple[str, bool]] = [(name, False)]
    on_path: set[str] = set()
    while stack:
        current, leaving = stack.pop()
        if leaving:
            on_path.discard(current)
            done.add(current)
            continue
        if current in done:
            continue
        on_path.add(current)
        stack.append((current, True))
        for child in fragments[current]:
            if child in on_path:
                return True
            if child not in done:
                stack.append((child, False))
    return False


def _only_when_fragments_resolve(rule: type[ASTValidationRule]) -> type[ASTValidationRule]:
    """`rule` (which does all its work in its constructor, following fragment spreads) for
    documents whose fragments resolve; nothing for the others, which other rules refuse."""

    class Guarded(rule):  # type: ignore[valid-type,misc]
        def __init__(self, context: ValidationContext) -> None:
            if fragments_resolve(context.document):
                super().__init__(context)
            else:
                ASTValidationRule.__init__(self, context)

    Guarded.__name__ = f"Guarded{rule.__name__}"
    return Guarded


def operation_depth(
    operation: OperationDefinitionNode, fragments: dict[str, FragmentDefinitionNode]
) -> tuple[int, FieldNode | None]:
    """How deep the operation's fields nest (introspection fields not counted, as strawberry's
    QueryDepthLimiter counts), and the deepest field. Walked without recursion; a fragment is
    not entered again inside itself, an unknown one is skipped (other rules report it), and an
    empty selection set is a leaf."""
    deepest, at = 0, None
    stack: list[tuple[SelectionSetNode, int, frozenset[str]]] = [
        (operation.selection_set, 0, frozenset())
    ]
    while stack:
        selection_set, depth, entered = stack.pop()
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode):
                if selection.name.value.startswith("__"):
                    continue
                if depth + 1 > deepest:
                    deepest, at = depth + 1, selection
                if selection.selection_set is not None and depth <= MAX_DEPTH:
                    stack.append((selection.selection_set, depth + 1, entered))
            elif isinstance(selection, InlineFragmentNode):
                stack.append((selection.selection_set, depth, entered))
            elif isinstance(selection, FragmentSpreadNode):
                name = selection.name.value
                if name in fragments and name not in entered:
                    stack.append((fragments[name].selection_set, depth, entered | {name}))
    return deepest - 1, at


class DepthLimit(ASTValidationRule):
    """No operation nests fields deeper than MAX_DEPTH (the root's fields are depth 0)."""

    def __init__(self, context: ValidationContext) -> None:
        super().__init__(context)
        fragments = {
            d.name.value: d
            for d in context.document.definitions
            if isinstance(d, FragmentDefinitionNode)
        }
        for definition in context.document.definitions:
            if not isinstance(definition, OperationDefinitionNode):
                continue
            depth, at = operation_depth(definition, fragments)
            if depth > MAX_DEPTH:
                name = definition.name.value if definition.name else "anonymous"
                context.report_error(
                    GraphQLError(
                        f"'{name}' exceeds maximum operation depth of {MAX_DEPTH}",
                        [at] if at is not None else None,
                    )
                )


LIMIT_RULES: list[type[ASTValidationRule]] = [
    DepthLimit,
    *(
        _only_when_fragments_resolve(rule)
        for rule in MaxAliasesLimiter(max_alias_count=MAX_ALIASES).validation_rules
    ),
]
