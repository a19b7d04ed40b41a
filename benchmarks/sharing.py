"""Live sharing's figures: a change from the host to both joined laptops, over loopback and a
Wi-Fi-like link, catching up, the clock, and the CPU of an idle shared session.

Prints figures and asserts nothing. The latency figures run a real host (ShareHost) and two real
joined laptops (SharePeer: the online moderator's and the rapporteur's) in one process, each with
its own data folder, library and shared session, over the TLS link the app uses:

- **change latency**: from a note saved on the host (the console's command, committed) to the note
  committed in both joined laptops' libraries (the later of the two), p50 and p99 over
  ``--changes`` notes, on loopback;
- **the same over a Wi-Fi-like link** (20 ms each way, 1 % loss): with ``tc netem`` on the
  loopback of a fresh network namespace where the machine has it (root, ``ip netns``, the
  sch_netem module), else through :class:`WifiLikeRelay`, a TCP relay in this process that
  delays every chunk by the latency each way, in order, and holds 1 % of them an extra TCP
  retransmission timeout, as a lost segment costs on TCP. The output says which one it used;
- **catch-up**: two laptops each save ``--offline`` notes while apart, then exchange what the other
  lacks (as the link does when it comes back) until both libraries hold all of them;
- **clock offset**: the offset the joined laptop measures to a host whose clock is 5 s ahead;
- **idle CPU**: the real commands as three processes, each with its own data folder
  (``moderator-app share`` and two ``moderator-app join``, online moderator and rapporteur); once
  both have joined and settled, each one's user + system CPU time (/proc/PID/stat) over
  ``--idle-seconds`` of nothing happening, as a share of one core.

Usage: python benchmarks/sharing.py [--changes 500] [--offline 500] [--idle-seconds 60] [--quick]
       [--wifi-runs 1] [--seed N] [--json FILE]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import queue
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import REPO_ROOT, Figure, cpu_seconds_of, percentile, write_figures
from moderator_app.domain.changes import Change, Part
from moderator_app.services.library import Library
from moderator_app.sync.certificate import HostCertificate
from moderator_app.sync.link_host import ShareHost
from moderator_app.sync.link_peer import SharePeer
from moderator_app.sync.shared_session import SharedSession
from moderator_app.system.clock import SystemClock
from moderator_app.system.paths import AppPaths
from tests.e2e.driver_process import driver_env

#: The Wi-Fi-like link of the target: one-way latency and the share of packets lost.
WIFI_LATENCY_S = 0.020
WIFI_LOSS = 0.01
#: Linux's minimum TCP retransmission timeout (TCP_RTO_MIN): the least a lost segment waits to be
#: sent again when too little follows it for fast retransmit, as with a chatty link's small messages.
MIN_RTO_S = 0.200
TO_HOST, TO_LAPTOP = "to the host", "to the joined laptop"
#: How long a command may take to print what the benchmark waits for before it is given up on.
COMMAND_PATIENCE_S = 60.0
LOOPBACK_TARGET_MS = 100.0
WIFI_TARGET_MS = 250.0


#: The laptops that join in the latency runs: the online moderator's and the rapporteur's.
JOINED_LAPTOPS = ("online-moderator", "rapporteur")


async def change_latency(folder: Path, changes: int, relay: WifiLikeRelay | None = None) -> list[float]:
    """Milliseconds from a note committed on the host to the same note committed on both joined
    laptops (the later of the two).

    With ``relay``, the joined laptops reach the host through it rather than directly."""
    host_library = Library.open(AppPaths(folder / "host"), SystemClock())
    session_id = host_library.ensure_demo()
    console = host_library.open_console(session_id)
    host_shared = SharedSession(host_library, session_id)
    host = ShareHost(
        lambda: host_shared.document.doc,
        HostCertificate.load_or_create(folder / "host"),
        session_id=session_id,
        bind="127.0.0.1",
        on_received=lambda origin: host_shared.pull(origin=origin),
    )
    info = await host.start(0)
    port = info.port if relay is None else await relay.start(info.port)
    libraries: list[Library] = []
    opened: list[SharedSession] = []
    peers: list[SharePeer] = []
    arrivals: list[asyncio.Queue[float]] = []
    for role in JOINED_LAPTOPS:
        library = Library.open(AppPaths(folder / role), SystemClock())
        arrived: asyncio.Queue[float] = asyncio.Queue()

        def heard(change: Change, arrived: asyncio.Queue[float] = arrived) -> None:
            if change.origin and change.touches(Part.NOTES):
                arrived.put_nowait(time.perf_counter())

        def document_for(shared_id: str, library: Library = library):  # type: ignore[no-untyped-def]
            shared = SharedSession(library, shared_id)
            opened.append(shared)
            return shared.document.doc

        library.subscribe(heard)
        libraries.append(library)
        arrivals.append(arrived)
        peers.append(SharePeer(host.code, f"127.0.0.1:{port}", document_for, role))
    for peer in peers:
        # Each pulls its own document into its own library once an update is in.
        peer.on_received = lambda origin, peer=peer: next(
            shared for shared in opened if shared.document.doc is peer.doc
        ).pull(origin=origin)
    tasks = [asyncio.create_task(peer.run()) for peer in peers]
    try:
        # The whole session arrives first, and the clock's round trips end, before the timing starts.
        while not all(library.exists(session_id) for library in libraries) or any(
            peer.offset_seconds is None for peer in peers
        ):
            await asyncio.sleep(0.01)
        for arrived in arrivals:
            while not arrived.empty():
                arrived.get_nowait()
        timings: list[float] = []
        for number in range(changes):
            started = time.perf_counter()
            console.add_note(f"Benchmark note {number}")
            done = [await asyncio.wait_for(arrived.get(), 30) for arrived in arrivals]
            timings.append((max(done) - started) * 1000)
        return timings
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        if relay is not None:
            await relay.stop()
        await host.stop()
        for shared in (host_shared, *opened):
            shared.close()
        host_library.close()
        for library in libraries:
            library.close()


class WifiLikeRelay:
    """A TCP relay between a joined laptop and the host that behaves like a lossy Wi-Fi link.

    Every chunk read from either side is written to the other ``latency`` seconds later, in order
    (a chunk never overtakes the one before it, as TCP delivers bytes in order). One chunk in
    ``1 / loss``, chosen at random, is held ``retransmit`` seconds more (by default the minimum
    retransmission timeout plus the round trip, what a lost segment costs on TCP), and what follows
    it waits behind it, as behind a lost segment.
    """

    def __init__(self, *, latency: float = WIFI_LATENCY_S, loss: float = WIFI_LOSS, seed: int | None = None) -> None:
        self.latency = latency
        self.loss = loss
        self.retransmit = MIN_RTO_S + 2 * latency
        #: Chunks carried and chunks held, each way ("to host", "to laptop").
        self.chunks = {TO_HOST: 0, TO_LAPTOP: 0}
        self.held = {TO_HOST: 0, TO_LAPTOP: 0}
        self._random = random.Random(seed)
        self._target = 0
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    async def start(self, target_port: int) -> int:
        """Listen on a free loopback port, relaying to ``target_port``; the port to connect to."""
        self._target = target_port
        self._server = await asyncio.start_server(self._relay, "127.0.0.1", 0)
        return int(self._server.sockets[0].getsockname()[1])

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    async def _relay(self, joiner_reader: asyncio.StreamReader, joiner_writer: asyncio.StreamWriter) -> None:
        host_reader, host_writer = await asyncio.open_connection("127.0.0.1", self._target)
        directions = {
            asyncio.create_task(self._carry(joiner_reader, host_writer, TO_HOST)),
            asyncio.create_task(self._carry(host_reader, joiner_writer, TO_LAPTOP)),
        }
        self._tasks |= directions
        try:
            await asyncio.wait(directions, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in directions:
                task.cancel()
            for writer in (joiner_writer, host_writer):
                writer.close()

    async def _carry(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, way: str) -> None:
        loop = asyncio.get_running_loop()
        due: asyncio.Queue[tuple[float, bytes] | None] = asyncio.Queue()

        async def deliver() -> None:
            while (item := await due.get()) is not None:
                when, chunk = item
                await asyncio.sleep(max(0.0, when - loop.time()))
                writer.write(chunk)
                await writer.drain()

        delivering = asyncio.create_task(deliver())
        latest = 0.0
        try:
            while chunk := await reader.read(65536):
                self.chunks[way] += 1
                when = loop.time() + self.latency
                if self._random.random() < self.loss:
                    self.held[way] += 1
                    when += self.retransmit
                latest = max(latest, when)
                due.put_nowait((latest, chunk))
            due.put_nowait(None)
            await delivering
        except ConnectionError:
            pass
        finally:
            delivering.cancel()


def netem_namespace(name: str, latency: float, loss: float) -> str | None:
    """Make network namespace ``name`` with ``tc netem`` on its loopback; None, or why it could not."""
    netem = ["netem", "delay", f"{latency * 1000:g}ms", "loss", f"{loss * 100:g}%"]
    steps = [
        ["ip", "netns", "add", name],
        ["ip", "netns", "exec", name, "ip", "link", "set", "lo", "up"],
        ["ip", "netns", "exec", name, "tc", "qdisc", "add", "dev", "lo", "root", *netem],
    ]
    for step in steps:
        try:
            done = subprocess.run(step, capture_output=True, text=True, timeout=30)
        except (OSError, subprocess.TimeoutExpired) as error:
            return f"`{' '.join(step)}`: {error}"
        if done.returncode != 0:
            return f"`{' '.join(step)}`: {done.stderr.strip() or f'exit status {done.returncode}'}"
    return None


def timings_under_netem(changes: int) -> tuple[list[float] | None, str]:
    """The change latency measured in a namespace whose loopback has ``tc netem``, or None and why not."""
    name = f"moderator-app-bench-{os.getpid()}"
    try:
        why_not = netem_namespace(name, WIFI_LATENCY_S, WIFI_LOSS)
        if why_not is not None:
            return None, why_not
        command = ["ip", "netns", "exec", name, sys.executable, str(Path(__file__).resolve())]
        done = subprocess.run([*command, "--timings-only", str(changes)], capture_output=True, text=True, cwd=REPO_ROOT)
        if done.returncode != 0:
            return None, f"the run in the namespace failed ({done.returncode}): {done.stderr.strip()[-500:]}"
        return [float(value) for value in json.loads(done.stdout.splitlines()[-1])], "tc netem"
    finally:
        with contextlib.suppress(OSError):  # no `ip` at all: nothing was made either
            subprocess.run(["ip", "netns", "delete", name], capture_output=True, check=False)


def wifi_latency(folder: Path, changes: int, runs: int, seed: int) -> tuple[list[list[float]], str, list[str]]:
    """The change latency over a Wi-Fi-like link, ``runs`` times: real netem where it works, else the
    relay (seeded ``seed``, ``seed + 1``...). Each run's timings, which link it was, and a word on each run."""
    timings, why_not = timings_under_netem(changes)
    if timings is not None:
        netem = [timings] + [timings_under_netem(changes)[0] or [] for _ in range(runs - 1)]
        how = f"tc netem (delay {WIFI_LATENCY_S * 1000:g}ms loss {WIFI_LOSS * 100:g}%) in a network namespace"
        return netem, how, [""] * runs
    relayed: list[list[float]] = []
    words: list[str] = []
    for run in range(runs):
        relay = WifiLikeRelay(seed=seed + run)
        relayed.append(asyncio.run(change_latency(folder / f"run-{run}", changes, relay)))
        held = ", ".join(f"{relay.held[way]} of {relay.chunks[way]} {way}" for way in (TO_LAPTOP, TO_HOST))
        words.append(f"seed {seed + run}, chunks held {relay.retransmit * 1000:.0f} ms more: {held}")
    return relayed, f"the user-space relay (no netem here: {why_not})", words


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


@dataclass
class Command:
    """One ``moderator-app`` command as its own process, with its own data folder; stdout read on a thread."""

    name: str
    process: subprocess.Popen[str]
    log: Path
    lines: queue.Queue[str | None]

    @classmethod
    def start(cls, name: str, data_dir: Path, *arguments: str) -> Command:
        log = data_dir.with_name(f"{data_dir.name}.log")
        with log.open("w", encoding="utf-8") as stderr:
            process = subprocess.Popen(
                [sys.executable, "-m", "moderator_app", "--data-dir", str(data_dir), *arguments],
                cwd=REPO_ROOT,
                env=driver_env(data_dir),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=stderr,
                text=True,
                encoding="utf-8",
            )
        command = cls(name, process, log, queue.Queue())
        threading.Thread(target=command._pump, daemon=True).start()
        return command

    def _pump(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)

    def line_starting(self, wanted: str) -> str:
        deadline = time.monotonic() + COMMAND_PATIENCE_S
        while True:
            try:
                line = self.lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                raise RuntimeError(f"{self.name}: no line starting {wanted!r} in {COMMAND_PATIENCE_S:g} s") from None
            if line is None:
                raise RuntimeError(f"{self.name} exited ({self.process.wait()}):\n{self.log.read_text()[-2000:]}")
            if line.startswith(wanted):
                return line

    def said_since(self) -> list[str]:
        """What it printed since the last line read."""
        said: list[str] = []
        while not self.lines.empty():
            line = self.lines.get_nowait()
            if line is not None:
                said.append(line)
        return said

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)  # the commands close their link and port, then exit
        try:
            self.process.wait(timeout=COMMAND_PATIENCE_S)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def idle_cpu(folder: Path, seconds: float, settle: float) -> tuple[dict[str, float], list[str]]:
    """Each command's CPU over ``seconds`` of an idle shared session, in % of one core; what it said then.

    The host shares the demo session; the online moderator and the rapporteur join it by address.
    The span starts ``settle`` seconds after both said they joined (the first sync and the clock's
    round trips are over by then)."""
    with Library.open(AppPaths(folder / "moderator"), SystemClock()) as library:
        session_id = library.ensure_demo()
    commands: list[Command] = []
    try:
        host = Command.start("onsite moderator (share)", folder / "moderator", "share", session_id, "--port", "0")
        commands.append(host)
        code = host.line_starting("Join code: ").removeprefix("Join code: ")
        port = host.line_starting("Address: ").rsplit(":", 1)[1]
        for role in ("online-moderator", "rapporteur"):
            address = f"127.0.0.1:{port}"
            commands.append(
                Command.start(f"{role} (join)", folder / role, "join", code, "--address", address, "--role", role)
            )
        for joiner in commands[1:]:
            joiner.line_starting("Joined session ")
        time.sleep(settle)
        for command in commands:
            command.said_since()  # what came before the span
        before = [cpu_seconds_of(command.process.pid) for command in commands]
        started = time.monotonic()
        time.sleep(seconds)
        after = [cpu_seconds_of(command.process.pid) for command in commands]
        elapsed = time.monotonic() - started
        said = [f"{command.name}: {line}" for command in commands for line in command.said_since()]
    finally:
        for command in reversed(commands):
            command.stop()
    percent = {
        command.name: 100 * (end - start) / elapsed for command, start, end in zip(commands, before, after, strict=True)
    }
    return percent, said


def latency_figure(link: str, runs: list[list[float]], limit: float, words: list[str]) -> Figure:
    """Print the change latency over ``link`` (each run's, then all runs' together); the p99 of all as a Figure."""
    every = [sample for run in runs for sample in run]
    target = f"target p99 < {limit:.0f} ms"
    print(f"change latency, host to both joined laptops, on {link} (committed to committed; {target}):")

    def line(samples: list[float]) -> str:
        return (
            f"p50 {statistics.median(samples):6.1f}  p90 {percentile(samples, 0.9):6.1f}  "
            f"p99 {percentile(samples, 0.99):6.1f}  max {max(samples):6.1f} ms"
        )

    if len(runs) > 1:
        for number, (samples, word) in enumerate(zip(runs, words, strict=True), 1):
            print(f"  run {number}, {len(samples)} notes: {line(samples)}   {word}")
        met = sum(1 for samples in runs if percentile(samples, 0.99) < limit)
        print(f"  all {len(every)} notes: {line(every)}   runs with p99 < {limit:.0f} ms: {met} of {len(runs)}")
    else:
        print(f"  {len(every)} notes: {line(every)}   {words[0]}".rstrip())
    p99 = percentile(every, 0.99)
    detail = f"{len(every)} notes in {len(runs)} run(s), p50 {statistics.median(every):.1f} ms"
    return Figure(
        f"sharing: a note to both joined laptops, {link}, p99", p99, "ms", limit, f"< {limit:.0f} ms", detail=detail
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--changes", type=int, help="notes timed from host to both joined laptops (default 500, quick 100)"
    )
    parser.add_argument("--offline", type=int, help="notes each laptop saves while apart (default 500, quick 100)")
    parser.add_argument("--idle-seconds", type=float, help="idle span the CPU is measured over (default 60, quick 10)")
    parser.add_argument("--idle-settle", type=float, default=5.0, help="wait after both joined (default 5 s)")
    parser.add_argument("--quick", action="store_true", help="fewer notes and a 10 s idle span")
    parser.add_argument("--wifi-runs", type=int, default=1, help="runs over the Wi-Fi-like link (default 1)")
    parser.add_argument("--seed", type=int, help="the relay's choice of held chunks (default: a new one each run)")
    parser.add_argument("--json", type=Path, help="append the figures to this JSON file (for run_all.py)")
    parser.add_argument(
        "--timings-only",
        type=int,
        metavar="N",
        help="only time N notes on this machine's loopback and print them as JSON (run inside the netem namespace)",
    )
    args = parser.parse_args()
    if args.timings_only is not None:
        with tempfile.TemporaryDirectory() as temporary:
            print(json.dumps(asyncio.run(change_latency(Path(temporary), args.timings_only))))
        return 0
    changes = args.changes if args.changes is not None else 100 if args.quick else 500
    offline = args.offline if args.offline is not None else 100 if args.quick else 500
    idle_seconds = args.idle_seconds if args.idle_seconds is not None else 10.0 if args.quick else 60.0
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(1_000_000)
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        timings = asyncio.run(change_latency(folder / "loopback", changes))
        wifi, wifi_how, wifi_words = wifi_latency(folder / "wifi", changes, args.wifi_runs, seed)
        took, notes = catch_up(folder, offline)
        offset = asyncio.run(clock_offset(folder))
        idle, idle_said = idle_cpu(folder / "idle", idle_seconds, args.idle_settle)
    figures = [latency_figure("loopback", [timings], LOOPBACK_TARGET_MS, [""])]
    figures.append(latency_figure("a Wi-Fi-like link", wifi, WIFI_TARGET_MS, wifi_words))
    print(f"  through {wifi_how}")
    figures[-1] = replace(figures[-1], detail=f"{figures[-1].detail}; {wifi_how}")
    print(f"catch-up after {offline} notes on each side apart: {took:.2f} s, {notes} notes on both (target < 2 s)")
    figures.append(Figure(f"sharing: catch-up, {offline} notes each side", took, "s", 2.0, "< 2 s"))
    if offset is None:
        print("clock offset to a host 5 s ahead: not measured")
    else:
        error_ms = abs(offset - 5.0) * 1000
        print(f"clock offset to a host 5 s ahead: measured {offset:.3f} s, error {error_ms:.0f} ms")
        figures.append(Figure("sharing: clock offset error, host 5 s ahead", error_ms, "ms", 100.0, "< 100 ms"))
    total = sum(idle.values())
    print(f"CPU of an idle shared session over {idle_seconds:g} s (share + two joins, each its own process):")
    for name, percent in idle.items():
        print(f"  {name:28} {percent:5.2f} % of one core")
    print(f"  {'all three':28} {total:5.2f} % of one core   (target < 1 % of one core)")
    for line in idle_said:
        print(f"  said during the idle span: {line}")
    figures.append(
        Figure(
            "sharing: CPU of an idle shared session, three processes together",
            total,
            "% of a core",
            1.0,
            "< 1 %",
            detail=f"{idle_seconds:g} s; " + ", ".join(f"{name} {value:.2f} %" for name, value in idle.items()),
        )
    )
    write_figures(args.json, figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
