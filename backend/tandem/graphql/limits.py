"""Limits on the shape of a document, checked with validation (and so cached with it): depth,
aliases, tokens. The cost of an operation, which depends on its variables, is `cost.py`'s."""

from __future__ import annotations

from graphql import (
    ASTValidationRule,
    DocumentNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    ValidationContext,
    visit,
)
from graphql.language import Visitor
from strawberry.extensions import MaxAliasesLimiter, QueryDepthLimiter

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


LIMIT_RULES: list[type[ASTValidationRule]] = [
    _only_when_fragments_resolve(rule)
    for rule in (
        *QueryDepthLimiter(max_depth=MAX_DEPTH).validation_rules,
        *MaxAliasesLimiter(max_alias_count=MAX_ALIASES).validation_rules,
    )
]
