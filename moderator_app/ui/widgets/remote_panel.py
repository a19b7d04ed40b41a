"""The online moderator's panel: who, where from, what they wrote; the remote queue and its buttons.

Every field here is a text field for the keyboard: while one has the focus, letters and Space
are typed into it and never reach the console's single-key shortcuts (N, Space, I…).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar

from PySide6.QtCore import QEvent, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from moderator_app.domain.enums import Attendance, InterventionKind
from moderator_app.domain.notes import MAX_NOTE
from moderator_app.domain.session import Participant
from moderator_app.ui.common import labels
from moderator_app.ui.models.remote import RemoteQueueModel
from moderator_app.ui.widgets.panels import _table

#: Where remote requests usually come from; anything else can be typed.
PLATFORMS = ("Zoom chat", "Zoom Q&A", "Webex Q&A", "Slido", "YouTube comments", "Livestream chat", "Email")
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.KeypadModifier)


def _is_ctrl_enter(event: QKeyEvent) -> bool:
    return event.key() in _ENTER and bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)


class RemoteTextEdit(QPlainTextEdit):
    """The question as written: Ctrl+Enter adds the request (not the roster's 'give the floor');
    Tab moves on to the next field instead of typing a tab."""

    submitted = Signal()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and _is_ctrl_enter(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if _is_ctrl_enter(event):
            self.submitted.emit()
            return
        super().keyPressEvent(event)


class KindCombo(QComboBox):
    """A choice list that keeps plain keys to itself (it jumps to the item typed), so N or Space
    pressed here never calls the next speaker."""

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.modifiers() in _PLAIN
            and (event.text().isprintable() and event.text() != "")
        ):
            event.accept()
            return True
        return super().event(event)


class RemoteView(QTableView):
    """The remote queue table. While it has the focus: Del withdraws, Alt+Up / Alt+Down move,
    I brings the selected request into the main queue, Ctrl+Enter gives it the floor."""

    key_command = Signal(str)

    KEYS: ClassVar[dict[str, str]] = {
        "Del": "withdraw",
        "Alt+Up": "up",
        "Alt+Down": "down",
        "I": "interleave",
        "Ctrl+Return": "floor",
        "Ctrl+Enter": "floor",
    }

    def _command(self, event: QKeyEvent) -> str | None:
        pressed = QKeySequence(event.keyCombination())
        for keys, command in self.KEYS.items():
            if QKeySequence(keys).matches(pressed) == QKeySequence.SequenceMatch.ExactMatch:
                return command
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and self._command(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        command = self._command(event)
        if command is not None:
            self.key_command.emit(command)
            return
        super().keyPressEvent(event)


class RemotePanel(QWidget):
    """Fields to take down a remote request, the remote queue, and what can be done with it."""

    #: Add what is in the fields (Enter in who/platform, Ctrl+Enter in the text, or the button).
    submitted = Signal()
    #: (command, entry id): withdraw, up, down, interleave, floor.
    entry_command = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("remotePanel")
        self._people: dict[str, Participant] = {}
        self.who_edit = QLineEdit(self)
        self.who_edit.setObjectName("remoteWho")
        self.who_edit.setAccessibleName(self.tr("Remote participant's name"))
        self.who_edit.setPlaceholderText(self.tr("Name (a new name adds a remote participant)"))
        self.who_edit.setMaxLength(300)
        self.who_edit.setClearButtonEnabled(True)
        self.names = QStringListModel(self)
        completer = QCompleter(self.names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.who_edit.setCompleter(completer)
        self.affiliation_edit = QLineEdit(self)
        self.affiliation_edit.setObjectName("remoteAffiliation")
        self.affiliation_edit.setAccessibleName(self.tr("Affiliation"))
        self.affiliation_edit.setPlaceholderText(self.tr("Organisation (optional)"))
        self.affiliation_edit.setMaxLength(500)
        self.who_status = QLabel(self)
        self.who_status.setObjectName("remoteWhoStatus")
        self.who_status.setTextFormat(Qt.TextFormat.PlainText)
        self.who_status.setAccessibleName(self.tr("Who this is"))
        self.who_status.setWordWrap(True)
        self.platform_combo = QComboBox(self)
        self.platform_combo.setObjectName("remotePlatform")
        self.platform_combo.setEditable(True)
        self.platform_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.platform_combo.addItems(list(PLATFORMS))
        self.platform_combo.setCurrentIndex(0)
        self.platform_combo.setAccessibleName(self.tr("Platform or channel"))
        self.platform_combo.setToolTip(self.tr("Where the request came from: pick one or type another"))
        platform_line = self.platform_combo.lineEdit()
        assert platform_line is not None
        platform_line.setAccessibleName(self.tr("Platform or channel"))
        platform_line.setMaxLength(100)
        self.kind_combo = KindCombo(self)
        self.kind_combo.setObjectName("remoteKind")
        self.kind_combo.setAccessibleName(self.tr("Kind of request"))
        self.kind_combo.setAccessibleDescription(self.tr("Whether they ask a question or make an intervention"))
        self.kind_combo.addItem(labels.kind(InterventionKind.QUESTION), InterventionKind.QUESTION.value)
        self.kind_combo.addItem(labels.kind(InterventionKind.INTERVENTION), InterventionKind.INTERVENTION.value)
        self.kind_combo.addItem(self.tr("Comment (an intervention)"), InterventionKind.INTERVENTION.value)
        self.text_edit = RemoteTextEdit(self)
        self.text_edit.setObjectName("remoteText")
        self.text_edit.setAccessibleName(self.tr("Question or comment as written"))
        self.text_edit.setAccessibleDescription(self.tr("What they wrote; Ctrl+Enter adds the request"))
        self.text_edit.setPlaceholderText(
            self.tr("Paste or type what they wrote; it becomes a note when it is read out. Ctrl+Enter adds.")
        )
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMaximumHeight(60)
        self.add_button = self._button(self.tr("Add to remote queue"), self.submitted.emit)
        self.add_button.setObjectName("remoteAdd")
        self.add_button.setAccessibleDescription(self.tr("Add the request at the end of the remote queue"))
        self.model = RemoteQueueModel(self)
        self.view = _table(self.tr("Remote queue"), self, RemoteView)
        self.view.setAccessibleDescription(
            self.tr(
                "Remote requests in order; I brings the selected one into the main queue, Ctrl+Enter gives the floor"
            )
        )
        self.view.setModel(self.model)
        # Rows grow to show the whole excerpt: the question is what the online moderator reads out.
        self.view.setWordWrap(True)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # At most three lines a row (the whole text is in the cell's tooltip and read out when
        # called): a long question no longer leaves room for one request and a half.
        self.view.verticalHeader().setMaximumSectionSize(self.view.fontMetrics().lineSpacing() * 3 + 10)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(RemoteQueueModel.WHO, 130)
        header.resizeSection(RemoteQueueModel.FROM, 110)
        header.setSectionResizeMode(RemoteQueueModel.TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(RemoteQueueModel.WAITING, QHeaderView.ResizeMode.ResizeToContents)
        self.view.doubleClicked.connect(lambda _i: self._on_entry("floor"))
        assert isinstance(self.view, RemoteView)
        self.view.key_command.connect(self._on_entry)
        self.buttons = {
            "withdraw": self._button(self.tr("Withdraw"), lambda: self._on_entry("withdraw")),
            "up": self._button(self.tr("Up"), lambda: self._on_entry("up")),
            "down": self._button(self.tr("Down"), lambda: self._on_entry("down")),
            "interleave": self._button(self.tr("Bring into the main queue"), lambda: self._on_entry("interleave")),
            "floor": self._button(self.tr("Give floor"), lambda: self._on_entry("floor")),
        }
        self.buttons["interleave"].setToolTip(
            self.tr("Put the selected request (or the first) next in the main queue, after any points of order (I)")
        )
        self.buttons["floor"].setToolTip(self.tr("Read it out now: the remote participant's turn starts"))
        self.buttons["withdraw"].setToolTip(self.tr("Take the selected request off the remote queue (Del)"))
        self.buttons["up"].setToolTip(self.tr("Move the selected request one place up (Alt+Up)"))
        self.buttons["down"].setToolTip(self.tr("Move the selected request one place down (Alt+Down)"))
        self.who_edit.returnPressed.connect(self.submitted.emit)
        self.affiliation_edit.returnPressed.connect(self.submitted.emit)
        platform_line.returnPressed.connect(self.submitted.emit)
        self.text_edit.submitted.connect(self.submitted.emit)
        self.who_edit.textChanged.connect(self._show_who)
        self._build_layout()
        self._show_who("")

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text)
        # Buttons never keep the focus, so Space still reaches the timer after a click.
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        who_row = QHBoxLayout()
        who_row.addWidget(self.who_edit, 3)
        who_row.addWidget(self.affiliation_edit, 2)
        form.addRow(self.tr("Who:"), who_row)
        from_row = QHBoxLayout()
        from_row.addWidget(self.platform_combo, 3)
        from_row.addWidget(self.kind_combo, 2)
        form.addRow(self.tr("From:"), from_row)
        form.addRow(self.tr("Text:"), self.text_edit)
        add_row = QHBoxLayout()
        add_row.addWidget(self.who_status, 1)
        add_row.addWidget(self.add_button)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in self.buttons.values():
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(form)
        layout.addLayout(add_row)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    # -- fields -----------------------------------------------------------------------
    def set_people(self, participants: Sequence[Participant]) -> None:
        """Roster names for completion (remote participants first, as they are the likely ones)."""
        if participants is getattr(self, "_people_from", None):
            return  # the same roster (most commands leave it as it was): nothing to sort again
        self._people_from = participants
        # A request is matched to a remote participant only (see SessionConsole.add_remote): an
        # onsite person of the same name keeps their own record and their time stays onsite.
        self._people = {
            " ".join(p.name.split()).casefold(): p for p in reversed(participants) if p.attendance is Attendance.REMOTE
        }
        self._onsite_names = {
            " ".join(p.name.split()).casefold() for p in participants if p.attendance is not Attendance.REMOTE
        }
        ordered = sorted(participants, key=lambda p: (p.attendance is not Attendance.REMOTE, p.name.casefold()))
        names = [p.name for p in ordered]
        if names != self.names.stringList():
            self.names.setStringList(names)
        self._show_who(self.who_edit.text())

    def matching_person(self) -> Participant | None:
        return self._people.get(" ".join(self.who_edit.text().split()).casefold())

    def _show_who(self, _text: str) -> None:
        person = self.matching_person()
        if not self.who_edit.text().strip():
            self.who_status.setText(self.tr("Someone on the roster, or a new name"))
            self.affiliation_edit.setPlaceholderText(self.tr("Organisation (optional)"))
        elif person is None:
            key = " ".join(self.who_edit.text().split()).casefold()
            self.who_status.setText(
                self.tr("+ New remote participant (someone onsite has this name; their record stays apart)")
                if key in getattr(self, "_onsite_names", set())
                else self.tr("+ New: added to the roster as a remote participant")
            )
            self.affiliation_edit.setPlaceholderText(self.tr("Organisation (optional)"))
        else:
            where = (
                self.tr("attending remotely") if person.attendance is Attendance.REMOTE else self.tr("attending onsite")
            )
            self.who_status.setText(self.tr("✓ On the roster, %1").replace("%1", where))
            self.affiliation_edit.setPlaceholderText(person.affiliation or self.tr("Organisation (optional)"))

    def kind(self) -> InterventionKind:
        return InterventionKind(self.kind_combo.currentData())

    def platform(self) -> str:
        return self.platform_combo.currentText()

    def text(self) -> str:
        return self.text_edit.toPlainText()[:MAX_NOTE]

    def clear_request(self) -> None:
        """Ready for the next one: the platform stays (requests come in runs from one channel)."""
        self.who_edit.clear()
        self.affiliation_edit.clear()
        self.text_edit.clear()
        self.kind_combo.setCurrentIndex(0)

    # -- the table ---------------------------------------------------------------------
    def selected_id(self) -> str | None:
        index = self.view.currentIndex()
        return self.model.data(self.model.index(index.row(), 0), Qt.ItemDataRole.UserRole) if index.isValid() else None

    def select_id(self, entry_id: str | None) -> None:
        row = self.model.row_of(entry_id)
        if row >= 0:
            self.view.selectRow(row)
        elif entry_id is not None:
            self.view.selectionModel().clear()  # it is gone: nothing selected, as after a rebuild

    def _on_entry(self, command: str) -> None:
        self.entry_command.emit(command, self.selected_id() or "")
