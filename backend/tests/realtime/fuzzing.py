"""Seeds and case counts of the randomized tests, printed at the end of the run (replay with
TANDEM_FUZZ_SEED=<seed>). TANDEM_FUZZ_SCALE multiplies the number of cases (default 1)."""

from __future__ import annotations

import os
import random
from collections import Counter

SEED = int(os.environ.get("TANDEM_FUZZ_SEED") or random.SystemRandom().randrange(2**32))
SCALE = float(os.environ.get("TANDEM_FUZZ_SCALE") or 1)
COUNTS: dict[str, Counter[str]] = {}


def examples(base: int) -> int:
    return max(1, int(base * SCALE))


def count(test: str, outcome: str) -> None:
    COUNTS.setdefault(test, Counter())[outcome] += 1


_printed: list[bool] = []


def summary() -> list[str]:
    """The lines to print, once per run (several conftest files ask)."""
    if _printed:
        return []
    _printed.append(True)
    lines = []
    for test, outcomes in sorted(COUNTS.items()):
        parts = ", ".join(f"{n} {o}" for o, n in sorted(outcomes.items()))
        lines.append(f"{test}: {sum(outcomes.values())} cases ({parts})")
    if lines:
        lines.append(f"seed {SEED} (replay: TANDEM_FUZZ_SEED={SEED})")
    return lines
