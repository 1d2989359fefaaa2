"""The docker-compose deployment, checked statically against the code it runs: the environment
the API services get are real settings, their commands are real `tandem` commands, and the demo
(known passwords) is never loaded."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path
from typing import Any

import yaml

from tandem.cli import _parser
from tandem.settings import REPO_DIR, Settings

COMPOSE_FILE = REPO_DIR / "docker-compose.yml"
API_DOCKERFILE = REPO_DIR / "backend" / "Dockerfile"
NGINX_CONF = REPO_DIR / "deploy" / "web" / "nginx.conf"


def _services() -> dict[str, dict[str, Any]]:
    compose = yaml.safe_load(COMPOSE_FILE.read_text())
    services: dict[str, dict[str, Any]] = compose["services"]
    return services


def _backend_services() -> dict[str, dict[str, Any]]:
    """Services whose image is built from backend/ (built there, or reusing that image)."""
    services = _services()
    built: set[str] = set()
    images: set[str] = set()
    for name, service in services.items():
        build = service.get("build")
        context = build if isinstance(build, str) else (build or {}).get("context")
        if context is not None and Path(context).parts[-1:] == ("backend",):
            built.add(name)
            if "image" in service:
                images.add(service["image"])
    return {
        name: service
        for name, service in services.items()
        if name in built or service.get("image") in images
    }


def _environment(service: dict[str, Any]) -> dict[str, str]:
    env = service.get("environment") or {}
    if isinstance(env, list):
        return dict(item.split("=", 1) if "=" in item else (item, "") for item in env)
    return {str(key): str(value) for key, value in env.items()}


def _argv(command: str | list[str]) -> list[str]:
    argv = shlex.split(command) if isinstance(command, str) else [str(arg) for arg in command]
    return argv[1:] if argv[:1] == ["tandem"] else argv


def _assert_cli_accepts(argv: list[str]) -> None:
    try:
        _parser().parse_args(argv)
    except SystemExit as exc:
        raise AssertionError(f"`tandem {shlex.join(argv)}` is not a valid command") from exc


def test_the_api_services_are_found() -> None:
    # given the compose file
    # when its services built from backend/ are picked out
    found = set(_backend_services())

    # then they are the one-shot migration and the API
    assert found == {"migrate", "api"}


def test_api_environment_names_are_settings() -> None:
    # given the fields of Settings (env var names are their upper-cased names)
    fields = {name.lower() for name in Settings.model_fields}

    for name, service in _backend_services().items():
        # when the service's environment is read
        env = _environment(service)

        # then it sets something, and only settings the API reads
        assert env, name
        unknown = {key for key in env if key.lower() not in fields}
        assert not unknown, f"{name} sets variables Settings does not read: {sorted(unknown)}"


def _missing(required: set[str], env: dict[str, str]) -> set[str]:
    return required - {key.lower() for key in env}


def test_required_settings_are_set_for_the_api_services() -> None:
    # given the settings without a default (none today: the check must still see a gap)
    required = {name for name, field in Settings.model_fields.items() if field.is_required()}
    assert _missing({"database_url"}, {"BROADCAST_URL": "memory://"}) == {"database_url"}

    for name, service in _backend_services().items():
        # when the service's environment is read
        missing = _missing(required, _environment(service))

        # then every required setting is in it
        assert not missing, f"{name} misses required settings: {sorted(missing)}"


def test_api_service_commands_are_tandem_commands() -> None:
    for name, service in _backend_services().items():
        # given the service's command (the image's CMD when it has none)
        command = service.get("command")
        assert command, f"{name} relies on the image's default command; say it"

        # when the tandem CLI parses it, then it accepts it
        _assert_cli_accepts(_argv(command))


def test_the_api_image_default_command_is_a_tandem_command() -> None:
    # given the Dockerfile's CMD (exec form)
    cmd = re.search(r"^CMD\s+(\[.*\])\s*$", API_DOCKERFILE.read_text(), re.MULTILINE)
    assert cmd, "the API Dockerfile has no exec-form CMD"

    # when the tandem CLI parses it, then it accepts it
    _assert_cli_accepts(_argv(json.loads(cmd.group(1))))


def test_the_documented_first_admin_command_is_a_tandem_command() -> None:
    # given the comment at the top of the compose file on creating the first administrator
    line = next(
        line for line in COMPOSE_FILE.read_text().splitlines() if "tandem user create" in line
    )
    argv = shlex.split(line.lstrip("# "))
    assert argv[:5] == ["docker", "compose", "run", "--rm", "api"]

    # when the tandem CLI parses it, then it accepts it, and makes an administrator
    _assert_cli_accepts(_argv(argv[5:]))
    assert _parser().parse_args(_argv(argv[5:])).admin


def test_no_service_loads_the_demo() -> None:
    for name, service in _services().items():
        # given what the service runs
        runs = [service.get("command") or "", service.get("entrypoint") or ""]

        # then it is never the demo, whose passwords are known
        text = " ".join(part if isinstance(part, str) else " ".join(part) for part in runs)
        assert "seed-demo" not in text, name


def test_the_deployment_has_its_services_and_two_api_replicas() -> None:
    # given the compose services
    services = _services()

    # then the proxy, the database, the broadcast and the API are there, the API twice
    assert {"web", "postgres", "redis", "api", "migrate"} <= set(services)
    assert services["api"]["deploy"]["replicas"] == 2


def test_nginx_proxies_graphql_websockets() -> None:
    # given the /graphql location of the web proxy
    block = re.search(r"location\s+(?:=\s+)?/graphql\s*\{([^}]*)\}", NGINX_CONF.read_text())
    assert block, "nginx.conf has no /graphql location"
    directives = {" ".join(line.split()) for line in block.group(1).split(";")}

    # then it passes WebSocket upgrades through to the API
    assert "proxy_http_version 1.1" in directives
    assert any(d.startswith("proxy_set_header Upgrade ") for d in directives)
    assert any(d.startswith("proxy_set_header Connection ") for d in directives)
    assert any(d.startswith("proxy_pass ") for d in directives)
