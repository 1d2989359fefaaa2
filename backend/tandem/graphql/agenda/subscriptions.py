"""The live document: first what the client is missing, then every accepted update."""

from __future__ import annotations

import base64
import json
from collections.abc import AsyncGenerator
from typing import Annotated, Any

import strawberry
from strawberry.types import Info

from tandem.domain.agenda import service
from tandem.domain.errors import Invalid
from tandem.graphql.agenda.mutations import b64, decode_b64
from tandem.graphql.agenda.types import DocumentState
from tandem.graphql.context import Context
from tandem.graphql.errors import Code, api_error, decode_id


@strawberry.type(description="One message of a meeting's document stream.")
class DocumentMessage:
    update: str = strawberry.field(description="A Yjs v1 update (base64).")
    seq: int = strawberry.field(description="The update's number in the document's log.")


@strawberry.type
class AgendaSubscription:
    @strawberry.subscription(
        description="Follow a meeting's document: the first message carries everything the "
        "given state vector lacks, then every update accepted from anyone (also your own: "
        "applying an update twice is harmless)."
    )
    async def meeting_document(
        self,
        info: Info[Context, Any],
        meeting_id: Annotated[strawberry.ID, strawberry.argument(description="The meeting.")],
        state_vector: Annotated[
            str | None, strawberry.argument(description="The client's state vector (base64).")
        ] = None,
    ) -> AsyncGenerator[DocumentMessage, None]:
        viewer = info.context.require_viewer()
        try:
            raw_id = decode_id(meeting_id, "Meeting", "meetingId")
            vector = decode_b64(state_vector, "stateVector") if state_vector else None
        except Invalid as exc:
            raise api_error(Code.NOT_FOUND, "No such meeting.") from exc
        channel = service.document_channel(raw_id)
        # Subscribe first, then read: nothing committed in between can be missed.
        async with info.context.broadcast.subscribe(channel) as live:
            try:
                async with info.context.db.read() as session:
                    synced = await service.read(session, viewer.actor, raw_id, vector)
            except Invalid as exc:
                raise api_error(Code.NOT_FOUND, "No such meeting.") from exc
            yield DocumentMessage(update=b64(synced.missing), seq=synced.seq)
            async for raw in live:
                payload = json.loads(raw).get("payload", {})
                if payload.get("seq", 0) <= synced.seq:
                    continue
                yield DocumentMessage(update=payload["update"], seq=int(payload["seq"]))


def state_of(synced: service.Synced) -> DocumentState:
    return DocumentState(
        update=base64.b64encode(synced.missing).decode(),
        state_vector=base64.b64encode(synced.state_vector).decode(),
        seq=synced.seq,
    )
