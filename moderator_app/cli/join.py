"""``moderator-app join CODE --address HOST:PORT --role ROLE``: keep this library in a shared session.

A headless peer (a secretariat's machine, a second screen, the tests): it joins the session the
host shares, keeps this data folder's copy of it in step until Ctrl+C or SIGTERM, and rejoins by
itself when the link drops. A mistyped code or address is a usage error; a host that refuses
(or is not the host the code names) an error, each said on one line.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from moderator_app.cli.base import EXIT_OK, EXIT_USAGE, SubParsers, fail, with_library

if TYPE_CHECKING:
    import asyncio

    from moderator_app.services.library import Library
    from moderator_app.sync.join_code import JoinCode
    from moderator_app.system.clock import HostTimeClock

#: The roles a joining laptop may take (sync/link.py's ROLES, spelt out so --help needs no import).
ROLES = ("online-moderator", "rapporteur")


def add_parser(commands: SubParsers, name: str) -> None:
    join = commands.add_parser(name, help="join a session shared by the onsite moderator's laptop (until Ctrl+C)")
    join.add_argument(
        "code",
        metavar="CODE",
        help="the join code the host shows (dashes and case do not matter), or the invitation its QR code holds",
    )
    join.add_argument(
        "--address",
        metavar="HOST:PORT",
        help="the address the host shows (default: find the host the code names on the local network)",
    )
    join.add_argument(
        "--look",
        type=float,
        default=8.0,
        metavar="SECONDS",
        help="without --address: how long to look for the host on the local network (default: %(default)s)",
    )
    join.add_argument("--role", required=True, choices=ROLES, help="this laptop's role in the session")


def run(args: argparse.Namespace) -> int:
    from moderator_app.sync.join_code import Invitation, JoinCodeError
    from moderator_app.sync.link import JoinRefused, parse_address

    try:
        invitation = Invitation.parse(args.code)
        code = invitation.code
        # An invitation names the host's addresses: the first is the likeliest, --address wins.
        if args.address is None and invitation.addresses:
            args.address = invitation.addresses[0]
        if args.address is not None:
            parse_address(args.address)
    except (JoinCodeError, JoinRefused) as error:
        return fail(str(error), EXIT_USAGE)
    from moderator_app.system.clock import SystemClock, on_host_time

    # This laptop's library runs on the host's time once the link has measured the offset, so the
    # timer of a turn the host started reads here what it reads there.
    clock = on_host_time(SystemClock())
    return with_library(args, lambda library: _join(library, code, args, clock), clock=clock)


def _join(library: Library, code: JoinCode, args: argparse.Namespace, clock: HostTimeClock) -> int:
    from moderator_app.sync import headless
    from moderator_app.sync.link import JoinRefused

    async def keep_in_step(stop: asyncio.Event) -> int:
        address = args.address or await headless.find_host(code, seconds=max(0.0, args.look))
        if address is None:
            return fail(
                "no laptop sharing this code was found on this network (multicast may be blocked here); "
                "type the address the host shows: --address HOST:PORT"
            )
        await headless.join(
            library,
            code,
            address,
            args.role,
            stop,
            open_document=headless.open_shared_session,
            on_offset=lambda seconds: setattr(clock, "offset_seconds", seconds),
        )
        return EXIT_OK

    headless.say_log_lines()
    try:
        return headless.run_until_stopped(keep_in_step)
    except JoinRefused as refusal:
        return fail(str(refusal))
