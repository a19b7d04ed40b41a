"""``moderator-app session set SESSION …``: a session's facts from the command line (attendance, type, code).

What the report form asks and only people in the room know (how many attended onsite and online,
an estimate of women and gender-diverse people) is a fact of the session: set here, a report
written from the command line states it instead of "Not stated".
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from typing import TYPE_CHECKING

from moderator_app.cli.base import EXIT_OK, EXIT_USAGE, SubParsers, fail, with_library

if TYPE_CHECKING:
    from moderator_app.domain.rapporteur import Attendance
    from moderator_app.domain.session import Session
    from moderator_app.services.library import Library

#: The largest head count accepted: more than any IGF has gathered, far from an integer overflow.
MAX_COUNT = 1_000_000
_GENDER_EXTENTS = ("none", "mentioned", "partly", "central")


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text[:40]}' is not a whole number") from None
    if not 0 <= value <= MAX_COUNT:
        raise argparse.ArgumentTypeError(f"{value} is not between 0 and {MAX_COUNT:,}")
    return value


def add_parser(commands: SubParsers, name: str) -> None:
    from moderator_app.domain.enums import SessionType

    session = commands.add_parser(name, help="set a session's facts (attendance, type, code) for its report")
    actions = session.add_subparsers(dest="session_action", metavar="ACTION", required=True)
    setting = actions.add_parser("set", help="set the facts given; the others stay as they are")
    setting.add_argument("session_id", metavar="SESSION", help="the session's id (see 'sessions')")
    setting.add_argument("--attendance-onsite", type=_count, metavar="N", help="people in the room (estimate)")
    setting.add_argument("--attendance-online", type=_count, metavar="N", help="people online (estimate)")
    setting.add_argument(
        "--women", type=_count, metavar="N", help="women and gender-diverse people attending (estimate)"
    )
    setting.add_argument(
        "--gender-extent", choices=_GENDER_EXTENTS, help="how far gender equality was discussed in the session"
    )
    setting.add_argument("--session-type", choices=[kind.value for kind in SessionType], help="the kind of session")
    setting.add_argument("--session-code", metavar="CODE", help="the programme's code, e.g. 'WS #289'")
    setting.add_argument("--format", metavar="FORMAT", help="the layout, e.g. 'Round Table'")


def run(args: argparse.Namespace) -> int:
    facts = ("attendance_onsite", "attendance_online", "women", "gender_extent", "session_type", "session_code")
    if all(getattr(args, name) is None for name in (*facts, "format")):
        return fail(
            "nothing to set: give at least one of --attendance-onsite, --attendance-online, --women, "
            "--gender-extent, --session-type, --session-code, --format",
            EXIT_USAGE,
        )
    return with_library(args, lambda library: _set(library, args))


def _set(library: Library, args: argparse.Namespace) -> int:
    # Imported here: the parser is built at every start, the window's too.
    from moderator_app.domain.enums import SessionType
    from moderator_app.domain.session import clean_session
    from moderator_app.domain.text import ValidationError

    try:
        session = library.load(args.session_id).session
        changed = replace(
            session,
            session_type=SessionType(args.session_type) if args.session_type else session.session_type,
            session_code=session.session_code if args.session_code is None else args.session_code,
            format=session.format if args.format is None else args.format,
        )
        if changed != session:
            library.save_session(clean_session(changed))
        attendance = library.attendance(args.session_id)
        updated = replace(
            attendance,
            participants_onsite=_given(args.attendance_onsite, attendance.participants_onsite),
            participants_online=_given(args.attendance_online, attendance.participants_online),
            women=_given(args.women, attendance.women),
            gender_extent=args.gender_extent or attendance.gender_extent,
        )
        if updated != attendance:
            library.save_attendance(args.session_id, updated)
    except ValidationError as error:
        return fail(f"{error}; nothing was changed", EXIT_USAGE)
    print(_summary(changed, updated))
    return EXIT_OK


def _given(value: int | None, current: int | None) -> int | None:
    return current if value is None else value


def _summary(session: Session, attendance: Attendance) -> str:
    def shown(value: object) -> str:
        return "not stated" if value in (None, "") else str(value)

    total = (
        None
        if attendance.participants_onsite is None and attendance.participants_online is None
        else (attendance.participants_onsite or 0) + (attendance.participants_online or 0)
    )
    return (
        f"{session.title}: type {shown(session.session_type.value if session.session_type else None)}, "
        f"code {shown(session.session_code)}, format {shown(session.format)}; "
        f"attendance onsite {shown(attendance.participants_onsite)}, online {shown(attendance.participants_online)}, "
        f"total {shown(total)}; women and gender-diverse {shown(attendance.women)}; "
        f"gender discussed {shown(attendance.gender_extent)}"
    )
