"""The `tandem` command: serve, migrate, seed-demo, user, token, export-schema."""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tandem.settings import Settings, get_settings


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="tandem", description="Tandem: 1:1s and coaching.")
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="migrate the database, then serve HTTP")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--workers", type=int, default=1)
    serve.add_argument(
        "--no-migrate",
        action="store_true",
        help="do not migrate first (when a separate step migrates, e.g. with several replicas)",
    )

    commands.add_parser("migrate", help="bring the database schema up to date")
    commands.add_parser("check-migrations", help="fail if models and migrations disagree")
    commands.add_parser("seed-demo", help="load the demo organisation into an empty database")

    export = commands.add_parser("export-schema", help="print the GraphQL schema (SDL)")
    export.add_argument("--output", type=Path)

    user = commands.add_parser("user", help="manage accounts").add_subparsers(
        dest="action", required=True
    )
    create = user.add_parser("create", help="create an account; prints its global ID")
    create.add_argument("--email", required=True)
    create.add_argument("--name", required=True)
    create.add_argument("--title", default="")
    create.add_argument("--timezone", default="UTC")
    create.add_argument("--manager", metavar="EMAIL")
    create.add_argument("--admin", action="store_true")
    create.add_argument("--password", help="omit to generate a temporary one (printed on stderr)")

    set_password = user.add_parser(
        "set-password",
        help="set a person's password, read from standard input (ends their sessions)",
    )
    set_password.add_argument("--email", required=True)

    token = commands.add_parser("token", help="personal access tokens").add_subparsers(
        dest="action", required=True
    )
    token_create = token.add_parser("create", help="create a token; prints the token alone")
    token_create.add_argument("--email", required=True)
    token_create.add_argument("--scope", choices=["read", "write"], required=True)
    token_create.add_argument("--name", default="CLI token")
    token_create.add_argument(
        "--expires-in-days", type=int, default=None, help="default: never expires"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    settings = get_settings()
    if args.command == "serve":
        return _serve(args)
    if args.command == "migrate":
        from tandem.db.migrate import upgrade

        upgrade(settings.database_url)
        print("Database is up to date.", file=sys.stderr)
        return 0
    if args.command == "check-migrations":
        from tandem.db.migrate import check

        check(settings.database_url)
        return 0
    if args.command == "export-schema":
        from tandem.graphql.schema import schema

        sdl = schema.as_str() + "\n"
        if args.output:
            args.output.write_text(sdl)
        else:
            sys.stdout.write(sdl)
        return 0
    return asyncio.run(_run_async(args))


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from tandem.db.migrate import upgrade

    settings = get_settings()
    if not args.no_migrate:
        upgrade(settings.database_url)
    uvicorn.run(
        "tandem.app:create_app",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        log_level=settings.log_level,
        ws_max_size=settings.max_body_bytes,
        # Messages are small (base64 Yjs updates); compressing each subscriber's copy
        # separately costs more CPU than it saves.
        ws_per_message_deflate=False,
        **uvicorn_options(settings),
    )
    return 0


def uvicorn_options(settings: Settings) -> dict[str, Any]:
    """How uvicorn treats proxy headers: `X-Forwarded-For`/`-Proto` are believed only from
    TRUSTED_PROXIES, and ignored from everyone when there are none (uvicorn itself would trust
    127.0.0.1, so anything on the host could pose as any client address)."""
    if not settings.trusted_proxies:
        return {"proxy_headers": False}
    return {"proxy_headers": True, "forwarded_allow_ips": ",".join(settings.trusted_proxies)}


async def _run_async(args: argparse.Namespace) -> int:
    from tandem.db.engine import Database

    db = Database(get_settings().database_url)
    try:
        if args.command == "seed-demo":
            return await _seed_demo(db)
        if args.command == "user" and args.action == "set-password":
            return await _set_password(db, args)
        if args.command == "user":
            return await _create_user(db, args)
        if args.command == "token":
            return await _create_token(db, args)
    finally:
        await db.dispose()
    return 2


async def _seed_demo(db: object) -> int:
    from tandem.db.engine import Database
    from tandem.demo import seed_demo

    assert isinstance(db, Database)
    from tandem.clock import Clock

    if await seed_demo(db, Clock(get_settings().frozen_now).now()):
        print("Loaded the demo organisation.", file=sys.stderr)
    else:
        print("People exist already: the demo organisation was not loaded.", file=sys.stderr)
    return 0


async def _create_user(db: object, args: argparse.Namespace) -> int:
    from tandem.db.engine import Database
    from tandem.domain.errors import Invalid
    from tandem.domain.people import service as people
    from tandem.ids import to_global_id

    assert isinstance(db, Database)
    try:
        async with db.write() as session:
            manager_id = None
            if args.manager:
                manager = await people.get_user_by_email(session, args.manager)
                if manager is None:
                    print(f"error: no person has the email {args.manager}", file=sys.stderr)
                    return 1
                manager_id = manager.id
            user, temporary = await people.create_user(
                session,
                None,
                people.NewUser(
                    name=args.name,
                    email=args.email,
                    title=args.title,
                    timezone=args.timezone,
                    manager_id=manager_id,
                    is_admin=args.admin,
                    password=args.password,
                ),
            )
    except Invalid as exc:
        for error in exc.errors:
            print(f"error: {error.field or 'input'}: {error.message}", file=sys.stderr)
        return 1
    if temporary:
        print(f"temporary password (must be changed at sign-in): {temporary}", file=sys.stderr)
    print(to_global_id("User", user.id))
    return 0


async def _set_password(db: object, args: argparse.Namespace) -> int:
    from tandem.db.engine import Database
    from tandem.domain.errors import Invalid
    from tandem.domain.identity import accounts
    from tandem.domain.people import service as people

    assert isinstance(db, Database)
    password = sys.stdin.readline().rstrip("\r\n")
    try:
        async with db.write() as session:
            user = await people.get_user_by_email(session, args.email)
            if user is None:
                print(f"error: no person has the email {args.email}", file=sys.stderr)
                return 1
            await accounts.set_password(session, user, password)
    except Invalid as exc:
        for error in exc.errors:
            print(f"error: {error.field or 'input'}: {error.message}", file=sys.stderr)
        return 1
    print(f"Password set for {args.email}; their sessions ended.", file=sys.stderr)
    return 0


async def _create_token(db: object, args: argparse.Namespace) -> int:
    from tandem.db.engine import Database
    from tandem.domain.errors import Invalid
    from tandem.domain.identity import tokens
    from tandem.domain.people import service as people

    assert isinstance(db, Database)
    try:
        async with db.write() as session:
            user = await people.get_user_by_email(session, args.email)
            if user is None or not user.is_active:
                print(f"error: no active person has the email {args.email}", file=sys.stderr)
                return 1
            created = await tokens.create_token(
                session,
                user.id,
                name=args.name,
                scope=tokens.Scope(args.scope),
                expires_in_days=args.expires_in_days,
            )
    except Invalid as exc:
        for error in exc.errors:
            print(f"error: {error.field or 'input'}: {error.message}", file=sys.stderr)
        return 1
    print(created.secret)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
