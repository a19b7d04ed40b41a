"""What the killed driver acknowledged, kept by the test, and the checks of a crashed data folder against it.

The model is built only from the driver's ``call``/``ack`` lines (tests/e2e/chaos_driver.py) and
the test's own clock, never from the product's timer arithmetic: each change of a turn's state is
known to have happened between the ``call`` line (printed just before the command) and the
``ack`` line (printed just after it returned), so a turn's true speaking time at any instant is
known within a small window. A command that was announced but not acknowledged when the kill came
is *in doubt*: the crashed folder may hold it or not, but nothing else.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from moderator_app.storage.backups import NAME_PATTERN, backup_name, parse_backup_name, thin
from tests.e2e.chaos_driver import EXPORT_NAME

QUEUE_ACTIONS = ("enqueue", "withdraw", "move", "next_speaker")


@dataclass
class Turn:
    """One intervention as the test saw it: ("run" | "pause" | "end", earliest, latest) moments, in order."""

    events: list[tuple[str, float, float]] = field(default_factory=list)

    @property
    def state(self) -> str:
        return {"run": "running", "pause": "paused", "end": "ended"}[self.events[-1][0]]

    def speaking_bounds(self, at: float) -> tuple[float, float]:
        """The least and most this turn can truly have been speaking at ``at`` (seconds)."""
        low = high = 0.0
        run: tuple[float, float] | None = None
        for kind, earliest, latest in self.events:
            if kind == "run":
                run = (earliest, latest)
            elif run is not None:
                low += max(0.0, earliest - run[1])
                high += latest - run[0]
                run = None
        if run is not None:
            low += max(0.0, at - run[1])
            high += at - run[0]
        return low, high


@dataclass
class Model:
    """What must be in the data folder: everything acknowledged (and, at most, the one command in doubt)."""

    started: bool = False  # a driver has opened the session in this folder and said what it saw
    session_id: str | None = None
    notes: dict[str, str] = field(default_factory=dict)  # id -> text
    deleted_notes: set[str] = field(default_factory=set)
    interventions: dict[str, dict[str, Any]] = field(default_factory=dict)  # id -> last acknowledged doc
    turns: dict[str, Turn] = field(default_factory=dict)
    queue: list[str] = field(default_factory=list)
    remote: list[str] = field(default_factory=list)
    backups: list[Path] = field(default_factory=list)
    export_sha: str | None = None
    acked_notes: int = 0
    acked_interventions: int = 0
    acked_actions: int = 0

    @property
    def open_turn(self) -> str | None:
        return next((i for i, turn in self.turns.items() if turn.state != "ended"), None)

    def apply_resume(self, line: dict[str, Any]) -> None:
        """A restarted driver's first line: the session it opened and its queues (checked against us first)."""
        self.started = True
        self.session_id = line["session_id"]
        self.queue, self.remote = list(line["queue"]), list(line["remote"])

    def apply_ack(self, call: dict[str, Any], ack: dict[str, Any]) -> None:
        self.acked_actions += 1
        if "refused" in ack:
            return
        action, window = ack["action"], (call["t"], ack["t"])
        if action in ("add_note", "edit_note"):
            self.notes[ack["note"]["id"]] = ack["note"]["text"]
            self.acked_notes += action == "add_note"
        elif action == "delete_note":
            self.notes.pop(ack["note_id"], None)
            self.deleted_notes.add(ack["note_id"])
        elif action == "next_speaker":
            if ack["ended"] is not None:
                self._turn_event(ack["ended"], "end", window)
            for note in ack["notes"]:
                self.notes[note["id"]] = note["text"]
            self.turns[ack["started"]["id"]] = Turn([("run", *window)])
            self.interventions[ack["started"]["id"]] = ack["started"]
            self.acked_interventions += 1
        elif action in ("toggle_timer", "end_intervention"):
            doc = ack["intervention"]
            self._turn_event(doc, {"running": "run", "paused": "pause", "ended": "end"}[doc["state"]], window)
        elif action == "adjust_time":
            self.interventions[ack["intervention"]["id"]] = ack["intervention"]
        elif action == "backup" and ack["path"]:
            gone = {Path(path) for path in ack.get("deleted", ())}
            self.backups = [path for path in self.backups if path not in gone] + [Path(ack["path"])]
        elif action == "export_report":
            self.export_sha = ack["sha256"]
        self.queue, self.remote = list(ack["queue"]), list(ack["remote"])

    def _turn_event(self, doc: dict[str, Any], kind: str, window: tuple[float, float]) -> None:
        self.interventions[doc["id"]] = doc
        self.turns[doc["id"]].events.append((kind, *window))


# -- the crashed folder ---------------------------------------------------------------------------


@dataclass
class Stored:
    """What a copy of the crashed folder's database holds, read after SQLite's own recovery."""

    integrity: str
    foreign_key_problems: int
    notes: dict[str, str]
    interventions: dict[str, dict[str, Any]]
    queue: list[str]
    remote: list[str]


def read_crashed(data_dir: Path, scratch: Path, session_id: str | None) -> Stored | None:
    """Read a copy of the database (and its -wal), so the folder itself stays as the kill left it."""
    database = data_dir / "moderator.db"
    if not database.exists():
        return None
    if scratch.exists():
        shutil.rmtree(scratch)
    scratch.mkdir(parents=True)
    for suffix in ("", "-wal"):  # -shm is only an index SQLite rebuilds from the -wal
        if Path(f"{database}{suffix}").exists():
            shutil.copyfile(f"{database}{suffix}", scratch / f"moderator.db{suffix}")
    conn = sqlite3.connect(scratch / "moderator.db")
    conn.row_factory = sqlite3.Row
    try:
        integrity = "; ".join(row[0] for row in conn.execute("PRAGMA integrity_check"))
        fk = len(conn.execute("PRAGMA foreign_key_check").fetchall())
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "notes" not in tables or session_id is None:
            return Stored(integrity, fk, {}, {}, [], [])
        notes = dict(conn.execute("SELECT id, text FROM notes WHERE session_id = ?", [session_id]).fetchall())
        interventions = {
            row["id"]: dict(row)
            for row in conn.execute("SELECT * FROM interventions WHERE session_id = ?", [session_id])
        }
        queues: dict[str, list[str]] = {"main": [], "remote": []}
        for row in conn.execute(
            "SELECT id, channel FROM queue_entries WHERE session_id = ? ORDER BY channel, position", [session_id]
        ):
            queues[row["channel"]].append(row["id"])
        return Stored(integrity, fk, notes, interventions, queues["main"], queues["remote"])
    finally:
        conn.close()


def _quick_check(path: Path) -> str:
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True)
        try:
            return str(conn.execute("PRAGMA quick_check").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error as error:
        return str(error)


def _queue_plausible(before: list[str], after: list[str], pending: dict[str, Any] | None) -> bool:
    """``after`` is ``before``, or what the one command in doubt could have made of it."""
    if after == before:
        return True
    if pending is None or pending["action"] not in QUEUE_ACTIONS:
        return False
    added, removed = set(after) - set(before), set(before) - set(after)
    kept_before = [entry for entry in before if entry not in removed]
    kept_after = [entry for entry in after if entry not in added]
    action = pending["action"]
    if action == "enqueue":
        return not removed and len(added) == 1 and kept_after == kept_before
    if action == "withdraw":
        return not added and removed == {pending["entry_id"]} and kept_after == kept_before
    if action == "move":
        return not added and not removed
    return not added and len(removed) == 1 and kept_after == kept_before  # next_speaker takes one entry


@dataclass
class Verdict:
    problems: list[str] = field(default_factory=list)
    lost_notes: int = 0
    lost_interventions: int = 0


def verify_and_settle(
    model: Model, data_dir: Path, scratch: Path, pending: dict[str, Any] | None, killed_at: float
) -> Verdict:
    """Check the crashed folder against the model, then settle the command in doubt the way the folder shows."""
    verdict = Verdict()
    problem = verdict.problems.append
    stored = read_crashed(data_dir, scratch, model.session_id)
    if stored is None:
        if model.started:
            problem("the database file is gone")
        return verdict
    if stored.integrity != "ok":
        problem(f"PRAGMA integrity_check: {stored.integrity}")
    if stored.foreign_key_problems:
        problem(f"PRAGMA foreign_key_check: {stored.foreign_key_problems} rows")
    _check_files(model, data_dir, pending, verdict)
    if not model.started:
        return verdict
    action = pending["action"] if pending else None
    _check_notes(model, stored, pending, verdict)
    _check_interventions(model, stored, pending, verdict)
    for name, before, after in (("queue", model.queue, stored.queue), ("remote queue", model.remote, stored.remote)):
        if not _queue_plausible(before, after, pending):
            problem(f"the {name} is {after}, not the acknowledged {before} (in doubt: {action})")
    # Settle: the folder is now the truth the next start must resume from (all of it was checked above).
    _settle_turns(model, stored, pending, killed_at)
    model.notes = dict(stored.notes)
    model.queue, model.remote = list(stored.queue), list(stored.remote)
    # A backup or thinning in doubt, as it went (every backup there was checked whole above).
    backups_dir = data_dir / "backups"
    found = backups_dir.iterdir() if backups_dir.is_dir() else iter(())
    model.backups = sorted(path for path in found if NAME_PATTERN.match(path.name))
    if pending and action == "export_report":
        target = data_dir / EXPORT_NAME
        if target.exists() and hashlib.sha256(target.read_bytes()).hexdigest() == pending["sha256"]:
            model.export_sha = pending["sha256"]
    return verdict


def _tail(text: str) -> str:
    """The end of a note's text, where the driver puts what makes it unique ([seed-action])."""
    return repr(text if len(text) <= 50 else "…" + text[-50:])


def _check_notes(model: Model, stored: Stored, pending: dict[str, Any] | None, verdict: Verdict) -> None:
    action = pending["action"] if pending else None
    for note_id, text in model.notes.items():
        if note_id not in stored.notes:
            if not (action == "delete_note" and pending and pending["note_id"] == note_id):
                verdict.lost_notes += 1
                verdict.problems.append(f"acknowledged note {note_id} ({_tail(text)}) is missing")
        elif stored.notes[note_id] != text:
            if not (action == "edit_note" and pending and pending["note_id"] == note_id):
                verdict.lost_notes += 1
                verdict.problems.append(f"note {note_id} reads {_tail(stored.notes[note_id])}, not {_tail(text)}")
            elif stored.notes[note_id] != pending["text"]:
                verdict.problems.append(f"note {note_id} holds neither its acknowledged nor its new text")
    back = model.deleted_notes & set(stored.notes)
    if back:
        verdict.problems.append(f"deleted notes came back: {sorted(back)}")
    extra = set(stored.notes) - set(model.notes) - model.deleted_notes
    if extra:
        texts = [stored.notes[i] for i in extra]
        fits = (action == "add_note" and pending and texts == [pending["text"]]) or (
            action == "next_speaker" and len(extra) == 1
        )
        if not fits:
            verdict.problems.append(f"notes nobody acknowledged or was writing: {texts}")


def _check_interventions(model: Model, stored: Stored, pending: dict[str, Any] | None, verdict: Verdict) -> None:
    action = pending["action"] if pending else None
    doubtful = {pending.get("intervention_id"), pending.get("ending_id")} - {None} if pending else set()
    for intervention_id, doc in model.interventions.items():
        row = stored.interventions.get(intervention_id)
        if row is None:
            verdict.lost_interventions += 1
            verdict.problems.append(f"acknowledged intervention {intervention_id} is missing")
            continue
        if intervention_id in doubtful:
            continue  # its state may be before or after the command in doubt; the resume check times it
        wrong = [
            f"{column} is {row[column]!r}, not {doc[column]!r}"
            for column in ("state", "participant_id", "started_at", "ended_at", "allotted_seconds", "pause_count")
            if row[column] != doc[column]
        ]
        if doc["state"] != "running" and row["banked_speaking_seconds"] != doc["banked_speaking_seconds"]:
            wrong.append(f"{row['banked_speaking_seconds']} s spoken, not {doc['banked_speaking_seconds']} s")
        if wrong:  # an acknowledged change of this turn is gone
            verdict.lost_interventions += 1
            verdict.problems.append(f"intervention {intervention_id}: {'; '.join(wrong)}")
    extra = set(stored.interventions) - set(model.interventions)
    if extra and not (action == "next_speaker" and len(extra) == 1):
        verdict.problems.append(f"interventions nobody acknowledged or was starting: {sorted(extra)}")
    open_ones = [i for i, row in stored.interventions.items() if row["state"] != "ended"]
    if len(open_ones) > 1:
        verdict.problems.append(f"{len(open_ones)} interventions are open at once: {open_ones}")


def _settle_turns(model: Model, stored: Stored, pending: dict[str, Any] | None, killed_at: float) -> None:
    """A timer command in doubt that the folder shows as done happened between its call and the kill."""
    if pending is None:
        return
    window = (pending["t"], killed_at)
    kinds = {"running": "run", "paused": "pause", "ended": "end"}
    for intervention_id, turn in model.turns.items():
        row = stored.interventions.get(intervention_id)
        if row is not None and row["state"] != turn.state:
            turn.events.append((kinds[row["state"]], *window))
            model.interventions[intervention_id] = {**model.interventions[intervention_id], **row}
    for intervention_id in set(stored.interventions) - set(model.interventions):
        row = stored.interventions[intervention_id]
        model.turns[intervention_id] = Turn([("run", *window)])
        model.interventions[intervention_id] = dict(row)
    for intervention_id in pending.get("intervention_id"), pending.get("ending_id"):
        if intervention_id in stored.interventions and intervention_id in model.interventions:
            model.interventions[intervention_id] = {
                **model.interventions[intervention_id],
                **stored.interventions[intervention_id],
            }


def _thinnable(model: Model, pending: dict[str, Any] | None) -> set[Path]:
    """The acknowledged backups a backup in doubt may have thinned: what thin() says for the folder it saw."""
    if not pending or pending["action"] != "backup" or not model.backups:
        return set()
    now = datetime.fromisoformat(pending["now"])
    folder = model.backups[0].parent
    seen = [*model.backups, folder / backup_name(now, "faults")]
    return set(thin([(path, parse_backup_name(path)[0]) for path in seen if parse_backup_name(path)], now))


def _check_files(model: Model, data_dir: Path, pending: dict[str, Any] | None, verdict: Verdict) -> None:
    """Backups and exports are whole or absent: never a torn file under a final name."""
    backups_dir = data_dir / "backups"
    thinnable = _thinnable(model, pending)
    for path in model.backups:
        if not path.exists() and path not in thinnable:
            verdict.problems.append(f"acknowledged backup {path.name} is missing")
    if backups_dir.is_dir():
        for path in backups_dir.iterdir():
            if NAME_PATTERN.match(path.name):
                result = _quick_check(path)
                if result != "ok":
                    verdict.problems.append(f"backup {path.name} is damaged: {result}")
    target = data_dir / EXPORT_NAME
    allowed = {model.export_sha} | ({pending["sha256"]} if pending and pending["action"] == "export_report" else set())
    if target.exists():
        digest = hashlib.sha256(target.read_bytes()).hexdigest()
        if digest not in allowed:
            verdict.problems.append("the exported report is neither the acknowledged export nor the one in progress")
    elif model.export_sha is not None:
        verdict.problems.append("the acknowledged report export is missing")
