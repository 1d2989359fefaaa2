"""The WebSocket protocol handlers, with one addition: before each operation the socket's
credential is checked again, so an ended session or token runs nothing more even if the event
that should have closed its socket was lost."""

from __future__ import annotations

from typing import Any, Protocol

from starlette.websockets import WebSocketState
from strawberry.subscriptions.protocols.graphql_transport_ws.handlers import (
    BaseGraphQLTransportWSHandler,
)
from strawberry.subscriptions.protocols.graphql_transport_ws.types import SubscribeMessage
from strawberry.subscriptions.protocols.graphql_ws.handlers import BaseGraphQLWSHandler
from strawberry.subscriptions.protocols.graphql_ws.types import StartMessage

from tandem.graphql.context import Context


class CheckingView(Protocol):
    async def credential_still_valid(self, context: Context) -> bool:
        """True when the socket may run an operation; False after closing it."""
        ...


class _ClosedOnce:
    """The socket adapter, made quiet once the socket is closed: the app may close a socket
    itself (an ended credential, a refusal with its own code and reason) before the protocol
    handler would close or answer it."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    def _closed(self) -> bool:
        return bool(self._inner.ws.application_state == WebSocketState.DISCONNECTED)

    async def close(self, code: int, reason: str) -> None:
        if not self._closed():
            await self._inner.close(code, reason)

    async def send_json(self, message: Any) -> None:
        if not self._closed():
            await self._inner.send_json(message)


class TransportWSHandler(BaseGraphQLTransportWSHandler[Context, None]):
    """graphql-transport-ws (the protocol of the `graphql-ws` library)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.websocket = _ClosedOnce(self.websocket)  # type: ignore[assignment]

    async def handle_subscribe(self, message: SubscribeMessage) -> None:
        if self.connection_acknowledged and not await _view(self).credential_still_valid(
            self.context
        ):
            return
        await super().handle_subscribe(message)


class LegacyWSHandler(BaseGraphQLWSHandler[Context, None]):
    """The legacy subscriptions-transport-ws protocol."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.websocket = _ClosedOnce(self.websocket)  # type: ignore[assignment]

    async def handle_start(self, message: StartMessage) -> None:
        if self.connection_acknowledged and not await _view(self).credential_still_valid(
            self.context
        ):
            return
        await super().handle_start(message)


def _view(handler: Any) -> CheckingView:
    view: CheckingView = handler.view
    return view
