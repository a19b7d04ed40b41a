"""``moderator-app session set SESSION …``: a session's facts from the command line (attendance, type, code).

What the report form asks and only people in the room know (how many attended onsite and online,
an estimate of women and gender-diverse people) is a fact of the session: set here, a report
written from the command line states it instead of "Not stated".
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
#: The largest head count accepted: more than any IGF has gathered, far from an integer overflow.
MAX_COUNT = 1_000_000
_GENDER_EXTENTS = ("none", "mentioned", "partly", "central")


def _fail(message: str, code: int = EXIT_ERROR) -> int:
    print(f"moderator-app: error: {message}", file=sys.stderr)
    return code


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text[:40]}' is not a whole number") from None
    if not 0 <= value <= MAX_COUNT:
        raise argparse.ArgumentTypeError(f"{value} is not between 0 and {MAX_COUNT:,}")
    return value


def add_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from moderator_app.domain.enums import SessionType

    session = commands.add_parser("session", help="set a session's facts (attendance, type, code) for its report")
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


def run_session_command(args: argparse.Namespace) -> int:
    # Imported here: the parser is built at every start, the window's too.
    from moderator_app.domain.enums import SessionType
    from moderator_app.domain.session import clean_session
    from moderator_app.domain.text import ValidationError
    from moderator_app.storage.database import StorageError, open_database
    from moderator_app.storage.reports import ReportRepository
    from moderator_app.storage.repository import SessionRepository, UnknownSessionError
    from moderator_app.system.clock import SystemClock
    from moderator_app.system.paths import AppPaths

    facts = ("attendance_onsite", "attendance_online", "women", "gender_extent", "session_type", "session_code")
    if all(getattr(args, name) is None for name in (*facts, "format")):
        return _fail(
            "nothing to set: give at least one of --attendance-onsite, --attendance-online, --women, "
            "--gender-extent, --session-type, --session-code, --format",
            EXIT_USAGE,
        )
    paths = AppPaths.resolve(args.data_dir)
    try:
        db = open_database(paths.database, backup_dir=paths.backups)
    except StorageError as error:
        return _fail(str(error))
    try:
        repository = SessionRepository(db)
        session = repository.load(args.session_id).session
        now = SystemClock().now().wall
        changed = replace(
            session,
            session_type=SessionType(args.session_type) if args.session_type else session.session_type,
            session_code=session.session_code if args.session_code is None else args.session_code,
            format=session.format if args.format is None else args.format,
        )
        if changed != session:
            repository.save_session(clean_session(changed), now=now)
        reports = ReportRepository(db)
        attendance = reports.attendance(args.session_id)
        updated = replace(
            attendance,
            participants_onsite=_given(args.attendance_onsite, attendance.participants_onsite),
            participants_online=_given(args.attendance_online, attendance.participants_online),
            women=_given(args.women, attendance.women),
            gender_extent=args.gender_extent or attendance.gender_extent,
        )
        if updated != attendance:
            reports.save_attendance(args.session_id, updated, now=now)
        print(_summary(changed, updated))
        return EXIT_OK
    except UnknownSessionError as error:
        return _fail(" ".join(str(error.args[0]).split()), EXIT_USAGE)
    except ValidationError as error:
        return _fail(f"{error}; nothing was changed", EXIT_USAGE)
    finally:
        db.close()


def _given(value: int | None, current: int | None) -> int | None:
    return current if value is None else value


def _summary(session, attendance) -> str:  # type: ignore[no-untyped-def]
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
