"""The shared session as a pycrdt document: one root map per kind of item, keyed by item id.

Roots (the session file's names, see services/sharing.py for the items themselves):

- ``session``: the session's fields (and its balance settings), one key per field;
- ``participants``, ``segments``, ``interventions``, ``queue`` (main and remote entries, each with
  its ``channel`` and ``position``), ``notes``, ``contingents`` (by stakeholder group): one key
  per item;
- ``attendance``: the rapporteur's figures, under ``"attendance"``;
- ``report``: the edited report sections, by ``"<template>:<section>"``, each with the draft it
  was based on; the section's text is the shared ``Text`` at the root ``"report:<template>:<section>"``.

Each item (and each session field) is stored as one value, its JSON text: two laptops that edit
the same item at once end with one of the two versions, the same on both (the CRDT orders
concurrent writes to a key alike everywhere), never with a mix of fields that no one wrote, which
the session's checks could refuse. That is right for a person, a turn, a queue entry or a note,
which one person edits at a time. Report text is the exception: two rapporteurs type into one
section at once, so it is a ``Text``, merged character by character. Each is a root of its own,
named after its section, not a value in a map: a root exists on every laptop by its name alone,
so two laptops that start the same section at once type into one text (a ``Text`` set as a map
value by each would be two texts, and one would be dropped).

A value is written only when it differs from what the document holds: writing an equal value
would still make an update, which the others would apply and send on again.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from pycrdt import Doc, Map, Text

from moderator_app.domain.changes import ATTENDANCE_ID, Part
from moderator_app.domain.rapporteur import StoredSection
from moderator_app.services.sharing import ITEM_KINDS, SharedItems, attendance_item, attendance_of

#: The roots a change of each part is written to.
ROOTS_OF_PART: dict[Part, tuple[str, ...]] = {
    Part.SESSION: ("session",),
    Part.PARTICIPANTS: ("participants",),
    Part.SEGMENTS: ("segments",),
    Part.INTERVENTIONS: ("interventions",),
    Part.QUEUE: ("queue",),
    Part.REMOTE_QUEUE: ("queue",),
    Part.NOTES: ("notes",),
    Part.CONTINGENTS: ("contingents",),
    Part.REPORT: ("report", "attendance"),
}
ALL_ROOTS: tuple[str, ...] = ("session", *ITEM_KINDS, "attendance", "report")
#: The roots written whole for any change of theirs: every session field is compared, and a
#: person or queue entry moved with the one the change names (their places are in the items).
WHOLE_ROOTS = frozenset({"session", "participants", "queue", "attendance"})


def _encode(value: Any) -> str:
    # Sorted keys and no spaces: equal items give equal text on every laptop.
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def replace_text(text: Text, new: str) -> None:
    """Make ``text`` read ``new`` by replacing only the stretch between what they share at both ends,
    so that what another laptop typed elsewhere in it at the same time is kept."""
    old = str(text)
    if old == new:
        return
    start = 0
    limit = min(len(old), len(new))
    while start < limit and old[start] == new[start]:
        start += 1
    end = 0
    while end < limit - start and old[len(old) - 1 - end] == new[len(new) - 1 - end]:
        end += 1
    # The engine counts places in UTF-8 bytes, not characters: "Léa" is four long to it.
    at = len(old[:start].encode("utf-8"))
    removed = len(old[start : len(old) - end].encode("utf-8"))
    if removed:
        del text[at : at + removed]
    if len(new) - end > start:
        text.insert(at, new[start : len(new) - end])


class SessionDocument:
    """One session's shared document (a ``pycrdt.Doc``), read and written as :class:`SharedItems`."""

    def __init__(self, doc: Doc | None = None) -> None:
        self.doc = doc if doc is not None else Doc()
        self._maps: dict[str, Map[Any]] = {name: self.doc.get(name, type=Map) for name in ALL_ROOTS}

    def root(self, name: str) -> Map[Any]:
        """One of the document's root maps (ALL_ROOTS)."""
        return self._maps[name]

    def section_text(self, key: str) -> Text:
        """The shared text of the report section ``key`` (``"<template>:<section>"``)."""
        return self.doc.get(f"report:{key}", type=Text)

    def is_empty(self) -> bool:
        """True until the session's fields have arrived (a laptop that joined and heard nothing yet)."""
        return "id" not in self._maps["session"]

    # -- reading ---------------------------------------------------------------------------
    def read(self) -> SharedItems:
        session = {key: json.loads(value) for key, value in self._maps["session"].items()}
        items = {kind: {key: json.loads(value) for key, value in self._maps[kind].items()} for kind in ITEM_KINDS}
        sections = {
            key: StoredSection(str(self.section_text(key)), str(json.loads(draft)))
            for key, draft in self._maps["report"].items()
        }
        figures = self._maps["attendance"].get(ATTENDANCE_ID)
        attendance = attendance_of(json.loads(figures)) if figures is not None else attendance_of({})
        return SharedItems(session, items, sections, attendance)

    # -- writing ---------------------------------------------------------------------------
    def write(
        self, shared: SharedItems, roots: Iterable[str], *, only: Mapping[str, Iterable[str]] | None = None
    ) -> bool:
        """Bring ``roots`` to what ``shared`` holds, in one transaction: the values that differ are
        set, the keys it lacks removed. ``only`` limits a root to the keys it lists (a root it does
        not name is written whole). True when anything was written."""
        limits = {root: set(keys) for root, keys in (only or {}).items()}
        wrote = False
        with self.doc.transaction():
            for root in dict.fromkeys(roots):
                keys = limits.get(root)
                if root == "report":
                    wrote |= self._write_sections(shared.sections, keys)
                    continue
                if root == "session":
                    values = shared.session
                elif root == "attendance":
                    values = {ATTENDANCE_ID: attendance_item(shared.attendance)}
                else:
                    values = shared.items.get(root, {})
                wrote |= self._write_values(self._maps[root], values, keys)
        return wrote

    @staticmethod
    def _write_values(target: Map[Any], values: Mapping[str, Any], keys: set[str] | None) -> bool:
        wrote = False
        for key in [key for key in target.keys() if key not in values and (keys is None or key in keys)]:
            del target[key]
            wrote = True
        for key, value in values.items():
            if keys is not None and key not in keys:
                continue
            encoded = _encode(value)
            if target.get(key) != encoded:
                target[key] = encoded
                wrote = True
        return wrote

    def _write_sections(self, sections: Mapping[str, StoredSection], keys: set[str] | None) -> bool:
        """The sections' drafts in the ``report`` map (a reset section leaves it), their texts each in
        its own root, edited in place."""
        drafts = {key: section.generated_text for key, section in sections.items()}
        named = keys if keys is not None else {*self._maps["report"].keys(), *sections}
        wrote = self._write_values(self._maps["report"], drafts, keys)
        for key in sorted(named):
            text = self.section_text(key)
            new = sections[key].text if key in sections else ""
            if str(text) != new:
                replace_text(text, new)
                wrote = True
        return wrote
