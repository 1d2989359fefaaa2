"""The per-request context: database, settings, the viewer and the request's DataLoaders."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.websockets import WebSocket
from strawberry.dataloader import DataLoader
from strawberry.types import Info

from tandem.auth.viewer import Viewer
from tandem.clock import Clock
from tandem.db.engine import Database
from tandem.domain.identity import tokens
from tandem.domain.identity.models import PersonalAccessToken
from tandem.domain.oneonones.announce import Announcer
from tandem.domain.people import service as people
from tandem.domain.people.models import User
from tandem.graphql.errors import Code, api_error
from tandem.realtime.broadcast import Broadcast
from tandem.realtime.connections import LiveConnections
from tandem.settings import Settings

if TYPE_CHECKING:
    from tandem.graphql.actions.loaders import ActionItemLoaders
    from tandem.graphql.agenda.loaders import AgendaLoaders
    from tandem.graphql.comments.loaders import CommentLoaders
    from tandem.graphql.oneonones.loaders import OneOnOneLoaders


class Loaders:
    """DataLoaders of one request: every relation goes through one (no N+1)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    @cached_property
    def user(self) -> DataLoader[uuid.UUID, User | None]:
        async def load(ids: list[uuid.UUID]) -> list[User | None]:
            async with self.db.read() as session:
                found = await people.get_users(session, ids)
            return [found.get(i) for i in ids]

        return DataLoader(load_fn=load)

    @cached_property
    def reports(self) -> DataLoader[uuid.UUID, list[User]]:
        async def load(ids: list[uuid.UUID]) -> list[list[User]]:
            async with self.db.read() as session:
                found = await people.reports_of(session, ids)
            return [found[i] for i in ids]

        return DataLoader(load_fn=load)

    @cached_property
    def token(self) -> DataLoader[uuid.UUID, PersonalAccessToken | None]:
        async def load(ids: list[uuid.UUID]) -> list[PersonalAccessToken | None]:
            async with self.db.read() as session:
                found = await tokens.get_tokens(session, ids)
            return [found.get(i) for i in ids]

        return DataLoader(load_fn=load)


@dataclass
class Context:
    """What every resolver sees as `info.context`."""

    request: Request | WebSocket
    response: Response | WebSocket | None
    db: Database
    settings: Settings
    broadcast: Broadcast
    connections: LiveConnections
    viewer: Viewer | None
    clock: Clock = field(default_factory=Clock)
    auth_problem: str | None = None
    connection_params: dict[str, Any] | None = None
    loaders: Loaders = field(init=False)

    def __post_init__(self) -> None:
        self.loaders = Loaders(self.db)

    @cached_property
    def oneonones(self) -> OneOnOneLoaders:
        from tandem.graphql.oneonones.loaders import OneOnOneLoaders

        return OneOnOneLoaders(self.db, self.require_viewer().user_id)

    @cached_property
    def actions(self) -> ActionItemLoaders:
        from tandem.graphql.actions.loaders import ActionItemLoaders

        return ActionItemLoaders(self.db)

    @cached_property
    def comments(self) -> CommentLoaders:
        from tandem.graphql.comments.loaders import CommentLoaders

        return CommentLoaders(self.db)

    @cached_property
    def agenda(self) -> AgendaLoaders:
        from tandem.graphql.agenda.loaders import AgendaLoaders

        return AgendaLoaders(self.db, self.require_viewer().user_id)

    @cached_property
    def announcer(self) -> Announcer:
        return Announcer(self.settings.public_url)

    def now(self) -> datetime:
        return self.clock.now()

    def require_viewer(self) -> Viewer:
        if self.viewer is None:
            raise api_error(
                Code.UNAUTHENTICATED,
                self.auth_problem or "Sign in, or send `Authorization: Bearer <token>`.",
            )
        return self.viewer


def ctx(info: Info[Context, Any]) -> Context:
    return info.context
