"""Live sharing's figures: a change from the host to a joined laptop's library, catching up, the clock.

Prints figures and asserts nothing. Runs a real host (ShareHost) and a real joined laptop
(SharePeer) on loopback in one process, each with its own data folder, library and shared session,
over the TLS link the app uses:

- **change latency**: from a note saved on the host (the console's command, committed) to the note
  committed in the joined laptop's library, p50 and p99 over ``--changes`` notes;
- **catch-up**: two laptops each save ``--offline`` notes while apart, then exchange what the other
  lacks (as the link does when it comes back) until both libraries hold all of them;
- **clock offset**: the offset the joined laptop measures to a host whose clock is 5 s ahead.

Usage: python benchmarks/sharing.py [--changes 500] [--offline 500]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import percentile
from moderator_app.domain.changes import Change, Part
from moderator_app.services.library import Library
from moderator_app.sync.certificate import HostCertificate
from moderator_app.sync.link_host import ShareHost
from moderator_app.sync.link_peer import SharePeer
from moderator_app.sync.shared_session import SharedSession
from moderator_app.system.clock import SystemClock
from moderator_app.system.paths import AppPaths


async def change_latency(folder: Path, changes: int) -> list[float]:
    """Milliseconds from a note committed on the host to the same note committed on the joined laptop."""
    host_library = Library.open(AppPaths(folder / "host"), SystemClock())
    peer_library = Library.open(AppPaths(folder / "peer"), SystemClock())
    session_id = host_library.ensure_demo()
    console = host_library.open_console(session_id)
    host_shared = SharedSession(host_library, session_id)
    opened: list[SharedSession] = []

    def document_for(shared_id: str):  # type: ignore[no-untyped-def]
        opened.append(SharedSession(peer_library, shared_id))
        return opened[0].document.doc

    arrived: asyncio.Queue[float] = asyncio.Queue()

    def heard(change: Change) -> None:
        if change.origin and change.touches(Part.NOTES):
            arrived.put_nowait(time.perf_counter())

    peer_library.subscribe(heard)
    host = ShareHost(
        lambda: host_shared.document.doc,
        HostCertificate.load_or_create(folder / "host"),
        session_id=session_id,
        bind="127.0.0.1",
        on_received=lambda origin: host_shared.pull(origin=origin),
    )
    info = await host.start(0)
    peer = SharePeer(
        host.code,
        f"127.0.0.1:{info.port}",
        document_for,
        "rapporteur",
        on_received=lambda origin: opened[0].pull(origin=origin),
    )
    task = asyncio.create_task(peer.run())
    try:
        while not (peer_library.exists(session_id)):  # the whole session arrives first
            await asyncio.sleep(0.01)
        while not arrived.empty():
            arrived.get_nowait()
        timings: list[float] = []
        for number in range(changes):
            started = time.perf_counter()
            console.add_note(f"Benchmark note {number}")
            done = await asyncio.wait_for(arrived.get(), 30)
            timings.append((done - started) * 1000)
        return timings
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        await host.stop()
        for shared in (host_shared, *opened):
            shared.close()
        host_library.close()
        peer_library.close()


def catch_up(folder: Path, offline: int) -> tuple[float, int]:
    """Seconds for two laptops apart for a while to hold each other's work, and the notes each then has."""
    first = Library.open(AppPaths(folder / "first"), SystemClock())
    second = Library.open(AppPaths(folder / "second"), SystemClock())
    session_id = first.ensure_demo()
    first_shared = SharedSession(first, session_id)
    second_shared = SharedSession(second, session_id)
    second_shared.apply_update(first_shared.get_update(second_shared.get_state()))
    first_shared.apply_update(second_shared.get_update(first_shared.get_state()))
    for library, name in ((first, "first"), (second, "second")):
        console = library.open_console(session_id)
        for number in range(offline):
            console.add_note(f"{name} laptop, offline note {number}")
    started = time.perf_counter()
    second_shared.apply_update(first_shared.get_update(second_shared.get_state()))
    first_shared.apply_update(second_shared.get_update(first_shared.get_state()))
    took = time.perf_counter() - started
    counts = {len(library.load(session_id).notes) for library in (first, second)}
    for shared in (first_shared, second_shared):
        shared.close()
    first.close()
    second.close()
    return took, max(counts) if len(counts) == 1 else -1


async def clock_offset(folder: Path) -> float | None:
    """The offset the joined laptop measures to a host whose clock is 5 s ahead."""
    from pycrdt import Doc

    host_doc = Doc()
    host = ShareHost(
        lambda: host_doc,
        HostCertificate.load_or_create(folder / "clock"),
        session_id="clock",
        bind="127.0.0.1",
        clock=lambda: time.time() + 5.0,
    )
    info = await host.start(0)
    measured = asyncio.Event()
    peer = SharePeer(
        host.code, f"127.0.0.1:{info.port}", lambda _s: Doc(), "rapporteur", on_offset=lambda _o: measured.set()
    )
    task = asyncio.create_task(peer.run())
    try:
        await asyncio.wait_for(measured.wait(), 30)
        return peer.offset_seconds
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        await host.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=500, help="notes timed from host to joined laptop")
    parser.add_argument("--offline", type=int, default=500, help="notes each laptop saves while apart")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        timings = asyncio.run(change_latency(folder, args.changes))
        took, notes = catch_up(folder, args.offline)
        offset = asyncio.run(clock_offset(folder))
    print(f"change latency, host to joined laptop, {len(timings)} notes on loopback (committed to committed):")
    print(
        f"  p50 {statistics.median(timings):7.1f} ms   p99 {percentile(timings, 0.99):7.1f} ms   "
        f"max {max(timings):7.1f} ms   (targets: p99 < 100 ms)"
    )
    print(f"catch-up after {args.offline} notes on each side apart: {took:.2f} s, {notes} notes on both (target < 2 s)")
    if offset is None:
        print("clock offset to a host 5 s ahead: not measured")
    else:
        print(f"clock offset to a host 5 s ahead: measured {offset:.3f} s, error {abs(offset - 5.0) * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
