"""What every command shares: exit codes, the one-line failure, and running a command on the library.

Light on purpose: the window's start imports the entry point (cli/main.py), and the command
modules import this; the library itself is imported when a command runs.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, TypeAlias

if TYPE_CHECKING:
    import argparse

    from moderator_app.services.library import Library
    from moderator_app.system.clock import Clock
    from moderator_app.system.paths import AppPaths
    from moderator_app.system.writer_lock import WriterLock


#: What each command module's ``add_parser`` adds its parser to (argparse is loaded only to parse).
SubParsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2


class CommandModule(Protocol):
    """What a command's module in cli/ offers (cli/main.py lists them)."""

    def add_parser(self, commands: SubParsers, name: str) -> None: ...

    def run(self, args: argparse.Namespace) -> int: ...


#: What ``status`` and ``stats`` say when they have no session to show.
NO_SESSIONS = "there are no sessions in this data folder yet; import one with 'import FILE'."


def one_line(message: str) -> str:
    """``message`` with every run of white space (line breaks too) made one space."""
    return " ".join(message.split())


def fail(message: str, code: int = EXIT_ERROR) -> int:
    """Say what went wrong on one line of stderr; the exit code to return."""
    print(f"moderator-app: error: {one_line(message)}", file=sys.stderr)
    return code


def warn(message: str) -> None:
    """Say on one line of stderr what went not quite right, and go on."""
    print(f"moderator-app: warning: {one_line(message)}", file=sys.stderr)


def paths_of(args: argparse.Namespace) -> AppPaths:
    from moderator_app.system.paths import AppPaths

    return AppPaths.resolve(args.data_dir)


def with_library(
    args: argparse.Namespace,
    body: Callable[[Library], int],
    *,
    writer: WriterLock | None = None,
    clock: Clock | None = None,
) -> int:
    """Open the data folder's library, run ``body`` on it, close it; the errors every command shares, said.

    A session that is not here is a usage error; a storage problem (a damaged or newer file, a full
    disk) and an OS error are errors. ``writer``: the writer lock the library takes over (released
    when it closes, or at once when the folder cannot be opened). ``clock``: the library's clock
    (default: the system's).
    """
    from moderator_app.services.errors import SessionFileError, StorageError, UnknownSessionError
    from moderator_app.services.library import Library
    from moderator_app.system.clock import SystemClock

    try:
        library = Library.open(paths_of(args), clock or SystemClock(), writer=writer)
    except StorageError as error:
        if writer is not None:
            writer.release()
        return fail(str(error))
    try:
        return body(library)
    except UnknownSessionError as error:
        return fail(str(error.args[0]), EXIT_USAGE)
    except StorageError as error:
        return fail(str(error))
    except SessionFileError as error:
        return fail(str(error), EXIT_USAGE)
    except BrokenPipeError:
        raise  # main() ends quietly: the reader of our output has gone
    except OSError as error:
        return fail(f"{error.strerror or error}: {error.filename or ''}".rstrip(": "))
    finally:
        library.close()


def default_session(library: Library, requested: str | None) -> str | None:
    """The given id, else the session the window would open: the last one used, else the most recent."""
    return requested or library.last_session()
