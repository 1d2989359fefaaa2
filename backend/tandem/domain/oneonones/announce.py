"""Telling the two people about changes to their 1:1: in-app notifications and emails with
iCalendar (iTIP) attachments, written in the same unit of work as the change.

Each rule version of a series is one calendar event (UID `<series>-v<version>`); a series edit
from a meeting on ends the old event with UNTIL and starts a new one. Every message carries the
series' rising SEQUENCE."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from tandem.domain.calendar import ics
from tandem.domain.notifications import service as notifications
from tandem.domain.notifications.models import (
    DEFAULT_REMINDER_MINUTES,
    NotificationKind,
    NotificationSettings,
)
from tandem.domain.oneonones import recurrence, schedule
from tandem.domain.oneonones.models import Meeting, MeetingStatus, OneOnOne, Participant
from tandem.domain.people.models import User
from tandem.ids import to_global_id
from tandem.mail.outbox import Attachment, Email
from tandem.mail.render import render

FREQUENCY_WORDS = {
    recurrence.Frequency.ONCE: "Once",
    recurrence.Frequency.WEEKLY: "Every week",
    recurrence.Frequency.FORTNIGHTLY: "Every two weeks",
    recurrence.Frequency.MONTHLY: "Every month",
    recurrence.Frequency.QUARTERLY: "Every three months",
    recurrence.Frequency.HALF_YEARLY: "Every six months",
    recurrence.Frequency.YEARLY: "Every year",
}


def series_path(series_id: uuid.UUID) -> str:
    """Where a 1:1 opens in the app (by its global ID, as the app and API know it)."""
    return f"/one-on-ones/{to_global_id('OneOnOne', series_id)}"


def meeting_path(meeting_id: uuid.UUID) -> str:
    return f"/meetings/{to_global_id('Meeting', meeting_id)}"


def when(moment: datetime, timezone: str) -> str:
    local = moment.astimezone(ZoneInfo(timezone))
    return f"{local:%a %d %b %Y, %H:%M} ({timezone})"


class Announcer:
    """Builds and queues the announcements; `base_url` is where people open the app."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url.rstrip("/")

    def _url(self, path: str) -> str:
        return self.base_url + path

    async def _people(
        self, session: AsyncSession, series: OneOnOne
    ) -> tuple[User, User, list[User]]:
        """(organizer, attendee, both) — the creator organises."""
        rows = await session.execute(
            select(User)
            .join(Participant, Participant.user_id == User.id)
            .where(Participant.one_on_one_id == series.id)
        )
        users = list(rows.scalars())
        organizer = next(u for u in users if u.id == series.created_by_id)
        attendee = next(u for u in users if u.id != series.created_by_id)
        return organizer, attendee, [organizer, attendee]

    async def _change(
        self, session: AsyncSession, series: OneOnOne, actor_id: uuid.UUID
    ) -> tuple[list[User], ics.Series, User]:
        """A change people's calendars must hear about: the SEQUENCE rises; returns (both
        people, the calendar view of the series, the actor)."""
        series.calendar_sequence += 1
        organizer, attendee, both = await self._people(session, series)
        actor = organizer if organizer.id == actor_id else attendee
        return both, self._series_info(series, organizer, attendee), actor

    def _series_info(self, series: OneOnOne, organizer: User, attendee: User) -> ics.Series:
        return ics.Series(
            series_id=series.id,
            title=series.title,
            url=self._url(series_path(series.id)),
            organizer=ics.Person(organizer.name, organizer.email),
            attendee=ics.Person(attendee.name, attendee.email),
        )

    async def _version_request(
        self,
        session: AsyncSession,
        info: ics.Series,
        series: OneOnOne,
        version: int,
        rule: recurrence.Rule,
        duration_minutes: int,
        *,
        open_ended: bool,
    ) -> Attachment:
        """The whole state of one rule version as a REQUEST: UNTIL its last meeting when it
        no longer continues, EXDATEs where it has no (or a cancelled) meeting, overrides where
        a meeting differs from its rule; a CANCEL when nothing of it remains."""
        meetings = list(
            (
                await session.execute(
                    select(Meeting)
                    .where(Meeting.one_on_one_id == series.id, Meeting.rule_version == version)
                    .order_by(Meeting.occurrence_index)
                )
            ).scalars()
        )
        alive = [m for m in meetings if m.status != MeetingStatus.CANCELLED.value]
        if not alive:
            content = ics.series_cancel(info, version, sequence=series.calendar_sequence)
            return Attachment(f"tandem-{version}.ics", content, "CANCEL")
        by_index = {m.occurrence_index: m for m in meetings}
        last_index = max(by_index) if open_ended else max(m.occurrence_index for m in alive)
        exdates = [
            recurrence.occurrence_utc(rule, i)
            for i in range(last_index + 1)
            if i not in by_index or by_index[i].status == MeetingStatus.CANCELLED.value
        ]
        overrides = [
            self._override(series, m, duration_minutes)
            for m in alive
            if m.occurrence_index <= last_index and self._differs(m, duration_minutes)
        ]
        until = None if open_ended else recurrence.occurrence_utc(rule, last_index)
        content = ics.series_request(
            info,
            version,
            rule,
            duration_minutes,
            sequence=series.calendar_sequence,
            until=until,
            exdates=exdates,
            overrides=overrides,
        )
        return Attachment(f"tandem-{version}.ics", content, "REQUEST")

    @staticmethod
    def _differs(meeting: Meeting, duration_minutes: int) -> bool:
        return (
            meeting.starts_at != meeting.scheduled_start
            or meeting.title is not None
            or meeting.ends_at - meeting.starts_at != timedelta(minutes=duration_minutes)
        )

    @staticmethod
    def _override(series: OneOnOne, meeting: Meeting, duration_minutes: int) -> ics.Override:
        return ics.Override(
            recurrence_id=meeting.scheduled_start,
            starts_at=meeting.starts_at,
            ends_at=meeting.ends_at,
            title=meeting.title or series.title,
        )

    async def _tell(
        self,
        session: AsyncSession,
        series: OneOnOne,
        actor: User,
        recipients: Sequence[User],
        kind: NotificationKind,
        *,
        event_key: str,
        link: str,
        values: dict[str, str],
        when_at: datetime | None,
        attachments: Sequence[Attachment],
        title: str,
        body: str,
    ) -> None:
        """One notification to the other person, and the email (with the calendar parts) to
        both — the actor's copy keeps their calendar in step."""
        for person in recipients:
            mine = person.id == actor.id
            email_kind = "INVITATION_SELF" if mine and kind == NotificationKind.INVITATION else kind
            other = next((p for p in recipients if p.id != person.id), actor)
            rendered = render(
                email_kind.value if isinstance(email_kind, NotificationKind) else email_kind,
                self._url(link),
                actor=actor.name,
                other=other.name,
                title=series.title,
                when=when(when_at, person.timezone) if when_at else "",
                **values,
            )
            await notifications.notify(
                session,
                person,
                notifications.Message(
                    kind=kind, title=title, body=body, link=link, actor_id=actor.id
                ),
                Email.of(
                    rendered,
                    to_address=person.email,
                    to_user_id=person.id,
                    kind=kind.value,
                    attachments=list(attachments),
                ),
                email_key=f"{event_key}:{person.id}",
                in_app=not mine,
            )

    async def created(
        self, session: AsyncSession, series: OneOnOne, now: datetime, *, send_invitations: bool
    ) -> None:
        organizer, attendee, both = await self._people(session, series)
        info = self._series_info(series, organizer, attendee)
        attachment = await self._version_request(
            session,
            info,
            series,
            series.rule_version,
            schedule.rule_of(series),
            series.duration_minutes,
            open_ended=True,
        )
        first = await self._next_start(session, series, now)
        title = f"{organizer.name} set up a 1:1 with you: {series.title}"
        if not send_invitations:
            # The creator opted out of emails: the other person still sees it in the app.
            await notifications.notify(
                session,
                attendee,
                notifications.Message(
                    kind=NotificationKind.INVITATION,
                    title=title,
                    body="",
                    link=series_path(series.id),
                    actor_id=organizer.id,
                ),
                None,
                email_key=f"series:{series.id}:created:{attendee.id}",
            )
            return
        await self._tell(
            session,
            series,
            organizer,
            both,
            NotificationKind.INVITATION,
            event_key=f"series:{series.id}:created",
            link=series_path(series.id),
            values={},
            when_at=first,
            attachments=[attachment],
            title=title,
            body=f"{FREQUENCY_WORDS[recurrence.Frequency(series.frequency)]}, "
            f"{series.duration_minutes} minutes",
        )

    async def series_updated(
        self,
        session: AsyncSession,
        series: OneOnOne,
        actor_id: uuid.UUID,
        now: datetime,
        *,
        old_version: int,
        old_rule: recurrence.Rule,
        old_duration: int,
    ) -> None:
        both, info, actor = await self._change(session, series, actor_id)
        attachments = []
        if old_version != series.rule_version:
            attachments.append(
                await self._version_request(
                    session, info, series, old_version, old_rule, old_duration, open_ended=False
                )
            )
        attachments.append(
            await self._version_request(
                session,
                info,
                series,
                series.rule_version,
                schedule.rule_of(series),
                series.duration_minutes,
                open_ended=True,
            )
        )
        await self._tell(
            session,
            series,
            actor,
            both,
            NotificationKind.SERIES_UPDATED,
            event_key=f"series:{series.id}:seq:{series.calendar_sequence}",
            link=series_path(series.id),
            values={},
            when_at=await self._next_start(session, series, now),
            attachments=attachments,
            title=f"{actor.name} changed the 1:1 {series.title}",
            body=f"{FREQUENCY_WORDS[recurrence.Frequency(series.frequency)]}, "
            f"{series.duration_minutes} minutes",
        )

    async def meeting_changed(
        self,
        session: AsyncSession,
        series: OneOnOne,
        meeting: Meeting,
        actor_id: uuid.UUID,
        *,
        moved: bool,
    ) -> None:
        """A rescheduled or retitled occurrence: an override with its RECURRENCE-ID."""
        both, info, actor = await self._change(session, series, actor_id)
        content = ics.occurrence_request(
            info,
            meeting.rule_version,
            self._override(series, meeting, series.duration_minutes),
            sequence=series.calendar_sequence,
        )
        kind = NotificationKind.RESCHEDULED if moved else NotificationKind.SERIES_UPDATED
        await self._tell(
            session,
            series,
            actor,
            both,
            kind,
            event_key=f"series:{series.id}:seq:{series.calendar_sequence}",
            link=meeting_path(meeting.id),
            values={},
            when_at=meeting.starts_at,
            attachments=[Attachment("tandem-meeting.ics", content, "REQUEST")],
            title=(
                f"{actor.name} moved a meeting of {series.title}"
                if moved
                else f"{actor.name} changed a meeting of {series.title}"
            ),
            body="",
        )

    async def meeting_cancelled(
        self, session: AsyncSession, series: OneOnOne, meeting: Meeting, actor_id: uuid.UUID
    ) -> None:
        both, info, actor = await self._change(session, series, actor_id)
        content = ics.occurrence_cancel(
            info, meeting.rule_version, meeting.scheduled_start, sequence=series.calendar_sequence
        )
        await self._tell(
            session,
            series,
            actor,
            both,
            NotificationKind.CANCELLED,
            event_key=f"series:{series.id}:seq:{series.calendar_sequence}",
            link=meeting_path(meeting.id),
            values={"what": "a meeting"},
            when_at=meeting.starts_at,
            attachments=[Attachment("tandem-cancel.ics", content, "CANCEL")],
            title=f"{actor.name} cancelled a meeting of {series.title}",
            body="",
        )

    async def series_ended(
        self,
        session: AsyncSession,
        series: OneOnOne,
        actor_id: uuid.UUID,
        *,
        deleted: bool = False,
    ) -> None:
        """Left, archived or deleted: what is upcoming leaves both calendars."""
        both, info, actor = await self._change(session, series, actor_id)
        if deleted:
            attachments = [
                Attachment(
                    f"tandem-{v}.ics",
                    ics.series_cancel(info, v, sequence=series.calendar_sequence),
                    "CANCEL",
                )
                for v in range(1, series.rule_version + 1)
            ]
        else:
            attachments = [
                await self._version_request(
                    session,
                    info,
                    series,
                    series.rule_version,
                    schedule.rule_of(series),
                    series.duration_minutes,
                    open_ended=False,
                )
            ]
        await self._tell(
            session,
            series,
            actor,
            both,
            NotificationKind.CANCELLED,
            event_key=f"series:{series.id}:seq:{series.calendar_sequence}",
            link="/one-on-ones" if deleted else series_path(series.id),
            values={"what": f"the 1:1 {series.title}"},
            when_at=None,
            attachments=attachments,
            title=f"{actor.name} ended the 1:1 {series.title}",
            body="Upcoming meetings are cancelled.",
        )

    async def agenda_updated(
        self,
        session: AsyncSession,
        series: OneOnOne,
        meeting: Meeting,
        actor_id: uuid.UUID,
        now: datetime,
    ) -> None:
        """At most one notice an hour per meeting and person."""
        organizer, attendee, _ = await self._people(session, series)
        actor, other = (organizer, attendee) if organizer.id == actor_id else (attendee, organizer)
        hour = now.strftime("%Y%m%d%H")
        rendered = render(
            "AGENDA_UPDATED",
            self._url(meeting_path(meeting.id)),
            actor=actor.name,
            title=meeting.title or series.title,
            when=when(meeting.starts_at, other.timezone),
        )
        await notifications.notify(
            session,
            other,
            notifications.Message(
                kind=NotificationKind.AGENDA_UPDATED,
                title=f"{actor.name} added to the agenda of {meeting.title or series.title}",
                body="",
                link=meeting_path(meeting.id),
                actor_id=actor.id,
                dedupe_key=f"agenda:{meeting.id}:{other.id}:{hour}",
            ),
            Email.of(
                rendered,
                to_address=other.email,
                to_user_id=other.id,
                kind="AGENDA_UPDATED",
            ),
            email_key=f"agenda:{meeting.id}:{other.id}:{hour}",
        )

    async def mentioned(
        self,
        session: AsyncSession,
        series: OneOnOne,
        meeting: Meeting,
        actor_id: uuid.UUID,
        comment_id: uuid.UUID,
        excerpt: str,
    ) -> None:
        """The other participant was @-mentioned in a comment: once per comment."""
        organizer, attendee, _ = await self._people(session, series)
        actor, other = (organizer, attendee) if organizer.id == actor_id else (attendee, organizer)
        title = meeting.title or series.title
        excerpt = excerpt if len(excerpt) <= 200 else excerpt[:199] + "…"
        rendered = render(
            "MENTIONED",
            self._url(meeting_path(meeting.id)),
            actor=actor.name,
            title=title,
            excerpt=excerpt,
        )
        key = f"mention:{comment_id}:{other.id}"
        await notifications.notify(
            session,
            other,
            notifications.Message(
                kind=NotificationKind.MENTIONED,
                title=f"{actor.name} mentioned you in {title}",
                body=excerpt,
                link=meeting_path(meeting.id),
                actor_id=actor.id,
                dedupe_key=key,
            ),
            Email.of(
                rendered,
                to_address=other.email,
                to_user_id=other.id,
                kind="MENTIONED",
            ),
            email_key=key,
        )

    async def _next_start(
        self, session: AsyncSession, series: OneOnOne, now: datetime
    ) -> datetime | None:
        row = await session.execute(
            select(Meeting.starts_at)
            .where(
                Meeting.one_on_one_id == series.id,
                Meeting.status == MeetingStatus.UPCOMING.value,
                Meeting.ends_at > now,
            )
            .order_by(Meeting.starts_at)
            .limit(1)
        )
        return row.scalar_one_or_none()

    async def send_reminders(self, session: AsyncSession, now: datetime) -> int:
        """Remind each participant before each meeting, as early as they chose (once per
        meeting and start time: a moved meeting is reminded again)."""
        horizon = now + timedelta(minutes=notifications.MAX_REMINDER_MINUTES)
        rows = await session.execute(
            select(Meeting, OneOnOne, User, NotificationSettings)
            .join(OneOnOne, OneOnOne.id == Meeting.one_on_one_id)
            .join(Participant, Participant.one_on_one_id == OneOnOne.id)
            .join(User, User.id == Participant.user_id)
            .outerjoin(NotificationSettings, NotificationSettings.user_id == User.id)
            .where(
                Meeting.status == MeetingStatus.UPCOMING.value,
                Meeting.starts_at > now,
                Meeting.starts_at <= horizon,
                Participant.left_at.is_(None),
                User.is_active.is_(True),
            )
        )
        sent = 0
        for meeting, series, person, settings in rows.all():
            minutes = DEFAULT_REMINDER_MINUTES if settings is None else settings.reminder_minutes
            if minutes is None or meeting.starts_at - timedelta(minutes=minutes) > now:
                continue
            key = f"reminder:{meeting.id}:{person.id}:{meeting.starts_at.isoformat()}"
            title = meeting.title or series.title
            rendered = render(
                "REMINDER",
                self._url(meeting_path(meeting.id)),
                title=title,
                when=when(meeting.starts_at, person.timezone),
            )
            created = await notifications.notify(
                session,
                person,
                notifications.Message(
                    kind=NotificationKind.REMINDER,
                    title=f"Coming up: {title}",
                    body="Add your talking points.",
                    link=meeting_path(meeting.id),
                    dedupe_key=key,
                ),
                Email.of(
                    rendered,
                    to_address=person.email,
                    to_user_id=person.id,
                    kind="REMINDER",
                ),
                email_key=key,
            )
            sent += created is not None
        return sent
