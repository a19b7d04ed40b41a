"""The link between the host and a joined laptop goes silent for 30 s (the venue's Wi-Fi gone, with
no goodbye), both keep working, the link comes back: the two converge, nothing lost or doubled.

A relay stands for the Wi-Fi between the rapporteur's laptop and the host. Cut, it passes nothing
either way and keeps every connection open, as a lost radio link does: neither side is told; each
finds out when its pings go unanswered. New connections made while it is cut reach nothing. When
it is back, the connections that went silent stay dead (their bytes are gone, as a TCP connection
that timed out is) and new ones pass. Both laptops are real: a library each, the session shared
through its SharedSession, the host with the role check the ``share`` command uses.

``MODERATOR_APP_LINK_DROP_SECONDS`` sets how long the link is down (30 s by default).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
from pathlib import Path

import pytest

from tests.sync.link_support import LinkWatch, make_peer, running, wait
from tests.sync.test_role_link import Heard, library_host
from tests.sync.test_shared_session import (
    LEA,
    Laptop,
    assert_same_session,
    host,  # noqa: F401 (the fixture)
)

pytestmark = pytest.mark.network

DROP_SECONDS = float(os.environ.get("MODERATOR_APP_LINK_DROP_SECONDS", "30"))
#: How often each side does something while the link is down.
WORK_EVERY = 0.5


class SilentLink:
    """A TCP relay that can go silent without closing anything, and come back."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.up = True
        self._live: list[asyncio.StreamWriter] = []
        self._tasks: set[asyncio.Task[None]] = set()
        self._server: asyncio.Server | None = None

    async def start(self) -> int:
        self._server = await asyncio.start_server(self._accept, "127.0.0.1", 0)
        return int(self._server.sockets[0].getsockname()[1])

    def cut(self) -> None:
        self.up = False

    def restore(self) -> None:
        """Back: what went silent stays dead (closed now, as its timed-out TCP would be); new
        connections pass."""
        self.up = True
        for writer in self._live:
            writer.close()
        self._live.clear()

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        if not self.up:
            # Nothing answers: the connection hangs until the joiner gives up on it.
            self._live.append(writer)
            with contextlib.suppress(ConnectionError):
                while await reader.read(65536):
                    pass
            return
        upstream_reader, upstream_writer = await asyncio.open_connection("127.0.0.1", self.target_port)
        self._live += [writer, upstream_writer]
        ways = {
            asyncio.create_task(self._carry(reader, upstream_writer)),
            asyncio.create_task(self._carry(upstream_reader, writer)),
        }
        self._tasks |= ways
        await asyncio.wait(ways, return_when=asyncio.FIRST_COMPLETED)
        for task in ways:
            task.cancel()
        for end in (writer, upstream_writer):
            end.close()

    async def _carry(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with contextlib.suppress(ConnectionError):
            while chunk := await reader.read(65536):
                if self.up:  # cut: the bytes are lost, and no one is told
                    writer.write(chunk)
                    await writer.drain()


def test_a_link_silent_for_30_s_while_both_sides_work_converges_with_nothing_lost_or_doubled(
    tmp_path: Path,
    host: Laptop,  # noqa: F811
) -> None:
    session_id = host.shared.session_id
    rapporteur = Laptop.start(tmp_path / "rapporteur", session_id)

    async def scenario() -> tuple[list[str], list[str], int]:
        heard = Heard()
        share = library_host(host, tmp_path, heard)
        info = await share.start()
        wifi = SilentLink(info.port)
        port = await wifi.start()
        watch = LinkWatch()
        peer = make_peer(
            share,
            port,
            rapporteur.shared.document.doc,
            on_received=heard.pulling(rapporteur, "rapporteur"),
            on_link=watch.on_link,
        )
        moderator, notes = host.console(), None
        host_said: list[str] = []
        rapporteur_wrote: list[str] = []
        async with running(peer):
            await heard.until(lambda: rapporteur.library.exists(session_id))
            await wait(watch.up)
            notes = rapporteur.console()
            moderator.start_session()
            moderator.give_floor(LEA)
            wifi.cut()
            started = asyncio.get_running_loop().time()
            step = turns_given = 0
            while asyncio.get_running_loop().time() - started < DROP_SECONDS:
                step += 1
                # The moderator runs the floor and notes; the rapporteur writes, each on their copy.
                if step % 6 == 0 and moderator.snapshot.queue:
                    moderator.next_speaker()
                    turns_given += 1
                said = f"Moderator's note {step} while the link was down"
                moderator.add_note(said)
                host_said.append(said)
                wrote = f"Rapporteur's note {step} while the link was down"
                notes.add_note(wrote)
                rapporteur_wrote.append(wrote)
                await asyncio.sleep(WORK_EVERY)
            if DROP_SECONDS > 20:
                assert watch.down.is_set()  # the silence was noticed: the pings went unanswered
            wifi.restore()
            await heard.until(
                lambda: (
                    {n.text for n in host.library.load(session_id).notes} >= set(rapporteur_wrote)
                    and {n.text for n in rapporteur.library.load(session_id).notes} >= set(host_said)
                )
            )
            await wait(watch.up)
        await share.stop()
        await wifi.stop()
        return host_said, rapporteur_wrote, turns_given

    async def bounded() -> tuple[list[str], list[str], int]:
        async with asyncio.timeout(DROP_SECONDS + 90):
            return await scenario()

    try:
        host_said, rapporteur_wrote, turns_given = asyncio.run(bounded())
        assert len(host_said) >= DROP_SECONDS / WORK_EVERY / 2
        assert_same_session(host, rapporteur)  # every table, row by row
        texts = [n.text for n in host.library.load(session_id).notes]
        assert sorted(texts) == sorted(host_said + rapporteur_wrote)  # each once: none lost, none doubled
        assert len(host.library.load(session_id).interventions) == 1 + turns_given
    finally:
        rapporteur.stop()
