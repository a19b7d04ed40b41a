"""A host and two peers on loopback keep one document in step, through drops and restarts."""

from __future__ import annotations

import asyncio
import logging
import time
from pathlib import Path

import pytest
from pycrdt import Map, Text

from moderator_app.sync.join_code import JoinCode
from moderator_app.sync.link import JoinRefused
from moderator_app.sync.link_host import ShareHost
from tests.sync.link_support import (
    PATIENCE,
    LinkWatch,
    certificate,
    items,
    make_peer,
    report,
    run,
    running,
    shared_doc,
    until,
    wait,
)

pytestmark = pytest.mark.network


def test_a_host_and_two_peers_converge_a_map_and_a_text(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)

    async def scenario() -> JoinCode:
        host_doc = shared_doc()
        host_doc.get("items", type=Map)["agenda"] = "opening"
        seen: list[tuple[str, ...]] = []
        host = ShareHost(
            lambda: host_doc,
            certificate(tmp_path),
            session_id="s-1",
            bind="127.0.0.1",
            on_peers=lambda peers: seen.append(tuple(sorted(peer.role for peer in peers))),
        )
        info = await host.start()
        online, rapporteur = shared_doc(), shared_doc()
        first_peer = make_peer(host, info.port, online, "online-moderator")
        second_peer = make_peer(host, info.port, rapporteur, "rapporteur")
        async with running(first_peer), running(second_peer):
            docs = [host_doc, online, rapporteur]
            await until(docs, lambda: all(items(doc) == {"agenda": "opening"} for doc in docs))
            host_doc.get("items", type=Map)["timer"] = "running"
            online.get("items", type=Map)["remote-1"] = "Ana (chat)"
            rapporteur.get("report", type=Text).insert(0, "Key points")
            online.get("report", type=Text).insert(0, "Summary. ")
            expected = {"agenda": "opening", "timer": "running", "remote-1": "Ana (chat)"}
            await until(docs, lambda: all(items(doc) == expected for doc in docs))
            await until(docs, lambda: len({report(doc) for doc in docs}) == 1 and len(report(host_doc)) == 19)
            # Both insertions kept whole, character by character, in the same order everywhere.
            assert "Key points" in report(host_doc) and "Summary. " in report(host_doc)
            assert sorted(peer.role for peer in host.peers) == ["online-moderator", "rapporteur"]
            assert all(peer.address.startswith("127.0.0.1:") for peer in host.peers)
            assert first_peer.session_id == second_peer.session_id == "s-1"
            assert seen[-1] == ("online-moderator", "rapporteur")
        await host.stop()
        assert seen[-1] == ()  # both left when the host stopped
        assert info.address_text() == f"127.0.0.1:{info.port}"
        return info.code

    code = run(scenario())
    # Every log line, websockets' frame dumps included: neither the code nor its secret is there.
    logged = caplog.text.lower()
    assert code.text().lower() not in logged
    assert code.text().replace("-", "").lower() not in logged
    assert code.secret.hex() not in logged
    assert " ".join(f"{byte:02x}" for byte in code.secret) not in logged


def test_peers_reconnect_by_themselves_after_the_host_restarts_and_converge(tmp_path: Path) -> None:
    async def scenario() -> None:
        host_doc = shared_doc()
        host_certificate = certificate(tmp_path)
        host = ShareHost(lambda: host_doc, host_certificate, session_id="s-1", bind="127.0.0.1")
        info = await host.start()
        peer_doc = shared_doc()
        watch = LinkWatch()
        peer = make_peer(host, info.port, peer_doc, on_link=watch.on_link)
        async with running(peer):
            await wait(watch.up)
            host_doc.get("items", type=Map)["before"] = 1
            await until([peer_doc], lambda: items(peer_doc) == {"before": 1})

            await host.stop()
            await wait(watch.down)
            # Both sides keep working while the link is down.
            host_doc.get("items", type=Map)["host offline"] = 2
            peer_doc.get("items", type=Map)["peer offline"] = 3
            peer_doc.get("report", type=Text).insert(0, "written offline")

            restarted = ShareHost(
                lambda: host_doc, host_certificate, session_id="s-1", code=host.code, bind="127.0.0.1"
            )
            await restarted.start(info.port)
            await wait(watch.up)
            expected = {"before": 1, "host offline": 2, "peer offline": 3}
            await until([host_doc, peer_doc], lambda: items(host_doc) == items(peer_doc) == expected)
            await until([host_doc], lambda: report(host_doc) == "written offline")
            await restarted.stop()

    run(scenario())


def test_the_peer_measures_its_clock_offset_to_the_host(tmp_path: Path) -> None:
    async def scenario() -> float | None:
        host_doc = shared_doc()
        host = ShareHost(
            lambda: host_doc, certificate(tmp_path), session_id="s-1", bind="127.0.0.1", clock=lambda: time.time() + 5
        )
        info = await host.start()
        watch = LinkWatch()
        peer = make_peer(host, info.port, shared_doc(), on_offset=watch.on_offset)
        assert peer.offset_seconds is None
        async with running(peer):
            await wait(watch.offset)
        await host.stop()
        return peer.offset_seconds

    offset = run(scenario())
    assert offset is not None
    assert abs(offset - 5) < 0.1


def test_each_side_hears_once_a_received_update_is_in_its_document(tmp_path: Path) -> None:
    async def scenario() -> tuple[list[dict[str, object]], list[dict[str, object]]]:
        host_doc = shared_doc()
        host_heard: list[dict[str, object]] = []
        host = ShareHost(
            lambda: host_doc,
            certificate(tmp_path),
            session_id="s-1",
            bind="127.0.0.1",
            on_received=lambda origin: host_heard.append({"origin": origin, **items(host_doc)}),
        )
        info = await host.start()
        peer_doc = shared_doc()
        peer_heard: list[dict[str, object]] = []
        peer = make_peer(
            host,
            info.port,
            peer_doc,
            "online-moderator",
            on_received=lambda origin: peer_heard.append({"origin": origin, **items(peer_doc)}),
        )
        async with running(peer):
            peer_doc.get("items", type=Map)["from peer"] = 1
            await until([host_doc], lambda: any(seen.get("from peer") == 1 for seen in host_heard))
            host_doc.get("items", type=Map)["from host"] = 2
            await until([peer_doc], lambda: any(seen.get("from host") == 2 for seen in peer_heard))
        await host.stop()
        return host_heard, peer_heard

    host_heard, peer_heard = run(scenario())
    # What each side heard was already in its document when it was told, with where it came from.
    assert {"origin": "online-moderator", "from peer": 1}.items() <= host_heard[-1].items()
    assert peer_heard[-1] == {"origin": "host", "from peer": 1, "from host": 2}


def test_a_host_that_now_shares_another_session_is_refused(tmp_path: Path) -> None:
    async def scenario() -> str:
        host_certificate = certificate(tmp_path)
        host = ShareHost(shared_doc, host_certificate, session_id="s-1", bind="127.0.0.1")
        info = await host.start()
        watch = LinkWatch()
        peer = make_peer(host, info.port, shared_doc(), on_link=watch.on_link)
        task = asyncio.create_task(peer.run())
        await wait(watch.up)
        await host.stop()
        other = ShareHost(shared_doc, host_certificate, session_id="s-2", code=host.code, bind="127.0.0.1")
        await other.start(info.port)
        with pytest.raises(JoinRefused) as refusal:
            async with asyncio.timeout(PATIENCE):
                await task
        await other.stop()
        return str(refusal.value)

    assert run(scenario()).startswith("the host now shares session s-2, not s-1")


def test_a_peer_does_not_send_the_hosts_changes_back_to_it(tmp_path: Path) -> None:
    async def scenario() -> list[str]:
        host_doc = shared_doc()
        from_peers: list[str] = []

        def gate(role: str, update: bytes) -> None:
            # Every update a joined laptop sends passes here, as the role check does on a real host.
            from_peers.append(role)

        host = ShareHost(lambda: host_doc, certificate(tmp_path), session_id="s-1", bind="127.0.0.1", gate=gate)
        info = await host.start()
        peer_doc = shared_doc()
        async with running(make_peer(host, info.port, peer_doc)):
            await until([peer_doc], lambda: "report" in peer_doc.keys())
            host_map, peer_map = host_doc.get("items", type=Map), peer_doc.get("items", type=Map)
            host_map["first"] = "from the host"
            await until([peer_doc], lambda: items(peer_doc).get("first") == "from the host")
            from_peers.clear()  # the opening exchange of states is not what is counted
            for number in range(20):
                host_map[f"turn-{number}"] = "given by the host"
                host_doc.get("report", type=Text).insert(0, "x")
            await until([peer_doc], lambda: len(items(peer_doc)) == 21 and len(report(peer_doc)) == 20)
            # The peer's own change travels behind anything it would have sent back before it.
            peer_map["note"] = "from the rapporteur"
            await until([host_doc], lambda: items(host_doc).get("note") == "from the rapporteur")
        await host.stop()
        return from_peers

    assert run(scenario()) == ["rapporteur"]  # its own change, and none of the host's 40 back
