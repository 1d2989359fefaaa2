"""A small calendar-client simulator: an independent oracle for tandem.domain.calendar.ics.

Built only on `icalendar` (parsing) and `recurring_ical_events` (expanding RRULE, EXDATE and
RECURRENCE-ID), never on Tandem's code. It applies iTIP messages (RFC 5546) the way a calendar app
does and shows what the user would see.

Rules it follows (stricter than some apps, so a message stream that works here works there):

* METHOD:REQUEST, grouped by UID. With a master VEVENT (no RECURRENCE-ID) the message carries
  the *whole* event: if its SEQUENCE >= the stored master's it replaces the stored event
  outright, master and overrides and cancelled instances (RFC 5546 3.2.2: an update of a
  recurring event resends all of it); an older SEQUENCE is ignored. Without a master, each
  override VEVENT replaces or adds the stored instance for its RECURRENCE-ID *instant* unless its
  SEQUENCE is below that instance's current one (the stored override's, else the master's).
* METHOD:CANCEL: a VEVENT with RECURRENCE-ID removes that instance (an EXDATE at display time);
  without, the whole UID goes. Same SEQUENCE check.
* RECURRENCE-ID and EXDATE values are matched as instants, whatever zone they are written in.
* Ends: RFC 5545 durations in hours/minutes are exact, but recurring_ical_events adds DURATION
  (or DTEND - DTSTART) in wall-clock time, which is an hour off for an occurrence spanning a DST
  change; the simulator recomputes each rule occurrence's end as start + the master's exact
  length.
* `zones="vtimezone"` resolves TZIDs from the VTIMEZONEs it received (like clients that do not
  trust their own zone database) instead of from zoneinfo, and fails on a TZID with no VTIMEZONE.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any, Literal
from zoneinfo import ZoneInfo

import recurring_ical_events  # type: ignore[import-untyped]
from icalendar import Calendar, Event, Timezone

__all__ = ["CalendarClient", "Shown", "ZoneSource"]

ZoneSource = Literal["zoneinfo", "vtimezone"]
"""Where the client looks up a TZID: its own zone database, or the VTIMEZONEs it received."""

Shown = tuple[datetime, datetime, str]
"""(start UTC, end UTC, summary) of one occurrence the user sees."""


@dataclass
class _Stored:
    master: Event | None = None
    overrides: dict[datetime, Event] = field(default_factory=dict)
    cancelled: set[datetime] = field(default_factory=set)


@dataclass
class CalendarClient:
    zones: ZoneSource = "zoneinfo"
    ignored: list[str] = field(default_factory=list)
    """One line per VEVENT the client dropped as stale or dangling, for assertions."""
    _events: dict[str, _Stored] = field(default_factory=dict)
    _timezones: dict[str, Timezone] = field(default_factory=dict)

    # --- receiving ----------------------------------------------------------------------------

    def apply(self, ics_text: str) -> None:
        """Apply one iTIP message (METHOD:REQUEST or METHOD:CANCEL)."""
        calendar = Calendar.from_ical(ics_text)
        method = str(calendar.get("METHOD", "")).upper()
        for timezone in calendar.timezones:
            self._timezones[str(timezone["TZID"])] = timezone
        by_uid: dict[str, list[Event]] = defaultdict(list)
        for event in calendar.events:
            by_uid[str(event["UID"])].append(event)
        for event_uid, events in by_uid.items():
            if method == "REQUEST":
                self._request(event_uid, events)
            elif method == "CANCEL":
                self._cancel(event_uid, events)
            else:
                raise ValueError(f"not an iTIP request or cancel: METHOD={method!r}")

    def _request(self, event_uid: str, events: list[Event]) -> None:
        masters = [e for e in events if "RECURRENCE-ID" not in e]
        overrides = [e for e in events if "RECURRENCE-ID" in e]
        assert len(masters) <= 1, f"{event_uid}: more than one master in one message"
        stored = self._events.get(event_uid)
        if masters:
            master = masters[0]
            if stored and stored.master and _sequence(master) < _sequence(stored.master):
                self.ignored.append(f"REQUEST {event_uid}: stale master")
                return
            self._events[event_uid] = _Stored(
                master=master, overrides={_recurrence_id(o): o for o in overrides}
            )
            return
        stored = self._events.setdefault(event_uid, _Stored())
        for override in overrides:
            instant = _recurrence_id(override)
            if _sequence(override) < self._instance_sequence(stored, instant):
                self.ignored.append(f"REQUEST {event_uid} {instant}: stale override")
                continue
            stored.overrides[instant] = override
            stored.cancelled.discard(instant)

    def _cancel(self, event_uid: str, events: list[Event]) -> None:
        stored = self._events.get(event_uid)
        for event in events:
            if stored is None:
                self.ignored.append(f"CANCEL {event_uid}: unknown event")
                continue
            if "RECURRENCE-ID" not in event:
                if stored.master and _sequence(event) < _sequence(stored.master):
                    self.ignored.append(f"CANCEL {event_uid}: stale")
                    continue
                del self._events[event_uid]
                return
            instant = _recurrence_id(event)
            if _sequence(event) < self._instance_sequence(stored, instant):
                self.ignored.append(f"CANCEL {event_uid} {instant}: stale")
                continue
            stored.overrides.pop(instant, None)
            stored.cancelled.add(instant)

    @staticmethod
    def _instance_sequence(stored: _Stored, instant: datetime) -> int:
        if instant in stored.overrides:
            return _sequence(stored.overrides[instant])
        return _sequence(stored.master) if stored.master else 0

    # --- showing ------------------------------------------------------------------------------

    @property
    def uids(self) -> set[str]:
        return set(self._events)

    def calendar(self) -> Calendar:
        """The client's state as one VCALENDAR (re-parsed from text, so nothing is shared)."""
        calendar = Calendar()
        calendar.add("PRODID", "-//Tandem tests//calendar client simulator//EN")
        calendar.add("VERSION", "2.0")
        for timezone in self._timezones.values():
            calendar.add_component(timezone)
        for stored in self._events.values():
            if stored.master is not None:
                master = Event.from_ical(stored.master.to_ical())
                if stored.cancelled:
                    master.add("EXDATE", sorted(stored.cancelled))
                calendar.add_component(master)
            for instant, override in stored.overrides.items():
                if instant not in stored.cancelled:
                    calendar.add_component(override)
        return Calendar.from_ical(calendar.to_ical())

    def events_between(self, start: datetime, end: datetime) -> list[Shown]:
        """The occurrences starting in [start, end), sorted; cancelled ones are not shown."""
        calendar = self.calendar()
        if self.zones == "vtimezone":
            self._use_vtimezones(calendar)
        shown: list[Shown] = []
        for occurrence in recurring_ical_events.of(calendar).between(start, end):
            if str(occurrence.get("STATUS", "")).upper() == "CANCELLED":
                continue
            begins = _as_utc(occurrence.start)
            if not start <= begins < end:
                continue
            shown.append((begins, self._end(occurrence, begins), str(occurrence["SUMMARY"])))
        return sorted(shown)

    def _end(self, occurrence: Any, begins: datetime) -> datetime:
        stored = self._events[str(occurrence["UID"])]
        is_override = (
            "RECURRENCE-ID" in occurrence and _recurrence_id(occurrence) in stored.overrides
        )
        if is_override or stored.master is None:
            return _as_utc(occurrence.end)
        master = stored.master
        if "DURATION" in master:
            length: timedelta = master.decoded("DURATION")
        else:
            length = _as_utc(master.end) - _as_utc(master.start)
        return begins + length

    def _use_vtimezones(self, calendar: Calendar) -> None:
        """Replace zoneinfo zones by the received VTIMEZONE definitions, in place."""
        definitions: dict[str, tzinfo] = {
            name: timezone.to_tz(lookup_tzid=False) for name, timezone in self._timezones.items()
        }

        def rezone(value: datetime) -> datetime:
            zone = value.tzinfo
            if isinstance(zone, ZoneInfo) and zone.key not in {"UTC", "Etc/UTC"}:
                if zone.key not in definitions:
                    raise AssertionError(f"no VTIMEZONE for TZID {zone.key}")
                return value.replace(tzinfo=definitions[zone.key])
            return value

        for event in calendar.events:
            event.start = rezone(_as_datetime(event.start))
            if "DTEND" in event:
                event.end = rezone(_as_datetime(event.end))
            if "RECURRENCE-ID" in event:
                instant = rezone(event.decoded("RECURRENCE-ID"))
                del event["RECURRENCE-ID"]
                event.add("RECURRENCE-ID", instant)
            exdates = [rezone(moment) for moment in _exdates(event)]
            if exdates:
                del event["EXDATE"]
                event.add("EXDATE", exdates)


def _sequence(event: Event) -> int:
    return int(event.get("SEQUENCE", 0))


def _recurrence_id(event: Any) -> datetime:
    return _as_utc(event.decoded("RECURRENCE-ID"))


def _exdates(event: Event) -> Iterable[datetime]:
    values = event.get("EXDATE", [])
    for value in values if isinstance(values, list) else [values]:
        for item in value.dts:
            yield item.dt


def _as_datetime(value: object) -> datetime:
    assert isinstance(value, datetime), f"expected a date-time, got {value!r}"
    assert value.tzinfo is not None, f"floating time {value!r}"
    return value


def _as_utc(value: object) -> datetime:
    return _as_datetime(value).astimezone(UTC)
