"""Opaque global IDs (Relay): base64 of `TypeName:uuid`, the encoding strawberry's relay uses."""

from __future__ import annotations

import base64
import uuid


def to_global_id(type_name: str, node_id: object) -> str:
    return base64.b64encode(f"{type_name}:{node_id}".encode()).decode()


def uuid_of(type_name: str, global_id: str | None) -> uuid.UUID | None:
    """The UUID in a global ID of `type_name`; None for anything else (never raises)."""
    if global_id is None:
        return None
    try:
        kind, _, raw = base64.b64decode(global_id.encode(), validate=True).decode().partition(":")
        return uuid.UUID(raw) if kind == type_name else None
    except (ValueError, UnicodeDecodeError):
        return None
