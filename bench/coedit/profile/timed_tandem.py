"""`tandem` with wall-clock timers around the document sync pipeline, for the co-edit bench.

    TANDEM_TIMING_OUT=/tmp/timing.json backend/.venv/bin/python bench/coedit/profile/timed_tandem.py serve ...

Run it with the backend's interpreter; it takes the `tandem` command's arguments. Nothing in the
backend is changed: the functions are wrapped at import time. On exit it writes, per stage, the
count and p50/p90/p99/max in milliseconds to $TANDEM_TIMING_OUT:

- http.graphql           one POST /graphql, first byte in to last byte out (the pushes)
- auth                   resolving the bearer token (every request and socket)
- loop.lag               how late a 5 ms sleep on the event loop wakes (time the loop was busy)
- gc.gen0/1/2            Python garbage collections, by generation (wall; .cpu: the thread's
                         CPU time, so a pause stretched by a busy machine shows as wall > cpu;
                         .collected: objects freed, the unit is 1 "ms" = 1 object)
- stalls                 (not a stage) the 20 longest event-loop lags, with their time since start
- push.total             service.push (inside the unit of work, before commit)
- push.load_doc          read snapshot + log since it, load into a Doc
- push.check             documents.check / apply_checked, per update
- push.store             seq under the row lock, insert, projection, compaction
- push.project           the talking-point projection
- push.compact           folding the log into the snapshot (every 200 updates)
- db.commit              AsyncSession.commit (every writing unit of work)
- fanout.publish_to_send publish of an update → its graphql-transport-ws `next` written to one
                         subscriber (queueing + per-subscriber GraphQL execution + send)
- fanout.last            publish → the last subscriber's send of that update

Experiments (off unless set; they change the running server only, never the backend's files):

- BENCH_FIX_VALIDATION_CACHE=1  build the depth and alias validation rules once, so strawberry's
                                ValidationCache hits (the per-request QueryDepthLimiter /
                                MaxAliasesLimiter factories make a new rule class each request,
                                which is part of the cache key: every request misses)
- BENCH_NO_DEFLATE=1            uvicorn without permessage-deflate on WebSockets
- BENCH_FIX_SUBFIELD_LEAK=1     give each subscription event's executor its own subfield memo:
                                graphql-core 3.3.2's build_per_event_executor() copies the
                                executor shallowly, so every event of a subscription adds an
                                entry (keyed by the id of a list made for that event) to one memo
                                that lives as long as the subscription: memory grows with every
                                event delivered, and full GC pauses grow with it
- BENCH_GC_FREEZE=1             gc.collect() + gc.freeze() once the app is built: the objects of
                                start-up (modules, schema, mappers) leave the collector's
                                generations, so a full collection no longer walks them
"""

from __future__ import annotations

import atexit
import functools
import json
import os
import sys
import time
from collections import defaultdict
from typing import Any

STARTED = time.perf_counter()
samples: defaultdict[str, list[float]] = defaultdict(list)
stalls: list[tuple[float, float]] = []
gc_started: list[float] = []
gc_debug: list[dict[str, Any]] = []


def on_gc(phase: str, info: dict[str, Any]) -> None:
    if phase == "start":
        gc_started[:] = [time.perf_counter(), time.thread_time()]
    elif gc_started:
        record(f"gc.gen{info.get('generation')}", time.perf_counter() - gc_started[0])
        record(f"gc.gen{info.get('generation')}.cpu", time.thread_time() - gc_started[1])
        record(f"gc.gen{info.get('generation')}.collected", info.get("collected", 0) / 1000)
        if info.get("generation") == 2 and os.environ.get("BENCH_GC_DEBUG") == "1":
            import gc
            from collections import Counter

            objs = gc.get_objects()
            kinds = Counter(type(o).__name__ for o in objs).most_common(8)
            gc_debug.append({"at": round(gc_started[0] - STARTED, 3), "collected": info.get("collected"), "objects": len(objs), "frozen": gc.get_freeze_count(), "top": kinds})
        if info.get("generation") == 2:
            stalls.append((round(gc_started[0] - STARTED, 3), -round((time.perf_counter() - gc_started[0]) * 1000, 1)))
published: dict[tuple[str, int], float] = {}
last_send: dict[tuple[str, int], float] = {}


def record(name: str, seconds: float) -> None:
    samples[name].append(seconds * 1000)


def timed_async(name: str, fn: Any) -> Any:
    @functools.wraps(fn)
    async def wrapper(*args: Any, **kwargs: Any) -> Any:
        t0 = time.perf_counter()
        try:
            return await fn(*args, **kwargs)
        finally:
            record(name, time.perf_counter() - t0)

    return wrapper


def timed_sync(name: str, fn: Any) -> Any:
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        t0 = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            record(name, time.perf_counter() - t0)

    return wrapper


def install() -> None:
    from sqlalchemy.ext.asyncio import AsyncSession
    from strawberry.asgi import ASGIWebSocketAdapter

    import asyncio

    import tandem.app
    import tandem.graphql.view
    from tandem.domain.agenda import service
    from tandem.realtime import broadcast, documents

    tandem.graphql.view.authenticate = timed_async("auth", tandem.graphql.view.authenticate)  # type: ignore[attr-defined]
    # The backend moves on: wrap what exists, by name.
    for stage, name in [
        ("push.total", "push"),
        ("push.load_doc", "load_doc"),
        ("push.store", "store"),
        ("push.project", "_project"),
        ("push.compact", "compact"),
    ]:
        if hasattr(service, name):
            setattr(service, name, timed_async(stage, getattr(service, name)))
    for name in ("check", "apply_checked"):
        if hasattr(documents, name):
            setattr(documents, name, timed_sync("push.check", getattr(documents, name)))
    AsyncSession.commit = timed_async("db.commit", AsyncSession.commit)  # type: ignore[method-assign]

    deliver = broadcast.Broadcast._deliver

    def timed_deliver(self: Any, channel: str, message: str) -> None:
        if channel.startswith("tandem:meeting:"):
            try:
                payload = json.loads(message).get("payload", {})
                if payload.get("update"):
                    # Keyed by the update itself: seq numbers restart in every meeting.
                    published[(payload["update"], payload.get("seq"))] = time.perf_counter()
            except ValueError:
                pass
        deliver(self, channel, message)

    broadcast.Broadcast._deliver = timed_deliver  # type: ignore[method-assign]

    send_json = ASGIWebSocketAdapter.send_json

    async def timed_send_json(self: Any, message: Any) -> None:
        await send_json(self, message)
        try:
            data = message["payload"]["data"]["meetingDocument"]
            seq = (data["update"], data["seq"])
        except (KeyError, TypeError):
            return
        t = published.get(seq)
        if t is not None:
            now = time.perf_counter()
            record("fanout.publish_to_send", now - t)
            last_send[seq] = now

    ASGIWebSocketAdapter.send_json = timed_send_json  # type: ignore[method-assign]

    create_app = tandem.app.create_app

    def timed_create_app(*args: Any, **kwargs: Any) -> Any:
        app = create_app(*args, **kwargs)
        if os.environ.get("BENCH_GC_FREEZE") == "1":
            import gc

            gc.collect()
            gc.freeze()
            print(f"[bench] gc.freeze(): {gc.get_freeze_count()} objects frozen", file=sys.stderr)

        monitor: list[asyncio.Task[None]] = []

        async def lag() -> None:
            while True:
                t0 = time.perf_counter()
                await asyncio.sleep(0.005)
                late = time.perf_counter() - t0 - 0.005
                record("loop.lag", late)
                if late > 0.05:
                    stalls.append((round(t0 - STARTED, 3), round(late * 1000, 1)))

        async def wrapped(scope: Any, receive: Any, send: Any) -> None:
            if not monitor and scope["type"] in ("http", "websocket"):
                monitor.append(asyncio.get_running_loop().create_task(lag()))
            if scope["type"] != "http" or scope.get("path") != "/graphql":
                return await app(scope, receive, send)
            t0 = time.perf_counter()
            try:
                return await app(scope, receive, send)
            finally:
                record("http.graphql", time.perf_counter() - t0)

        return wrapped

    tandem.app.create_app = timed_create_app


def experiments() -> None:
    if os.environ.get("BENCH_FIX_VALIDATION_CACHE") == "1":
        from strawberry.extensions import AddValidationRules, QueryDepthLimiter
        from strawberry.extensions.max_aliases import MaxAliasesLimiter

        from tandem.graphql import schema as schema_module

        schema = schema_module.schema
        # The rule classes the two limiters make, made once and shared by every request.
        rules: list[Any] = []
        kept = []
        for factory in schema.extensions:
            probe = factory() if callable(factory) and not isinstance(factory, type) else None
            if isinstance(probe, QueryDepthLimiter | MaxAliasesLimiter):
                rules.extend(probe.validation_rules)
            else:
                kept.append(factory)
        shared = tuple(rules)
        assert len(shared) == 2, shared
        schema.extensions = (*kept[:2], lambda: AddValidationRules(list(shared)), *kept[2:])
        print(f"[bench] validation rules shared: {[r.__name__ for r in shared]}", file=sys.stderr)
    if os.environ.get("BENCH_FIX_SUBFIELD_LEAK") == "1":
        from graphql.execution.executor import Executor

        build = Executor.build_per_event_executor

        def build_per_event_executor(self: Any, payload: Any) -> Any:
            executor = build(self, payload)
            executor._relevant_sub_fields = {}
            return executor

        Executor.build_per_event_executor = build_per_event_executor  # type: ignore[method-assign]
    if os.environ.get("BENCH_NO_DEFLATE") == "1":
        import uvicorn

        run = uvicorn.run

        def run_without_deflate(*args: Any, **kwargs: Any) -> Any:
            kwargs["ws_per_message_deflate"] = False
            return run(*args, **kwargs)

        uvicorn.run = run_without_deflate


def summary() -> dict[str, Any]:
    for seq, t in published.items():
        if seq in last_send:
            samples["fanout.last"].append((last_send[seq] - t) * 1000)
    out: dict[str, Any] = {}
    for name, xs in sorted(samples.items()):
        xs = sorted(xs)

        def pct(p: float, xs: list[float] = xs) -> float:
            return round(xs[min(len(xs) - 1, max(0, int(len(xs) * p / 100 + 0.999999) - 1))], 2)

        out[name] = {
            "count": len(xs),
            "mean": round(sum(xs) / len(xs), 2),
            "p50": pct(50),
            "p90": pct(90),
            "p99": pct(99),
            "max": round(xs[-1], 2),
        }
    out["gc_debug"] = gc_debug
    out["stalls"] = sorted(stalls, key=lambda s: -abs(s[1]))[:20]
    return out


def dump() -> None:
    path = os.environ.get("TANDEM_TIMING_OUT")
    if path and samples:
        with open(path, "w", encoding="utf8") as f:
            json.dump(summary(), f, indent=2)


if __name__ == "__main__":
    import gc

    gc.callbacks.append(on_gc)
    install()
    experiments()
    atexit.register(dump)
    from tandem.cli import main

    sys.exit(main(sys.argv[1:]))
