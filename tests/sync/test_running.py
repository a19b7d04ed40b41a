"""The link on its own thread: updates cross between its wire document and this thread's, both ways."""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from pycrdt import Doc, Map, Text

from moderator_app.sync.join_code import JoinCode
from moderator_app.sync.link import JoinRefused
from moderator_app.sync.link_host import ConnectedPeer, JoinInfo
from moderator_app.sync.running import DocumentHandOff, Runner, RunningLink, joining, sharing
from tests.sync.link_support import PATIENCE, TEST_BACKOFF, certificate, items, shared_doc


class Owner:
    """This thread's side of one link: its document, and the wake-ups the link's thread gives."""

    def __init__(self, doc: Doc, runner: Runner) -> None:
        self.doc = doc
        self.woken = threading.Event()
        self.link = RunningLink(runner, wake=self.woken.set)
        self.hand_off: DocumentHandOff | None = None

    def attach(self) -> None:
        self.hand_off = DocumentHandOff(self.doc, self.link)

    def take(self) -> None:
        if self.hand_off is not None:
            self.hand_off.take()


def ignore(_: object) -> None:
    pass


def until(owners: list[Owner], condition: Callable[[], bool]) -> None:
    """Take what the links received, on this thread, until ``condition`` holds (bounded, no sleeps)."""
    deadline = threading.Event()
    timer = threading.Timer(PATIENCE, deadline.set)
    timer.start()
    try:
        while not condition():
            assert not deadline.is_set(), "the documents did not converge"
            for owner in owners:
                owner.woken.wait(0.05)
                owner.woken.clear()
                owner.take()
    finally:
        timer.cancel()


def test_updates_cross_the_threads_without_echo() -> None:
    async def runner(wire: Doc, stop: asyncio.Event) -> None:
        wire.get("items", type=Map)["from-wire"] = "1"
        await stop.wait()

    owner = Owner(shared_doc(), runner)
    sent: list[bytes] = []
    received: list[bytes] = []
    send, receive = owner.link.send, owner.link.received

    def recording_send(update: bytes) -> None:
        sent.append(update)
        send(update)

    def recording_received() -> list[bytes]:
        taken = receive()
        received.extend(taken)
        return taken

    owner.link.send = recording_send  # type: ignore[method-assign]
    owner.link.received = recording_received  # type: ignore[method-assign]
    owner.attach()
    owner.link.start()
    owner.doc.get("items", type=Map)["from-here"] = "2"
    until([owner], lambda: items(owner.doc) == {"from-wire": "1", "from-here": "2"})
    owner.link.stop()
    owner.take()
    assert not owner.link.running
    # Each side's edit crossed once, and neither came back: what was applied from the wire was not
    # sent to it, and what was sent to the wire did not return.
    assert not any(b"from-wire" in update for update in sent)
    assert any(b"from-here" in update for update in sent)
    assert not any(b"from-here" in update for update in received)
    assert [update for update in received if b"from-wire" in update] == received[:1]


def test_a_host_and_a_peer_on_their_own_threads_converge_and_stop_closes_the_port(tmp_path: Path) -> None:
    cert = certificate(tmp_path)
    code = JoinCode.new(cert.fingerprint)
    started: list[JoinInfo] = []
    peers: list[tuple[ConnectedPeer, ...]] = []
    ready = threading.Event()

    def on_started(info: JoinInfo) -> None:
        started.append(info)
        ready.set()

    host_doc = shared_doc()
    host_doc.get("items", type=Map)["agenda"] = "opening"
    host = Owner(
        host_doc, sharing(cert, "s-1", code, 0, on_started=on_started, on_peers=peers.append, bind="127.0.0.1")
    )
    host.attach()
    host.link.start()
    assert ready.wait(PATIENCE)
    port = started[0].port

    sessions: list[str] = []
    peer_doc = shared_doc()
    peer = Owner(
        peer_doc,
        joining(
            code,
            f"127.0.0.1:{port}",
            "rapporteur",
            on_session=sessions.append,
            on_link=lambda _: None,
            backoff=TEST_BACKOFF,
        ),
    )
    peer.attach()
    peer.link.start()
    until([host, peer], lambda: items(peer_doc) == {"agenda": "opening"})
    assert sessions == ["s-1"]
    peer_doc.get("report", type=Text).insert(0, "Key points")
    host_doc.get("items", type=Map)["timer"] = "running"
    until([host, peer], lambda: str(host_doc.get("report", type=Text)) == "Key points" and "timer" in items(peer_doc))
    assert [peer.role for peer in peers[-1]] == ["rapporteur"]

    peer.link.stop()
    host.link.stop()
    assert not host.link.running and not peer.link.running
    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", port), timeout=PATIENCE):
        pass


def test_a_refused_join_ends_the_link_with_the_refusal(tmp_path: Path) -> None:
    cert = certificate(tmp_path)
    code = JoinCode.new(cert.fingerprint)
    started: list[JoinInfo] = []
    ready = threading.Event()

    def on_started(info: JoinInfo) -> None:
        started.append(info)
        ready.set()

    host = RunningLink(sharing(cert, "s-1", code, 0, on_started=on_started, on_peers=lambda _: None, bind="127.0.0.1"))
    host.start()
    assert ready.wait(PATIENCE)
    ended: list[BaseException | None] = []
    done = threading.Event()

    def on_end(error: BaseException | None) -> None:
        ended.append(error)
        done.set()

    wrong = JoinCode.new(cert.fingerprint)  # the same host, another share's secret
    address = f"127.0.0.1:{started[0].port}"
    peer = RunningLink(joining(wrong, address, "rapporteur", on_session=ignore, on_link=ignore), on_end=on_end)
    peer.start()
    assert done.wait(PATIENCE)
    host.stop()
    assert isinstance(ended[0], JoinRefused)
    assert "refused the join code" in str(ended[0])
