"""The library: the one owner of a data folder's database. No Qt.

A :class:`Library` opens and checks the database (integrity, version, migrations), holds the
writer lock it is given, takes backups and restores them, knows the sessions in the folder and
builds the console of the session being run. The window and every command ask it; nothing else
outside storage/ opens the database.

Every write to session data is committed in one numbered transaction, by the library itself or by
the console it opened, and published as a :class:`~moderator_app.domain.changes.Change` to whoever
subscribed (:meth:`Library.subscribe`): one stream, in sequence order, for the whole folder.

A restore closes the connection, swaps the file and opens a new one: whoever ran a console opens
a fresh one afterwards (:meth:`Library.open_console`), since the old one read from the connection
that was closed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from moderator_app.domain.changes import ATTENDANCE_ID, Change, Part
from moderator_app.domain.snapshot import SessionSnapshot, SessionSummary
from moderator_app.services import sessions
from moderator_app.services.errors import StorageError, UnknownSessionError
from moderator_app.storage.database import is_current, open_database
from moderator_app.storage.integrity import check_database
from moderator_app.storage.repository import SessionRepository
from moderator_app.system.clock import Clock
from moderator_app.system.paths import AppPaths

if TYPE_CHECKING:
    from moderator_app.domain.balance import ReferenceSet
    from moderator_app.domain.enums import Region
    from moderator_app.domain.event_stats import EventStats
    from moderator_app.domain.rapporteur import Attendance
    from moderator_app.domain.session import ParticipantDraft, Segment, Session
    from moderator_app.importers.proposal_result import ProposalResult
    from moderator_app.importers.roster import RosterResult
    from moderator_app.reports.model import Report
    from moderator_app.services.backups import BackupInfo, DiskUsage, RestoreOutcome, UnreadableBackup
    from moderator_app.services.console import SessionConsole
    from moderator_app.services.imports import Duplicates, RosterImportSummary
    from moderator_app.services.note_search import NoteSearch, SearchOrder
    from moderator_app.services.sharing import SharedItems
    from moderator_app.storage.check_ahead import CheckAhead
    from moderator_app.storage.connection import AppDatabase
    from moderator_app.storage.merge import MergeSummary
    from moderator_app.system.writer_lock import WriterLock

ChangeListener = Callable[[Change], None]
_T = TypeVar("_T")

#: The app-state key that names the session opened last (written by the console when it opens one).
LAST_SESSION_KEY = "last_session_id"


def is_migrated(paths: AppPaths) -> bool:
    """Whether the folder's database exists with every migration applied (read without writing a byte)."""
    return is_current(paths.database)


def load_migrations() -> None:
    """Import what migrates a database (sqlite-utils and the migrations) now, before it is needed."""
    import moderator_app.storage.migrations  # noqa: F401  (imported for its loading time alone)


def check_ahead(paths: AppPaths) -> CheckAhead:
    """Start the integrity check of the database on a thread now, for :meth:`Library.open` to wait for.

    The check reads the whole file; SQLite lets go of Python's lock meanwhile, so the window's
    modules load beside it. Start it only while holding the writer lock, as the check itself would.
    """
    from moderator_app.storage.check_ahead import CheckAhead

    return CheckAhead(paths.database)


@dataclass(frozen=True)
class Restored:
    """What :meth:`Library.restore` did: where the damaged database went, or why the restore was refused."""

    moved_aside: Path | None = None
    #: Why the backup was not put in place (the database stayed as it was and was opened again).
    problem: StorageError | None = None


class Library:
    """The open database of one data folder. Make one with :meth:`open`; :meth:`close` it when done."""

    def __init__(self, paths: AppPaths, clock: Clock, db: AppDatabase, writer: WriterLock | None) -> None:
        self.paths = paths
        self.clock = clock
        self._db = db
        self._writer = writer
        self.repository = SessionRepository(db)
        self._listeners: list[ChangeListener] = []
        self._console_unsubscribe: Callable[[], None] | None = None
        self._console: SessionConsole | None = None

    @classmethod
    def open(
        cls,
        paths: AppPaths,
        clock: Clock,
        *,
        writer: WriterLock | None = None,
        checked_ahead: CheckAhead | None = None,
    ) -> Library:
        """Open (creating and migrating if needed) the folder's database, after checking it whole.

        ``writer``: the folder's writer lock, held by the caller; the library releases it when it
        closes. ``checked_ahead``: the integrity check already under way (:func:`check_ahead`).
        Raises CorruptDatabaseError for a damaged file and StorageError for any other file it
        cannot use, without writing to it; a given ``writer`` is then still held by the caller.
        """
        db = open_database(
            paths.database,
            backup_dir=paths.backups,
            now=lambda: clock.now().wall,
            check_file=checked_ahead.wait if checked_ahead is not None else check_database,
        )
        return cls(paths, clock, db, writer)

    @classmethod
    def open_restored(
        cls, paths: AppPaths, clock: Clock, backup: Path, *, writer: WriterLock | None = None
    ) -> tuple[Library, RestoreOutcome]:
        """Put ``backup`` in place of the folder's database at rest (nobody has it open, it may be
        damaged: it is moved aside), then open the library on it as :meth:`open` does.

        The change numbers go on from the last one the replaced database gave, as after
        :meth:`restore`. Raises as ``restore_at_rest`` and :meth:`open`.
        """
        from moderator_app.services.backups import restore_at_rest

        outcome = restore_at_rest(paths, backup, clock.now().wall)
        library = cls.open(paths, clock, writer=writer)
        try:
            library._go_on_numbering_from(outcome.last_change)
        except BaseException:
            library.close(keep_writer=True)
            raise
        return library, outcome

    def close(self, *, keep_writer: bool = False) -> WriterLock | None:
        """Close the connection and release the writer lock; with ``keep_writer``, hand the lock back instead."""
        self._db.close()
        writer, self._writer = self._writer, None
        if writer is not None and not keep_writer:
            writer.release()
            return None
        return writer

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- the change stream -----------------------------------------------------------------
    def subscribe(self, listener: ChangeListener) -> Callable[[], None]:
        """Hear of every committed change to the folder's sessions, in sequence order: the library's
        own writes and the commands of the console it opened last. Returns the function that stops it."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def _publish(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)

    def _numbered(self, write: Callable[[], _T], change: Callable[[int, _T], Change | None]) -> _T:
        """Run ``write`` in one transaction that takes the next change number, then publish its change."""
        with self.repository.numbered_write() as ticket:
            result = write()
        published = change(ticket.sequence, result)
        if published is not None:
            self._publish(published)
        return result

    # -- the sessions ----------------------------------------------------------------------
    def list_sessions(self) -> list[SessionSummary]:
        return self.repository.list_sessions()

    def exists(self, session_id: str) -> bool:
        return self.repository.exists(session_id)

    def load(self, session_id: str) -> SessionSnapshot:
        """The session as stored; UnknownSessionError when it is not here."""
        return self.repository.load(session_id)

    def last_session(self) -> str | None:
        """The session the window would open: the last one used, else the most recent; None when there is none."""
        last = self.repository.get_state(LAST_SESSION_KEY)
        if last and self.repository.exists(last):
            return str(last)
        listed = self.repository.list_sessions()
        return listed[0].id if listed else None

    def session_to_open(self, requested: str | None) -> str:
        """``requested`` if given (UnknownSessionError if it is not here), else the last session, else the demo."""
        if requested:
            if not self.repository.exists(requested):
                raise UnknownSessionError(requested)
            return requested
        return self.last_session() or self.ensure_demo()

    def ensure_demo(self) -> str:
        """Put the built-in demo session in the folder if it is not there; its id."""
        if self.repository.exists(sessions.DEMO_SESSION_ID):
            return sessions.DEMO_SESSION_ID
        return self._numbered(lambda: sessions.ensure_demo(self.repository, self.clock), Change.everything)

    def create_session(self, session: Session, segments: list[Segment]) -> str:
        """A new, empty session with its details and agenda, checked and stored in one transaction."""
        return self._numbered(
            lambda: sessions.create_session(self.repository, session, segments, self.clock), Change.everything
        )

    def import_proposal(
        self,
        result: ProposalResult,
        regions: Mapping[str, Region],
        *,
        session: Session | None = None,
        drafts: list[ParticipantDraft] | None = None,
    ) -> str:
        """A new session from an imported page, with its people (as edited in the preview); its id."""
        from moderator_app.services.imports import import_proposal

        return self._numbered(
            lambda: import_proposal(
                self.repository, result, self.clock, regions=regions, session=session, drafts=drafts
            ),
            Change.everything,
        )

    def import_roster(
        self,
        session_id: str,
        roster: RosterResult,
        regions: Mapping[str, Region],
        *,
        duplicates: Duplicates = "skip",
        only_good_rows: bool = False,
    ) -> RosterImportSummary:
        """Add a roster's people to a session no window has open (the open one imports through its
        console, which keeps the queue's undo). Raises RosterImportError, ValidationError or
        UnknownSessionError, with nothing stored."""
        from moderator_app.services.imports import plan_roster_import, store_roster_plan

        if not self.repository.exists(session_id):
            raise UnknownSessionError(session_id)
        plan = plan_roster_import(
            self.repository.load(session_id).participants,
            session_id,
            roster,
            regions=regions,
            duplicates=duplicates,
            only_good_rows=only_good_rows,
        )
        if plan.ids:
            self._numbered(
                lambda: store_roster_plan(self.repository, session_id, plan, now=self.clock.now().wall),
                lambda sequence, _: Change.of(sequence, session_id, {Part.PARTICIPANTS: plan.ids}),
            )
        return plan.summary

    def import_file(
        self, path: Path, *, replace: bool = False, copy: bool = False, merge: bool = False
    ) -> tuple[SessionSnapshot, MergeSummary | None]:
        """Import a session file: new, replacing, as a copy, or merged; the summary only for a merge.

        ImportConflictError when the session is here and none of the three was asked for.
        """
        return self._numbered(
            lambda: sessions.import_session_file(
                self.repository, path, self.clock, replace=replace, copy=copy, merge=merge
            ),
            lambda sequence, imported: Change.everything(sequence, imported[0].session.id),
        )

    def export_file(self, session_id: str, target: Path) -> Path:
        """Write the session (and its attendance) to a portable session file, atomically."""
        return sessions.export_file(self.repository, session_id, target, self.clock)

    def attendance(self, session_id: str) -> Attendance:
        from moderator_app.storage.reports import ReportRepository

        return ReportRepository(self._db).attendance(session_id)

    def save_attendance(self, session_id: str, attendance: Attendance) -> None:
        """Store a session's attendance figures (the open session's go through its console)."""
        from moderator_app.storage.reports import ReportRepository

        self._numbered(
            lambda: ReportRepository(self._db).save_attendance(session_id, attendance, now=self.clock.now().wall),
            lambda sequence, _: Change.of(sequence, session_id, {Part.REPORT: {ATTENDANCE_ID}}),
        )

    def save_session(self, session: Session) -> None:
        """Store a session's details, checked by the caller with ``clean_session`` (the open session's
        go through its console)."""
        self._numbered(
            lambda: self.repository.save_session(session, now=self.clock.now().wall),
            lambda sequence, _: Change.of(sequence, session.id, {Part.SESSION: {session.id}}),
        )

    def event_names(self) -> list[str]:
        from moderator_app.storage.events import list_event_names

        return list_event_names(self.repository)

    def event_stats(self, name: str, reference: ReferenceSet | None = None) -> EventStats:
        """The event's sessions' balances added up; UnknownEventError when no session belongs to it."""
        from moderator_app.domain.event_stats import event_stats
        from moderator_app.storage.events import sessions_of_event

        return event_stats(sessions_of_event(self.repository, name), self.clock.now(), reference)

    def search_notes(self, query: str, event: str | None, order: SearchOrder, limit: int) -> NoteSearch:
        """Every session's (or one event's) notes holding all the words; see services/note_search.py."""
        from moderator_app.services.note_search import search_all_notes

        return search_all_notes(self.repository, query, event=event, order=order, limit=limit)

    def report_for(self, session_id: str, template: str, user_dir: Path, *, language: str) -> Report:
        """The session's report with ``template`` (services/reports.py); UnknownSessionError if it is not here."""
        from moderator_app.services.reports import report_of
        from moderator_app.storage.reports import ReportRepository

        drafts = ReportRepository(self._db)
        return report_of(self.load(session_id), drafts, template, user_dir, self.clock.now(), language=language)

    # -- the console -----------------------------------------------------------------------
    def open_console(self, session_id: str) -> SessionConsole:
        """The console of ``session_id`` on this library's connection (opening it remembers it as the last one)."""
        from moderator_app.services.console import SessionConsole
        from moderator_app.system.resources import regions

        console = SessionConsole(self.repository, self.clock, session_id, regions=regions())
        if self._console_unsubscribe is not None:
            self._console_unsubscribe()  # the console opened before is no longer the one being run
        self._console_unsubscribe = console.subscribe(self._publish)
        self._console = console
        return console

    # -- live sharing ----------------------------------------------------------------------
    def shared_items(self, session_id: str) -> SharedItems:
        """The session as the shared document holds it (services/sharing.py); UnknownSessionError."""
        from moderator_app.services.sharing import shared_items
        from moderator_app.storage.reports import ReportRepository
        from moderator_app.storage.sharing import stored_sections

        attendance = ReportRepository(self._db).attendance(session_id)
        snapshot = self._stored(session_id)
        return shared_items(snapshot, stored_sections(self._db, session_id), attendance, self.clock.now())

    def _stored(self, session_id: str) -> SessionSnapshot:
        """The session as stored: the open console's snapshot when it holds it (patched after each
        commit, before its listeners hear), rather than a whole load for every shared change."""
        console = self._console
        return console.snapshot if console is not None and console.session_id == session_id else self.load(session_id)

    def shared_log(self, session_id: str) -> list[bytes]:
        """The stored updates of the session's shared document, in order."""
        from moderator_app.storage.sharing import logged_updates

        return logged_updates(self._db, session_id)

    def log_shared(self, session_id: str, updates: Sequence[bytes]) -> int:
        """Store updates of the session's shared document after the others (none: only count); how many are stored."""
        from moderator_app.storage.sharing import log_updates

        return log_updates(self._db, session_id, updates)

    def compact_shared_log(self, session_id: str, state: bytes) -> None:
        """Replace the session's stored updates by ``state``, one update holding the whole document."""
        from moderator_app.storage.sharing import compact_log

        compact_log(self._db, session_id, state)

    def apply_shared(
        self, session_id: str, shared: SharedItems, *, origin: str, updates: Sequence[bytes] = ()
    ) -> Change | None:
        """Bring the session to what another laptop shared, through the one write path.

        The items that differ from the library's are written, and the document ``updates`` that
        brought them logged, in one numbered transaction; the change names those items and
        ``origin``. A session not here yet is stored whole. The open console of the session commits
        it, so its snapshot follows. None when nothing differed (the updates are logged all the
        same). SessionFileError when the items do not make a valid session: nothing is written.
        """
        from moderator_app.domain.rapporteur import Attendance
        from moderator_app.services.sharing import differences, incoming_session
        from moderator_app.storage.sharing import log_updates, stored_sections, write_items
        from moderator_app.system.resources import regions

        incoming = incoming_session(shared, regions())
        now = self.clock.now().wall

        def log() -> None:
            if updates:
                log_updates(self._db, session_id, updates)

        if not self.repository.exists(session_id):
            figures = [ATTENDANCE_ID] if shared.attendance != Attendance() else []
            report_ids = {Part.REPORT: frozenset([*shared.sections, *figures])}

            def create() -> None:
                self.repository.insert_snapshot(incoming, now=now)
                write_items(
                    self._db, incoming, report_ids, sections=shared.sections, attendance=shared.attendance, now=now
                )
                log()

            return self._published(create, lambda sequence: Change.everything(sequence, session_id, origin=origin))
        local = self._stored(session_id)
        local_report = (stored_sections(self._db, session_id), self.attendance(session_id))
        ids = differences(local, incoming, local_report, shared)
        if not ids:
            log()
            return None

        def write() -> None:
            write_items(self._db, incoming, ids, sections=shared.sections, attendance=shared.attendance, now=now)
            log()

        console = self._console
        if console is not None and console.session_id == session_id:
            return console.apply_shared(write, ids, origin=origin)
        return self._published(write, lambda sequence: Change.of(sequence, session_id, ids, origin=origin))

    def _published(self, write: Callable[[], None], change: Callable[[int], Change]) -> Change:
        """:meth:`_numbered` for a write whose change is what the caller wants back."""
        told: list[Change] = []

        def numbered(sequence: int, _: None) -> Change:
            told.append(change(sequence))
            return told[0]

        self._numbered(write, numbered)
        return told[0]

    # -- backups ---------------------------------------------------------------------------
    def take_backup(self, reason: str, *, disk_usage: DiskUsage | None = None) -> Path | None:
        """A backup now, unless nothing changed since the newest (None); the folder is thinned after one.

        NoRoomForBackup when the disk is too full; StorageError when the folder cannot be written.
        """
        from moderator_app.storage.backups import take_backup, thin_folder

        now = self.clock.now().wall
        taken = take_backup(self._db, self.paths.backups, now, reason=reason, disk_usage=disk_usage)
        if taken is not None:
            thin_folder(self.paths.backups, now)
        return taken

    def list_backups(self) -> tuple[list[BackupInfo], list[UnreadableBackup]]:
        """The backups newest first, with what each holds; the unreadable ones apart, with why."""
        from moderator_app.services.backups import list_backups

        return list_backups(self.paths.backups)

    def restore(self, backup: Path) -> Restored:
        """Put ``backup`` in place of the database (the state before it is backed up first), then open again.

        Every console opened before reads from the closed connection: open a fresh one. A backup
        the restore refuses leaves the database as it was (``problem`` says why); StorageError
        when the database cannot be opened again afterwards.
        """
        from moderator_app.services.backups import restore_at_rest

        last_number = self.repository.change_sequence()
        self._db.close()
        outcome = Restored()
        try:
            outcome = Restored(moved_aside=restore_at_rest(self.paths, backup, self.clock.now().wall).moved_aside)
        except StorageError as error:
            outcome = Restored(problem=error)
        self._reopen()
        if outcome.problem is None:
            self._go_on_numbering_from(last_number)
        return outcome

    def _go_on_numbering_from(self, last_number: int) -> None:
        """After a restore: the backup's numbers are older, so go on from the last one given (a number
        is never given twice), and tell listeners every session was replaced."""
        self.repository.raise_change_sequence(last_number)
        for summary in self.repository.list_sessions():
            self._replaced(summary.id)

    def _replaced(self, session_id: str) -> None:
        """Number and publish that ``session_id`` was replaced as a whole (it writes nothing else)."""
        self._numbered(lambda: None, lambda sequence, _: Change.everything(sequence, session_id))

    def _reopen(self) -> None:
        if self._console_unsubscribe is not None:
            self._console_unsubscribe()  # its connection was closed: it can commit nothing more
            self._console_unsubscribe = None
        self._console = None
        self._db = open_database(self.paths.database, backup_dir=self.paths.backups, now=lambda: self.clock.now().wall)
        self.repository = SessionRepository(self._db)
