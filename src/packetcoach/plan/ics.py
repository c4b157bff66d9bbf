"""The dated checklist as an iCalendar file (RFC 5545) that calendar apps import.

One VCALENDAR; each task is an all-day VEVENT on its date, and the due date is one more. UIDs
come from the draft and the task, not the date, so importing a newer plan for the same draft
moves the events instead of duplicating them. The icalendar library does the escaping, line
folding and CRLF line ends; it is imported only when a calendar is asked for.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime, timedelta, timezone

from packetcoach.plan.build import Plan

PRODID = "-//packetcoach//plan//EN"


def _text(value: str) -> str:
    """A value a calendar file can hold: a lone surrogate (a file name that is not UTF-8) is escaped."""
    return value.encode("utf-8", "backslashreplace").decode("utf-8")


def _uid(plan: Plan, name: str) -> str:
    key = f"{plan.source or 'no-draft'}\0{plan.level}\0{name}"
    return f"{hashlib.sha256(key.encode('utf-8', 'surrogatepass')).hexdigest()[:24]}-{name}@packetcoach"


def _event(plan: Plan, name: str, day: date, summary: str, description: str, stamp: datetime):
    from icalendar import Event  # noqa: PLC0415

    event = Event()
    event.add("uid", _uid(plan, name))
    event.add("dtstamp", stamp)
    event.add("dtstart", day)
    event.add("dtend", day + timedelta(days=1))
    event.add("summary", _text(summary))
    event.add("description", _text(description))
    event.add("transp", "TRANSPARENT")  # a reminder, not a meeting: it does not block the day
    return event


def calendar_text(plan: Plan, now: datetime | None = None) -> str:
    """The plan's tasks and its due date as the text of one .ics file (CRLF line ends)."""
    from icalendar import Calendar  # noqa: PLC0415

    stamp = (now or datetime.now(timezone.utc)).astimezone(timezone.utc)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", _text(f"packetcoach: {plan.level} packet due {plan.due.isoformat()}"))
    for task in plan.checklist:
        calendar.add_component(_event(plan, task.id, task.due, task.title, task.task, stamp))
    what = f"{plan.doc_type} ({plan.level})" + (f": {plan.source}" if plan.source else "")
    calendar.add_component(_event(plan, "due", plan.due, "Review packet due", what, stamp))
    return calendar.to_ical().decode("utf-8")
