"""The randomized tests' seed and case counts, in the terminal summary."""

from __future__ import annotations

from typing import Any

from tests.realtime import fuzzing


def pytest_terminal_summary(terminalreporter: Any) -> None:
    lines = fuzzing.summary()
    if lines:
        terminalreporter.section("randomized tests")
        for line in lines:
            terminalreporter.write_line(line)
