"""Run Alembic migrations programmatically (used by `tandem migrate`, `tandem serve`, tests)."""

from __future__ import annotations

from alembic import command
from alembic.config import Config

from tandem.settings import BACKEND_DIR


def alembic_config(database_url: str) -> Config:
    config = Config(str(BACKEND_DIR / "alembic.ini"))
    config.set_main_option("script_location", str(BACKEND_DIR / "migrations"))
    config.attributes["database_url"] = database_url
    config.attributes["configure_logger"] = False
    return config


def upgrade(database_url: str, revision: str = "head") -> None:
    """Bring the database to `revision`. Must not be called from a running event loop."""
    if database_url.startswith("sqlite"):
        _ensure_sqlite_dir(database_url)
    command.upgrade(alembic_config(database_url), revision)


def check(database_url: str) -> None:
    """Fail when the models and the migrations disagree (`alembic check`)."""
    command.check(alembic_config(database_url))


def _ensure_sqlite_dir(database_url: str) -> None:
    from pathlib import Path

    path = database_url.split("///", 1)[-1]
    if path and path != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
