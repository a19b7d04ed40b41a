"""A session as live sharing carries it: every item as its session-file JSON, by kind and id. No Qt.

The shared document (moderator_app/sync/) holds these items; this module turns a stored session
into them (:func:`shared_items`, through the session file's own mapping in
storage/session_document.py) and them back into a session (:func:`incoming_session`, through the
session file's checked reader), and says which items differ from what the library holds
(:func:`differences`): what :meth:`Library.apply_shared` writes and names in its change.

Items are keyed as the session file names them, with two additions: a participant carries its
``position`` (the file keeps people in list order; a map has none) and a queue entry its
``channel`` (``main`` or ``remote``, one map for both, since an entry moves between them). Values
derived from the clock (a turn's speaking and paused seconds, the export time) are left out: they
would differ on every read, and the turn's live state holds what they are computed from.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from moderator_app.domain.changes import ATTENDANCE_ID, Part, changed_ids
from moderator_app.domain.clock import Instant
from moderator_app.domain.enums import Region
from moderator_app.domain.rapporteur import Attendance, StoredSection
from moderator_app.domain.snapshot import SessionSnapshot
from moderator_app.storage.session_document import FORMAT, VERSION, to_document
from moderator_app.storage.session_file import parse_document

#: The kinds of item kept by id, as the session file names its lists (both queues in ``queue``).
ITEM_KINDS = ("participants", "segments", "interventions", "queue", "notes", "contingents")
#: The session fields the session file keeps under ``balance`` rather than ``session``.
BALANCE_FIELDS = ("reference", "suggestion_priorities")
#: Clock-derived values left out of a shared turn.
_DERIVED = ("paused_seconds", "speaking_seconds")


@dataclass(frozen=True)
class SharedItems:
    """One session's items as the shared document holds them."""

    #: The session's own fields, each on its own (two laptops may edit two of them at once).
    session: dict[str, Any]
    #: For each of ITEM_KINDS, the items by id (contingents by stakeholder group).
    items: dict[str, dict[str, dict[str, Any]]]
    #: The rapporteur's edited report sections by ``"<template>:<section>"``.
    sections: dict[str, StoredSection] = field(default_factory=dict)
    attendance: Attendance = field(default_factory=Attendance)


def shared_items(
    snapshot: SessionSnapshot, sections: Mapping[str, StoredSection], attendance: Attendance, now: Instant
) -> SharedItems:
    """The stored session as shared items (``now`` only fills fields that are then left out)."""
    document = to_document(snapshot, now=now)
    session = dict(document["session"])
    balance = document["balance"]
    session.update({name: balance[name] for name in BALANCE_FIELDS})
    items: dict[str, dict[str, dict[str, Any]]] = {
        "participants": {p["id"]: {**p, "position": place} for place, p in enumerate(document["participants"])},
        "segments": {s["id"]: s for s in document["segments"]},
        "interventions": {
            i["id"]: {key: value for key, value in i.items() if key not in _DERIVED} for i in document["interventions"]
        },
        "queue": {
            **{q["id"]: {**q, "channel": "main"} for q in document["queue"]},
            **{q["id"]: {**q, "channel": "remote"} for q in document["remote_queue"]},
        },
        "notes": {n["id"]: n for n in document["notes"]},
        "contingents": {c["stakeholder_group"]: c for c in balance["contingents"]},
    }
    return SharedItems(session, items, dict(sections), attendance)


def attendance_item(attendance: Attendance) -> dict[str, Any]:
    return asdict(attendance)


def attendance_of(item: Mapping[str, Any]) -> Attendance:
    """The figures from their shared item; a field this version does not know is ignored."""
    known = set(attendance_item(Attendance()))
    return Attendance(**{key: value for key, value in item.items() if key in known})


def _ordered(items: Mapping[str, dict[str, Any]], *keys: str) -> list[dict[str, Any]]:
    return sorted(items.values(), key=lambda item: (*(str(item.get(k) or "") for k in keys), item["id"]))


def _by_position(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(items, key=lambda item: (int(item.get("position") or 0), str(item["id"])))


#: A note's links, and the kind of item each points to.
_NOTE_LINKS = (("intervention_id", "interventions"), ("participant_id", "participants"), ("segment_id", "segments"))


def _linked(note: dict[str, Any], items: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    """The note with its links to items no longer there cleared."""
    gone = {
        link: None for link, kind in _NOTE_LINKS if note.get(link) is not None and note[link] not in items.get(kind, {})
    }
    return {**note, **gone} if gone else note


def incoming_session(shared: SharedItems, regions: Mapping[str, Region] | None = None) -> SessionSnapshot:
    """The session the shared items describe, checked as an imported session file is (SessionFileError).

    Orders are the ones every laptop computes alike from the same items: people and queue entries
    by their position (then id, when two laptops placed one at once), turns by start, notes by time.

    A person removed on one laptop while another queued them or linked a note to them is settled
    as removing them here would have: their places in the queues go, and a note's link to them (or
    to a turn or segment no longer there) is cleared. A turn of someone removed meanwhile has no
    such rule and is refused.
    """
    items = shared.items
    session = {key: value for key, value in shared.session.items() if key not in BALANCE_FIELDS}
    people = set(items.get("participants", {}))
    queue = [q for q in items.get("queue", {}).values() if q.get("participant_id") in people]
    notes = {key: _linked(note, items) for key, note in items.get("notes", {}).items()}
    queues = {
        key: [{**entry, "position": place} for place, entry in enumerate(_by_position(entries))]
        for key, entries in (
            ("queue", [q for q in queue if q.get("channel") != "remote"]),
            ("remote_queue", [q for q in queue if q.get("channel") == "remote"]),
        )
    }
    document: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "session": session,
        "participants": _by_position(list(items.get("participants", {}).values())),
        "segments": _by_position(list(items.get("segments", {}).values())),
        "interventions": _ordered(items.get("interventions", {}), "started_at"),
        **queues,
        "notes": _ordered(notes, "created_at"),
        "balance": {
            **{name: shared.session.get(name) for name in BALANCE_FIELDS},
            "contingents": sorted(items.get("contingents", {}).values(), key=lambda c: str(c["stakeholder_group"])),
        },
    }
    return parse_document(document, regions=regions)


def differences(
    local: SessionSnapshot,
    incoming: SessionSnapshot,
    local_report: tuple[Mapping[str, StoredSection], Attendance],
    shared: SharedItems,
) -> dict[Part, frozenset[str]]:
    """The items ``incoming`` (with ``shared``'s report) has otherwise than the library: the ids
    per part that writing it changes, as a Change names them (domain/changes.py)."""
    found: dict[Part, set[str]] = {
        Part.PARTICIPANTS: changed_ids(local.participants, incoming.participants, ordered=True),
        Part.SEGMENTS: changed_ids(local.segments, incoming.segments),
        Part.INTERVENTIONS: changed_ids(local.interventions, incoming.interventions),
        Part.NOTES: changed_ids(local.notes, incoming.notes),
    }
    if local.session != incoming.session:
        found[Part.SESSION] = {local.session.id}
    for part, before, after in (
        (Part.QUEUE, local.queue, incoming.queue),
        (Part.REMOTE_QUEUE, local.remote_queue, incoming.remote_queue),
    ):
        moved = changed_ids(before, after, ordered=True)
        if moved:
            found[part] = moved
    mine = {c.stakeholder_group.value: c for c in local.contingents}
    theirs = {c.stakeholder_group.value: c for c in incoming.contingents}
    found[Part.CONTINGENTS] = {key for key in mine.keys() | theirs.keys() if mine.get(key) != theirs.get(key)}
    sections, attendance = local_report
    report = {key for key in sections.keys() | shared.sections.keys() if sections.get(key) != shared.sections.get(key)}
    if attendance != shared.attendance:
        report.add(ATTENDANCE_ID)
    found[Part.REPORT] = report
    return {part: frozenset(ids) for part, ids in found.items() if ids}
