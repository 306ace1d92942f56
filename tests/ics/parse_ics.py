#!/usr/bin/python3
"""Reads an .ics file with the independent `icalendar` module and prints its events.

Usage: /usr/bin/python3 tests/ics/parse_ics.py FILE [--fields]

Default output: a JSON list of events
  {uid, summary, description, dtstart (ISO), dtstart_is_date,
   duration_minutes or dtend (ISO), tzid, vtimezone_utc_offset}
--fields prints the same, one field per line, for the C++ unit test:
  <event index> TAB <field> TAB <value with \\ \\n \\r \\t escaped>

vtimezone_utc_offset is the offset of DTSTART computed from the file's own
VTIMEZONE (not from the system's zone database), e.g. "+01:00".

Exit codes: 0 ok, 2 module missing, 3 the file does not parse cleanly.
"""
import json
import sys

try:
    import icalendar
except ImportError:
    sys.stderr.write("parse_ics.py: the Python module 'icalendar' is missing; install the Debian package "
                     "python3-icalendar (scripts/setup-deps does) and run this with /usr/bin/python3\n")
    sys.exit(2)

from datetime import date, datetime, timedelta


def fail(message):
    sys.stderr.write("parse_ics.py: " + message + "\n")
    sys.exit(3)


def collect_errors(component):
    errors = [(component.name, e) for e in getattr(component, "errors", [])]
    for sub in component.subcomponents:
        errors.extend(collect_errors(sub))
    return errors


def format_offset(delta):
    minutes = int(delta.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    minutes = abs(minutes)
    return "%s%02d:%02d" % (sign, minutes // 60, minutes % 60)


def zone_from_vtimezone(component):
    try:
        return component.to_tz(lookup_tzid=False)  # icalendar >= 6 would take the system's zone instead
    except TypeError:
        return component.to_tz()  # icalendar 4 and 5 (Debian 12 ships 4.0.3)


def zones_from_file(calendar):
    """TZID -> tzinfo built from the file's VTIMEZONE components themselves."""
    return {str(tz["TZID"]): zone_from_vtimezone(tz) for tz in calendar.walk("VTIMEZONE")}


def vtimezone_offset(start, tzid, zones):
    if not tzid:
        return ""
    if tzid not in zones:
        fail("DTSTART uses TZID %s but the file has no VTIMEZONE for it" % tzid)
    local, zone = start.replace(tzinfo=None), zones[tzid]
    aware = zone.localize(local) if hasattr(zone, "localize") else local.replace(tzinfo=zone)
    return format_offset(aware.utcoffset())


def describe(event, zones):
    start_prop = event.get("DTSTART")
    if start_prop is None:
        fail("an event has no DTSTART")
    start = start_prop.dt
    is_date = isinstance(start, date) and not isinstance(start, datetime)
    tzid = str(start_prop.params.get("TZID", ""))
    out = {
        "uid": str(event.get("UID", "")),
        "summary": str(event.get("SUMMARY", "")),
        "description": str(event.get("DESCRIPTION", "")),
        "dtstart": start.isoformat(),
        "dtstart_is_date": is_date,
        "tzid": tzid,
        "vtimezone_utc_offset": "" if is_date else vtimezone_offset(start, tzid, zones),
    }
    if "DURATION" in event:
        duration = event["DURATION"].dt
        if duration % timedelta(minutes=1):
            fail("DURATION is not whole minutes: %s" % duration)
        out["duration_minutes"] = int(duration.total_seconds()) // 60
    if "DTEND" in event:
        out["dtend"] = event["DTEND"].dt.isoformat()
    return out


def escape_field(value):
    text = json.dumps(value) if isinstance(value, (bool, int)) else value
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")


def main(argv):
    args = [a for a in argv[1:] if a != "--fields"]
    if len(args) != 1:
        sys.stderr.write(__doc__)
        return 1
    with open(args[0], "rb") as handle:
        raw = handle.read()
    try:
        calendar = icalendar.Calendar.from_ical(raw)
    except ValueError as exc:
        fail("does not parse: %s" % exc)
    errors = collect_errors(calendar)
    if errors:
        fail("parse errors: %r" % errors)
    zones = zones_from_file(calendar)
    events = [describe(e, zones) for e in calendar.walk("VEVENT")]
    if "--fields" in argv:
        lines = ["%d\t%s\t%s" % (i, k, escape_field(v)) for i, ev in enumerate(events) for k, v in ev.items()]
        text = "".join(line + "\n" for line in lines)
    else:
        text = json.dumps(events, ensure_ascii=False, indent=2) + "\n"
    sys.stdout.buffer.write(text.encode("utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
