"""A joined laptop that proved the code sends a 100 MB update: the host refuses it at the frame's
header, closes that connection, keeps its session as it was, and a well-behaved joiner still syncs.

The host here is a real one: a library's session shared through its SharedSession, with the role
check the ``share`` command uses, so "unharmed" is checked on the library's tables as well as on
the document.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from pathlib import Path

import pytest
from pycrdt import write_var_uint
from websockets.exceptions import ConnectionClosed

from moderator_app.sync.link import MAX_MESSAGE_BYTES, SYNC, SYNC_UPDATE, TOO_BIG
from tests.sync.link_support import closed_with, make_peer, raw_join, run, running, wait
from tests.sync.test_role_link import Heard, library_host
from tests.sync.test_shared_session import (
    Laptop,
    assert_same_session,
    host,  # noqa: F401 (the fixture)
    tables,
)

pytestmark = pytest.mark.network

HUGE_BYTES = 100 * 1024 * 1024


def huge_update_message() -> bytearray:
    """A sync update message (the protocol's header, the length) carrying 100 MB, built once in place
    (websockets sends a bytearray as it is, as one binary frame)."""
    header = bytes([SYNC, SYNC_UPDATE]) + write_var_uint(HUGE_BYTES)
    message = bytearray(len(header) + HUGE_BYTES)
    message[: len(header)] = header
    return message


def test_a_100_mb_update_from_a_joined_laptop_is_refused_and_the_session_goes_on(
    tmp_path: Path,
    host: Laptop,  # noqa: F811
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="moderator_app.sync")
    session_id = host.shared.session_id
    rapporteur = Laptop.start(tmp_path / "rapporteur", session_id)
    before = tables(host)
    state_before = host.shared.document.doc.get_state()
    message = huge_update_message()
    assert len(message) > MAX_MESSAGE_BYTES * 6

    async def scenario() -> tuple[tuple[int | None, str], bool, int]:
        heard = Heard()
        doc = host.shared.document.doc
        nobody = asyncio.Event()
        share = library_host(host, tmp_path, heard, on_peers=lambda peers: None if peers else nobody.set())
        info = await share.start()
        hostile, _proof = await raw_join(share, info.port, "rapporteur")
        assert len(share.peers) == 1
        with contextlib.suppress(ConnectionClosed):  # the host may close while the rest is on its way
            await hostile.send(message)
        closed = await closed_with(hostile)
        await wait(nobody)  # the host let go of the connection
        unharmed = doc.get_state() == state_before and tables(host) == before
        # A well-behaved rapporteur joins after it, receives the session and sends a note back.
        peer = make_peer(share, info.port, rapporteur.shared.document.doc, on_received=heard.pulling(rapporteur, "r"))
        async with running(peer):
            await heard.until(lambda: rapporteur.library.exists(session_id) and tables(rapporteur) == tables(host))
            rapporteur.console().add_note("Written after the 100 MB update was refused")
            await heard.until(lambda: len(host.library.load(session_id).notes) == len(before["notes"]) + 1)
            joined = len(share.peers)
        await share.stop()
        return closed, unharmed, joined

    try:
        (code, _reason), unharmed, joined = run(scenario())
        assert code == TOO_BIG
        assert unharmed  # the document and the library as they were, once the connection was gone
        assert joined == 1
        lines = [r.getMessage() for r in caplog.records if r.getMessage().startswith("refused ")]
        assert len(lines) == 1
        assert "a message over the size limit" in lines[0]
        # Nothing of the 100 MB reached the session: the only change since is the rapporteur's note.
        after = tables(host)
        assert {name: rows for name, rows in after.items() if name != "notes"} == {
            name: rows for name, rows in before.items() if name != "notes"
        }
        assert [dict(row)["text"] for row in after["notes"] if row not in before["notes"]] == [
            "Written after the 100 MB update was refused"
        ]
        assert_same_session(host, rapporteur)
    finally:
        rapporteur.stop()
