"""The domain knows nothing of transport (DESIGN.md, style rule 1)."""

from __future__ import annotations

import ast
from pathlib import Path

import tandem.domain

TRANSPORT = ("strawberry", "starlette", "authlib", "graphql", "uvicorn", "tandem.graphql")


def test_domain_imports_no_transport_library() -> None:
    root = Path(tandem.domain.__file__).parent
    offenders = []
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.startswith(TRANSPORT)]
    assert list(root.rglob("*.py")), "no domain modules found"
    assert offenders == []
