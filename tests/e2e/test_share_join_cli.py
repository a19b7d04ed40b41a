"""``share`` and ``join`` as real processes on loopback: they link, converge, and stop on SIGTERM."""

from __future__ import annotations

import json
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from moderator_app.services.library import Library
from moderator_app.sync.certificate import HostCertificate
from moderator_app.sync.join_code import Invitation, JoinCode
from moderator_app.system.clock import SystemClock
from moderator_app.system.paths import AppPaths
from tests.e2e.cli_support import assert_clean_error, run_cli
from tests.e2e.driver_process import REPO_ROOT, STARTUP_DEADLINE_SECONDS, driver_env

pytestmark = pytest.mark.network


class Command:
    """One ``link_driver`` process, its stdout read on a thread so every read has a deadline."""

    def __init__(self, data_dir: Path, item: str, *args: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.e2e.link_driver", item, "--", "--data-dir", str(data_dir), *args],
            cwd=REPO_ROOT,
            env=driver_env(data_dir),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        self.lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)

    def line_where(self, wanted: str, condition: object = None) -> str:
        """The first line from now that starts with ``wanted`` (and meets ``condition``)."""
        deadline = time.monotonic() + STARTUP_DEADLINE_SECONDS
        while True:
            try:
                line = self.lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                pytest.fail(f"no line starting {wanted!r} within {STARTUP_DEADLINE_SECONDS:.0f} s")
            if line is None:
                pytest.fail(f"the command exited ({self.process.wait()}) before {wanted!r}:\n{self.stderr()}")
            if line.startswith(wanted) and (condition is None or condition(line)):  # type: ignore[operator]
                return line

    def join_code(self) -> str:
        """The join code a ``share`` prints (its first line about the share)."""
        return self.line_where("Join code: ").removeprefix("Join code: ")

    def port(self) -> int:
        """The port of the address a ``share`` prints after the code."""
        return int(self.line_where("Address: ").rsplit(":", 1)[1])

    def kill_9(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=STARTUP_DEADLINE_SECONDS)

    def terminate(self) -> int:
        self.process.send_signal(signal.SIGTERM)
        return self.process.wait(timeout=STARTUP_DEADLINE_SECONDS)

    def stderr(self) -> str:
        return self.process.stderr.read() if self.process.stderr else ""

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=30)


def _session_in(data_dir: Path) -> str:
    with Library.open(AppPaths.resolve(data_dir), SystemClock()) as library:
        return library.ensure_demo()


def _both_items(line: str) -> bool:
    return set(json.loads(line.removeprefix("DOC "))["items"]) == {"host item", "peer item"}


def test_share_and_join_link_converge_and_stop_cleanly_on_sigterm(tmp_path: Path) -> None:
    session_id = _session_in(tmp_path / "host")
    host = Command(tmp_path / "host", "host item", "share", session_id, "--port", "0")
    peer: Command | None = None
    try:
        code = host.join_code()
        port = host.port()
        peer = Command(
            tmp_path / "peer", "peer item", "join", code, "--address", f"127.0.0.1:{port}", "--role", "rapporteur"
        )
        assert peer.line_where("Joined session ") == f"Joined session {session_id} as rapporteur."
        # Each side is told where what it received came from: the joiner's role, or the host.
        assert json.loads(peer.line_where("DOC ", _both_items)[4:])["origin"] == "host"
        assert json.loads(host.line_where("DOC ", _both_items)[4:])["origin"] == "rapporteur"

        assert peer.terminate() == 0
        assert peer.line_where("Left the shared session.")
        assert "Traceback" not in peer.stderr()
        assert host.terminate() == 0
        assert host.line_where("Stopped sharing: the port is closed.")
        host_log = host.stderr()
        assert "Traceback" not in host_log
        assert "joined as rapporteur" in host_log
        assert code not in host_log
        with pytest.raises(ConnectionRefusedError):
            socket.create_connection(("127.0.0.1", port), timeout=5).close()
    finally:
        host.close()
        if peer is not None:
            peer.close()


def test_join_takes_the_invitation_of_the_qr_code_in_place_of_the_code_and_address(tmp_path: Path) -> None:
    session_id = _session_in(tmp_path / "host")
    host = Command(tmp_path / "host", "host item", "share", session_id, "--port", "0")
    peer: Command | None = None
    try:
        code = host.join_code()
        port = host.port()
        printed = host.line_where("Invitation ").split(": ", 1)[1]
        assert Invitation.parse(printed).code.text() == code
        # Discovery is off (--look 0): the invitation's address is the only way to the host.
        invitation = Invitation(JoinCode.parse(code), (f"127.0.0.1:{port}",)).text()
        peer = Command(tmp_path / "peer", "peer item", "join", invitation, "--look", "0", "--role", "rapporteur")
        assert peer.line_where("Joined session ") == f"Joined session {session_id} as rapporteur."
        assert json.loads(peer.line_where("DOC ", _both_items)[4:])["origin"] == "host"
        assert peer.terminate() == 0
        assert host.terminate() == 0
        assert code not in host.stderr()
    finally:
        host.close()
        if peer is not None:
            peer.close()


def test_join_without_an_address_finds_the_host_the_code_names_on_the_network(tmp_path: Path) -> None:
    session_id = _session_in(tmp_path / "host")
    host = Command(tmp_path / "host", "host item", "share", session_id, "--port", "0")
    peer: Command | None = None
    try:
        code = host.join_code()
        peer = Command(tmp_path / "peer", "peer item", "join", code, "--look", "30", "--role", "online-moderator")
        assert peer.line_where("Joined session ") == f"Joined session {session_id} as online-moderator."
        assert json.loads(peer.line_where("DOC ", _both_items)[4:])["origin"] == "host"
        assert peer.terminate() == 0
        assert host.terminate() == 0
    finally:
        host.close()
        if peer is not None:
            peer.close()


def test_join_without_an_address_says_to_type_it_when_no_host_is_announced(tmp_path: Path) -> None:
    code = JoinCode.new(HostCertificate.load_or_create(tmp_path / "elsewhere").fingerprint).text()
    result = run_cli(tmp_path / "peer", "join", code, "--look", "1", "--role", "rapporteur")
    assert_clean_error(result, "no laptop sharing this code was found", "--address HOST:PORT")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_a_host_killed_and_restarted_keeps_its_code_and_the_peer_rejoins(tmp_path: Path) -> None:
    session_id = _session_in(tmp_path / "host")
    port = str(_free_port())
    host = Command(tmp_path / "host", "host item", "share", session_id, "--port", port)
    peer: Command | None = None
    restarted: Command | None = None
    try:
        code = host.join_code()
        peer = Command(
            tmp_path / "peer", "peer item", "join", code, "--address", f"127.0.0.1:{port}", "--role", "rapporteur"
        )
        peer.line_where("DOC ", _both_items)
        host.kill_9()
        peer.line_where("The link to the host dropped")

        restarted = Command(tmp_path / "host", "restarted item", "share", session_id, "--port", port)
        assert restarted.line_where("Join code: ") == f"Join code: {code}"
        # The peer rejoins by itself and gives the restarted host (a new, empty document here)
        # everything it had.
        assert peer.line_where("Joined session ") == f"Joined session {session_id} as rapporteur."
        restarted.line_where("DOC ", lambda line: {"host item", "peer item"} <= set(json.loads(line[4:])["items"]))
        assert restarted.terminate() == 0
        assert peer.terminate() == 0
    finally:
        for command in (host, peer, restarted):
            if command is not None:
                command.close()

    again = Command(tmp_path / "host", "host item", "share", session_id, "--port", port)
    try:
        assert again.line_where("Join code: ") != f"Join code: {code}"  # a clean stop forgot it
        assert again.terminate() == 0
    finally:
        again.close()


def test_join_refused_by_the_host_says_why_and_exits(tmp_path: Path) -> None:
    session_id = _session_in(tmp_path / "host")
    host = Command(tmp_path / "host", "host item", "share", session_id, "--port", "0")
    try:
        code = host.join_code()
        port = host.port()
        other_share = _code_from_another_share(code)
        result = run_cli(
            tmp_path / "peer", "join", other_share, "--address", f"127.0.0.1:{port}", "--role", "online-moderator"
        )
        assert result.returncode == 1
        assert result.stderr.strip().splitlines()[-1] == (
            "moderator-app: error: the host refused the join code: check it on the host's screen "
            "(a code from an earlier share no longer works)"
        )
        assert "Traceback" not in result.stderr
        assert host.terminate() == 0
        host_log = host.stderr().splitlines()
        assert [line for line in host_log if "127.0.0.1" in line] == [
            next(line for line in host_log if line.startswith("moderator-app: refused 127.0.0.1:"))
        ]
    finally:
        host.close()


def _code_from_another_share(code: str) -> str:
    """A code for the same host with another secret: what a code from yesterday's share looks like."""
    from moderator_app.sync.join_code import JoinCode

    parsed = JoinCode.parse(code)
    return JoinCode(bytes(len(parsed.secret)), parsed.fingerprint_prefix).text()


def test_join_says_what_is_wrong_with_a_mistyped_code_or_address(tmp_path: Path) -> None:
    mistyped = run_cli(tmp_path, "join", "ABCD-EFGH", "--address", "127.0.0.1:48765", "--role", "rapporteur")
    assert_clean_error(mistyped, "a join code has 24 letters and digits, this one has 8")
    assert mistyped.returncode == 2
    good_code = "0000-0000-0000-0000-0000-0000"
    no_port = run_cli(tmp_path, "join", good_code, "--address", "192.168.1.4", "--role", "rapporteur")
    assert_clean_error(no_port, "the address must be HOST:PORT")


def test_share_on_a_port_in_use_says_so(tmp_path: Path) -> None:
    session_id = _session_in(tmp_path)
    with socket.socket() as taken:
        taken.bind(("0.0.0.0", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [
                *(sys.executable, "-m", "tests.e2e.link_driver", "item", "--", "--data-dir", str(tmp_path)),
                *("share", session_id, "--port", str(port)),
            ],
            cwd=REPO_ROOT,
            env=driver_env(tmp_path),
            capture_output=True,
            text=True,
            timeout=STARTUP_DEADLINE_SECONDS,
            check=False,
        )
    assert_clean_error(result, f"cannot listen on port {port}: Address already in use")
    assert "Join code" not in result.stdout  # no code shown for a share that never started


def test_share_refuses_a_session_that_is_not_there(tmp_path: Path) -> None:
    _session_in(tmp_path)
    result = run_cli(tmp_path, "share", "no-such-session", "--port", "0")
    assert_clean_error(result, "no-such-session")
