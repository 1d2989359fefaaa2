"""Every operation the SPA ships stays well under the cost limit, whatever its variables
(an unknown page size counts as the largest)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from graphql import (
    DocumentNode,
    FragmentDefinitionNode,
    OperationDefinitionNode,
    parse,
    validate,
)

from tandem.graphql.cost import DEFAULT_MAX_QUERY_COST, operation_cost
from tandem.graphql.limits import fragment_spreads
from tandem.graphql.schema import schema
from tandem.settings import REPO_DIR

GQL_TS = REPO_DIR / "frontend" / "src" / "gql" / "gql.ts"
DOCUMENT_KEY = re.compile(r'^\s+"((?:[^"\\]|\\.)*)": typeof types\.', re.MULTILINE)


def shipped_operations(path: Path) -> dict[str, DocumentNode]:
    """Each operation of the generated client, with the fragments it spreads."""
    text = path.read_text()
    start = text.index("type Documents = {")
    block = text[start : text.index("\n};", start)]
    fragments: dict[str, FragmentDefinitionNode] = {}
    operations: list[OperationDefinitionNode] = []
    for raw in DOCUMENT_KEY.findall(block):
        for definition in parse(json.loads(f'"{raw}"')).definitions:
            if isinstance(definition, FragmentDefinitionNode):
                fragments[definition.name.value] = definition
            elif isinstance(definition, OperationDefinitionNode):
                operations.append(definition)
    documents = {}
    for operation in operations:
        needed: dict[str, FragmentDefinitionNode] = {}
        todo = spreads(operation)
        while todo:
            name = todo.pop()
            if name not in needed:
                needed[name] = fragments[name]
                todo.extend(spreads(fragments[name]))
        assert operation.name is not None
        documents[operation.name.value] = DocumentNode(definitions=(operation, *needed.values()))
    return documents


def spreads(node: OperationDefinitionNode | FragmentDefinitionNode) -> list[str]:
    return sorted(fragment_spreads(node))


def test_the_spa_ships_many_operations() -> None:
    operations = shipped_operations(GQL_TS)
    assert len(operations) > 50
    assert {"MeetingPage", "MeetingDiscussion", "HomePage"} <= operations.keys()


def test_every_spa_operation_costs_under_half_the_limit() -> None:
    too_costly = {}
    for name, document in shipped_operations(GQL_TS).items():
        assert validate(schema._schema, document) == [], name
        requested = operation_cost(schema._schema, document, None, {})
        assert requested is not None
        if requested > DEFAULT_MAX_QUERY_COST // 2:
            too_costly[name] = requested
    assert too_costly == {}
