"""Opaque global IDs (Relay): base64 of `TypeName:uuid`, the encoding strawberry's relay uses."""

from __future__ import annotations

import base64


def to_global_id(type_name: str, node_id: object) -> str:
    return base64.b64encode(f"{type_name}:{node_id}".encode()).decode()
