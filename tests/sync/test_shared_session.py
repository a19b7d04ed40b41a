"""Laptops sharing one session converge, with no network: each a library in its own data folder with
its SharedSession, the link simulated by handing each one's update to the others.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pytest

from moderator_app.domain.changes import Change
from moderator_app.domain.enums import InterventionKind, StakeholderGroup
from moderator_app.domain.rapporteur import Attendance
from moderator_app.domain.session import ParticipantDraft, Session, draft_from
from moderator_app.domain.steering import Contingent
from moderator_app.services.console import SessionConsole
from moderator_app.services.errors import SessionFileError
from moderator_app.services.library import Library
from moderator_app.sync.shared_session import SharedSession
from moderator_app.system.paths import AppPaths
from tests.support import FakeClock, fill_in_test_details
from tests.unit.test_console_changes import expected_ids, rows_of

MATTHEW = "7c1d2e5a-2017-4c1d-9e1f-100000000007"
LEA = "7c1d2e5a-2017-4c1d-9e1f-100000000002"
TEMPLATE = "igf-workshop"
#: Columns that say when this laptop stored a row, not what the session holds.
STAMPS = {"updated_at", "created_at", "queue_updated_at", "remote_queue_updated_at"}
SESSION_TABLES = (
    "sessions",
    "participants",
    "segments",
    "interventions",
    "queue_entries",
    "notes",
    "contingents",
    "report_sections",
    "report_attendance",
)


@dataclass
class Laptop:
    """One laptop: its data folder, its library, the shared session, and what its library told."""

    folder: Path
    clock: FakeClock
    library: Library
    shared: SharedSession
    heard: list[Change] = field(default_factory=list)

    @classmethod
    def start(cls, folder: Path, session_id: str, clock: FakeClock | None = None) -> Laptop:
        clock = clock or FakeClock()
        library = Library.open(AppPaths(folder), clock)
        laptop = cls(folder, clock, library, SharedSession(library, session_id))
        library.subscribe(laptop.heard.append)
        return laptop

    def console(self) -> SessionConsole:
        return self.library.open_console(self.shared.session_id)

    def stop(self) -> None:
        self.shared.close()
        self.library.close()

    def restart(self) -> Laptop:
        self.stop()
        return Laptop.start(self.folder, self.shared.session_id, self.clock)


def exchange(*laptops: Laptop) -> None:
    """Every laptop sends every other what it lacks (by its state vector), as the link would."""
    for sender in laptops:
        for receiver in laptops:
            if sender is not receiver:
                receiver.shared.apply_update(sender.shared.get_update(receiver.shared.get_state()))


def tables(laptop: Laptop) -> dict[str, list[tuple[Any, ...]]]:
    """Every table of the session, row by row, without this laptop's own stamps; people by their rank."""
    session_id = laptop.shared.session_id
    db = laptop.library.repository.db
    found: dict[str, list[tuple[Any, ...]]] = {}
    for table in SESSION_TABLES:
        column = "id" if table == "sessions" else "session_id"
        order = " ORDER BY position, id" if table == "participants" else ""
        cursor = db.execute(f"SELECT * FROM {table} WHERE {column} = ?{order}", [session_id])
        names = [c[0] for c in cursor.description]
        rows = []
        for rank, values in enumerate(cursor.fetchall()):
            row = {name: value for name, value in zip(names, values, strict=True) if name not in STAMPS}
            if table == "participants":
                row["position"] = rank
            rows.append(tuple(sorted(row.items())))
        found[table] = rows if table == "participants" else sorted(rows, key=repr)
    return found


def assert_same_session(*laptops: Laptop) -> None:
    first = tables(laptops[0])
    assert first["sessions"] and first["participants"]
    for other in laptops[1:]:
        assert tables(other) == first


@pytest.fixture
def host(tmp_path: Path) -> Iterator[Laptop]:
    """The onsite moderator's laptop, sharing the demo session (test details filled in)."""
    clock = FakeClock()
    library = Library.open(AppPaths(tmp_path / "host"), clock)
    session_id = library.ensure_demo()
    fill_in_test_details(library.open_console(session_id))
    library.close()
    laptop = Laptop.start(tmp_path / "host", session_id, clock)
    yield laptop
    laptop.stop()


def join(tmp_path: Path, host: Laptop, name: str) -> Laptop:
    laptop = Laptop.start(tmp_path / name, host.shared.session_id)
    exchange(host, laptop)
    return laptop


def section_key(console: SessionConsole, clock: FakeClock) -> tuple[Any, str]:
    report = console.report(TEMPLATE, None, clock.now())
    return report, report.sections[0].key


def test_a_laptop_that_joins_receives_the_whole_session(tmp_path, host):
    rapporteur = join(tmp_path, host, "rapporteur")
    assert rapporteur.library.exists(host.shared.session_id)
    assert rapporteur.heard[-1].whole and rapporteur.heard[-1].origin == "shared"
    assert_same_session(host, rapporteur)
    rapporteur.stop()


def test_commands_on_three_laptops_converge_table_by_table(tmp_path, host):
    online, rapporteur = join(tmp_path, host, "online"), join(tmp_path, host, "rapporteur")
    moderator, remote, notes = host.console(), online.console(), rapporteur.console()
    moderator.start_session()
    moderator.enqueue(MATTHEW, InterventionKind.QUESTION)
    moderator.next_speaker()
    exchange(host, online, rapporteur)
    remote.add_remote(name="Remote One", platform="Zoom", text="A question from the chat")
    notes.add_note("Matthew asks about capacity building #key_issue")
    report, key = section_key(notes, rapporteur.clock)
    notes.save_section_edit(report, key, "The rapporteur's words")
    notes.save_attendance(Attendance(participants_onsite=40, women=12))
    exchange(host, online, rapporteur)
    moderator.interleave_remote(moderator.snapshot.remote_queue[0].id)
    moderator.end_intervention()
    exchange(host, online, rapporteur)
    assert_same_session(host, online, rapporteur)
    # Each console holds what its library holds: the remote changes went through them.
    for laptop, console in ((host, moderator), (online, remote), (rapporteur, notes)):
        assert console.snapshot == laptop.library.load(laptop.shared.session_id)
    assert [n.text for n in moderator.snapshot.notes] == ["Matthew asks about capacity building #key_issue"]
    for laptop in (online, rapporteur):
        laptop.stop()


def test_work_done_offline_on_both_sides_converges_with_nothing_lost_or_doubled(tmp_path, host):
    rapporteur = join(tmp_path, host, "rapporteur")
    moderator, notes = host.console(), rapporteur.console()
    # The link is down: each keeps working on its copy.
    moderator.start_session()
    moderator.give_floor(LEA)
    moderator.add_note("Typed by the moderator")
    queued = [e.id for e in moderator.snapshot.queue]  # Lea's place went when she took the floor
    notes.add_note("First note of the rapporteur")
    notes.add_note("Second note of the rapporteur")
    added = notes.enqueue(MATTHEW)
    exchange(host, rapporteur)
    exchange(host, rapporteur)
    assert_same_session(host, rapporteur)
    texts = sorted(n.text for n in host.library.load(host.shared.session_id).notes)
    assert texts == ["First note of the rapporteur", "Second note of the rapporteur", "Typed by the moderator"]
    assert [e.id for e in moderator.snapshot.queue] == [*queued, added.id] == [e.id for e in notes.snapshot.queue]
    assert moderator.snapshot.current_intervention is not None
    rapporteur.stop()


def test_a_restarted_laptop_rebuilds_its_document_from_the_log_and_catches_up(tmp_path, host):
    rapporteur = join(tmp_path, host, "rapporteur")
    rapporteur.console().add_note("Before the restart")
    exchange(host, rapporteur)
    held = rapporteur.shared.get_state()
    rapporteur = rapporteur.restart()
    assert rapporteur.shared.get_state() == held  # nothing it had was lost with the process
    host.console().add_note("While the rapporteur was away")
    # Written here while not sharing: it joins the document when sharing starts again.
    rapporteur.shared.close()
    rapporteur.console().add_note("Written while not sharing")
    rapporteur = rapporteur.restart()
    exchange(host, rapporteur)
    assert_same_session(host, rapporteur)
    assert len(host.library.load(host.shared.session_id).notes) == 3
    rapporteur.stop()


def test_two_laptops_typing_in_one_report_section_keep_both_texts(tmp_path, host):
    rapporteur = join(tmp_path, host, "rapporteur")
    first, second = host.console(), rapporteur.console()
    report, key = section_key(first, host.clock)
    first.save_section_edit(report, key, "Key issues were raised.")
    exchange(host, rapporteur)
    # Both type at once, one at the start, one at the end of the same text.
    first.save_section_edit(report, key, "In short: Key issues were raised.")
    second.save_section_edit(report, key, "Key issues were raised. Capacity building came first.")
    exchange(host, rapporteur)
    merged = "In short: Key issues were raised. Capacity building came first."
    assert first.report_sections(TEMPLATE)[key].text == merged
    assert second.report_sections(TEMPLATE)[key].text == merged
    assert_same_session(host, rapporteur)
    rapporteur.stop()


def test_the_change_of_a_remote_update_names_exactly_what_it_wrote_and_is_not_sent_back(tmp_path, host):
    rapporteur = join(tmp_path, host, "rapporteur")
    notes = rapporteur.console()
    moderator = host.console()
    session_id = host.shared.session_id
    told: list[Change] = []
    moderator.subscribe(told.append)
    for command in (
        lambda: notes.add_note("A note from the rapporteur"),
        lambda: notes.enqueue(MATTHEW, InterventionKind.QUESTION),
        lambda: notes.add_remote(name="Remote Two", text="Another question"),
        lambda: notes.update_note(notes.snapshot.notes[0].id, text="Edited on the other laptop"),
        lambda: notes.withdraw(notes.snapshot.queue[0].id),
        lambda: notes.delete_note(notes.snapshot.notes[0].id),
        lambda: notes.update_session(replace(notes.session, venue="Room 9", title="Renamed")),
        lambda: notes.update_participant(LEA, replace(draft_from(notes.snapshot.participant(LEA)), name="Léa K.")),
        lambda: notes.add_participant(ParticipantDraft(name="Zed Newcomer")),
        notes.start_session,
        lambda: notes.give_floor(MATTHEW),
        lambda: notes.adjust_time(30),
        notes.end_intervention,
        notes.next_segment,
        lambda: notes.set_contingents([Contingent(StakeholderGroup.GOVERNMENT, 600)]),
        lambda: notes.save_attendance(Attendance(participants_onsite=12)),
        lambda: notes.save_section_edit(*section_key(notes, rapporteur.clock), "Shared words"),
    ):
        command()
        before = rows_of(host.library.repository)
        host.clock.advance(5)
        change = host.shared.apply_update(rapporteur.shared.get_update(host.shared.get_state()))
        assert change is not None and change.origin == "shared" and not change.whole
        assert {part: set(ids) for part, ids in change.ids.items()} == expected_ids(
            before, rows_of(host.library.repository)
        )
        assert told[-1] == change  # the host's window hears it through the console
        assert moderator.snapshot == host.library.load(session_id)
        # Nothing comes back: the host wrote nothing of its own into the document.
        assert rapporteur.shared.apply_update(host.shared.get_update(rapporteur.shared.get_state())) is None
    assert_same_session(host, rapporteur)
    rapporteur.stop()


def test_an_update_applied_twice_and_an_unchanged_write_make_nothing(tmp_path, host):
    rapporteur = join(tmp_path, host, "rapporteur")
    rapporteur.console().add_note("Once")
    update = rapporteur.shared.get_update(host.shared.get_state())
    assert host.shared.apply_update(update) is not None
    logged = len(host.library.shared_log(host.shared.session_id))
    number = host.library.repository.change_sequence()
    assert host.shared.apply_update(update) is None
    assert host.library.repository.change_sequence() == number
    # The host's own change that writes what the document holds already adds no update.
    host.console().update_session(host.console().session)
    assert len(host.library.shared_log(host.shared.session_id)) == logged
    assert len([n for n in host.library.load(host.shared.session_id).notes if n.text == "Once"]) == 1
    rapporteur.stop()


def test_the_log_is_compacted_and_still_rebuilds_the_document(tmp_path):
    clock = FakeClock()
    library = Library.open(AppPaths(tmp_path / "one"), clock)
    session_id = library.ensure_demo()
    shared = SharedSession(library, session_id, compact_after=5)
    console = library.open_console(session_id)
    for number in range(12):
        console.add_note(f"Note {number}")
        assert len(library.shared_log(session_id)) <= 5
    state = shared.get_update()
    shared.close()
    rebuilt = SharedSession(library, session_id)
    assert rebuilt.get_state() == shared.get_state()
    assert rebuilt.get_update() == state
    assert len(rebuilt.document.read().items["notes"]) == 12
    rebuilt.close()
    library.close()


def test_a_document_that_is_not_a_valid_session_changes_nothing_here(tmp_path, host):
    rapporteur = join(tmp_path, host, "rapporteur")
    participants = rapporteur.shared.document.root("participants")
    with rapporteur.shared.document.doc.transaction():
        del participants[MATTHEW]  # his turns and places would point at no one
    host.console().start_session()
    host.console().give_floor(MATTHEW)
    number = host.library.repository.change_sequence()
    before = tables(host)
    logged = len(host.library.shared_log(host.shared.session_id))
    with pytest.raises(SessionFileError):
        host.shared.apply_update(rapporteur.shared.get_update(host.shared.get_state()))
    assert host.library.repository.change_sequence() == number
    assert tables(host) == before
    # The update is kept all the same: the others have it, and a later one may make the session whole.
    assert len(host.library.shared_log(host.shared.session_id)) == logged + 1
    rapporteur.stop()


def test_a_change_to_another_session_is_not_shared(host):
    before = host.shared.get_state()
    assert host.library.create_session(Session(id="other", title="Another session"), []) == "other"
    assert host.shared.get_state() == before
    assert host.heard[-1].session_id == "other"


def test_a_local_change_writes_exactly_the_items_it_names_into_the_document(host):
    written: dict[str, set[str]] = {}

    def watch(name: str) -> None:
        host.shared.document.root(name).observe(lambda event: written.setdefault(name, set()).update(event.keys))

    for name in ("session", "participants", "segments", "interventions", "queue", "notes", "report"):
        watch(name)
    console = host.console()
    note = console.add_note("One note")
    assert written == {"notes": {note.id}}
    written.clear()
    entry = console.enqueue(MATTHEW)
    assert written == {"queue": {entry.id}}
    written.clear()
    console.update_note(note.id, text="Edited")
    assert written == {"notes": {note.id}}
    written.clear()
    console.update_session(replace(console.session, venue="Room 9"))
    assert written == {"session": {"venue"}}


def test_entries_queued_at_once_on_two_laptops_end_in_the_same_order_on_both(tmp_path, host):
    online = join(tmp_path, host, "online")
    moderator, remote = host.console(), online.console()
    queued = {e.participant_id for e in moderator.snapshot.queue}
    one, other = [p.id for p in moderator.snapshot.participants if p.id not in queued][:2]
    # Both put someone at the end of the same queue while the link is down: one place, two entries.
    mine = moderator.enqueue(one)
    theirs = remote.enqueue(other)
    first = remote.add_remote(name="Remote One", text="First")
    exchange(host, online)
    assert [e.id for e in moderator.snapshot.queue] == [e.id for e in remote.snapshot.queue]
    assert {mine.id, theirs.id} <= {e.id for e in moderator.snapshot.queue}
    assert [e.id for e in moderator.snapshot.remote_queue] == [first.id]
    # A later move on one laptop is a move on both.
    moderator.move_entry(moderator.snapshot.queue[-1].id, 0)
    exchange(host, online)
    assert [e.id for e in remote.snapshot.queue] == [e.id for e in moderator.snapshot.queue]
    assert_same_session(host, online)
    online.stop()


def test_the_host_relays_what_one_joiner_did_to_the_other(tmp_path, host):
    online, rapporteur = join(tmp_path, host, "online"), join(tmp_path, host, "rapporteur")
    request = online.console().add_remote(name="Remote One", platform="YouTube", text="From the comments")
    note = rapporteur.console().add_note("Written by the rapporteur")
    # Joiners reach only the host, as over the network: the host passes each one's work on.
    exchange(host, online)
    exchange(host, rapporteur)
    exchange(host, online)
    assert [e.id for e in rapporteur.library.load(host.shared.session_id).remote_queue][-1] == request.id
    assert note.id in {n.id for n in online.library.load(host.shared.session_id).notes}
    assert_same_session(host, online, rapporteur)
    online.stop()
    rapporteur.stop()


def test_a_section_started_on_two_laptops_at_once_keeps_both_texts_and_a_reset_reaches_both(tmp_path, host):
    rapporteur = join(tmp_path, host, "rapporteur")
    first, second = host.console(), rapporteur.console()
    report, key = section_key(first, host.clock)
    first.save_section_edit(report, key, "Onsite: key issues.")
    second.save_section_edit(report, key, "Online: questions.")
    exchange(host, rapporteur)
    merged = first.report_sections(TEMPLATE)[key].text
    assert merged == second.report_sections(TEMPLATE)[key].text
    assert merged in ("Onsite: key issues.Online: questions.", "Online: questions.Onsite: key issues.")
    second.reset_section_edit(TEMPLATE, key)
    exchange(host, rapporteur)
    assert key not in first.report_sections(TEMPLATE)
    assert_same_session(host, rapporteur)
    rapporteur.stop()


def test_someone_removed_on_one_laptop_while_queued_and_noted_on_the_other_is_settled_alike(tmp_path, host):
    rapporteur = join(tmp_path, host, "rapporteur")
    moderator, notes = host.console(), rapporteur.console()
    zed = moderator.add_participant(ParticipantDraft(name="Zed Newcomer"))
    exchange(host, rapporteur)
    # Offline: the moderator removes Zed; the rapporteur queues him and writes a note about him.
    moderator.remove_participant(zed.id)
    notes.enqueue(zed.id)
    note = notes.add_note("Zed wants the floor")
    notes.update_note(note.id, participant_id=zed.id)
    exchange(host, rapporteur)
    exchange(host, rapporteur)
    assert_same_session(host, rapporteur)
    for console in (moderator, notes):
        assert zed.id not in {e.participant_id for e in console.snapshot.queue}
        (kept,) = [n for n in console.snapshot.notes if n.id == note.id]
        assert (kept.text, kept.participant_id) == ("Zed wants the floor", None)
    rapporteur.stop()
