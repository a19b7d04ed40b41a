"""Help → About: the version, the data folder (open it, copy it), the runtime, and every licence to read."""

from __future__ import annotations

import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import QUrl, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLabel, QPlainTextEdit

from moderator_app import __version__
from moderator_app.system.licences import components
from moderator_app.ui.dialogs.about_dialog import AboutDialog


def make_dialog(qtbot, data_dir: Path, opened: list[QUrl], *, opens: bool = True) -> AboutDialog:
    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return opens

    dialog = AboutDialog(data_dir, open_url=open_url)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_help_about_shows_the_package_version_and_this_data_folder(window, app_paths, qtbot):
    window.act["about"].trigger()
    dialog = window.commands.about_dialog
    qtbot.waitExposed(dialog)
    assert dialog.isVisible() and dialog.isModal()
    assert __version__ in dialog.version_label.text()
    assert str(app_paths.data_dir) in dialog.folder_link.text()
    assert dialog.data_dir == app_paths.data_dir
    dialog.reject()


def test_open_folder_opens_the_data_folder_in_the_file_manager(qtbot, tmp_path: Path):
    opened: list[QUrl] = []
    data_dir = tmp_path / "my data"
    dialog = make_dialog(qtbot, data_dir, opened)
    dialog.open_button.click()
    assert opened == [QUrl.fromLocalFile(str(data_dir))]
    assert data_dir.is_dir()
    assert not dialog.folder_status.isVisible()
    dialog.folder_link.linkActivated.emit(dialog.folder_link.text())  # a click on the path does the same
    assert len(opened) == 2 and opened[1].toLocalFile() == str(data_dir)


def test_when_no_file_manager_opens_it_the_dialog_says_to_copy_the_path(qtbot, tmp_path: Path):
    dialog = make_dialog(qtbot, tmp_path, [], opens=False)
    dialog.open_button.click()
    assert dialog.folder_status.isVisible()
    assert "copy its path" in dialog.folder_status.text()


def test_copy_path_puts_the_data_folder_on_the_clipboard(qtbot, tmp_path: Path):
    dialog = make_dialog(qtbot, tmp_path / "data", [])
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == str(tmp_path / "data")
    assert dialog.folder_status.isVisible()


def test_copy_details_gives_version_runtime_and_folder_for_a_bug_report(qtbot, tmp_path: Path):
    dialog = make_dialog(qtbot, tmp_path, [])
    dialog.copy_details_button.click()
    details = QGuiApplication.clipboard().text()
    for expected in (__version__, qVersion(), PySide6.__version__, platform.python_version(), str(tmp_path)):
        assert expected in details


def test_the_runtime_line_names_qt_pyside6_and_python(qtbot, tmp_path: Path):
    dialog = make_dialog(qtbot, tmp_path, [])
    text = dialog.runtime_label.text()
    assert f"Qt {qVersion()}" in text and f"PySide6 {PySide6.__version__}" in text
    assert f"Python {platform.python_version()}" in text


def test_every_component_licence_text_can_be_read_in_the_dialog(qtbot, tmp_path: Path):
    dialog = make_dialog(qtbot, tmp_path, [])
    assert dialog.table.rowCount() == len(components())
    assert "GNU GENERAL PUBLIC LICENSE" in dialog.licence_view.toPlainText()  # the app's own, shown first
    seen = set()
    for row, component in enumerate(components()):
        dialog.table.setCurrentCell(row, 0)
        assert dialog.table.item(row, 0).text() == component.name
        assert dialog.table.item(row, 2).text() == component.license
        text = dialog.licence_view.toPlainText()
        assert text == component.licence_text()
        seen.add(text)
    assert len(seen) > 10  # the texts differ: each row shows its own
    qt_row = [c.name for c in components()].index("Qt 6")
    assert dialog.table.item(qt_row, 1).text() == qVersion()


def test_every_control_in_the_about_dialog_has_an_accessible_name(qtbot, tmp_path: Path):
    dialog = make_dialog(qtbot, tmp_path, [])
    controls = [
        *dialog.findChildren(QAbstractButton),
        *dialog.findChildren(QAbstractItemView),
        *dialog.findChildren(QPlainTextEdit),
        *[label for label in dialog.findChildren(QLabel) if "<a " in label.text()],
    ]
    # A table's own parts (headers, corner button) are named through the table itself.
    controls = [c for c in controls if not isinstance(c.parentWidget(), QAbstractItemView)]
    assert len(controls) >= 6
    unnamed = [type(c).__name__ + ":" + getattr(c, "text", lambda: "")() for c in controls if not c.accessibleName()]
    assert unnamed == []


def test_a_path_with_markup_shows_as_text_not_markup(qtbot, tmp_path: Path):
    data_dir = tmp_path / "<b>bold</b> & co"
    dialog = make_dialog(qtbot, data_dir, [])
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; co" in dialog.folder_link.text()
    assert "<b>" not in dialog.folder_link.text()
