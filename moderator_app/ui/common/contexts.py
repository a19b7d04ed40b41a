"""Texts translated in a feature's own context, so moving the code that shows them keeps their translations.

Qt's ``self.tr()`` files a text under the class it is written in: moving a method to another class
(a mixin split, a part of the window) moved its texts to a context with no translations. The
window's texts are written with an explicit context instead, named after the feature
("MainWindow"), either as ``QCoreApplication.translate("MainWindow", …)`` where they are shown or
marked with ``QT_TRANSLATE_NOOP("MainWindow", …)`` in a table and translated by ``translated``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark ``text`` for lupdate under ``context``; it is translated where it is shown (``translated``)."""
    return text


def translated(context: str, text: str) -> str:
    """``text`` (marked with QT_TRANSLATE_NOOP under ``context``) in the interface language."""
    return QCoreApplication.translate(context, text)
