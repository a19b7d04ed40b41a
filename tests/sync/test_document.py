"""The session document's own rules: text edited in place, equal values not written again."""

from __future__ import annotations

import pytest
from pycrdt import Doc, Map, Text

from moderator_app.domain.rapporteur import StoredSection
from moderator_app.services.sharing import SharedItems
from moderator_app.sync.document import SessionDocument, replace_text

EDITS = [
    "Léa 😀 said: ok!",
    "Lé 😀 sad ok",
    "😀😀",
    "",
    "ça va — très bien 😀",
    "aaa",
    "aa",
    "aaaa",
    "é😀é",
    "é😀😀é",
]


def test_a_text_is_brought_to_any_new_value_whatever_its_characters():
    doc = Doc()
    root = doc.get("root", type=Map)
    root["text"] = Text("Léa 😀 said ok")
    for new in EDITS:
        replace_text(root["text"], new)
        assert str(root["text"]) == new


@pytest.mark.parametrize(
    ("start", "mine", "theirs", "merged"),
    [
        ("Key issues.", "Key issues. 😀 First.", "Léa: Key issues.", "Léa: Key issues. 😀 First."),
        ("Très bien", "Très très bien", "Très bien — ça va", "Très très bien — ça va"),
    ],
)
def test_edits_in_two_places_of_one_text_merge(start, mine, theirs, merged):
    one, two = Doc(), Doc()
    one.get("root", type=Map)["text"] = Text(start)
    two.apply_update(one.get_update())
    replace_text(one.get("root", type=Map)["text"], mine)
    replace_text(two.get("root", type=Map)["text"], theirs)
    one.apply_update(two.get_update(one.get_state()))
    two.apply_update(one.get_update(two.get_state()))
    assert str(one.get("root", type=Map)["text"]) == str(two.get("root", type=Map)["text"]) == merged


def test_what_is_written_reads_back_and_writing_it_again_makes_no_update():
    document = SessionDocument()
    shared = SharedItems(
        {"id": "s", "title": "Round table"},
        {"notes": {"n": {"id": "n", "text": "Léa 😀"}}},
        {"t:s": StoredSection("Typed", "Drafted")},
    )
    roots = ("session", "notes", "report", "attendance")
    assert document.write(shared, roots)
    read = document.read()
    assert (read.session, read.items["notes"], read.sections, read.attendance) == (
        shared.session,
        shared.items["notes"],
        shared.sections,
        shared.attendance,
    )
    updates: list[bytes] = []
    document.doc.observe(lambda event: updates.append(event.update))
    assert not document.write(shared, roots)
    assert updates == []
