"""DataLoaders of the people package, one per request (or socket), kept on its context."""

from __future__ import annotations

import uuid

from strawberry.dataloader import DataLoader

from tandem.domain.identity import links
from tandem.graphql.context import Context

_PENDING_EMAILS = "_people_pending_emails"


def pending_emails(context: Context) -> DataLoader[uuid.UUID, str | None]:
    """The address each person's email waits to change to."""
    loader: DataLoader[uuid.UUID, str | None] | None = context.__dict__.get(_PENDING_EMAILS)
    if loader is None:

        async def load(ids: list[uuid.UUID]) -> list[str | None]:
            async with context.db.read() as session:
                found = await links.pending_emails(session, ids)
            return [found.get(i) for i in ids]

        loader = DataLoader(load_fn=load, cache=False)
        context.__dict__[_PENDING_EMAILS] = loader
    return loader
