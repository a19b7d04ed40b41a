"""Every laptop shows the same time: a joined laptop whose clock is 5 s ahead of the host's reads the
host's running turn as the host does, once the link has measured the offset."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path

import pytest
from pycrdt import Doc

from moderator_app.domain.clock import Instant
from moderator_app.services.library import Library
from moderator_app.sync.certificate import HostCertificate
from moderator_app.sync.link_host import ShareHost
from moderator_app.sync.link_peer import SharePeer
from moderator_app.sync.shared_session import SharedSession
from moderator_app.system.clock import SystemClock, on_host_time
from moderator_app.system.paths import AppPaths
from tests.support import FakeClock

pytestmark = pytest.mark.network

#: The host's wall clock against the joined laptop's: 5 s behind (the joiner would read 5 s too much).
HOST_OFFSET = -5.0


class OtherMachine:
    """The host's clock: another machine (its own boot), whose wall time is 5 s behind this one's."""

    def __init__(self) -> None:
        self._here = SystemClock()

    def now(self) -> Instant:
        here = self._here.now()
        return Instant(here.monotonic + 1000.0, here.wall + timedelta(seconds=HOST_OFFSET), "the-host-machine")

    def wall_seconds(self) -> float:
        return self.now().wall.timestamp()


def test_the_wall_time_moves_by_the_offset_and_the_durations_stay_steady():
    base = FakeClock()
    shifted = on_host_time(base)
    before = shifted.now()
    shifted.offset_seconds = 5.0
    base.advance(2)
    after = shifted.now()
    assert (after.wall - before.wall).total_seconds() == pytest.approx(7.0)
    assert after.monotonic - before.monotonic == pytest.approx(2.0)
    assert after.boot_id == before.boot_id == base.now().boot_id


def test_a_joined_laptop_reads_the_hosts_running_turn_as_the_host_does(tmp_path: Path) -> None:
    host_clock = OtherMachine()
    peer_clock = on_host_time(SystemClock())
    host_library = Library.open(AppPaths(tmp_path / "host"), host_clock)
    peer_library = Library.open(AppPaths(tmp_path / "peer"), peer_clock)
    session_id = host_library.ensure_demo()
    host_console = host_library.open_console(session_id)
    host_shared = SharedSession(host_library, session_id)
    opened: list[SharedSession] = []

    def document_for(shared_id: str) -> Doc:
        opened.append(SharedSession(peer_library, shared_id))
        return opened[0].document.doc

    async def scenario() -> tuple[float, float]:
        measured = asyncio.Event()
        host = ShareHost(
            lambda: host_shared.document.doc,
            HostCertificate.load_or_create(tmp_path / "host"),
            session_id=session_id,
            bind="127.0.0.1",
            clock=host_clock.wall_seconds,
            on_received=lambda origin: host_shared.pull(origin=origin),
        )
        info = await host.start(0)

        def on_offset(seconds: float) -> None:
            peer_clock.offset_seconds = seconds
            measured.set()

        peer = SharePeer(
            host.code,
            f"127.0.0.1:{info.port}",
            document_for,
            "rapporteur",
            on_offset=on_offset,
            on_received=lambda origin: opened[0].pull(origin=origin),
        )
        task = asyncio.create_task(peer.run())
        try:
            await asyncio.wait_for(measured.wait(), 30)
            host_console.next_speaker()
            async with asyncio.timeout(30):
                while not (peer_library.exists(session_id) and peer_library.load(session_id).current_intervention):
                    await asyncio.sleep(0.01)
            peer_console = peer_library.open_console(session_id)
            return host_console.reading().timer.speaking_seconds, peer_console.reading().timer.speaking_seconds
        finally:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
            await host.stop()

    try:
        on_host, on_peer = asyncio.run(scenario())
    finally:
        for shared in (host_shared, *opened):
            shared.close()
        host_library.close()
        peer_library.close()
    assert peer_clock.offset_seconds == pytest.approx(HOST_OFFSET, abs=0.1)
    # Read a moment apart, on two clocks 5 s apart: the same within 100 ms (5 s apart without the offset).
    assert on_peer == pytest.approx(on_host, abs=0.1)
