"""Help → About: version, data folder (open or copy it), the Qt/PySide6/Python in use, and every licence."""

from __future__ import annotations

import platform
from collections.abc import Callable, Sequence
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QFont, QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from moderator_app import APP_NAME, __version__
from moderator_app.system.licences import APP_LICENSE, Component, components
from moderator_app.system.resources import resource


def runtime_versions() -> str:
    """The Qt, PySide6 and Python this copy runs on (the line a bug report needs)."""
    return f"Qt {qVersion()} · PySide6 {PySide6.__version__} · Python {platform.python_version()}"


class AboutDialog(QDialog):
    """Who the app is, where its data lives, and the licences of everything it ships."""

    def __init__(
        self,
        data_dir: Path,
        parent: QWidget | None = None,
        *,
        parts: Sequence[Component] | None = None,
        open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl,
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.parts = list(components() if parts is None else parts)
        self._open_url = open_url
        self.setWindowTitle(self.tr("About %1").replace("%1", APP_NAME))

        icon = QLabel(self)
        icon.setPixmap(QIcon(str(resource("icons", "moderator-app.svg"))).pixmap(64, 64))
        icon.setAccessibleName(self.tr("moderator-app icon"))
        title = QLabel(APP_NAME, self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        self.version_label = QLabel(self.tr("Version %1").replace("%1", __version__), self)
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        summary = QLabel(self.tr("A live console for moderators and rapporteurs of multistakeholder sessions."), self)
        summary.setWordWrap(True)
        heading = QGridLayout()
        heading.addWidget(icon, 0, 0, 3, 1, Qt.AlignmentFlag.AlignTop)
        heading.addWidget(title, 0, 1)
        heading.addWidget(self.version_label, 1, 1)
        heading.addWidget(summary, 2, 1)
        heading.setColumnStretch(1, 1)

        folder_caption = QLabel(self.tr("Data folder (sessions, backups, settings):"), self)
        self.folder_link = QLabel(self)
        self.folder_link.setTextFormat(Qt.TextFormat.RichText)
        link = QUrl.fromLocalFile(str(data_dir)).toString()
        self.folder_link.setText(f'<a href="{link}">{_html(str(data_dir))}</a>')  # untranslated: a link to a folder
        self.folder_link.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.folder_link.setWordWrap(True)
        self.folder_link.setAccessibleName(self.tr("Data folder"))
        self.folder_link.setAccessibleDescription(str(data_dir))
        self.folder_link.setToolTip(self.tr("Open the folder in the file manager"))
        self.folder_link.linkActivated.connect(lambda _link: self.open_data_folder())
        folder_caption.setBuddy(self.folder_link)
        self.open_button = QPushButton(self.tr("&Open folder"), self)
        self.open_button.setAccessibleName(self.tr("Open the data folder"))
        self.open_button.setAccessibleDescription(self.tr("Show the folder holding your sessions in the file manager."))
        self.open_button.clicked.connect(self.open_data_folder)
        self.copy_button = QPushButton(self.tr("&Copy path"), self)
        self.copy_button.setAccessibleName(self.tr("Copy the data folder's path"))
        self.copy_button.setAccessibleDescription(self.tr("Put the data folder's path on the clipboard."))
        self.copy_button.clicked.connect(self.copy_data_folder)
        self.folder_status = QLabel("", self)
        self.folder_status.setAccessibleName(self.tr("Data folder status"))
        self.folder_status.setWordWrap(True)
        self.folder_status.hide()
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_link, 1)
        folder_row.addWidget(self.open_button)
        folder_row.addWidget(self.copy_button)

        self.runtime_label = QLabel(self.tr("Running on %1").replace("%1", runtime_versions()), self)
        self.runtime_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        licence_note = QLabel(
            self.tr(
                "moderator-app is free software: you can share and change it under the GNU General Public "
                "License, version 3 or later (%1). It comes with no warranty. It is built on the components "
                "below; choose one to read its licence."
            ).replace("%1", APP_LICENSE),
            self,
        )
        licence_note.setWordWrap(True)

        self.table = QTableWidget(len(self.parts), 3, self)
        self.table.setAccessibleName(self.tr("Components and their licences"))
        self.table.setAccessibleDescription(self.tr("Choose a component to show its licence text below"))
        self.table.setHorizontalHeaderLabels([self.tr("Component"), self.tr("Version"), self.tr("Licence")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the licence text and the buttons
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        for row, part in enumerate(self.parts):
            version = qVersion() if part.name.startswith("Qt ") else part.version()
            self.table.setItem(row, 0, QTableWidgetItem(part.name))
            self.table.setItem(row, 1, QTableWidgetItem(version or "—"))
            self.table.setItem(row, 2, QTableWidgetItem(part.license))
        self.licence_view = QPlainTextEdit(self)
        self.licence_view.setReadOnly(True)
        self.licence_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.licence_view.setAccessibleName(self.tr("Licence text"))
        self.table.currentCellChanged.connect(lambda row, _col, _old_row, _old_col: self.show_licence(row))
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.licence_view)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_details_button = buttons.addButton(self.tr("Copy &details"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_details_button.setAccessibleName(self.tr("Copy version and data folder for a bug report"))
        self.copy_details_button.setAccessibleDescription(
            self.tr("Put the app's, Qt's and Python's versions and the data folder on the clipboard.")
        )
        self.copy_details_button.clicked.connect(self.copy_details)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        close.setAccessibleDescription(self.tr("Close this window (Esc)."))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addSpacing(8)
        layout.addWidget(folder_caption)
        layout.addLayout(folder_row)
        layout.addWidget(self.folder_status)
        layout.addWidget(self.runtime_label)
        layout.addWidget(licence_note)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(760, 680)
        if self.parts:
            self.table.setCurrentCell(0, 0)
        close.setFocus()

    def show_licence(self, row: int) -> None:
        if 0 <= row < len(self.parts):
            part = self.parts[row]
            try:
                text = part.licence_text()
            except OSError:
                text = self.tr("The licence text of %1 is missing from this installation.").replace("%1", part.name)
            self.licence_view.setPlainText(text)
            self.licence_view.setAccessibleDescription(self.tr("Licence of %1").replace("%1", part.name))

    def open_data_folder(self) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        if self._open_url(QUrl.fromLocalFile(str(self.data_dir))):
            self._say("")
        else:
            self._say(self.tr("No file manager could open the folder: copy its path and open it yourself."))

    def copy_data_folder(self) -> None:
        QGuiApplication.clipboard().setText(str(self.data_dir))
        self._say(self.tr("The folder's path is on the clipboard."))

    def details(self) -> str:
        return f"{APP_NAME} {__version__}\n{runtime_versions()}\n{platform.platform()}\n{self.data_dir}"

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details())
        self._say(self.tr("Version details are on the clipboard."))

    def _say(self, text: str) -> None:
        self.folder_status.setText(text)
        self.folder_status.setVisible(bool(text))


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
