"""What a hostile or mistaken laptop meets: a clear refusal, one log line on the host, nothing changed."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import pytest
from pycrdt import Doc, Map, Text, create_update_message

from moderator_app.sync.join_code import JoinCode
from moderator_app.sync.link import (
    MALFORMED,
    MAX_MESSAGE_BYTES,
    TOO_SLOW,
    UNKNOWN_ROLE,
    WRONG_CODE,
    JoinRefused,
)
from moderator_app.sync.link_host import ShareHost
from moderator_app.sync.link_peer import SharePeer
from tests.sync.link_support import (
    PATIENCE,
    certificate,
    closed_with,
    first,
    items,
    make_peer,
    raw_connect,
    raw_join,
    report,
    run,
    shared_doc,
)

pytestmark = pytest.mark.network


def refusals(caplog: pytest.LogCaptureFixture) -> list[str]:
    """The host's refusal lines (the peer's own report and websockets' debug chatter aside)."""
    return [
        record.getMessage()
        for record in caplog.records
        if record.name == "moderator_app.sync.link"
        and record.levelno == logging.WARNING
        and record.getMessage().startswith("refused ")
    ]


@pytest.fixture
def caplog_link(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.INFO, logger="moderator_app.sync.link")
    return caplog


def started(tmp_path: Path, **options: object) -> tuple[ShareHost, Doc]:
    doc = shared_doc()
    doc.get("items", type=Map)["agenda"] = "opening"
    host = ShareHost(lambda: doc, certificate(tmp_path), session_id="s-1", bind="127.0.0.1", **options)  # type: ignore[arg-type]
    return host, doc


async def refused(peer: SharePeer) -> str:
    with pytest.raises(JoinRefused) as refusal:
        await first(peer.run())
    return str(refusal.value)


def test_a_code_for_another_host_is_told_so(tmp_path: Path, caplog_link: pytest.LogCaptureFixture) -> None:
    async def scenario() -> str:
        host, _doc = started(tmp_path / "here")
        info = await host.start()
        elsewhere = JoinCode.new(certificate(tmp_path / "elsewhere").fingerprint)
        message = await refused(SharePeer(elsewhere, f"127.0.0.1:{info.port}", lambda _s: shared_doc(), "rapporteur"))
        await host.stop()
        return message

    assert run(scenario()) == (
        "the laptop at this address is not the host this code names: check the address and the code"
    )
    assert [line.split(": ", 1)[1] for line in refusals(caplog_link)] == ["its code names another host"]


def test_a_wrong_secret_or_a_code_from_an_earlier_share_is_refused(
    tmp_path: Path, caplog_link: pytest.LogCaptureFixture
) -> None:
    welcomed: list[str] = []

    async def scenario() -> tuple[str, tuple[object, ...]]:
        host, _doc = started(tmp_path)
        info = await host.start()
        earlier = JoinCode.new(host.fingerprint)  # the same host, another secret
        peer = SharePeer(earlier, f"127.0.0.1:{info.port}", lambda s: welcomed.append(s) or shared_doc(), "rapporteur")
        message = await refused(peer)
        peers = host.peers
        await host.stop()
        return message, peers

    message, peers = run(scenario())
    assert welcomed == []  # never told even which session is shared
    assert message == (
        "the host refused the join code: check it on the host's screen (a code from an earlier share no longer works)"
    )
    assert peers == ()
    assert [line.split(": ", 1)[1] for line in refusals(caplog_link)] == ["wrong join code"]


def test_a_host_with_another_certificate_is_refused_by_the_peer(
    tmp_path: Path, caplog_link: pytest.LogCaptureFixture
) -> None:
    async def scenario() -> tuple[str, Doc]:
        genuine = certificate(tmp_path / "genuine")
        code = JoinCode.new(genuine.fingerprint)
        # An impostor that read the code (and so serves its path) but holds another certificate.
        impostor_doc = shared_doc()
        impostor = ShareHost(
            lambda: impostor_doc, certificate(tmp_path / "impostor"), session_id="s-1", code=code, bind="127.0.0.1"
        )
        info = await impostor.start()
        peer_doc = shared_doc()
        peer_doc.get("items", type=Map)["private"] = "note"
        message = await refused(SharePeer(code, f"127.0.0.1:{info.port}", lambda _session: peer_doc, "rapporteur"))
        await impostor.stop()
        return message, impostor_doc

    message, impostor_doc = run(scenario())
    assert "is not the host this code names (its certificate differs)" in message
    assert "private" not in items(impostor_doc)
    # The peer hung up before proving anything: the impostor has no proof to replay or attack.
    assert not any("joined" in record.getMessage() for record in caplog_link.records)


def test_a_replayed_proof_is_refused(tmp_path: Path, caplog_link: pytest.LogCaptureFixture) -> None:
    async def scenario() -> tuple[int | None, str]:
        host, _doc = started(tmp_path)
        info = await host.start()
        genuine, proof = await raw_join(host, info.port)
        replay = await raw_connect(info.port, host.code.share_path())
        await replay.recv()  # a new nonce, which the recorded proof does not answer
        await replay.send(proof)
        closed = await closed_with(replay)
        await genuine.close()
        await host.stop()
        return closed

    assert run(scenario()) == (WRONG_CODE, "wrong join code")
    assert [line.split(": ", 1)[1] for line in refusals(caplog_link)] == ["wrong join code"]


def test_an_unknown_role_is_refused(tmp_path: Path, caplog_link: pytest.LogCaptureFixture) -> None:
    async def scenario() -> tuple[int | None, str]:
        host, _doc = started(tmp_path)
        info = await host.start()
        connection = await raw_connect(info.port, host.code.share_path())
        hello = await connection.recv()
        role = "timekeeper"
        await connection.send(bytes([0x71]) + host.code.proof(hello[1:], host.fingerprint, role) + role.encode())
        closed = await closed_with(connection)
        await host.stop()
        return closed

    assert run(scenario()) == (UNKNOWN_ROLE, "unknown role")
    assert len(refusals(caplog_link)) == 1
    with pytest.raises(JoinRefused, match="the role must be one of online-moderator, rapporteur"):
        SharePeer(JoinCode.new(bytes(32)), "127.0.0.1:1", lambda _session: shared_doc(), "timekeeper")


def test_a_peer_that_never_proves_the_code_is_cut_off(tmp_path: Path, caplog_link: pytest.LogCaptureFixture) -> None:
    async def scenario() -> tuple[tuple[int | None, str], bytes]:
        host, _doc = started(tmp_path, handshake_timeout=0.2)
        info = await host.start()
        silent = await raw_connect(info.port, host.code.share_path())
        closed = await closed_with(silent)
        # Not even TLS: a bare TCP connection that says nothing is dropped too.
        reader, writer = await asyncio.open_connection("127.0.0.1", info.port)
        async with asyncio.timeout(PATIENCE):
            rest = await reader.read()
        writer.close()
        await host.stop()
        return closed, rest

    closed, rest = run(scenario())
    assert closed == (TOO_SLOW, "no proof of the join code in time")
    assert rest == b""
    assert [line.split(": ", 1)[1] for line in refusals(caplog_link)] == ["no proof of the join code in time"]


def _truncated_update() -> bytes:
    doc = shared_doc()
    doc.get("items", type=Map)["forged"] = "x" * 40
    message = create_update_message(doc.get_update())
    return message[: len(message) // 2]


@pytest.mark.parametrize(
    ("message", "why"),
    [
        (_truncated_update(), "a message that does not decode (ValueError)"),
        (b"\x00\x02\xff\xff\xff", "a message that does not decode (IndexError)"),
        (b"\x09tampered", "a message outside the sync protocol"),
        ("text, not the protocol's bytes", "a message outside the sync protocol"),
    ],
    ids=["truncated update", "tampered update", "unknown message", "text frame"],
)
def test_a_malformed_message_closes_the_link_and_leaves_the_session_unchanged(
    tmp_path: Path, caplog_link: pytest.LogCaptureFixture, message: bytes | str, why: str
) -> None:
    async def scenario() -> tuple[tuple[int | None, str], Doc]:
        host, doc = started(tmp_path)
        info = await host.start()
        connection, _proof = await raw_join(host, info.port)
        await connection.send(message)
        closed = await closed_with(connection)
        await host.stop()
        return closed, doc

    closed, doc = run(scenario())
    assert closed == (MALFORMED, why)
    assert items(doc) == {"agenda": "opening"}
    assert [line.split(": ", 1)[1] for line in refusals(caplog_link)] == [why]


def test_an_oversized_update_is_refused(tmp_path: Path, caplog_link: pytest.LogCaptureFixture) -> None:
    async def scenario() -> tuple[str, Doc]:
        host, doc = started(tmp_path, max_message_bytes=64 * 1024)
        info = await host.start()
        peer_doc = shared_doc()
        peer_doc.get("report", type=Text).insert(0, "x" * (100 * 1024))
        message = await refused(make_peer(host, info.port, peer_doc))
        await host.stop()
        return message, doc

    message, doc = run(scenario())
    assert message.startswith("the host refused a message larger than it accepts")
    assert report(doc) == ""
    lines = refusals(caplog_link)
    assert len(lines) == 1
    assert "over the size limit" in lines[0]


def test_a_flood_of_connections_is_capped(tmp_path: Path, caplog_link: pytest.LogCaptureFixture) -> None:
    async def scenario() -> tuple[str, int]:
        host, _doc = started(tmp_path, max_peers=2)
        info = await host.start()
        held = [(await raw_join(host, info.port))[0] for _ in range(2)]
        message = await refused(make_peer(host, info.port, shared_doc()))
        connected = len(host.peers)
        for connection in held:
            await connection.close()
        await host.stop()
        return message, connected

    message, connected = run(scenario())
    assert message == "the host already has as many laptops connected as it takes"
    assert connected == 2
    assert len(refusals(caplog_link)) == 1
    assert "2 laptops are connected already" in refusals(caplog_link)[0]


def test_an_address_that_is_not_host_and_port_is_refused_clearly() -> None:
    for typed in ("192.168.1.4", "192.168.1.4:http", ":8765", "host:70000"):
        with pytest.raises(JoinRefused, match="the address must be HOST:PORT"):
            SharePeer(JoinCode.new(bytes(32)), typed, lambda _session: shared_doc(), "rapporteur")


def test_an_update_over_the_default_limit_is_refused_before_it_is_read(
    tmp_path: Path, caplog_link: pytest.LogCaptureFixture
) -> None:
    async def scenario() -> tuple[tuple[int | None, str], Doc]:
        host, doc = started(tmp_path)
        info = await host.start()
        connection, _proof = await raw_join(host, info.port)
        await connection.send(b"\x00\x02" + bytes(MAX_MESSAGE_BYTES))
        closed = await closed_with(connection)
        await host.stop()
        return closed, doc

    (code, _reason), doc = run(scenario())
    assert code == 1009
    assert items(doc) == {"agenda": "opening"}
    assert len(refusals(caplog_link)) == 1


def test_a_peer_offering_less_than_tls_1_3_is_not_served(tmp_path: Path) -> None:
    async def scenario() -> None:
        import ssl

        from websockets.asyncio.client import connect

        host, _doc = started(tmp_path)
        info = await host.start()
        older = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        older.check_hostname = False
        older.verify_mode = ssl.CERT_NONE
        older.maximum_version = ssl.TLSVersion.TLSv1_2
        # The host ends the TLS handshake (an alert, or a reset): no request is ever read.
        with pytest.raises(OSError):
            await connect(f"wss://127.0.0.1:{info.port}{host.code.share_path()}", ssl=older)
        await host.stop()

    run(scenario())


def test_an_update_that_leaves_no_valid_session_for_a_moment_is_one_warning_not_a_traceback(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from moderator_app.services.errors import SessionFileError
    from moderator_app.sync.link import SYNC, AfterUpdates

    def refuse(_origin: str) -> None:
        raise SessionFileError("interventions: more than one intervention is still open; at most one can be.")

    received = AfterUpdates(refuse, "host")
    received.note(bytes([SYNC, 2, 0]))
    with caplog.at_level(logging.WARNING, logger="moderator_app.sync"):
        received.settle()
    assert [record.levelno for record in caplog.records] == [logging.WARNING]
    assert caplog.records[0].exc_info is None
    assert "more than one intervention is still open" in caplog.text
