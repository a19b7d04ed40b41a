"""The quick-note field under the timer: type, tag with Alt+1 … Alt+9, Enter saves, Esc goes back."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFocusEvent, QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QToolButton, QVBoxLayout, QWidget

from moderator_app.domain.notes import NoteTag
from moderator_app.ui.common import labels
from moderator_app.ui.widgets.elided_label import ElidedLabel

TAGS = list(NoteTag)
_DIGITS = {Qt.Key.Key_1 + n: n for n in range(len(TAGS))}
_CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


class QuickNoteEdit(QLineEdit):
    """A line edit that owns Alt+1 … Alt+9 (tag toggles) and Ctrl+Enter (save) while it has focus."""

    tag_key = Signal(int)
    focus_changed = Signal(bool)

    def _is_tag_key(self, event: QKeyEvent) -> bool:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        return modifiers == Qt.KeyboardModifier.AltModifier and event.key() in _DIGITS

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            text = event.text()
            typed_with_altgr = (event.modifiers() & _CTRL_ALT) == _CTRL_ALT and text.isprintable() and bool(text)
            ctrl_enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and bool(
                event.modifiers() & Qt.KeyboardModifier.ControlModifier
            )
            # AltGr arrives as Ctrl+Alt on Windows: a character typed with it (ż, @, €) must never
            # fire a window shortcut. Ctrl+Enter saves here instead of giving someone the floor.
            if self._is_tag_key(event) or typed_with_altgr or ctrl_enter:
                event.accept()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._is_tag_key(event):
            self.tag_key.emit(_DIGITS[event.key()])
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.returnPressed.emit()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focus_changed.emit(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_changed.emit(False)


class QuickNoteBar(QWidget):
    """Field, tag toggles and what the note will be linked to."""

    #: (text, tags) when Enter is pressed in the field.
    submitted = Signal(str, list)
    # The height the tag buttons take from the timer above while shown (0 once hidden again).
    tags_height_changed = Signal(int)

    def __init__(self, focus_keys: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickNoteBar")
        self.focus_keys = focus_keys
        self.edit = QuickNoteEdit(self)
        self.edit.setObjectName("quickNote")
        self.edit.setAccessibleName(self.tr("Quick note"))
        self.edit.setPlaceholderText(
            self.tr("✎ Quick note (%1): type, Enter saves · Alt+1 … Alt+9 tag it · Esc back to the timer").replace(
                "%1", focus_keys
            )
        )
        self.edit.setMaxLength(20_000)
        self.edit.setClearButtonEnabled(True)
        # One style sheet for the bar, not one per widget: each sheet is parsed and polished on its own.
        self.setStyleSheet(
            # The focused border is a pixel wider: a pixel less padding keeps the field's height.
            "QLineEdit#quickNote { padding: 4px; }"
            " QLineEdit#quickNote:focus { border: 2px solid #2563eb; padding: 3px; }"
            " QToolButton:checked { background: #1e3a8a; color: white; font-weight: bold; }"
        )
        self.edit.returnPressed.connect(self._submit)
        self.edit.tag_key.connect(self.toggle_tag)
        self.edit.focus_changed.connect(self._show_state)
        self.buttons: list[QToolButton] = []
        # Three rows of three: the bar's width (reserved whether the tags show or not, so the centre
        # never widens) stays small enough to leave the roster and queue their buttons.
        rows = [QHBoxLayout(), QHBoxLayout(), QHBoxLayout()]
        for row in rows:
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(4)
        per_row = 3
        for number, tag in enumerate(TAGS):
            button = QToolButton(self)
            button.setCheckable(True)
            button.setObjectName(f"tag_{tag.value}")
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            # Clicking a tag must leave the keyboard where it was (in the field, or on the timer).
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setToolTip(
                self.tr("%1 (Alt+%2 in the note field)")
                .replace("%1", labels.note_tag(tag))
                .replace("%2", str(number + 1))
            )
            button.toggled.connect(lambda _on, b=button, t=tag, n=number: self._show_tag(b, t, n))
            self._show_tag(button, tag, number)
            rows[number // per_row].addWidget(button)
            self.buttons.append(button)
        for row in rows:
            row.addStretch(1)
        # One line each, elided: a long speaker or segment name must not widen the centre column.
        self.link_label = ElidedLabel(self)
        self.link_label.setObjectName("noteLink")
        self.link_label.setAccessibleName(self.tr("The note will be linked to"))
        self.state_label = ElidedLabel(self, mode=Qt.TextElideMode.ElideLeft)
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.state_label.setAccessibleName(self.tr("Where the keys go"))
        bold = QFont(self.state_label.font())
        bold.setBold(True)
        # Bold while typing: one height in both states, so the timer above keeps its size; as wide
        # as its longer words, so where the keys go is always read in full (the link line elides).
        metrics = QFontMetrics(bold)
        self.state_label.setMinimumHeight(metrics.height())
        self.state_label.setMinimumWidth(
            max(metrics.horizontalAdvance(text) for text in self._state_texts()) + metrics.averageCharWidth()
        )
        self._show_state(False)
        info = QHBoxLayout()
        info.setContentsMargins(0, 0, 0, 0)
        info.addWidget(self.link_label, 1)
        info.addWidget(self.state_label)
        # The tag buttons appear while a note is being written (or has tags), so on a laptop
        # screen the timer keeps the room it needs the rest of the time.
        self.tag_box = QWidget(self)
        tag_layout = QVBoxLayout(self.tag_box)
        tag_layout.setContentsMargins(0, 0, 0, 0)
        tag_layout.setSpacing(3)
        for row in rows:
            tag_layout.addLayout(row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.edit)
        layout.addWidget(self.tag_box)
        layout.addLayout(info)
        self.edit.textChanged.connect(lambda _text: self._show_tags())
        self._show_tags()
        # As wide with the tag buttons shown as without: showing them must not widen the centre.
        self.setMinimumWidth(max(self.tag_box.minimumSizeHint().width(), layout.minimumSize().width()))

    def _show_tag(self, button: QToolButton, tag: NoteTag, number: int) -> None:
        self._show_tags()
        # The checked state is in the text and shape too, not only the colour.
        name = labels.note_tag(tag)
        button.setText(("✓ " if button.isChecked() else "") + f"{number + 1} {name}")
        button.setAccessibleName(
            self.tr("Tag %1: on").replace("%1", name)
            if button.isChecked()
            else self.tr("Tag %1: off").replace("%1", name)
        )

    def tags_height(self) -> int:
        """The height the tag buttons take from the timer while a note is typed (shown or not now)."""
        layout = self.layout()
        return self.tag_box.sizeHint().height() + (layout.spacing() if layout is not None else 0)

    def _show_tags(self) -> None:
        wanted = self.edit.hasFocus() or bool(self.edit.text()) or any(b.isChecked() for b in self.buttons)
        if hasattr(self, "tag_box") and self.tag_box.isHidden() == wanted:
            self.tag_box.setVisible(wanted)
            self.tags_height_changed.emit(self.tags_height() if wanted else 0)

    def _state_texts(self) -> tuple[str, str]:
        """Where the keys go: (typing a note, on the timer)."""
        return (
            self.tr("✎ Typing a note: single keys are off until Esc"),
            self.tr("%1: quick note").replace("%1", self.focus_keys),
        )

    def _show_state(self, focused: bool) -> None:
        self._show_tags()
        typing, waiting = self._state_texts()
        self.state_label.setText(typing if focused else waiting)
        self.state_label.setStyleSheet("font-weight: bold; color: #1e3a8a;" if focused else "")

    def toggle_tag(self, number: int) -> None:
        if 0 <= number < len(self.buttons):
            self.buttons[number].toggle()

    def tags(self) -> list[str]:
        return [tag.value for tag, button in zip(TAGS, self.buttons, strict=True) if button.isChecked()]

    def set_tags(self, values: list[str]) -> None:
        for tag, button in zip(TAGS, self.buttons, strict=True):
            button.setChecked(tag.value in values)

    def reset(self) -> None:
        self.edit.clear()
        self.set_tags([])

    def show_link(self, speaker: str | None, segment: str | None) -> None:
        """Names arrive already isolated (labels.person); they are shown as plain text."""
        if speaker:
            parts = [speaker] + ([segment] if segment else [])
            self.link_label.setText(self.tr("→ linked to: %1").replace("%1", " · ".join(parts)))
        elif segment:
            self.link_label.setText(self.tr("→ linked to: %1 (nobody has the floor)").replace("%1", segment))
        else:
            self.link_label.setText(self.tr("→ not linked: nobody has the floor"))

    def _submit(self) -> None:
        self.submitted.emit(self.edit.text(), self.tags())
