"""``moderator-app share SESSION [--port N]``: share a session with the other laptops, headless.

Prints the join code and the address to type on the other laptops, serves until Ctrl+C or
SIGTERM, then closes the port (sync/headless.py runs the loop, sync/link.py the link). It holds
the data folder's writer lock: the others' work is written into this library as it arrives.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from moderator_app.cli.base import EXIT_OK, SubParsers, fail, paths_of, with_library
from moderator_app.sync.link import DEFAULT_PORT

if TYPE_CHECKING:
    import asyncio

    from moderator_app.services.library import Library


def port_number(text: str) -> int:
    if not text.isdigit() or not 0 <= int(text) <= 65535:
        raise argparse.ArgumentTypeError(f"'{text[:20]}' is not a port number (0 to 65535)")
    return int(text)


def add_parser(commands: SubParsers, name: str) -> None:
    share = commands.add_parser(
        name,
        help="share a session with the online moderator's and the rapporteur's laptops (until Ctrl+C)",
    )
    share.add_argument("session_id", metavar="SESSION", help="the session to share")
    share.add_argument(
        "--port",
        type=port_number,
        default=DEFAULT_PORT,
        metavar="N",
        help=f"the port to listen on (default: {DEFAULT_PORT}; 0: any free port)",
    )


def run(args: argparse.Namespace) -> int:
    return with_library(args, lambda library: _share(library, args))


def _share(library: Library, args: argparse.Namespace) -> int:
    from moderator_app.sync import headless
    from moderator_app.sync.certificate import CertificateError

    library.load(args.session_id)  # an unknown session is a usage error, said before a port opens
    data_dir = paths_of(args).data_dir

    async def serve(stop: asyncio.Event) -> int:
        await headless.share(
            library, args.session_id, data_dir, args.port, stop, open_document=headless.open_shared_session
        )
        return EXIT_OK

    headless.say_log_lines()
    try:
        return headless.run_until_stopped(serve)
    except (CertificateError, headless.PortUnavailable) as error:
        return fail(str(error))
