"""Seeds and case counts of every randomized test (hypothesis), printed once at the end of the
run. The run is deterministic by default: CI explores the same cases every time. Set
TANDEM_FUZZ_SEED to an integer to replay a run, or to `random` to explore new cases;
TANDEM_FUZZ_SCALE multiplies the number of cases (default 1)."""

from __future__ import annotations

import os
import random
from collections import Counter

DEFAULT_SEED = 20_261_201


def _seed() -> int:
    chosen = os.environ.get("TANDEM_FUZZ_SEED", "")
    if chosen == "random":
        return random.SystemRandom().randrange(2**32)
    return int(chosen) if chosen else DEFAULT_SEED


SEED = _seed()
SCALE = float(os.environ.get("TANDEM_FUZZ_SCALE") or 1)
COUNTS: dict[str, Counter[str]] = {}


def examples(base: int) -> int:
    return max(1, int(base * SCALE))


def count(test: str, outcome: str) -> None:
    COUNTS.setdefault(test, Counter())[outcome] += 1


def summary() -> list[str]:
    lines = []
    for test, outcomes in sorted(COUNTS.items()):
        parts = ", ".join(f"{n} {o}" for o, n in sorted(outcomes.items()))
        lines.append(f"{test}: {sum(outcomes.values())} cases ({parts})")
    if lines:
        lines.append(
            f"seed {SEED} (replay: TANDEM_FUZZ_SEED={SEED}; explore: TANDEM_FUZZ_SEED=random)"
        )
    return lines
