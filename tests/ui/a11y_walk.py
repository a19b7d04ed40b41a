"""Walks a widget tree the way a screen reader meets it: every control that takes input must say its name
and what it does (through QAccessible, so a button's text or a tooltip counts, as it does for the user)."""

from __future__ import annotations

import importlib
import pkgutil

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

import moderator_app.ui

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTabBar,
    QAbstractSlider,
    QTextEdit,
    QPlainTextEdit,
)
#: Compound controls whose inner parts Qt names itself (a combo's list, a spin box's editor, a message box,
#: a line edit's clear button).
_COMPOUND = (QComboBox, QAbstractSpinBox, QMessageBox, QAbstractItemView, QTabBar, QLineEdit)


def _part_of_a_compound(widget: QWidget) -> bool:
    if isinstance(widget, (QScrollBar, QHeaderView)) or widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    if isinstance(widget, QTabBar) and isinstance(parent, QMainWindow):
        return True  # the tabs of docks stacked together: Qt makes them and names them after the docks
    while parent is not None:
        if isinstance(parent, _COMPOUND):
            return True
        parent = parent.parentWidget()
    return False


def interactive_controls(root: QWidget) -> list[QWidget]:
    """Every control under ``root`` (shown or not: a hidden tab or dock is still reached by the keyboard)."""
    found = [root] if isinstance(root, INTERACTIVE) else []
    found += [w for w in root.findChildren(QWidget) if isinstance(w, INTERACTIVE) and not _part_of_a_compound(w)]
    return found


def accessible_text(widget: QWidget) -> tuple[str, str]:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None, type(widget).__name__
    name = interface.text(QAccessible.Text.Name).strip()
    description = interface.text(QAccessible.Text.Description).strip()
    if isinstance(widget, QTabBar):
        # Qt's tab-bar interface reads out the tabs and never asks the bar for its own description.
        description = description or widget.accessibleDescription().strip()
    return name, description


def unlabelled(root: QWidget) -> list[str]:
    """Controls a screen reader would announce without a name or without a description."""
    problems = []
    for widget in interactive_controls(root):
        name, description = accessible_text(widget)
        missing = [what for what, text in (("name", name), ("description", description)) if not text]
        if missing:
            where = widget.objectName() or type(widget).__name__
            parent = widget.parentWidget()
            owner = parent.objectName() or type(parent).__name__ if parent is not None else ""
            problems.append(f"{type(widget).__name__} {where!r} in {owner} ({name!r}): no {' or '.join(missing)}")
    return problems


def dialog_classes() -> set[type[QDialog]]:
    """Every QDialog subclass defined in moderator_app.ui (its modules all imported)."""
    for module in pkgutil.walk_packages(moderator_app.ui.__path__, "moderator_app.ui."):
        importlib.import_module(module.name)
    found: set[type[QDialog]] = set()
    pending: list[type] = [QDialog]
    while pending:
        cls = pending.pop()
        for sub in cls.__subclasses__():
            pending.append(sub)
            if sub.__module__.startswith("moderator_app."):
                found.add(sub)
    return found
