"""The rapporteur's view: edits are stored as typed, survive refreshes, and say when the session moved on."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from moderator_app.ui.report.window import ATTENDANCE_KEY, ReportWindow
from tests.support import require_tools


@pytest.fixture
def played(console, clock):
    console.next_speaker()
    console.add_note("Capacity building must include civil society from the start.", ["key_issue"])
    clock.advance(120)
    console.next_speaker()
    console.add_note("Publish national strategies for consultation.", ["recommendation"])
    clock.advance(90)
    console.end_intervention()
    return console


@pytest.fixture
def report_window(qtbot, played, app_paths) -> ReportWindow:
    window = ReportWindow(played, app_paths.data_dir)
    qtbot.addWidget(window)
    window.show()
    return window


def select(window: ReportWindow, key: str) -> None:
    for row in range(window.section_list.count()):
        if window.section_list.item(row).data(Qt.ItemDataRole.UserRole) == key:
            window.section_list.setCurrentRow(row)
            return
    raise AssertionError(f"no section {key}")


def stored(window: ReportWindow, key: str):
    return window.console.report_sections(window.template_name).get(key)


def test_sections_are_prefilled_from_tagged_notes(report_window):
    select(report_window, "key_issues")
    assert "Capacity building must include civil society" in report_window.editor.toPlainText()
    assert "Key issues" in report_window.section_title.text()


def test_typing_is_stored_and_survives_a_refresh_from_the_session(report_window):
    select(report_window, "key_issues")
    report_window.editor.setPlainText("- Civil society must be in the room from day one.")
    report_window.save_pending()  # what the 600 ms timer does
    assert stored(report_window, "key_issues").text == "- Civil society must be in the room from day one."
    report_window.reload()
    select(report_window, "key_issues")
    assert report_window.editor.toPlainText() == "- Civil society must be in the room from day one."
    assert "✎" in report_window.section_list.currentItem().text()


def test_a_new_note_after_an_edit_marks_the_section_and_shows_the_fresh_draft(report_window, played):
    select(report_window, "key_issues")
    report_window.editor.setPlainText("- My own words.")
    report_window.save_pending()
    played.add_note("Trust is the precondition for any cooperation.", ["key_issue"])
    report_window.reload()
    select(report_window, "key_issues")
    assert report_window.editor.toPlainText() == "- My own words."  # never overwritten
    assert "⚠" in report_window.section_list.currentItem().text()
    assert not report_window.stale_box.isHidden()
    assert "Trust is the precondition" in report_window.fresh_text.toPlainText()
    report_window.use_fresh.click()
    select(report_window, "key_issues")
    assert "Trust is the precondition" in report_window.editor.toPlainText()
    assert stored(report_window, "key_issues") is None


def test_attendance_figures_are_stored(report_window):
    select(report_window, ATTENDANCE_KEY)
    report_window.onsite_spin.setValue(42)
    report_window.women_spin.setValue(19)
    report_window.extent_combo.setCurrentIndex(report_window.extent_combo.findData("partly"))
    report_window.save_pending()
    attendance = report_window.console.attendance()
    assert (attendance.participants_onsite, attendance.participants_online, attendance.women) == (42, None, 19)
    assert attendance.gender_extent == "partly"
    assert "42" in report_window.preview.toPlainText()


def test_switching_section_saves_what_was_typed(report_window):
    select(report_window, "key_issues")
    report_window.editor.setPlainText("- Typed, then moved on.")
    select(report_window, "discussion")
    assert stored(report_window, "key_issues").text == "- Typed, then moved on."


def choose_file(monkeypatch, target: Path) -> None:
    monkeypatch.setattr("moderator_app.ui.report.output.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), ""))


@pytest.mark.parametrize("fmt", ["md", "html", "pdf", "docx"])
def test_export_writes_the_chosen_format(qtbot, report_window, tmp_path: Path, monkeypatch, fmt):
    target = tmp_path / f"report.{fmt}"
    choose_file(monkeypatch, target)
    report_window.export()
    qtbot.waitUntil(lambda: not report_window.exporting, timeout=60_000)
    assert target.exists() and target.stat().st_size > 100
    assert "Exported to" in report_window.statusBar().currentMessage()
    if fmt in ("md", "html"):
        assert "Capacity building must include civil society" in target.read_text(encoding="utf-8")


def test_export_runs_in_the_background_with_a_busy_bar_and_the_window_keeps_working(
    qtbot, report_window, tmp_path: Path, monkeypatch
):
    target = tmp_path / "report.pdf"
    choose_file(monkeypatch, target)
    report_window.export()
    # export() has returned to the event loop's caller while the file is being written:
    # the bar says so, export and print wait, and the rapporteur can go on typing.
    assert report_window.exporting
    assert report_window.export_progress.isVisible() and "PDF" in report_window.export_label.text()
    assert not report_window.act_export.isEnabled() and not report_window.act_print.isEnabled()
    select(report_window, "key_issues")
    report_window.editor.setPlainText("- Typed while the PDF was written.")
    qtbot.waitUntil(lambda: not report_window.exporting, timeout=60_000)
    assert target.read_bytes().startswith(b"%PDF")
    assert not report_window.export_progress.isVisible()
    assert report_window.act_export.isEnabled() and report_window.act_print.isEnabled()
    report_window.save_pending()
    assert stored(report_window, "key_issues").text == "- Typed while the PDF was written."


def test_an_export_that_cannot_be_written_says_why_and_leaves_no_file(
    qtbot, report_window, tmp_path: Path, monkeypatch
):
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("a file where a folder should be", encoding="utf-8")
    target = not_a_folder / "report.pdf"
    choose_file(monkeypatch, target)
    warnings = []
    monkeypatch.setattr(
        "moderator_app.ui.common.message_box.warning", lambda _parent, _title, text: warnings.append(text)
    )
    report_window.export()
    qtbot.waitUntil(lambda: bool(warnings), timeout=60_000)
    assert warnings[0].startswith("The report was not written:")
    assert not_a_folder.read_text(encoding="utf-8") == "a file where a folder should be"
    assert not report_window.exporting and report_window.act_export.isEnabled()


def test_a_bug_in_an_export_reaches_the_crash_dialog_instead_of_vanishing_in_the_worker(
    qtbot, report_window, tmp_path: Path, monkeypatch
):
    def broken(*_args, **_kwargs):
        raise RuntimeError("a bug in a writer")

    monkeypatch.setattr("moderator_app.ui.report.export.service.export_report", broken)
    crashes = []
    monkeypatch.setattr("sys.excepthook", lambda kind, value, tb: crashes.append(value))
    choose_file(monkeypatch, tmp_path / "report.pdf")
    report_window.export()
    qtbot.waitUntil(lambda: bool(crashes), timeout=60_000)
    assert str(crashes[0]) == "a bug in a writer"
    assert not report_window.exporting and report_window.act_export.isEnabled()


def test_ctrl_r_opens_the_rapporteurs_view_of_the_open_session(qtbot, window, console):
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    report = window.commands.report_window
    qtbot.addWidget(report)
    assert report.isVisible()
    assert report.console is console
    assert console.session.title in report.windowTitle()


def test_print_sends_the_report_pages_to_the_chosen_printer(report_window, tmp_path: Path, monkeypatch):
    import subprocess

    from PySide6.QtPrintSupport import QPrinter

    target = tmp_path / "printed.pdf"

    class AcceptingDialog:
        class DialogCode:
            Accepted = 1

        def __init__(self, printer, _parent):
            # Stands in for the user picking "Print to file": the same pages go to a PDF.
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(target))

        def exec(self):
            return 1

    monkeypatch.setattr("moderator_app.ui.report.output.QPrintDialog", AcceptingDialog)
    report_window.print_report()
    assert target.exists() and target.read_bytes().startswith(b"%PDF")
    assert "page" in report_window.statusBar().currentMessage()
    require_tools("pdftotext", package="poppler-utils")
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert "Capacity building must include civil society" in text


def test_typing_is_saved_by_the_timer_alone_without_switching_or_closing(qtbot, report_window):
    select(report_window, "key_issues")
    report_window.editor.setPlainText("- Saved after a pause in typing.")
    qtbot.waitUntil(lambda: stored(report_window, "key_issues") is not None, timeout=3000)
    assert stored(report_window, "key_issues").text == "- Saved after a pause in typing."


def test_typing_in_a_changed_section_keeps_the_mark_until_the_rapporteur_has_seen_the_news(
    qtbot, report_window, played
):
    select(report_window, "key_issues")
    report_window.editor.setPlainText("- My own words.")
    report_window.save_pending()
    played.add_note("Trust is the precondition for any cooperation.", ["key_issue"])
    report_window.reload()
    select(report_window, "key_issues")
    report_window.editor.setPlainText("- My own words, edited again.")
    report_window.save_pending()
    report_window.reload()
    select(report_window, "key_issues")
    assert "⚠" in report_window.section_list.currentItem().text()
    report_window.keep_mine.click()
    select(report_window, "key_issues")
    assert "⚠" not in report_window.section_list.currentItem().text()
    assert report_window.editor.toPlainText() == "- My own words, edited again."


def test_the_template_list_and_the_report_follow_the_chosen_languages(qtbot, played, app_paths):
    """In a French window the templates are listed in French; the report's own language is chosen apart."""
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale("fr_FR"))
    try:
        window = ReportWindow(played, app_paths.data_dir)
        qtbot.addWidget(window)
        titles = [window.template_combo.itemText(i) for i in range(window.template_combo.count())]
        assert "Rapport d'atelier de l'IGF" in titles
        assert window.report_language == "fr"
        window.language_combo.setCurrentIndex(window.language_combo.findData("es"))
        assert window.report.language.code == "es"
        assert window.report.sections[0].title == "Cuestiones clave planteadas"
    finally:
        QLocale.setDefault(QLocale.system())


def _tab_from(qtbot, widget, count: int) -> list:
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    QApplication.processEvents()
    seen = []
    for _ in range(count):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    return seen


def test_tab_leaves_the_section_text_unchanged_and_reaches_the_stale_buttons(qtbot, report_window, played):
    select(report_window, "key_issues")
    report_window.editor.setPlainText("- My own words.")
    report_window.save_pending()
    played.add_note("Trust is the precondition for any cooperation.", ["key_issue"])
    report_window.reload()
    select(report_window, "key_issues")
    seen = _tab_from(qtbot, report_window.editor, 4)
    assert report_window.editor.toPlainText() == "- My own words."  # no tab character typed
    assert seen[:3] == [report_window.fresh_text, report_window.use_fresh, report_window.keep_mine]
    # Alt+K keeps the rapporteur's text from the keyboard.
    report_window.activateWindow()
    qtbot.waitUntil(report_window.isActiveWindow)
    report_window.editor.setFocus()
    qtbot.keyClick(report_window.editor, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(report_window.stale_box.isHidden)  # a mnemonic animates its click
    select(report_window, "key_issues")
    assert report_window.stale_box.isHidden()
    assert report_window.editor.toPlainText() == "- My own words."


def test_tab_from_an_untouched_section_does_not_make_it_the_rapporteurs_text(qtbot, report_window):
    select(report_window, "key_issues")
    before = report_window.editor.toPlainText()
    _tab_from(qtbot, report_window.editor, 1)
    report_window.save_pending()
    assert report_window.editor.toPlainText() == before
    assert stored(report_window, "key_issues") is None


def test_follow_the_session_again_is_reachable_with_tab_and_alt_f(qtbot, report_window):
    select(report_window, "key_issues")
    report_window.editor.setPlainText("- Mine.")
    report_window.save_pending()
    report_window.reload()
    select(report_window, "key_issues")
    assert not report_window.reset_button.isHidden()
    assert _tab_from(qtbot, report_window.editor, 1) == [report_window.reset_button]
    report_window.activateWindow()
    qtbot.waitUntil(report_window.isActiveWindow)
    qtbot.keyClick(report_window.reset_button, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: stored(report_window, "key_issues") is None)  # a mnemonic animates its click
