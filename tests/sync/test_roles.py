"""What each role may change, and the host's gate applying it, on laptops with no network between
them (the link's own checks are in test_role_link.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pycrdt import Array, Map, Text

from moderator_app.domain.rapporteur import Attendance
from moderator_app.sync.roles import HOST_ROLE, ONLINE_MODERATOR, RAPPORTEUR, RoleGate, Touch, may_change, touches
from tests.sync.test_shared_session import (
    LEA,
    MATTHEW,
    Laptop,
    assert_same_session,
    host,  # noqa: F401 (the fixture)
    join,
    section_key,
    tables,
)


def entry(channel: str) -> str:
    return json.dumps({"channel": channel, "position": 0})


@pytest.mark.parametrize(
    ("role", "touch", "allowed"),
    [
        (HOST_ROLE, Touch("interventions", "t1", None, "{}"), True),
        (HOST_ROLE, Touch("session", "live", "false", "true"), True),
        (ONLINE_MODERATOR, Touch("queue", "q1", None, entry("remote")), True),
        (ONLINE_MODERATOR, Touch("queue", "q1", entry("remote"), None), True),
        (ONLINE_MODERATOR, Touch("queue", "q1", None, entry("main")), False),
        (ONLINE_MODERATOR, Touch("queue", "q1", entry("main"), None), False),
        (ONLINE_MODERATOR, Touch("queue", "q1", entry("remote"), entry("main")), False),
        (ONLINE_MODERATOR, Touch("queue", "q1", None, "not json"), False),
        (ONLINE_MODERATOR, Touch("participants", "p1", None, "{}"), True),
        (ONLINE_MODERATOR, Touch("participants", "p1", "{}", '{"name":"x"}'), False),
        (ONLINE_MODERATOR, Touch("participants", "p1", "{}", None), False),
        (ONLINE_MODERATOR, Touch("interventions", "t1", None, "{}"), False),
        (ONLINE_MODERATOR, Touch("segments", "s1", "{}", "{}"), False),
        (ONLINE_MODERATOR, Touch("session", "current_segment_id", "1", "2"), False),
        (ONLINE_MODERATOR, Touch("notes", "n1", None, "{}"), False),
        (ONLINE_MODERATOR, Touch("report:t:s", None, "", "x"), False),
        (RAPPORTEUR, Touch("notes", "n1", None, "{}"), True),
        (RAPPORTEUR, Touch("report", "t:s", None, '"draft"'), True),
        (RAPPORTEUR, Touch("report:t:s", None, "", "x"), True),
        (RAPPORTEUR, Touch("attendance", "attendance", None, "{}"), True),
        (RAPPORTEUR, Touch("queue", "q1", None, entry("remote")), False),
        (RAPPORTEUR, Touch("participants", "p1", None, "{}"), False),
        (RAPPORTEUR, Touch("contingents", "civil_society", None, "{}"), False),
        (RAPPORTEUR, Touch("elsewhere", None, None, None), False),
        ("someone-else", Touch("notes", "n1", None, "{}"), False),
    ],
)
def test_the_table_of_what_each_role_may_change(role: str, touch: Touch, allowed: bool) -> None:
    assert may_change(role, touch) is allowed


def send(sender: Laptop, receiver: Laptop, role: str) -> str | None:
    """What the sender has that the receiving host lacks, through its gate, then into its library."""
    update = sender.shared.get_update(receiver.shared.get_state())
    refused = RoleGate(lambda: receiver.shared.document.doc).admit(role, update)
    if refused is None:
        receiver.shared.document.doc.apply_update(update)
    receiver.shared.pull(origin=role)
    return refused


def back(source: Laptop, *peers: Laptop) -> None:
    """What the host holds that each peer lacks, as the link relays it."""
    for peer in peers:
        peer.shared.apply_update(source.shared.get_update(peer.shared.get_state()))


def test_an_update_names_the_items_it_changes(tmp_path: Path, host: Laptop) -> None:  # noqa: F811
    rapporteur = join(tmp_path, host, "rapporteur")
    held = host.shared.get_state()
    rapporteur.console().add_note("A note")
    rapporteur.console().give_floor(LEA)
    found = touches(host.shared.document.doc, rapporteur.shared.get_update(held))
    assert {touch.root for touch in found} == {"notes", "interventions", "queue", "session"}
    note = next(touch for touch in found if touch.root == "notes")
    assert note.before is None and "A note" in note.after
    rapporteur.stop()


def test_a_refused_change_is_undone_on_the_host_and_the_sender_returns_to_its_state(
    tmp_path: Path,
    host: Laptop,  # noqa: F811
) -> None:
    rapporteur, online = join(tmp_path, host, "rapporteur"), join(tmp_path, host, "online")
    before = tables(host)
    heard = len(host.heard)
    notes = rapporteur.console()
    notes.give_floor(LEA)
    notes.enqueue(MATTHEW)
    refused = send(rapporteur, host, RAPPORTEUR)
    assert refused is not None and "interventions" in refused and "main queue" in refused
    assert "Lea" not in refused and LEA not in refused  # what, never the content
    assert tables(host) == before
    assert len(host.heard) == heard  # nothing changed in the host's library
    back(host, rapporteur, online)
    assert tables(rapporteur) == tables(online) == before
    assert notes.snapshot == rapporteur.library.load(rapporteur.shared.session_id)
    assert notes.snapshot.current_intervention is None
    # The rapporteur's next updates follow the refused one and are taken as they come.
    notes.add_note("After the refusal")
    assert send(rapporteur, host, RAPPORTEUR) is None
    back(host, online)
    assert_same_session(host, rapporteur, online)
    assert [n.text for n in host.library.load(host.shared.session_id).notes] == ["After the refusal"]
    for laptop in (rapporteur, online):
        laptop.stop()


def test_an_update_with_a_refused_change_is_refused_whole(
    tmp_path: Path,
    host: Laptop,  # noqa: F811
) -> None:
    rapporteur = join(tmp_path, host, "rapporteur")
    notes = rapporteur.console()
    before = tables(host)
    # Work done apart, sent on joining as one update: notes and a report section, which are the
    # rapporteur's, and a move in the main queue, which is not.
    notes.add_note("Written apart")
    report, key = section_key(notes, rapporteur.clock)
    notes.save_section_edit(report, key, "The rapporteur's words")
    notes.save_attendance(Attendance(participants_onsite=40, women=12))
    notes.move_entry(notes.snapshot.queue[-1].id, 0)
    refused = send(rapporteur, host, RAPPORTEUR)
    assert refused is not None and refused.startswith("main queue")
    assert "notes" not in refused and "report" not in refused
    assert tables(host) == before
    back(host, rapporteur)
    # Row for row: the figures the refusal took back leave no empty row behind where the host has none.
    assert_same_session(host, rapporteur)
    assert notes.report_sections("igf-workshop") == {}
    assert notes.attendance() == Attendance()
    rapporteur.stop()


def test_the_online_moderators_remote_requests_pass_and_its_floor_changes_do_not(
    tmp_path: Path,
    host: Laptop,  # noqa: F811
) -> None:
    online = join(tmp_path, host, "online")
    remote = online.console()
    remote.add_remote(name="Remote One", platform="Zoom", text="A question from the chat")
    remote.add_remote(name="Remote Two", platform="Zoom", text="Another")
    remote.move_remote(remote.snapshot.remote_queue[1].id, 0)
    assert send(online, host, ONLINE_MODERATOR) is None
    assert [e.id for e in host.console().snapshot.remote_queue] == [e.id for e in remote.snapshot.remote_queue]
    before = tables(host)
    remote.interleave_remote()  # into the main queue: the onsite moderator's
    refused = send(online, host, ONLINE_MODERATOR)
    assert refused is not None and "queue" in refused
    assert tables(host) == before
    back(host, online)
    assert_same_session(host, online)
    online.stop()


def test_the_hosts_own_changes_always_pass(tmp_path: Path, host: Laptop) -> None:  # noqa: F811
    rapporteur = join(tmp_path, host, "rapporteur")
    held = rapporteur.shared.get_state()
    host.console().give_floor(LEA)
    assert RoleGate(lambda: rapporteur.shared.document.doc).admit(HOST_ROLE, host.shared.get_update(held)) is None
    rapporteur.stop()


@pytest.mark.parametrize("kind", [Map, Text, Array])
def test_a_root_the_session_does_not_have_is_refused_and_emptied(tmp_path: Path, host: Laptop, kind: type) -> None:  # noqa: F811
    rapporteur = join(tmp_path, host, "rapporteur")
    held = host.shared.get_state()
    root = rapporteur.shared.document.doc.get("elsewhere", type=kind)
    if kind is Map:
        root["key"] = "WRITTEN-ELSEWHERE"
    elif kind is Text:
        root.insert(0, "WRITTEN-ELSEWHERE")
    else:
        root.append("WRITTEN-ELSEWHERE")
    rapporteur.console().add_note("Beside it")
    refused = send(rapporteur, host, RAPPORTEUR)
    assert refused is not None and refused.startswith("elsewhere")
    answer = host.shared.get_update(held)
    assert b"WRITTEN-ELSEWHERE" not in answer and b"Beside it" not in answer
    back(host, rapporteur)
    assert b"WRITTEN-ELSEWHERE" not in rapporteur.shared.get_update()
    assert_same_session(host, rapporteur)
    rapporteur.stop()
