"""The report window and user templates: clashes and broken folders are shown; template and disk errors are words."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt

from moderator_app.reports.templates import builtin_templates_dir, user_templates_dir
from moderator_app.ui.report.window import ReportWindow
from tests.support import make_folder_full


def copy_builtin(data_dir: Path, builtin: str, name: str) -> Path:
    folder = user_templates_dir(data_dir) / name
    shutil.copytree(builtin_templates_dir() / builtin, folder)
    return folder


def open_window(qtbot, console, data_dir: Path) -> ReportWindow:
    window = ReportWindow(console, data_dir)
    qtbot.addWidget(window)
    window.show()
    return window


def combo_rows(window: ReportWindow) -> list[tuple[str, object, bool, str]]:
    combo = window.template_combo
    model = combo.model()
    return [
        (
            combo.itemText(row),
            combo.itemData(row),
            model.item(row).isEnabled(),
            str(combo.itemData(row, Qt.ItemDataRole.ToolTipRole) or ""),
        )
        for row in range(combo.count())
    ]


def test_the_template_list_shows_a_clash_and_a_broken_folder_instead_of_hiding_them(qtbot, console, app_paths):
    data_dir = app_paths.data_dir
    copy_builtin(data_dir, "minutes", "minutes")  # would have replaced the built-in
    copy_builtin(data_dir, "igf-short", "board")
    broken = copy_builtin(data_dir, "minutes", "half-done")
    (broken / "template.toml").write_text("title = ", encoding="utf-8")
    window = open_window(qtbot, console, data_dir)
    rows = combo_rows(window)
    usable = [(text, data) for text, data, enabled, _tip in rows if enabled]
    assert [data for _text, data in usable] == ["igf-workshop", "board", "igf-short", "minutes"]
    assert dict((data, text) for text, data in usable)["board"] == "IGF short report (yours: board)"
    unusable = [(text, tip) for text, _data, enabled, tip in rows if not enabled]
    assert len(unusable) == 2
    clash_text, clash_tip = next(row for row in unusable if "minutes" in row[0])
    assert clash_text == "⚠ minutes (your folder): not used, a built-in template has this name"
    assert "rename the folder" in clash_tip
    broken_text, broken_tip = next(row for row in unusable if "half-done" in row[0])
    assert broken_text == "⚠ half-done (your folder): cannot be used, it has an error"
    assert "template.toml" in broken_tip
    window.template_combo.setCurrentIndex(window.template_combo.findData("minutes"))
    assert window.report is not None and window.report.template.builtin


def test_a_template_that_fails_while_rendering_says_so_in_the_preview_and_on_export(
    qtbot, console, app_paths, tmp_path, monkeypatch
):
    folder = copy_builtin(app_paths.data_dir, "igf-short", "with-a-typo")
    (folder / "report.html.j2").write_text("<h1>{{ facts.title }}</h1>\n{% include 'footer.html' %}\n", "utf-8")
    window = open_window(qtbot, console, app_paths.data_dir)
    window.template_combo.setCurrentIndex(window.template_combo.findData("with-a-typo"))
    preview = window.preview.toPlainText()
    assert preview.startswith("This template cannot be shown: report template 'with-a-typo': ")
    assert str(folder / "report.html.j2") + ", line 2: includes 'footer.html'" in preview
    warnings: list[str] = []
    monkeypatch.setattr(
        "moderator_app.ui.common.message_box.warning", lambda _parent, _title, text: warnings.append(text)
    )
    monkeypatch.setattr(
        "moderator_app.ui.report.output.QFileDialog.getSaveFileName",
        lambda *a, **k: (str(tmp_path / "report.html"), ""),
    )
    window.export()
    qtbot.waitUntil(lambda: bool(warnings), timeout=60_000)
    assert warnings[0].startswith("The report was not written: report template 'with-a-typo'")
    assert "footer.html" in warnings[0] and "cannot write" not in warnings[0]
    assert not (tmp_path / "report.html").exists()


def test_an_export_on_a_full_disk_says_the_disk_is_full(qtbot, console, app_paths, tmp_path, monkeypatch):
    folder = tmp_path / "full"
    folder.mkdir()
    make_folder_full(folder, monkeypatch)
    window = open_window(qtbot, console, app_paths.data_dir)
    warnings: list[str] = []
    monkeypatch.setattr(
        "moderator_app.ui.common.message_box.warning", lambda _parent, _title, text: warnings.append(text)
    )
    monkeypatch.setattr(
        "moderator_app.ui.report.output.QFileDialog.getSaveFileName", lambda *a, **k: (str(folder / "r.pdf"), "")
    )
    window.export()
    qtbot.waitUntil(lambda: bool(warnings), timeout=60_000)
    assert warnings[0] == (
        "The report was not written: the disk is full. Free some space or choose another drive, then export again."
    )
    assert list(folder.iterdir()) == []
