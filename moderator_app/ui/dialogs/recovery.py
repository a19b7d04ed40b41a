"""At start, when the database is damaged: say so in plain words, keep the file, and offer the newest good backup."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from moderator_app.services import backups
from moderator_app.services.backups import BackupInfo, UnreadableBackup
from moderator_app.services.errors import CorruptDatabaseError, StorageError
from moderator_app.services.library import Library
from moderator_app.system.clock import Clock
from moderator_app.system.paths import AppPaths
from moderator_app.ui.common import message_box
from moderator_app.ui.dialogs.restore_dialog import RestoreDialog, size_text

if TYPE_CHECKING:
    from moderator_app.system.writer_lock import WriterLock

KEEP_DATABASE = "keep-database"
RESTORE_NEWEST = "restore-newest"
CHOOSE = "choose"
EMPTY = "empty"
QUIT = "quit"


def headline(kind: str) -> str:
    """What is wrong, in one short sentence, by the kind of damage."""
    if kind == "truncated":
        return QCoreApplication.translate("RecoveryDialog", "The data file was cut short, so it cannot be used.")
    if kind in ("not-a-database", "not-ours"):
        return QCoreApplication.translate("RecoveryDialog", "The data file is not a moderator-app database.")
    if kind == "lost-changes":
        return QCoreApplication.translate(
            "RecoveryDialog", "The latest changes were lost with the data file's change log (its -wal file)."
        )
    if kind == "foreign-wal":
        return QCoreApplication.translate(
            "RecoveryDialog", "The data file's change log (its -wal file) does not belong to it."
        )
    return QCoreApplication.translate("RecoveryDialog", "The data file is damaged, so it cannot be used.")


def taken_text(info: BackupInfo) -> str:
    return info.taken_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def backup_summary(info: BackupInfo) -> str:
    sessions = "\n".join(
        QCoreApplication.translate("RecoveryDialog", "• %1: %2 interventions, %3 notes")
        .replace("%1", s.title[:120])
        .replace("%2", str(s.interventions))
        .replace("%3", str(s.notes))
        for s in info.sessions[:5]
    )
    if len(info.sessions) > 5:
        sessions += "\n" + QCoreApplication.translate("RecoveryDialog", "• and %1 more sessions").replace(
            "%1", str(len(info.sessions) - 5)
        )
    return (
        QCoreApplication.translate("RecoveryDialog", "Taken %1 (%2), %3.")
        .replace("%1", taken_text(info))
        .replace("%2", info.reason)
        .replace("%3", size_text(info.size))
        + "\n"
        + (sessions or QCoreApplication.translate("RecoveryDialog", "It holds no sessions."))
    )


class RecoveryDialog(QDialog):
    """The choice after a damaged database was found; ``choice`` holds one of the module's constants."""

    def __init__(
        self, error: CorruptDatabaseError, newest: BackupInfo | None, paths: AppPaths, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.choice = QUIT
        self.setWindowTitle(self.tr("The data file cannot be used"))
        self.setAccessibleName(self.tr("Damaged data file"))
        title = QLabel(headline(error.kind), self)
        title.setWordWrap(True)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        title.setAccessibleName(self.tr("What is wrong"))
        problem = error.problem[:1].upper() + error.problem[1:]
        detail = QLabel(self.tr("%1\n\nThe file: %2").replace("%1", problem).replace("%2", str(error.path)), self)
        detail.setTextFormat(Qt.TextFormat.PlainText)
        detail.setWordWrap(True)
        detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        detail.setAccessibleName(self.tr("Details"))
        kept = QLabel(
            self.tr(
                "Nothing has been deleted or overwritten. If you restore a backup or start empty, the file is "
                "first moved aside, as it is, to “%1.corrupt-” followed by today’s date and time, together with "
                "its -wal and -shm files, in the same folder. Quit leaves it where it is."
            ).replace("%1", error.path.name),
            self,
        )
        kept.setWordWrap(True)
        kept.setAccessibleName(self.tr("The damaged file is kept"))
        box = QGroupBox(self.tr("Newest good backup"), self)
        box_layout = QVBoxLayout(box)
        self.backup_label = QLabel(box)
        self.backup_label.setTextFormat(Qt.TextFormat.PlainText)
        self.backup_label.setWordWrap(True)
        self.backup_label.setAccessibleName(self.tr("Newest good backup"))
        if newest is not None:
            self.backup_label.setText(
                backup_summary(newest)
                + "\n\n"
                + self.tr("It was checked and reads whole. Changes made after it was taken are not in it.")
            )
        else:
            self.backup_label.setText(self.tr("There is no usable backup in %1.").replace("%1", str(paths.backups)))
        box_layout.addWidget(self.backup_label)
        lost = error.kind == "lost-changes"
        can_keep = error.kind in ("foreign-wal", "lost-changes") and error.database_whole
        backup_has_more = (
            lost and newest is not None and (backups.commit_count_of(newest.path) or 0) > (error.commit_seq or 0)
        )
        if lost:
            keep_text = self.tr(
                "The rest of the database reads whole. “Keep the database” goes on with it as it is, without "
                "the lost changes."
            )
            if newest is not None:  # with no backup there is nothing to compare
                keep_text += " " + (
                    self.tr("The newest good backup holds changes the database no longer has: restoring it loses less.")
                    if backup_has_more
                    else self.tr(
                        "The newest good backup holds none of the lost changes: keeping the database loses less."
                    )
                )
        else:
            keep_text = self.tr(
                "The database itself reads whole without that -wal file. “Keep the database” goes on with it "
                "as it was last saved there and moves only the -wal aside (to “%1-wal.corrupt-” and the date): "
                "changes that only the -wal held are not used. This usually loses less than a backup."
            ).replace("%1", error.path.name)
        keep_note = QLabel(keep_text, self)
        keep_note.setWordWrap(True)
        keep_note.setAccessibleName(self.tr("Keeping the database"))
        keep_note.setVisible(can_keep)
        buttons = QDialogButtonBox(self)
        buttons.setOrientation(Qt.Orientation.Vertical)
        self.keep_button = self._button(
            buttons,
            self.tr("&Keep the database as it is") if lost else self.tr("&Keep the database, set the -wal aside"),
            self.tr("Keep the database as it is") if lost else self.tr("Keep the database and set the -wal file aside"),
            KEEP_DATABASE,
        )
        self.keep_button.setVisible(can_keep)
        self.restore_button = self._button(
            buttons, self.tr("&Restore newest good backup"), self.tr("Restore the newest good backup"), RESTORE_NEWEST
        )
        self.restore_button.setEnabled(newest is not None)
        self.choose_button = self._button(
            buttons, self.tr("&Choose another backup…"), self.tr("Choose another backup"), CHOOSE
        )
        self.empty_button = self._button(
            buttons, self.tr("Start with an &empty data folder"), self.tr("Start with an empty data folder"), EMPTY
        )
        self.quit_button = self._button(buttons, self.tr("&Quit"), self.tr("Quit and leave the file as it is"), QUIT)
        if can_keep and not backup_has_more:
            default = self.keep_button
        else:
            default = self.restore_button if newest is not None else self.quit_button
        default.setDefault(True)
        default.setFocus()
        descriptions = {
            self.keep_button: self.tr("Go on with the database as it is, without the lost changes.")
            if lost
            else self.tr("Go on with the database as it is; the -wal file is moved aside, not deleted."),
            self.restore_button: self.tr("Move the damaged file aside and put the newest good backup in its place."),
            self.choose_button: self.tr("Pick the backup to restore from the list of backups that read whole."),
            self.empty_button: self.tr("Move the damaged file aside and start again with only the demo session."),
            self.quit_button: self.tr("Close the app without changing any file."),
        }
        for button, description in descriptions.items():
            button.setAccessibleDescription(description)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(detail)
        layout.addWidget(kept)
        layout.addWidget(keep_note)
        layout.addWidget(box)
        layout.addWidget(buttons)
        layout.addStretch(1)
        # Word-wrapped labels ask for height as if narrow: fix the width, then fit the height to it.
        self.setFixedWidth(680)
        self.resize(680, layout.heightForWidth(680))

    def _button(self, buttons: QDialogButtonBox, text: str, accessible: str, choice: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(accessible)
        buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        button.clicked.connect(lambda: self._choose(choice))
        return button

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept() if choice != QUIT else self.reject()


class DamagedRestoreDialog(RestoreDialog):
    """File → Restore from backup's list, with the words right for a damaged database."""

    def __init__(
        self, backups: Sequence[BackupInfo], unreadable: Sequence[UnreadableBackup], parent: QWidget | None = None
    ) -> None:
        super().__init__(backups, unreadable, parent)
        self.setWindowTitle(self.tr("Choose a backup to restore"))
        self.intro.setText(
            self.tr(
                "Every backup listed here was checked and reads whole, newest first. The one you restore "
                "takes the place of the damaged file, which is moved aside first, as it is."
            )
        )

    def confirmation_text(self, info: BackupInfo) -> str:
        return self.tr(
            "Restore the backup taken %1? The damaged file is moved aside first, as it is, and the backup is "
            "put in its place."
        ).replace("%1", taken_text(info))


def recover_at_start(
    paths: AppPaths, error: CorruptDatabaseError, clock: Clock, writer: WriterLock | None
) -> Library | None:
    """Ask what to do about the damaged database, do it, and return the library to run with; None to quit.

    Every way on moves the damaged file aside first (never deletes or overwrites it); Quit leaves it in place.
    ``writer``, the folder's writer lock, goes to the library opened (and stays with the caller on Quit).
    """
    while True:
        newest = backups.newest_good_backup(paths)
        dialog = RecoveryDialog(error, newest, paths)
        dialog.exec()
        choice = dialog.choice
        if choice == QUIT:
            return None
        library: Library | None = None
        try:
            now = clock.now().wall
            if choice == RESTORE_NEWEST and newest is not None:
                library, outcome = Library.open_restored(paths, clock, newest.path, writer=writer)
                done = QCoreApplication.translate("RecoveryDialog", "Restored the backup taken %1.").replace(
                    "%1", taken_text(newest)
                )
            elif choice == CHOOSE:
                good, bad = backups.good_backups(paths)
                picker = DamagedRestoreDialog(good, bad)
                if not picker.exec() or picker.chosen is None:
                    continue
                library, outcome = Library.open_restored(paths, clock, picker.chosen, writer=writer)
                done = QCoreApplication.translate("RecoveryDialog", "Restored the backup %1.").replace(
                    "%1", picker.chosen.name
                )
            elif choice == KEEP_DATABASE:
                outcome = None
                moved_wal = backups.keep_database(paths, now)
                done = QCoreApplication.translate("RecoveryDialog", "Went on with the database as it was last saved.")
                if moved_wal is not None and error.kind == "lost-changes":
                    done += "\n\n" + QCoreApplication.translate(
                        "RecoveryDialog", "The leftover -shm file was kept as %1."
                    ).replace("%1", str(moved_wal))
                elif moved_wal is not None:
                    done += "\n\n" + QCoreApplication.translate(
                        "RecoveryDialog", "The -wal file that did not belong was kept as %1."
                    ).replace("%1", str(moved_wal))
            elif choice == EMPTY:
                moved = backups.start_empty(paths, now)
                outcome = None
                done = QCoreApplication.translate(
                    "RecoveryDialog",
                    "Started with an empty data folder. Your backups are still there: "
                    "File → Restore from backup brings one back.",
                )
                if moved is not None:
                    done += "\n\n" + QCoreApplication.translate(
                        "RecoveryDialog", "The damaged file was kept as %1."
                    ).replace("%1", str(moved))
            else:
                continue
            if outcome is not None and outcome.moved_aside is not None:
                done += "\n\n" + QCoreApplication.translate(
                    "RecoveryDialog", "The damaged file was kept as %1."
                ).replace("%1", str(outcome.moved_aside))
            if library is None:  # a restore opened it already (its change numbers going on)
                library = Library.open(paths, clock, writer=writer)
        except CorruptDatabaseError as again:
            error = again  # e.g. a -wal was left behind: ask again about what is there now
            continue
        except StorageError as problem:
            message_box.warning(None, QCoreApplication.translate("RecoveryDialog", "moderator-app"), str(problem))
            continue
        message_box.information(None, QCoreApplication.translate("RecoveryDialog", "moderator-app"), done)
        return library
