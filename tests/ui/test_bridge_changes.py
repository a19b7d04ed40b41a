"""The bridge forwards the console's Change as it is, and a newly attached console as a whole."""

from __future__ import annotations

from moderator_app.domain.changes import Change, Part
from moderator_app.services.console import SessionConsole
from moderator_app.ui.bridge import ConsoleBridge

MATTHEW = "7c1d2e5a-2017-4c1d-9e1f-100000000007"


def test_a_command_is_forwarded_with_what_it_changed(qtbot, console: SessionConsole) -> None:
    bridge = ConsoleBridge(console)
    emitted: list[Change] = []
    bridge.changed.connect(emitted.append)
    told: list[Change] = []
    console.subscribe(told.append)
    entry = bridge.run(lambda: console.enqueue(MATTHEW))
    assert entry is not None
    assert emitted == told and len(told) == 1
    assert not emitted[0].whole and emitted[0].parts == {Part.QUEUE}
    assert entry.id in emitted[0].ids[Part.QUEUE]


def test_attaching_a_console_emits_everything_at_the_current_number(qtbot, console: SessionConsole) -> None:
    bridge = ConsoleBridge(console)
    console.add_note("Taken before the console is attached again")
    emitted: list[Change] = []
    bridge.changed.connect(emitted.append)
    bridge.attach(console)
    assert emitted == [Change.everything(console.change_sequence(), console.session_id)]
    console.add_note("Heard once, not twice")
    assert len(emitted) == 2 and emitted[1].sequence == emitted[0].sequence + 1
