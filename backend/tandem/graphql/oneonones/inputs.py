"""Inputs of the 1:1 mutations."""

from __future__ import annotations

from datetime import datetime

import strawberry

from tandem.graphql.oneonones.enums import Frequency, Scope


@strawberry.input(description="A new 1:1 with someone.")
class CreateOneOnOneInput:
    participant_id: strawberry.ID = strawberry.field(description="The other person.")
    title: str = strawberry.field(description="The series' title.")
    starts_at: datetime = strawberry.field(
        description="The first meeting's start, ISO 8601 with a UTC offset."
    )
    duration_minutes: int = strawberry.field(description="5 to 480 minutes.")
    timezone: str = strawberry.field(
        description="IANA timezone the rule follows (the SPA defaults it to the creator's)."
    )
    frequency: Frequency = strawberry.field(description="How often it recurs.")
    template_id: strawberry.ID | None = strawberry.field(
        default=None, description="Talking points new meetings start from."
    )
    send_invitations: bool = strawberry.field(
        default=True,
        description="Email both people a calendar invitation (false: only an in-app notice).",
    )


@strawberry.input(description="Changes to a series, from a given meeting on.")
class UpdateOneOnOneInput:
    one_on_one_id: strawberry.ID = strawberry.field(description="The 1:1.")
    from_meeting_id: strawberry.ID = strawberry.field(description="Where the change starts.")
    scope: Scope = strawberry.field(description="That meeting and those after, or only after.")
    title: str | None = strawberry.field(default=None, description="A new title.")
    starts_at: datetime | None = strawberry.field(
        default=None, description="The first changed meeting's new start (sets the new rhythm)."
    )
    duration_minutes: int | None = strawberry.field(default=None, description="A new length.")
    timezone: str | None = strawberry.field(default=None, description="A new timezone.")
    frequency: Frequency | None = strawberry.field(default=None, description="A new frequency.")
    template_id: strawberry.ID | None = strawberry.field(
        default=None, description="A new template."
    )
    clear_template: bool = strawberry.field(default=False, description="Use no template.")


@strawberry.input(description="Names a 1:1.")
class OneOnOneIdInput:
    one_on_one_id: strawberry.ID = strawberry.field(description="The 1:1.")


@strawberry.input(description="Names a meeting.")
class MeetingIdInput:
    meeting_id: strawberry.ID = strawberry.field(description="The meeting.")


@strawberry.input(description="A new time for one meeting.")
class RescheduleMeetingInput:
    meeting_id: strawberry.ID = strawberry.field(description="The meeting.")
    starts_at: datetime = strawberry.field(description="Its new start, with a UTC offset.")


@strawberry.input(description="Changes to one meeting only.")
class UpdateMeetingInput:
    meeting_id: strawberry.ID = strawberry.field(description="The meeting.")
    title: str | None = strawberry.field(
        default=None, description="Its own title; an empty string returns to the series' title."
    )
    details: str | None = strawberry.field(default=None, description="Free text.")


@strawberry.input(description="A section of a new template.")
class TemplateSectionInput:
    title: str = strawberry.field(description="The heading.")
    prompts: list[str] = strawberry.field(default_factory=list, description="Talking points.")


@strawberry.input(description="A new template.")
class CreateTemplateInput:
    name: str = strawberry.field(description="Its name.")
    description: str = strawberry.field(default="", description="What it is for.")
    sections: list[TemplateSectionInput] = strawberry.field(description="Its sections.")
    one_time: bool = strawberry.field(default=False, description="For a single meeting.")
    organisation: bool = strawberry.field(
        default=False, description="Publish to everyone (admins); otherwise personal."
    )


@strawberry.input(description="Names a template.")
class TemplateIdInput:
    template_id: strawberry.ID = strawberry.field(description="The template.")
