"""Who is acting: the signed-in person, as the domain sees them."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from tandem.domain.errors import Forbidden


@dataclass(frozen=True)
class Actor:
    """The person on whose behalf a service function runs."""

    user_id: uuid.UUID
    is_admin: bool

    def require_admin(self) -> None:
        if not self.is_admin:
            raise Forbidden("only administrators may do this")
