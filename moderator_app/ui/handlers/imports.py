"""File → Import workshop proposal and Roster → Import roster: choose a file, preview, then import or not."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

from moderator_app.domain.text import ValidationError
from moderator_app.importers.common import check_size
from moderator_app.importers.igf_html import html_to_text
from moderator_app.importers.proposal import ProposalResult, parse_proposal
from moderator_app.services.imports import ImportFileError, read_proposal, read_roster
from moderator_app.ui.common import labels, message_box
from moderator_app.ui.common.errors import error_text
from moderator_app.ui.dialogs.import_preview import ProposalPreview, RosterPreview
from moderator_app.ui.dialogs.preferences import read_preferences, with_session_defaults

if TYPE_CHECKING:
    from moderator_app.ui.handlers.live import Commands


def _choose(commands: Commands, title: str, filters: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(commands.window, title, str(Path.home()), filters)
    return Path(name) if name else None


def _warn(commands: Commands, title: str, message: str) -> None:
    message_box.warning(
        commands.window, title, QCoreApplication.translate("Commands", "Nothing was imported.") + "\n\n" + message
    )


def ask_import_proposal(commands: Commands, path: Path | None = None) -> str | None:
    """Preview a proposal, then store it as a new session and open it; the new session's id, or None."""
    title = QCoreApplication.translate("Commands", "Import workshop proposal")
    path = path or _choose(
        commands,
        title,
        QCoreApplication.translate("Commands", "Session pages (*.txt *.html *.htm);;All files (*)"),
    )
    if path is None:
        return None
    try:
        result = read_proposal(path)
    except ImportFileError as error:
        _warn(commands, title, f"{path.name}: {error}")
        return None
    return _preview_and_import(commands, title, result)


def ask_import_proposal_from_clipboard(commands: Commands) -> str | None:
    """The session page copied from a browser (its HTML when the clipboard has it, else its text)."""
    title = QCoreApplication.translate("Commands", "Import session page from the clipboard")
    mime = QGuiApplication.clipboard().mimeData()
    markup = mime.html() if mime is not None and mime.hasHtml() else ""
    text = markup or QGuiApplication.clipboard().text()
    try:
        check_size(len(text.encode("utf-8", "replace")))
        # A copied selection is an HTML fragment (no <html> around it): read it as HTML all the same.
        result = parse_proposal(html_to_text(markup) if markup else text)
    except ImportFileError as error:
        _warn(
            commands,
            title,
            QCoreApplication.translate("Commands", "The clipboard holds no session page: %1").replace("%1", str(error)),
        )
        return None
    return _preview_and_import(commands, title, result)


def ask_import_pasted_page(commands: Commands, text: str = "") -> str | None:
    """A box to paste the page's text into, then the same preview as a file."""
    from moderator_app.ui.dialogs.paste_page import PastePageDialog

    title = QCoreApplication.translate("Commands", "Import workshop proposal")
    box = PastePageDialog(text, commands.window)
    if not box.exec():
        return None
    try:
        check_size(len(box.text().encode("utf-8", "replace")))
        result = parse_proposal(box.text())
    except ImportFileError as error:
        _warn(commands, title, str(error))
        return None
    return _preview_and_import(commands, title, result)


def _preview_and_import(commands: Commands, title: str, result: ProposalResult) -> str | None:
    preview = ProposalPreview(result, commands.window)
    if not preview.exec() or preview.session is None:
        return None
    context = commands.context
    try:
        session_id = context.library.import_proposal(
            result,
            context.regions,
            session=with_session_defaults(preview.session, read_preferences(commands.host.settings)),
            drafts=preview.drafts,
        )
    except (ValidationError, sqlite3.Error) as error:
        _warn(commands, title, error_text(error))
        return None
    commands.open_console(session_id)
    commands.host.show_message(
        QCoreApplication.translate("Commands", "Created “%1” from the proposal.").replace(
            "%1", labels.person(preview.session.title, 80)
        ),
        False,
    )
    return session_id


def ask_import_roster(commands: Commands, path: Path | None = None) -> bool:
    """Preview a roster CSV, then add its good rows to the open session; True when something was imported."""
    title = QCoreApplication.translate("Commands", "Import roster (CSV)")
    path = path or _choose(
        commands, title, QCoreApplication.translate("Commands", "CSV files (*.csv *.txt *.tsv);;All files (*)")
    )
    if path is None:
        return False
    try:
        parsed = read_roster(path)
    except ImportFileError as error:
        _warn(commands, title, f"{path.name}: {error}")
        return False
    console = commands.console
    preview = RosterPreview(parsed, console.snapshot.participants, commands.window)
    if not preview.exec():
        return False
    try:
        summary = console.import_roster(
            preview.roster,
            duplicates="update" if preview.duplicate_mode == "update" else "skip",
            only_good_rows=True,
        )
    except (ValidationError, sqlite3.Error, OSError) as error:
        _warn(commands, title, error_text(error))
        return False
    commands.host.show_message(
        QCoreApplication.translate("Commands", "Roster: %1 added, %2 updated, %3 already there, %4 rows skipped.")
        .replace("%1", str(summary.imported))
        .replace("%2", str(summary.updated))
        .replace("%3", str(len(summary.skipped_duplicates)))
        .replace("%4", str(len(summary.skipped_errors))),
        False,
    )
    return True
