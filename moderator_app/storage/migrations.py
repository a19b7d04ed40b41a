"""Schema migrations: the one list of them, append-only and numbered; each says why it exists.

The names are read from this list (``KNOWN_MIGRATIONS``) by every start, which decides from them
whether anything is pending; sqlite-utils, whose ``Migrations`` runs them, is imported only by
:meth:`MigrationList.runner`, when one is. A new migration is one more decorated function at the
end of the list.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

#: The name this app's migrations are recorded under in ``_sqlite_migrations``.
MIGRATION_SET = "moderator_app"

Step = Callable[["Database"], None]


@dataclass(frozen=True, slots=True)
class Migration:
    name: str
    run: Step


class MigrationList:
    """The app's migrations in the order they run; sqlite-utils' ``Migrations`` made from it on demand."""

    def __init__(self, set_name: str) -> None:
        self.set_name = set_name
        self.steps: list[Migration] = []

    def __call__(self, *, name: str) -> Callable[[Step], Step]:
        """Register the decorated function as the next migration, called ``name``."""

        def register(run: Step) -> Step:
            if name in self.names:
                raise ValueError(f"Two migrations are called {name}.")
            self.steps.append(Migration(name, run))
            return run

        return register

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(step.name for step in self.steps)

    def runner(self) -> Migrations:
        """sqlite-utils' Migrations holding every step (``pending``, ``applied``, ``apply`` on a Database)."""
        from sqlite_utils.migrations import Migrations

        runner = Migrations(self.set_name)
        for step in self.steps:
            runner(name=step.name)(step.run)
        return runner


migrations = MigrationList(MIGRATION_SET)


@migrations(name="0001_initial_schema")
def m0001_initial_schema(db: Database) -> None:
    """Sessions, participants, agenda, interventions and the queue: the live console's data."""
    db.executescript(
        """
        CREATE TABLE sessions (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            date TEXT,
            start_time TEXT,
            timezone TEXT NOT NULL DEFAULT '',
            venue TEXT NOT NULL DEFAULT '',
            format TEXT NOT NULL DEFAULT '',
            planned_minutes INTEGER,
            description TEXT NOT NULL DEFAULT '',
            tags TEXT NOT NULL DEFAULT '[]',
            organisers TEXT NOT NULL DEFAULT '[]',
            default_allotted_seconds INTEGER NOT NULL DEFAULT 180,
            warning_seconds INTEGER NOT NULL DEFAULT 30,
            started_wall TEXT,
            started_mono REAL,
            started_boot TEXT,
            ended_at TEXT,
            current_segment_id TEXT,
            segment_started_wall TEXT,
            segment_started_mono REAL,
            segment_started_boot TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE participants (
            id TEXT PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            affiliation TEXT NOT NULL DEFAULT '',
            stakeholder_group TEXT,
            gender TEXT,
            country TEXT NOT NULL DEFAULT '',
            region TEXT,
            roles TEXT NOT NULL DEFAULT '["participant"]',
            attendance TEXT NOT NULL DEFAULT 'onsite'
        );
        CREATE INDEX participants_session ON participants(session_id, position);
        CREATE TABLE segments (
            id TEXT PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            title TEXT NOT NULL,
            planned_minutes INTEGER,
            default_allotted_seconds INTEGER
        );
        CREATE INDEX segments_session ON segments(session_id, position);
        CREATE TABLE interventions (
            id TEXT PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            participant_id TEXT NOT NULL REFERENCES participants(id),
            segment_id TEXT REFERENCES segments(id),
            kind TEXT NOT NULL,
            allotted_seconds INTEGER,
            state TEXT NOT NULL,
            started_at TEXT NOT NULL,
            ended_at TEXT,
            banked_speaking_seconds REAL NOT NULL DEFAULT 0,
            banked_paused_seconds REAL NOT NULL DEFAULT 0,
            pause_count INTEGER NOT NULL DEFAULT 0,
            anchor_wall TEXT,
            anchor_mono REAL,
            anchor_boot TEXT
        );
        CREATE INDEX interventions_session ON interventions(session_id, started_at);
        CREATE INDEX interventions_participant ON interventions(participant_id);
        CREATE TABLE queue_entries (
            id TEXT PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            kind TEXT NOT NULL,
            added_at TEXT NOT NULL
        );
        CREATE INDEX queue_session ON queue_entries(session_id, position);
        CREATE TABLE app_state (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """
    )


@migrations(name="0002_balance_settings_and_contingents")
def m0002_balance_settings_and_contingents(db: Database) -> None:
    """Speaking-time balance: the reference set and suggestion priorities per session, and time contingents."""
    db.executescript(
        """
        ALTER TABLE sessions ADD COLUMN balance_reference TEXT NOT NULL DEFAULT 'speakers';
        ALTER TABLE sessions ADD COLUMN suggestion_priorities TEXT NOT NULL
            DEFAULT '["not_yet_spoken", "stakeholder_group", "gender"]';
        CREATE TABLE contingents (
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            stakeholder_group TEXT NOT NULL,
            budget_seconds INTEGER NOT NULL,
            added_seconds INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (session_id, stakeholder_group)
        );
        """
    )


@migrations(name="0003_notes_and_report_drafts")
def m0003_notes_and_report_drafts(db: Database) -> None:
    """Notes with full-text search, and the rapporteur's report: edited sections and attendance figures."""
    db.executescript(
        """
        CREATE TABLE notes (
            id TEXT PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            created_at TEXT NOT NULL,
            text TEXT NOT NULL,
            tags TEXT NOT NULL DEFAULT '[]',
            intervention_id TEXT REFERENCES interventions(id) ON DELETE SET NULL,
            participant_id TEXT REFERENCES participants(id) ON DELETE SET NULL,
            segment_id TEXT REFERENCES segments(id) ON DELETE SET NULL
        );
        CREATE INDEX notes_session ON notes(session_id, created_at);
        CREATE TABLE report_sections (
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            template TEXT NOT NULL,
            section TEXT NOT NULL,
            text TEXT NOT NULL,
            generated_text TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (session_id, template, section)
        );
        CREATE TABLE report_attendance (
            session_id TEXT PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
            participants_onsite INTEGER,
            participants_online INTEGER,
            women INTEGER,
            gender_extent TEXT NOT NULL DEFAULT '',
            gender_summary TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL
        );
        """
    )
    # Full-text search on note text, kept in step with the table by triggers.
    db.table("notes").enable_fts(["text"], create_triggers=True, tokenize="unicode61 remove_diacritics 2")


@migrations(name="0004_remote_queue")
def m0004_remote_queue(db: Database) -> None:
    """Remote participation: a second queue channel with platform and chat text, and segments that draw from it."""
    db.executescript(
        """
        ALTER TABLE queue_entries ADD COLUMN channel TEXT NOT NULL DEFAULT 'main';
        ALTER TABLE queue_entries ADD COLUMN platform TEXT NOT NULL DEFAULT '';
        ALTER TABLE queue_entries ADD COLUMN text TEXT NOT NULL DEFAULT '';
        ALTER TABLE segments ADD COLUMN remote_queue INTEGER NOT NULL DEFAULT 0;
        DROP INDEX queue_session;
        CREATE INDEX queue_session ON queue_entries(session_id, channel, position);
        """
    )


@migrations(name="0005_updated_at_for_merge")
def m0005_updated_at_for_merge(db: Database) -> None:
    """Merging a session from two laptops: when each row, and each queue's order, last changed."""
    db.executescript(
        """
        ALTER TABLE participants ADD COLUMN updated_at TEXT;
        ALTER TABLE segments ADD COLUMN updated_at TEXT;
        ALTER TABLE interventions ADD COLUMN updated_at TEXT;
        ALTER TABLE queue_entries ADD COLUMN updated_at TEXT;
        ALTER TABLE notes ADD COLUMN updated_at TEXT;
        ALTER TABLE sessions ADD COLUMN queue_updated_at TEXT;
        ALTER TABLE sessions ADD COLUMN remote_queue_updated_at TEXT;
        UPDATE notes SET updated_at = created_at;
        UPDATE queue_entries SET updated_at = added_at;
        UPDATE interventions SET updated_at = COALESCE(ended_at, started_at);
        UPDATE participants SET updated_at = (SELECT created_at FROM sessions WHERE sessions.id = session_id);
        UPDATE segments SET updated_at = (SELECT created_at FROM sessions WHERE sessions.id = session_id);
        UPDATE sessions SET
            queue_updated_at = (SELECT MAX(added_at) FROM queue_entries q
                                WHERE q.session_id = sessions.id AND q.channel = 'main'),
            remote_queue_updated_at = (SELECT MAX(added_at) FROM queue_entries q
                                       WHERE q.session_id = sessions.id AND q.channel = 'remote');
        """
    )


@migrations(name="0006_session_event")
def m0006_session_event(db: Database) -> None:
    """Sessions belong to an event (e.g. "IGF 2017"), for statistics across a whole forum."""
    db.executescript(
        """
        ALTER TABLE sessions ADD COLUMN event TEXT NOT NULL DEFAULT '';
        CREATE INDEX sessions_event ON sessions(event);
        """
    )


@migrations(name="0007_notes_search_per_session")
def m0007_notes_search_per_session(db: Database) -> None:
    """Note search per session: the session goes into the full-text index, so a search matches its notes alone.

    0003's index held the text alone: a search for a common word found and ranked every matching note
    of every session (72,000 of a forum's 100,000 for "data", over half a second) before the session
    filter kept this session's few hundred. Now each note's entry also holds its session as one word,
    ``s`` + the hex of the session id (exact: no id's words can be part of another's, and any id,
    even one of punctuation only, gives a word), and a search is ``session_key:s… AND (words)``.
    The index keeps no copy of the text (contentless: the notes table has it); the rank weighs the
    text alone. The triggers are rewritten to keep the index in step on insert, update and delete.
    """
    db.executescript(
        """
        DROP TRIGGER IF EXISTS notes_ai;
        DROP TRIGGER IF EXISTS notes_ad;
        DROP TRIGGER IF EXISTS notes_au;
        DROP TABLE IF EXISTS notes_fts;
        CREATE VIRTUAL TABLE notes_fts USING fts5(
            text, session_key, content='', tokenize='unicode61 remove_diacritics 2'
        );
        INSERT INTO notes_fts (notes_fts, rank) VALUES ('rank', 'bm25(1.0, 0.0)');
        INSERT INTO notes_fts (rowid, text, session_key) SELECT rowid, text, 's' || hex(session_id) FROM notes;
        CREATE TRIGGER notes_ai AFTER INSERT ON notes BEGIN
            INSERT INTO notes_fts (rowid, text, session_key) VALUES (new.rowid, new.text, 's' || hex(new.session_id));
        END;
        CREATE TRIGGER notes_ad AFTER DELETE ON notes BEGIN
            INSERT INTO notes_fts (notes_fts, rowid, text, session_key)
                VALUES ('delete', old.rowid, old.text, 's' || hex(old.session_id));
        END;
        CREATE TRIGGER notes_au AFTER UPDATE ON notes BEGIN
            INSERT INTO notes_fts (notes_fts, rowid, text, session_key)
                VALUES ('delete', old.rowid, old.text, 's' || hex(old.session_id));
            INSERT INTO notes_fts (rowid, text, session_key) VALUES (new.rowid, new.text, 's' || hex(new.session_id));
        END;
        """
    )


@migrations(name="0008_session_code_and_type")
def m0008_session_code_and_type(db: Database) -> None:
    """A session's programme code ("WS #289") and type (workshop, open forum…), apart from its format.

    IGF pages name both, and the report form asks for the type; the format column held "Round Table".
    """
    db.executescript(
        """
        ALTER TABLE sessions ADD COLUMN session_code TEXT NOT NULL DEFAULT '';
        ALTER TABLE sessions ADD COLUMN session_type TEXT NOT NULL DEFAULT '';
        """
    )


@migrations(name="0009_sync_updates")
def m0009_sync_updates(db: Database) -> None:
    """Live sharing's log: the updates of each shared session's document, in the order they came.

    A laptop that restarts rebuilds its document from them and can send the others what they
    missed. Not tied to the sessions table: a laptop that joins holds the document's first updates
    before the session itself is stored.
    """
    db.executescript(
        """
        CREATE TABLE sync_updates (
            session_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            payload BLOB NOT NULL,
            PRIMARY KEY (session_id, seq)
        );
        """
    )


#: Every migration's name, in order: derived from the list above, which must end before this line.
KNOWN_MIGRATIONS: tuple[str, ...] = migrations.names
