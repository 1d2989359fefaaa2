"""The `tandem` command, run as a separate process against the test database."""

from __future__ import annotations

import asyncio
import os
import sys
from asyncio.subprocess import PIPE
from dataclasses import dataclass

from tandem.db.engine import Database
from tandem.ids import to_global_id
from tests.helpers import Api, data

TANDEM = [sys.executable, "-m", "tandem.cli"]


@dataclass
class Ran:
    returncode: int
    stdout: str
    stderr: str


async def tandem(database_url: str, *args: str) -> Ran:
    """Run the CLI in a child process without blocking the event loop (the app under test
    keeps serving meanwhile)."""
    env = {**os.environ, "DATABASE_URL": database_url}
    process = await asyncio.create_subprocess_exec(
        *TANDEM, *args, env=env, stdout=PIPE, stderr=PIPE
    )
    out, err = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode is not None
    return Ran(process.returncode, out.decode(), err.decode())


async def test_user_and_token_created_on_the_command_line_work_over_graphql(
    database_url: str, db: Database, api: Api
) -> None:
    # given a manager and a report created with the CLI
    boss = await tandem(
        database_url,
        "user",
        "create",
        "--email",
        "boss@example.com",
        "--name",
        "Boss",
        "--password",
        "lantern-over-the-quay-1",
        "--admin",
    )
    assert boss.returncode == 0, boss.stderr
    report = await tandem(
        database_url,
        "user",
        "create",
        "--email",
        "rep@example.com",
        "--name",
        "Rep",
        "--manager",
        "BOSS@example.com",
    )
    assert report.returncode == 0, report.stderr
    assert "temporary password" in report.stderr
    # when a read token is created
    token = await tandem(
        database_url, "token", "create", "--email", "boss@example.com", "--scope", "read"
    )
    assert token.returncode == 0, token.stderr
    secret = token.stdout.strip()
    # then it prints the token alone, and the IDs printed are the API's global IDs
    assert secret.startswith("tdm_")
    assert "\n" not in secret
    response = await api.http.post(
        "/graphql",
        json={"query": "{ viewer { id name reports { edges { node { id } } } } }"},
        headers={"authorization": f"Bearer {secret}"},
    )
    viewer = data(response.json())["viewer"]
    assert viewer["id"] == boss.stdout.strip()
    assert viewer["reports"]["edges"] == [{"node": {"id": report.stdout.strip()}}]
    assert viewer["id"].startswith(to_global_id("User", "")[:4])


async def test_bad_input_on_the_command_line_is_a_clear_error(
    database_url: str, db: Database
) -> None:
    bad = await tandem(database_url, "user", "create", "--email", "nope", "--name", "X")
    assert bad.returncode == 1
    assert "email" in bad.stderr
    unknown = await tandem(
        database_url, "token", "create", "--email", "ghost@example.com", "--scope", "write"
    )
    assert unknown.returncode == 1
    assert "no active person" in unknown.stderr
    usage = await tandem(
        database_url, "token", "create", "--email", "x@example.com", "--scope", "admin"
    )
    assert usage.returncode == 2


async def test_seed_demo_loads_the_organisation_once(
    database_url: str, db: Database, api: Api
) -> None:
    first = await tandem(database_url, "seed-demo")
    second = await tandem(database_url, "seed-demo")
    assert first.returncode == second.returncode == 0
    assert "Loaded" in first.stderr
    assert "not loaded" in second.stderr
    signed_in = await api.sign_in("sam.carter@tandem.example", "tandem-demo")
    assert signed_in.status_code == 200
    result = (
        await api.with_cookie("{ viewer { reports { totalCount } } people { totalCount } }")
    ).json()
    assert result["data"] == {
        "viewer": {"reports": {"totalCount": 5}},
        "people": {"totalCount": 16},
    }
