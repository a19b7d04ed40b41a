"""Roles over the real link: a host sharing a library's session with an online moderator and a
rapporteur, each laptop with its own library, on loopback."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from moderator_app.domain.enums import InterventionKind
from moderator_app.sync.link_host import ShareHost
from moderator_app.sync.roles import RoleGate
from tests.sync.link_support import PATIENCE, certificate, make_peer, run, running
from tests.sync.test_shared_session import (
    LEA,
    MATTHEW,
    Laptop,
    assert_same_session,
    host,  # noqa: F401 (the fixture)
    section_key,
    tables,
)

pytestmark = pytest.mark.network

REFUSED = "refused changes from"


class Heard:
    """Each laptop's pulls, counted, and one event for a test to wait on any of them."""

    def __init__(self) -> None:
        self.event = asyncio.Event()
        self.count: dict[str, int] = {}

    def pulling(self, laptop: Laptop, name: str) -> Callable[[str], object]:
        def pull(origin: str) -> object:
            change = laptop.shared.pull(origin=origin)
            self.count[name] = self.count.get(name, 0) + 1
            self.event.set()
            return change

        return pull

    async def until(self, condition: Callable[[], bool]) -> None:
        async with asyncio.timeout(PATIENCE):
            while not condition():
                await self.event.wait()
                self.event.clear()


def library_host(laptop: Laptop, folder: Path, heard: Heard, **options: Any) -> ShareHost:
    """A real host: the laptop's session shared through its SharedSession, each received update
    pulled into its library, with the role check the ``share`` command uses."""
    doc = laptop.shared.document.doc
    return ShareHost(
        lambda: doc,
        certificate(folder),
        session_id=laptop.shared.session_id,
        bind="127.0.0.1",
        on_received=heard.pulling(laptop, "host"),
        gate=RoleGate(lambda: doc).admit,
        **options,
    )


def refusals(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [record.getMessage() for record in caplog.records if REFUSED in record.getMessage()]


def test_roles_on_three_laptops(
    tmp_path: Path,
    host: Laptop,  # noqa: F811
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="moderator_app.sync")
    session_id = host.shared.session_id
    online = Laptop.start(tmp_path / "online", session_id)
    rapporteur = Laptop.start(tmp_path / "rapporteur", session_id)

    async def scenario() -> None:
        heard = Heard()
        share = library_host(host, tmp_path, heard)
        info = await share.start()
        told: list[str] = []  # what the host told the rapporteur's laptop it refused
        peers = [
            make_peer(
                share,
                info.port,
                laptop.shared.document.doc,
                role,
                on_received=heard.pulling(laptop, name),
                on_refused=told.append if role == "rapporteur" else None,
            )
            for laptop, role, name in ((online, "online-moderator", "online"), (rapporteur, "rapporteur", "rapporteur"))
        ]
        async with running(peers[0]), running(peers[1]):
            await heard.until(lambda: online.library.exists(session_id) and rapporteur.library.exists(session_id))
            await heard.until(lambda: tables(online) == tables(rapporteur) == tables(host))
            notes = rapporteur.console()
            for attempt in (
                lambda: notes.give_floor(LEA),
                lambda: notes.move_entry(notes.snapshot.queue[-1].id, 0),
                lambda: notes.next_segment(),
            ):
                before, logged, online_pulls = tables(host), len(refusals(caplog)), heard.count.get("online", 0)
                attempt()
                assert tables(rapporteur) != before
                # Back to the host's state; the online moderator heard the host's answer and kept it.
                await heard.until(
                    lambda: tables(rapporteur) == before and heard.count.get("online", 0) > online_pulls  # noqa: B023
                )
                assert tables(host) == tables(online) == before
                assert notes.snapshot == rapporteur.library.load(session_id)
                assert len(refusals(caplog)) == logged + 1
            lines = refusals(caplog)
            assert all("(rapporteur)" in line for line in lines)
            assert "interventions" in lines[0] and "main queue" in lines[1] and "session" in lines[2]
            assert not any(LEA in line or "Lea" in line for line in lines)  # what, never the content
            # The sender was told each time, in the words the host logged.
            async with asyncio.timeout(PATIENCE):
                while len(told) < 3:
                    await asyncio.sleep(0.01)
            assert "interventions" in told[0] and "main queue" in told[1] and "session" in told[2]
            assert all(words in line for words, line in zip(told, lines, strict=True))

            # The online moderator's request, the rapporteur's note and section, the host's floor.
            online.console().add_remote(name="Remote One", platform="Zoom", text="A question from the chat")
            notes.add_note("Key point on capacity building")
            report, key = section_key(notes, rapporteur.clock)
            notes.save_section_edit(report, key, "The rapporteur's words")
            moderator = host.console()
            moderator.enqueue(MATTHEW, InterventionKind.QUESTION)
            moderator.give_floor(LEA)

            def everywhere() -> bool:
                stored = host.library.load(session_id)
                return (
                    len(stored.remote_queue) == 1
                    and [n.text for n in stored.notes] == ["Key point on capacity building"]
                    and tables(online) == tables(rapporteur) == tables(host)
                )

            await heard.until(everywhere)
            assert online.console().snapshot.current_intervention is not None
            assert moderator.report_sections("igf-workshop")[key].text == "The rapporteur's words"
            assert len(refusals(caplog)) == 3
        await share.stop()

    try:
        run(scenario())
        assert_same_session(host, online, rapporteur)
    finally:
        online.stop()
        rapporteur.stop()
