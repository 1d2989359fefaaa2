"""A fix for graphql-core 3.3.2 until it is released upstream.

`Executor.build_per_event_executor` copies the subscription's executor shallowly, so every
event's executor shares the subscription's `_relevant_sub_fields` memo. The memo is keyed by
the id of a list made anew for each event and keeps that list alive: every event of a
subscription left objects behind for as long as the subscription lived (a meeting-long socket
grew for the whole meeting, and full garbage collections grew with it). The memo only ever
helps within one event, so each event's executor gets its own. `tests/graphql/test_patches.py`
counts what stays alive after many events."""

from __future__ import annotations

from typing import Any

from graphql.execution.executor import Executor

_build_per_event_executor = Executor.build_per_event_executor


def _per_event_executor_with_its_own_memo(self: Executor[Any], payload: Any) -> Executor[Any]:
    executor = _build_per_event_executor(self, payload)
    executor._relevant_sub_fields = {}
    return executor


def apply() -> None:
    Executor.build_per_event_executor = _per_event_executor_with_its_own_memo  # type: ignore[method-assign]
