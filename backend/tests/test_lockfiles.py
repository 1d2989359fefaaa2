"""Lock files pin every dependency and record no download addresses."""

from __future__ import annotations

import json
import re

from tandem.settings import REPO_DIR

LOCKS = [
    REPO_DIR / "backend" / "requirements.txt",
    REPO_DIR / "backend" / "requirements-dev.txt",
    REPO_DIR / "frontend" / "package-lock.json",
]


def test_lock_files_record_no_download_addresses() -> None:
    for lock in LOCKS:
        assert lock.is_file(), f"{lock} is missing"
        assert "://" not in lock.read_text(), f"{lock.name} records a download address"


def test_python_locks_pin_every_requirement_with_hashes() -> None:
    for lock in LOCKS[:2]:
        requirements = [
            line for line in lock.read_text().splitlines() if re.match(r"^[A-Za-z0-9]", line)
        ]
        assert requirements, lock
        for line in requirements:
            assert re.match(r"^[A-Za-z0-9_.\-]+==[^\s]+ \\$", line), f"not pinned: {line}"


def test_npm_lock_pins_every_package() -> None:
    lock = json.loads(LOCKS[2].read_text())
    packages = {k: v for k, v in lock["packages"].items() if k}
    assert packages
    for name, meta in packages.items():
        assert meta.get("version") or meta.get("link"), f"{name} is not pinned"
        assert "resolved" not in meta, f"{name} records where it was downloaded"
