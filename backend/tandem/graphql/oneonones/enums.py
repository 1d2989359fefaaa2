"""The area's enums, declared to GraphQL once; import them from here."""

from __future__ import annotations

import strawberry

from tandem.domain.oneonones.models import MeetingStatus, SeriesStatus, TemplateKind
from tandem.domain.oneonones.recurrence import Frequency
from tandem.domain.oneonones.series import Scope

strawberry.enum(Frequency, description="How often a 1:1 recurs.")
strawberry.enum(MeetingStatus, description="Where a meeting stands.")
strawberry.enum(
    SeriesStatus,
    name="OneOnOneStatus",
    description="ACTIVE schedules meetings; ARCHIVED and ENDED (someone left) keep history only.",
)
strawberry.enum(TemplateKind, description="Who provides a template.")
strawberry.enum(
    Scope,
    name="UpdateScope",
    description="Which meetings a series edit changes, counted from the given meeting.",
)

__all__ = ["Frequency", "MeetingStatus", "Scope", "SeriesStatus", "TemplateKind"]
