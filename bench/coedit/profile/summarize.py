"""Summarise a py-spy raw (collapsed-stack) profile of `tandem serve` for docs/benchmarks.md.

    python3 summarize.py PROFILE.txt

Prints: the share of samples by where the time is spent (first matching rule, from the stack's
leaf up), inclusive shares of the sync pipeline's functions, and the top self-time frames."""

from __future__ import annotations

import re
import sys
from collections import Counter

# (label, regex on one frame) — checked from the leaf frame upwards; the first hit names the sample.
LEAF_RULES = [
    ("pycrdt (Yrs: load/apply/encode)", r"\(pycrdt/"),
    ("SQLite C calls (aiosqlite thread)", r"\(aiosqlite/core\.py"),
    ("SQLAlchemy ORM/Core", r"\(sqlalchemy/"),
    ("GraphQL execution (graphql-core)", r"\(graphql/"),
    ("Strawberry (schema, views, ws protocol)", r"\(strawberry/"),
    ("WebSocket/HTTP I/O (starlette, uvicorn, websockets)", r"\((starlette|uvicorn|websockets|wsproto|h11|httptools)/"),
    ("json", r"\(json/"),
    ("asyncio event loop", r"\(asyncio/"),
    ("tandem code", r"\(tandem/"),
]

# Inclusive: share of samples whose stack contains the frame.
INCLUSIVE = [
    ("pushMeetingUpdates mutation (HTTP)", r"push_meeting_updates \(tandem/graphql/agenda/mutations\.py"),
    ("  service.push", r"^push \(tandem/domain/agenda/service\.py"),
    ("    load_doc (snapshot + log from DB, into a Doc)", r"load_doc \(tandem/domain/agenda/service\.py"),
    ("    _log (snapshot + log from the DB)", r"_log \(tandem/domain/agenda/service\.py"),
    ("    documents.check / apply_checked (rules per update)", r"(check|apply_checked) \(tandem/realtime/documents\.py"),
    ("    store (seq lock, insert, projection)", r"store \(tandem/domain/agenda/service\.py"),
    ("      _project (talking-point projection)", r"_project \(tandem/domain/agenda/service\.py"),
    ("      compact", r"compact \(tandem/domain/agenda/service\.py"),
    ("meetingDocument subscription generator", r"meeting_document \(tandem/graphql/agenda/subscriptions\.py"),
    ("subscription event execution (graphql-core per subscriber)", r"execute_subscription_event \(graphql/execution/execute\.py"),
    ("graphql-transport-ws send (per subscriber)", r"send_(json|message|next)|send_text"),
    ("authentication (token lookup)", r"\(tandem/auth/"),
    ("GraphQL parse + validate", r"(parse|validate) \(graphql/(language|validation)/"),
    ("SQLAlchemy (anywhere)", r"\(sqlalchemy/"),
    ("aiosqlite worker thread (SQLite C)", r"\(aiosqlite/core\.py"),
    ("asyncpg", r"\(asyncpg/"),
    ("pycrdt (anywhere)", r"\(pycrdt/"),
]


def main(path: str) -> None:
    stacks: list[tuple[list[str], int]] = []
    for line in open(path, encoding="utf8"):
        line = line.rstrip("\n")
        if not line:
            continue
        body, _, count = line.rpartition(" ")
        stacks.append((body.split(";"), int(count)))
    total = sum(c for _, c in stacks)
    print(f"{total} samples\n")
    by_leaf: Counter[str] = Counter()
    for frames, count in stacks:
        label = "other"
        for frame in reversed(frames):
            hit = next((name for name, rx in LEAF_RULES if re.search(rx, frame)), None)
            if hit:
                label = hit
                break
        by_leaf[label] += count
    print("Where the samples are (innermost matching frame):")
    for label, count in by_leaf.most_common():
        print(f"  {100 * count / total:5.1f}%  {label}")
    print("\nInclusive (stack contains):")
    for label, rx in INCLUSIVE:
        count = sum(c for frames, c in stacks if any(re.search(rx, f) for f in frames))
        print(f"  {100 * count / total:5.1f}%  {label}")
    self_time: Counter[str] = Counter()
    for frames, count in stacks:
        self_time[re.sub(r":\d+\)$", ")", frames[-1])] += count
    print("\nTop self-time frames:")
    for frame, count in self_time.most_common(15):
        print(f"  {100 * count / total:5.1f}%  {frame}")


if __name__ == "__main__":
    main(sys.argv[1])
