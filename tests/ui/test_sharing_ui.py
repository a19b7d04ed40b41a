"""Share a session from one window, join it from another (two data folders, one process)."""

from __future__ import annotations

import socket
import threading
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from moderator_app.domain.session import Session
from moderator_app.services.library import Library
from moderator_app.sync.certificate import HostCertificate
from moderator_app.sync.discovery import Announcement
from moderator_app.sync.join_code import JoinCode
from moderator_app.system.paths import AppPaths
from moderator_app.system.resources import countries, regions
from moderator_app.system.settings import LAYOUT_ROLE, read
from moderator_app.ui.bridge import ConsoleBridge
from moderator_app.ui.common import message_box
from moderator_app.ui.handlers.live import AppContext
from moderator_app.ui.window.main_window import MainWindow
from moderator_app.ui.window.role_layouts import ONLINE_MODERATOR, RAPPORTEUR
from tests.support import FakeClock

pytestmark = pytest.mark.network

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
#: A bound on a hang on loopback, not a timing assertion.
PATIENCE_MS = 20_000


class NoFinder:
    """The join dialog's network search, finding nothing (the tests type the address)."""

    def found(self) -> list[object]:
        return []

    def close(self) -> None:
        pass


@pytest.fixture
def open_window(qtbot, tmp_path: Path) -> Iterator[Callable[[str, bool], MainWindow]]:
    """A window on its own data folder: on the demo session, or on a new empty one."""
    libraries: list[Library] = []

    def build(name: str, demo: bool) -> MainWindow:
        library = Library.open(AppPaths(tmp_path / name), FakeClock())
        libraries.append(library)
        if demo:
            session_id = library.ensure_demo()
        else:
            session_id = library.create_session(Session(id=str(uuid.uuid4()), title="Here"), [])
        settings = QSettings(str(tmp_path / f"{name}.ini"), QSettings.Format.IniFormat)
        window = MainWindow(
            ConsoleBridge(library.open_console(session_id)), AppContext(library, countries(), regions()), settings
        )
        window.tick_timer.stop()
        window.layout_timer.stop()
        window.sharing.port = 0  # any free port: tests run side by side
        window.sharing.make_finder = lambda _changed: NoFinder()
        qtbot.addWidget(window)
        window.show()
        return window

    yield build
    for library in libraries:
        library.close()


def share(qtbot, window: MainWindow) -> str:
    """Session → Share this session…; the address the dialog shows, on loopback."""
    window.act["share_session"].trigger()
    dialog = window.sharing.share_dialog
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    qtbot.waitUntil(lambda: dialog.code_label.text() != "—", timeout=PATIENCE_MS)
    port = dialog.address_label.text().split(",")[0].rsplit(":", 1)[1]
    return f"127.0.0.1:{port}"


def ask_join(qtbot, window: MainWindow, code: str, address: str, role: str = "rapporteur"):
    window.act["join_shared"].trigger()
    dialog = window.sharing.join_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.code_edit, code)
    qtbot.keyClicks(dialog.address_edit, address)
    dialog.role_box.setCurrentIndex(dialog.role_box.findData(role))
    qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
    return dialog


def share_and_join(qtbot, open_window, role: str = "rapporteur") -> tuple[MainWindow, MainWindow, str, str]:
    """The demo shared from one window and joined from another (on a new session) with ``role``:
    the host, the joined window, the code and the address."""
    host = open_window("onsite", True)
    address = share(qtbot, host)
    code = host.sharing.share_dialog.code_label.text()
    joined = open_window(role, False)
    ask_join(qtbot, joined, code, address, role)
    shared_id = host.bridge.console.session_id
    qtbot.waitUntil(lambda: joined.bridge.console.session_id == shared_id, timeout=PATIENCE_MS)
    return host, joined, code, address


def type_note(qtbot, window: MainWindow, text: str) -> None:
    qtbot.keyClicks(window.quick_note.edit, text)
    qtbot.keyClick(window.quick_note.edit, Qt.Key.Key_Return)
    assert text in note_texts(window)


def note_texts(window: MainWindow) -> list[str]:
    model = window.notes_panel.model
    return [model.row_object(row).note.text for row in range(model.rowCount())]


def test_a_note_typed_on_the_host_reaches_the_joined_window_and_back(qtbot, open_window) -> None:
    host = open_window("onsite", True)
    address = share(qtbot, host)
    shared_id = host.bridge.console.session_id
    code = host.sharing.share_dialog.code_label.text()
    assert "Sharing" in host.sharing.status_label.text()

    rapporteur = open_window("rapporteur", False)
    ask_join(qtbot, rapporteur, code, address)
    qtbot.waitUntil(lambda: rapporteur.bridge.console.session_id == shared_id, timeout=PATIENCE_MS)
    assert rapporteur.sharing.join_dialog is None  # closed once joined
    said = rapporteur.sharing.status_label.text()
    assert "Joined" in said and "as rapporteur" in said and rapporteur.sharing.status_label.isVisible()
    assert read(rapporteur.settings, LAYOUT_ROLE) == RAPPORTEUR  # laid out for the notes
    peers = host.sharing.share_dialog.peers_list
    qtbot.waitUntil(lambda: peers.count() == 1 and "rapporteur" in peers.item(0).text(), timeout=PATIENCE_MS)
    assert "rapporteur" in host.sharing.status_label.text()
    # Each window offers what its laptop does: the rapporteur's the notes, not the floor.
    assert not rapporteur.act["next"].isEnabled() and rapporteur.act["quick_note"].isEnabled()
    assert not rapporteur.act["share_session"].isEnabled() and not rapporteur.act["join_shared"].isEnabled()
    assert rapporteur.act["leave_shared"].text() == "&Leave the shared session"
    assert not host.act["join_shared"].isEnabled() and host.act["leave_shared"].text() == "&Stop sharing"

    type_note(qtbot, host, "The chair opens the floor")
    qtbot.waitUntil(lambda: "The chair opens the floor" in note_texts(rapporteur), timeout=PATIENCE_MS)
    type_note(qtbot, rapporteur, "Key point: access")
    qtbot.waitUntil(lambda: "Key point: access" in note_texts(host), timeout=PATIENCE_MS)

    rapporteur.sharing.stop()
    host.sharing.stop()
    # Its own copy now: every command of the window is the rapporteur's again.
    assert rapporteur.act["next"].isEnabled() and rapporteur.act["join_shared"].isEnabled()
    assert not host.act["leave_shared"].isEnabled() and host.act["join_shared"].isEnabled()


def test_stop_sharing_closes_the_port(qtbot, open_window) -> None:
    host = open_window("onsite", True)
    address = share(qtbot, host)
    port = int(address.rsplit(":", 1)[1])
    dialog = host.sharing.share_dialog
    qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
    assert host.sharing.link is None
    assert not host.sharing.status_label.isVisible()
    assert "port is closed" in dialog.session_label.text()
    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", port), timeout=5):
        pass


def test_a_wrong_code_is_said_in_the_dialog(qtbot, open_window) -> None:
    host = open_window("onsite", True)
    address = share(qtbot, host)
    real = host.sharing.share_dialog.code_label.text()
    rapporteur = open_window("rapporteur", False)
    here = rapporteur.bridge.console.session_id

    mistyped = ("1" if real[0] != "1" else "2") + real[1:]
    dialog = ask_join(qtbot, rapporteur, mistyped, address)
    assert dialog.isVisible() and dialog.join_button.isEnabled()
    assert "code" in dialog.status_label.text().lower()  # caught by the check characters, nothing sent

    # The host's certificate with another secret: a code from an earlier share, say.
    fingerprint = HostCertificate.load_or_create(host.sharing.library.paths.data_dir).fingerprint
    another_share = JoinCode.new(fingerprint).text()
    dialog.code_edit.setText(another_share)
    qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "refused the join code" in dialog.status_label.text(), timeout=PATIENCE_MS)
    assert dialog.isVisible() and dialog.join_button.isEnabled()
    assert rapporteur.sharing.link is None and rapporteur.bridge.console.session_id == here
    host.sharing.stop()


def test_a_lost_link_is_said_and_leaving_keeps_the_copy(qtbot, open_window, monkeypatch) -> None:
    host, rapporteur, _code, _address = share_and_join(qtbot, open_window, "online-moderator")
    shared_id = host.bridge.console.session_id
    assert "as online moderator" in rapporteur.sharing.status_label.text()
    assert read(rapporteur.settings, LAYOUT_ROLE) == ONLINE_MODERATOR  # the remote queue in front

    peers = host.sharing.share_dialog.peers_list
    qtbot.waitUntil(lambda: "online moderator" in peers.item(0).text(), timeout=PATIENCE_MS)
    # With a laptop connected, stopping is confirmed: a key pressed by mistake cuts no one off.
    asked: list[str] = []
    answers = [message_box.Button.No, message_box.Button.Yes]
    monkeypatch.setattr(message_box, "question", lambda _p, _t, text, **_k: asked.append(text) or answers.pop(0))
    host.act["leave_shared"].trigger()
    assert "online moderator will lose the link" in asked[0] and "new code" in asked[0]
    assert host.sharing.link is not None  # "No": still sharing
    host.act["leave_shared"].trigger()  # stops sharing: the joined laptop loses its link
    assert host.sharing.link is None and len(asked) == 2
    label = rapporteur.sharing.status_label
    qtbot.waitUntil(lambda: "lost" in label.text(), timeout=PATIENCE_MS)
    assert "joining again" in label.text() and label.isVisible()

    rapporteur.act["leave_shared"].trigger()
    assert rapporteur.sharing.link is None and not label.isVisible()
    assert "keeps its copy" in rapporteur.message_label.text()
    assert rapporteur.sharing.library.exists(shared_id)
    # Nothing left to leave: the command is off, and its key says why.
    assert not rapporteur.act["leave_shared"].isEnabled()
    rapporteur.focus_timer()
    qtbot.keyClick(rapporteur.timer_panel, Qt.Key.Key_L, CTRL_SHIFT)
    assert "not sharing" in rapporteur.message_label.text()


def test_a_laptop_that_already_holds_the_session_joins_and_joins_again_after_leaving(qtbot, open_window) -> None:
    host = open_window("onsite", True)
    address = share(qtbot, host)
    code = host.sharing.share_dialog.code_label.text()
    # Both laptops opened the demo session: the same session, the same id, before any link.
    online = open_window("online", True)
    assert online.bridge.console.session_id == host.bridge.console.session_id
    for attempt in ("first", "again"):
        ask_join(qtbot, online, code, address, "online-moderator")
        label = online.sharing.status_label
        # The dialog closes once joined.
        qtbot.waitUntil(lambda: online.sharing.join_dialog is None, timeout=PATIENCE_MS)
        assert "Joined" in label.text() and label.isVisible(), attempt
        said = f"Said on the host, {attempt}"
        type_note(qtbot, host, said)
        qtbot.waitUntil(lambda said=said: said in note_texts(online), timeout=PATIENCE_MS)
        online.sharing.stop()
    host.sharing.stop()


def test_joining_again_opens_the_copy_this_laptop_kept(qtbot, open_window) -> None:
    host = open_window("onsite", True)
    address = share(qtbot, host)
    code = host.sharing.share_dialog.code_label.text()
    shared_id = host.bridge.console.session_id
    rapporteur = open_window("rapporteur", False)
    own = rapporteur.bridge.console.session_id
    ask_join(qtbot, rapporteur, code, address)
    qtbot.waitUntil(lambda: rapporteur.bridge.console.session_id == shared_id, timeout=PATIENCE_MS)
    rapporteur.act["leave_shared"].trigger()
    rapporteur.commands.open_console(own)  # on with its own work, as after a restart
    type_note(qtbot, host, "Said while the rapporteur was away")

    ask_join(qtbot, rapporteur, code, address)  # the same code: the share still runs
    qtbot.waitUntil(lambda: rapporteur.bridge.console.session_id == shared_id, timeout=PATIENCE_MS)
    assert rapporteur.sharing.join_dialog is None
    assert "Joined" in rapporteur.sharing.status_label.text() and rapporteur.sharing.status_label.isVisible()
    qtbot.waitUntil(lambda: "Said while the rapporteur was away" in note_texts(rapporteur), timeout=PATIENCE_MS)
    rapporteur.sharing.stop()
    host.sharing.stop()


def test_a_port_in_use_is_said_in_plain_words(qtbot, open_window) -> None:
    host = open_window("onsite", True)
    with socket.socket() as taken:
        taken.bind(("0.0.0.0", 0))
        taken.listen()
        host.sharing.port = taken.getsockname()[1]
        host.act["share_session"].trigger()
        dialog = host.sharing.share_dialog
        qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=PATIENCE_MS)
    said = dialog.error_label.text()
    assert said.startswith("Could not share: cannot listen on port") and "in use" in said
    assert host.sharing.link is None and not host.sharing.status_label.isVisible()
    assert not dialog.stop_button.isEnabled()
    assert said in host.message_label.text()


def test_closing_the_window_closes_the_port(qtbot, open_window) -> None:
    host = open_window("onsite", True)
    port = int(share(qtbot, host).rsplit(":", 1)[1])
    host.close()
    assert host.sharing.link is None
    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", port), timeout=5):
        pass


class Heard:
    """A network search that hears one announcement when told to, on another thread as zeroconf does."""

    def __init__(self, changed: Callable[[], None]) -> None:
        self.changed = changed
        self.seen: list[Announcement] = []

    def found(self) -> list[Announcement]:
        return list(self.seen)

    def close(self) -> None:
        pass


def test_a_session_found_on_the_network_is_listed_and_picking_it_fills_the_address(qtbot, open_window) -> None:
    host = open_window("onsite", True)
    address = share(qtbot, host)
    code = host.sharing.share_dialog.code_label.text()
    shared_id = host.bridge.console.session_id
    rapporteur = open_window("rapporteur", False)
    finders: list[Heard] = []

    def make_finder(changed: Callable[[], None]) -> Heard:
        finders.append(Heard(changed))
        return finders[-1]

    rapporteur.sharing.make_finder = make_finder
    rapporteur.act["join_shared"].trigger()
    dialog = rapporteur.sharing.join_dialog
    assert dialog.found_list.count() == 1 and "None found" in dialog.found_list.item(0).text()
    host_name, port = address.rsplit(":", 1)
    finders[0].seen.append(Announcement("IGF <b>Open</b> Forum", host_name, int(port), "00"))
    threading.Thread(target=finders[0].changed).start()
    qtbot.waitUntil(lambda: "IGF <b>Open</b> Forum" in dialog.found_list.item(0).text(), timeout=PATIENCE_MS)
    dialog.found_list.setCurrentRow(0)
    assert dialog.address_edit.text() == address
    qtbot.keyClicks(dialog.code_edit, code)
    qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: rapporteur.bridge.console.session_id == shared_id, timeout=PATIENCE_MS)
    rapporteur.sharing.stop()
    host.sharing.stop()


def crash(window: MainWindow) -> None:
    """The window's link ends as in a crash: no leave, no stop, nothing forgotten."""
    link = window.sharing.link
    assert link is not None
    window.sharing.link = None
    link.stop()


def test_a_joined_window_stopped_without_leaving_joins_again_by_itself(qtbot, open_window) -> None:
    from moderator_app.sync.kept_code import kept_join

    host = open_window("onsite", True)
    address = share(qtbot, host)
    code = host.sharing.share_dialog.code_label.text()
    shared_id = host.bridge.console.session_id
    rapporteur = open_window("rapporteur", False)
    data_dir = rapporteur.sharing.library.paths.data_dir
    assert kept_join(data_dir) is None
    ask_join(qtbot, rapporteur, code, address)
    qtbot.waitUntil(lambda: rapporteur.bridge.console.session_id == shared_id, timeout=PATIENCE_MS)
    kept = kept_join(data_dir)
    assert kept is not None and kept.role == "rapporteur" and kept.session_id == shared_id
    assert kept.invitation.code.text() == code and kept.invitation.addresses == (address,)

    crash(rapporteur)
    # Nothing changed on the host meanwhile: the copy here is current, and joining again says so.
    rapporteur.sharing.resume_interrupted()  # what the next start does
    assert "again" in rapporteur.sharing.status_label.text()
    qtbot.waitUntil(lambda: "Joined" in rapporteur.sharing.status_label.text(), timeout=PATIENCE_MS)
    assert rapporteur.sharing.state.role == "rapporteur"
    type_note(qtbot, host, "Said once the rapporteur was back")
    qtbot.waitUntil(lambda: "Said once the rapporteur was back" in note_texts(rapporteur), timeout=PATIENCE_MS)

    rapporteur.act["leave_shared"].trigger()  # a clean leave: the next start joins nothing
    assert kept_join(data_dir) is None
    rapporteur.sharing.resume_interrupted()
    assert rapporteur.sharing.link is None
    host.sharing.stop()


def test_a_sharing_window_stopped_without_stopping_shares_again_with_the_same_code(qtbot, open_window) -> None:
    host = open_window("onsite", True)
    share(qtbot, host)
    code = host.sharing.share_dialog.code_label.text()
    crash(host)
    host.sharing.resume_interrupted()
    dialog = host.sharing.share_dialog
    qtbot.waitUntil(lambda: dialog.code_label.text() != "—", timeout=PATIENCE_MS)
    assert dialog.code_label.text() == code  # the laptops that had joined come back by themselves
    assert "same code" in host.message_label.text()
    host.sharing.stop()  # a clean stop: the next start shares nothing by itself
    host.sharing.resume_interrupted()
    assert host.sharing.link is None


def test_a_change_the_host_refuses_is_undone_here_and_the_window_says_why(qtbot, open_window) -> None:
    host, rapporteur, _code, _address = share_and_join(qtbot, open_window)
    console = rapporteur.bridge.console
    # A path the window's rules do not cover (the console itself): the host refuses the turn.
    console.give_floor(console.snapshot.queue[0].participant_id)
    qtbot.waitUntil(lambda: "refused" in rapporteur.message_label.text(), timeout=PATIENCE_MS)
    said = rapporteur.message_label.text()
    assert "as rapporteur" in said and "interventions" in said and "Restore from backup" in said
    # The copy as it was before joining was backed up when the join began.
    backups, _unreadable = rapporteur.sharing.library.list_backups()
    assert [backup.reason for backup in backups] == ["join"]
    qtbot.waitUntil(lambda: rapporteur.bridge.console.snapshot.current_intervention is None, timeout=PATIENCE_MS)
    assert host.bridge.console.snapshot.current_intervention is None
    rapporteur.sharing.stop()
    host.sharing.stop()
