"""Who may change what in a shared session, checked on the host where each update arrives.

Each laptop's role is the one it proved with the join code (sync/link_host.py). What each may
change follows what each does in the room:

- **The onsite moderator** (the host) runs the session: the floor, the queues, the agenda and the
  session clock, the roster, and may correct anything else. Everything.
- **The online moderator** takes the requests of the people following remotely: the remote
  queue's entries (channel ``remote``: added, edited, reordered, withdrawn) and the people it
  adds for them (a new person only: the roster's existing people are the host's). Nothing of the
  floor: turns (``interventions``), the main queue, the agenda (``segments``) and the session's
  fields (its clock, its live state) are the onsite moderator's, since two laptops running one
  floor would give it to two speakers. Bringing a remote request into the main queue is a move
  of the floor too, so it is the host's.
- **The rapporteur** writes the record: notes, report sections (their drafts and texts) and the
  attendance figures. Nothing of the floor, the queues or the roster.

What an update touches is found before it counts: it is applied to a scratch copy of the
document, whose root maps tell which keys it added, changed or deleted (with the values before
and after, for the remote queue's channel), and whose texts which report sections it typed in.
That copy is the whole document, made again for each update from a laptop that is not the host
(benchmarks/role_check.py measures it on a session of 1,000 turns).

A change the sender's role may not make is not kept: the update is applied to the document and
everything it changed brought back to its value before it in the same transaction, so what leaves
the host (to the other laptops, to its library, to its log) is the document as it was for those
items. Not applying the update at all would not do: a CRDT takes each laptop's updates in their
order, so every later update from that laptop would wait for the refused one for ever, and the
sender's copy would keep the refused change. Applied and undone in one transaction, the undo
follows the refused change on every laptop (the sender's included, which the host sends it to
like every update), so the sender's copy returns to the host's, and its library follows through
the normal remote path. The refused values are not in what is sent on (the engine keeps no
content of an item overwritten in the same transaction).

An update is refused whole, its permitted changes with the rest: one update is one command's
writes (or, on joining, all that the laptop did while apart), and keeping part of a command
could make a session no one wrote (a remote request brought into the main queue would leave the
remote queue renumbered without it). A laptop's own window offers its role's commands only, so
a refused update is a mistake or a tampered laptop, not work in progress.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pycrdt import Array, Doc, Map, MapEvent, Text

from moderator_app.sync.document import ALL_ROOTS, replace_text
from moderator_app.sync.link import ROLES

#: The host's role: it proves nothing (it holds the session) and may change everything.
HOST_ROLE = "onsite-moderator"
ONLINE_MODERATOR, RAPPORTEUR = ROLES
#: The prefix of the roots holding report sections' texts (``report:<template>:<section>``).
SECTION_TEXT_PREFIX = "report:"
#: The roots the rapporteur may change in full: the session's record.
RECORD_ROOTS = frozenset({"notes", "report", "attendance"})
#: The map roots a scratch copy watches: the document's own (document.py).
MAP_ROOTS = ALL_ROOTS


@dataclass(frozen=True)
class Touch:
    """One thing an update changes: a key of a root map (with its values before and after, None
    when absent), or a text root (key None, the texts before and after)."""

    root: str
    key: str | None
    before: Any
    after: Any


def touches(doc: Doc, update: bytes) -> list[Touch]:
    """What ``update`` would change in ``doc``, found on a scratch copy (``doc`` is left alone)."""
    scratch: Doc = Doc()
    scratch.apply_update(doc.get_update())
    roots_before = set(scratch.keys())
    texts = {name: str(scratch.get(name, type=Text)) for name in roots_before if name.startswith(SECTION_TEXT_PREFIX)}
    found: list[Touch] = []
    maps = {name: scratch.get(name, type=Map) for name in MAP_ROOTS}

    def heard(root: str) -> Callable[[MapEvent], None]:
        def record(event: MapEvent) -> None:
            for key, change in event.keys.items():  # type: ignore[attr-defined]
                found.append(Touch(root, key, change.get("oldValue"), change.get("newValue")))

        return record

    subscriptions = [(root, maps[root].observe(heard(root))) for root in maps]
    scratch.apply_update(update)
    for root, subscription in subscriptions:
        maps[root].unobserve(subscription)
    for name in sorted(set(scratch.keys()) - roots_before - set(MAP_ROOTS)) + sorted(texts):
        if not name.startswith(SECTION_TEXT_PREFIX):
            found.append(Touch(name, None, None, None))  # a root the session does not have
            continue
        before, after = texts.get(name, ""), str(scratch.get(name, type=Text))
        if before != after:
            found.append(Touch(name, None, before, after))
    return found


def _channel(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    try:
        entry = json.loads(value)
    except ValueError:
        return None
    return entry.get("channel") if isinstance(entry, dict) else None


def may_change(role: str, touch: Touch) -> bool:
    """Whether a laptop with ``role`` may make ``touch`` (the table in this module's doc)."""
    if role == HOST_ROLE:
        return True
    if role == RAPPORTEUR:
        return touch.root in RECORD_ROOTS or (touch.root.startswith(SECTION_TEXT_PREFIX) and touch.key is None)
    if role == ONLINE_MODERATOR:
        if touch.root == "queue":
            # Both sides remote: no main entry changed, removed or made remote, no remote one made main.
            return all(value is None or _channel(value) == "remote" for value in (touch.before, touch.after))
        if touch.root == "participants":
            return touch.before is None and isinstance(touch.after, str)
    return False


def describe(refused: list[Touch]) -> str:
    """What a refused update tried to change, by root and number of items (never their content)."""
    counts: dict[str, int] = {}
    for touch in refused:
        label = touch.root
        if touch.root == "queue":
            label = f"{_channel(touch.before) or _channel(touch.after) or 'unknown'} queue"
        elif touch.root.startswith(SECTION_TEXT_PREFIX):
            label = "report text"
        counts[label] = counts.get(label, 0) + 1
    return ", ".join(f"{label} ({count} item{'s' if count > 1 else ''})" for label, count in counts.items())


class RoleGate:
    """The host's check of each update a peer sends, against the role the peer proved.

    ``admit(role, update)`` returns None when every change in it is the role's to make (the link
    then applies it as usual); otherwise it has applied the update and undone all it changed, in
    one transaction, and returns what the role may not change, in words for the log (never the
    content).
    """

    def __init__(self, doc_provider: Callable[[], Doc]) -> None:
        self._doc_provider = doc_provider

    def admit(self, role: str, update: bytes) -> str | None:
        if role == HOST_ROLE:
            return None
        doc = self._doc_provider()
        found = touches(doc, update)
        refused = [touch for touch in found if not may_change(role, touch)]
        if not refused:
            return None
        with doc.transaction():
            doc.apply_update(update)
            for touch in found:
                _restore(doc, touch)
        return describe(refused)


def _empty(doc: Doc, root: str) -> None:
    """Empty a root the session does not have (the host writes none), whatever its kind: the engine
    reads a root as the kind it is asked for, its keys as a map, its items (or characters) as a
    sequence."""
    target = doc.get(root, type=Map)
    for key in list(target.keys()):
        del target[key]
    items = doc.get(root, type=Array)
    if len(items):
        del items[0 : len(items)]


def _restore(doc: Doc, touch: Touch) -> None:
    """Bring what ``touch`` changed back to its value before, in the open transaction."""
    if touch.key is None:
        if touch.root.startswith(SECTION_TEXT_PREFIX):
            replace_text(doc.get(touch.root, type=Text), touch.before)
        else:
            _empty(doc, touch.root)
        return
    target = doc.get(touch.root, type=Map)
    if touch.before is None:
        if touch.key in target:
            del target[touch.key]
    else:
        target[touch.key] = touch.before
