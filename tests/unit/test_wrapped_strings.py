"""Every user-visible string in the interface code goes through tr()/translate() (a static check of ui/)."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "moderator_app"
#: Methods whose first argument is shown to the user.
TEXT_SETTERS = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setStatusTip",
    "setWhatsThis",
    "setPlaceholderText",
    "setAccessibleName",
    "setAccessibleDescription",
    "setTitle",
    "setLabelText",
    "setIconText",
    "setSuffix",
    "setPrefix",
    "setSpecialValueText",
    "setInformativeText",
    "setTabText",
    "setTabToolTip",
    "addMenu",
    "addItem",
    "addRow",
    "addButton",
    "insertItem",
    "showMessage",
}
#: Methods whose arguments are all shown to the user (header labels).
LIST_SETTERS = {"setHorizontalHeaderLabels", "setVerticalHeaderLabels", "setHeaderLabels", "addItems"}
#: Widgets whose first argument is their text.
WIDGETS = {
    "QLabel",
    "QPushButton",
    "QAction",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QToolButton",
    "QMenu",
    "QDockWidget",
    "QToolBar",
    "QTableWidgetItem",
    "QListWidgetItem",
}
#: Static dialogs: which positional arguments are text.
STATIC_DIALOGS = {
    "warning": (1, 2),
    "critical": (1, 2),
    "information": (1, 2),
    "question": (1, 2),
    "about": (1, 2),
    "getText": (1, 2),
    "getInt": (1, 2),
    "getDouble": (1, 2),
    "getItem": (1, 2),
    "getMultiLineText": (1, 2),
    "getOpenFileName": (1, 3),
    "getSaveFileName": (1, 3),
    "getExistingDirectory": (1,),
}
TRANSLATION_CALLS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
#: Text that is the same in every language: the app's name.
ALLOWED = {"moderator-app"}
#: A line may say why its literal is data, not words (an example time-zone id, a file pattern).
MARKER = "# untranslated:"


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _is_words(text: str) -> bool:
    """Symbols, numbers and placeholders ('●', '+30 s'?) pass; anything with a letter is words."""
    for word in ALLOWED:
        text = text.replace(word, "")
    return any(ch.isalpha() for ch in text)


def unwrapped(node: ast.expr) -> Iterator[ast.expr]:
    """The literal pieces of ``node`` that would reach the screen without being translated."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        if _is_words(node.value):
            yield node
    elif isinstance(node, ast.JoinedStr):
        if any(isinstance(part, ast.Constant) and _is_words(str(part.value)) for part in node.values):
            yield node
    elif isinstance(node, ast.BinOp):
        yield from unwrapped(node.left)
        yield from unwrapped(node.right)
    elif isinstance(node, ast.IfExp):
        yield from unwrapped(node.body)
        yield from unwrapped(node.orelse)
    elif isinstance(node, ast.Call):
        if _name(node.func) in TRANSLATION_CALLS:
            return
        if isinstance(node.func, ast.Attribute):
            # "…".join(…), tr(…).replace("%1", …): only the receiver is text; the arguments are values.
            yield from unwrapped(node.func.value)
    elif isinstance(node, (ast.List, ast.Tuple)):
        for element in node.elts:
            yield from unwrapped(element)


def _shown_arguments(call: ast.Call) -> Iterator[ast.expr]:
    name = _name(call.func)
    if name in TEXT_SETTERS or name in WIDGETS:
        if call.args:
            yield call.args[0]
    elif name in LIST_SETTERS:
        yield from call.args
    elif name in STATIC_DIALOGS and isinstance(call.func, ast.Attribute):
        for position in STATIC_DIALOGS[name]:
            if position < len(call.args):
                yield call.args[position]
    elif name == "QMessageBox":
        yield from call.args[1:3]


def untranslated(source: str, filename: str = "<string>") -> list[str]:
    """'file:line: text' for each user-visible literal not wrapped for translation."""
    found = []
    lines = source.splitlines()
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.Call):
            for argument in _shown_arguments(node):
                for piece in unwrapped(argument):
                    if MARKER not in lines[piece.lineno - 1]:
                        found.append(f"{filename}:{piece.lineno}: {ast.unparse(piece)[:80]}")
    return found


def interface_files() -> list[Path]:
    return sorted((PACKAGE / "ui").rglob("*.py"))


def test_every_user_visible_string_in_the_interface_is_wrapped_for_translation() -> None:
    problems = []
    for path in interface_files():
        problems += untranslated(path.read_text(encoding="utf-8"), str(path.relative_to(PACKAGE.parent)))
    assert not problems, "wrap these in self.tr() or QCoreApplication.translate():\n" + "\n".join(problems)


@pytest.mark.parametrize(
    "planted",
    [
        'label.setText("Saved.")',
        'QLabel("Name:", self)',
        'QMessageBox.warning(self, self.tr("Title"), "Nothing was imported.")',
        'button.setToolTip(f"Give the floor to {name}")',
        'edit.setPlaceholderText(self.tr("Search") + " notes")',
        'menu.addMenu("&Tools")',
        'box.setAccessibleName("Queue" if remote else self.tr("Roster"))',
        'table.setHorizontalHeaderLabels([self.tr("Name"), "Country"])',
    ],
)
def test_the_check_catches_a_planted_unwrapped_string(planted: str) -> None:
    assert untranslated(planted), planted


@pytest.mark.parametrize(
    "fine",
    [
        'label.setText(self.tr("Saved."))',
        'label.setText(self.tr("Now: %1").replace("%1", name))',
        'label.setText("●")',
        'label.setText(" · ".join(parts))',
        'label.setText(QCoreApplication.translate("labels", "Remote"))',
        "label.setText(name)",
        'label.setText(f"{number}. {name}")',
        'QMessageBox(QMessageBox.Icon.Critical, APP_NAME, "")',
        'window.setWindowTitle(f"{title} — moderator-app")',
        'edit.setPlaceholderText("Europe/Zurich")  # untranslated: a time-zone id',
    ],
)
def test_the_check_accepts_translated_text_symbols_and_data(fine: str) -> None:
    assert not untranslated(fine), fine
