"""Column types and ids shared by every model."""

from __future__ import annotations

import uuid

from tandem.db.base import new_ordered_id


def test_ordered_ids_are_uuid7_and_strictly_increasing() -> None:
    ids = [new_ordered_id() for _ in range(5000)]
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)
    assert {(i.version, i.variant) for i in ids} == {(7, uuid.RFC_4122)}
