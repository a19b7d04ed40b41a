"""Importing a session file that is already here: the dialog offers Merge first, and shows what the merge did."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from moderator_app.services.sessions import export_file
from moderator_app.ui.handlers.live import import_choice_box


def test_the_choice_offers_merge_as_the_default_then_replace_copy_and_cancel(qtbot):
    box, choices = import_choice_box("The session is already in this data folder.")
    qtbot.addWidget(box)
    assert box.defaultButton().text() == "Merge"
    assert sorted(choices.values()) == ["copy", "merge", "replace"]
    assert [b.text() for b in choices] == ["Merge", "Replace the one here", "Import as a copy"]
    assert box.button(QMessageBox.StandardButton.Cancel) is not None


def test_importing_a_file_of_this_session_merges_it_and_shows_the_summary(
    window, console, repository, clock, tmp_path: Path, monkeypatch
):
    target = tmp_path / "from-rapporteur.json"
    export_file(repository, console.session_id, target, clock)
    document = json.loads(target.read_text(encoding="utf-8"))
    document["notes"].append(
        {"id": "rapporteur-note", "created_at": "2017-12-21T10:30:00+01:00", "text": "From the rapporteur"}
    )
    target.write_text(json.dumps(document), encoding="utf-8")
    monkeypatch.setattr("moderator_app.ui.handlers.live.QFileDialog.getOpenFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: box.defaultButton().click())  # Enter: the default
    shown: list[str] = []
    monkeypatch.setattr("moderator_app.ui.common.message_box.information", lambda *a: shown.append(a[2]))

    window.commands.import_file()

    assert shown == ["Added: 1 note."]
    assert any(n.id == "rapporteur-note" for n in repository.load(console.session_id).notes)
