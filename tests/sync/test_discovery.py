"""Shared sessions found on the local network: announced, found by the code's fingerprint, gone when sharing stops."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from zeroconf import ServiceInfo

from moderator_app.sync.discovery import (
    FINGERPRINT_DIGITS,
    MAX_TITLE,
    MAX_TITLE_BYTES,
    SERVICE_TYPE,
    Advertiser,
    Browser,
    _fitting,
    announcement_of,
    clean_text,
)

LOOPBACK = ["127.0.0.1"]
FINGERPRINT = "0123456789abcdef" + "00" * 24


def test_a_shared_session_is_found_by_its_fingerprint_and_gone_when_sharing_stops():
    changed = threading.Event()
    browser = Browser(changed.set, interfaces=LOOPBACK)
    try:
        advertiser = Advertiser(
            "Towards an Inclusive Cybersecurity", 8765, FINGERPRINT, addresses=LOOPBACK, interfaces=LOOPBACK
        )
        # Other shares on this machine's network may come and go meanwhile: only this one counts.
        try:
            assert _until(changed, lambda: bool(browser.matching(FINGERPRINT[:FINGERPRINT_DIGITS])))
            found = browser.matching(FINGERPRINT[:FINGERPRINT_DIGITS])
            assert [(a.title, a.address) for a in found] == [("Towards an Inclusive Cybersecurity", "127.0.0.1:8765")]
            assert browser.matching("f" * FINGERPRINT_DIGITS) == []
        finally:
            advertiser.close()
        assert _until(changed, lambda: not browser.matching(FINGERPRINT[:FINGERPRINT_DIGITS]))
        assert all(a.address != "127.0.0.1:8765" for a in browser.found())
    finally:
        browser.close()


def _until(changed: threading.Event, condition: Callable[[], bool], seconds: float = 10) -> bool:
    """Whether ``condition`` comes to hold within ``seconds``, checked each time discovery changes."""
    deadline = time.monotonic() + seconds
    while not condition():
        left = deadline - time.monotonic()
        if left <= 0 or not changed.wait(left):
            return condition()
        changed.clear()
    return True


def _info(properties: dict[bytes, bytes | None], port: int = 8765) -> ServiceInfo:
    return ServiceInfo(
        SERVICE_TYPE,
        f"x.{SERVICE_TYPE}",
        addresses=[bytes([127, 0, 0, 1])],
        port=port,
        properties=properties,
        server="x.local.",
    )


def test_what_strangers_announce_is_bounded_plain_text():
    # A text-record entry holds 255 bytes at most, so a stranger's title is short: the rest is bounded here.
    hostile = ("\u202e<b>=cmd|' /C calc'!A0</b>\x00\x1b[31m" + "A" * 200).encode("utf-8") + b"\xff\xfe"
    announcement = announcement_of(_info({b"title": hostile, b"fp": FINGERPRINT[:16].encode()}))
    assert announcement is not None
    assert len(announcement.title) == MAX_TITLE
    assert "\u202e" not in announcement.title and "\x00" not in announcement.title and "\x1b" not in announcement.title
    assert announcement.title.startswith("<b>=cmd|")  # markup and formulas stay text, to be shown as text


def test_an_announcement_without_a_usable_fingerprint_or_port_is_passed_over():
    assert announcement_of(_info({b"title": b"A", b"fp": b"not hex at all!!"})) is None
    assert announcement_of(_info({b"title": b"A"})) is None
    assert announcement_of(_info({b"title": b"A", b"fp": FINGERPRINT[:16].encode()}, port=0)) is None
    untitled = announcement_of(_info({b"fp": FINGERPRINT[:16].upper().encode()}))
    assert untitled is not None and untitled.title == "(untitled session)"
    assert untitled.fingerprint == FINGERPRINT[:16]


def test_a_long_title_is_announced_cut_to_fit_on_a_character():
    fitted = _fitting("Diálogo multisectorial — " * 40)
    assert len(fitted) <= MAX_TITLE_BYTES
    assert fitted.decode("utf-8").startswith("Diálogo multisectorial — ")


def test_clean_text_replaces_what_does_not_decode_and_folds_whitespace():
    assert clean_text(b"Round\ttable \n\xffday 0", 50) == "Round table \ufffdday 0"
    assert clean_text(None, 10) == ""
