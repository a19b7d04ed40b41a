"""The keyboard reference card: every shortcut of the window, read from its actions, on one printed page.

``tools/keyboard_card.py`` writes docs/keyboard-card.html (and a PDF) with it, and
tests/ui/test_keyboard_card.py checks that the page in docs/ is what the actions say and that it
prints on one A4 page. The app itself never needs it, so it lives in tools/, not in the package.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF
from PySide6.QtGui import QAction, QKeySequence, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QWidget

from moderator_app.system.atomic import atomic_path

COLUMNS = 3


def shortcut_groups(groups: Iterable[tuple[str, Sequence[QAction]]]) -> list[tuple[str, list[tuple[str, str]]]]:
    """(menu, [(keys, command)]) for the actions that have a shortcut, menus in window order."""
    result = []
    for menu, actions in groups:
        rows = []
        for action in actions:
            if not action.shortcuts():
                continue
            keys = " / ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts())
            rows.append((keys, action.text().replace("&", "").replace("…", "")))
        if rows:
            result.append((menu.replace("&", ""), rows))
    return result


def _columns(groups: list[tuple[str, list[tuple[str, str]]]]) -> list[list[tuple[str, list[tuple[str, str]]]]]:
    """Menus in order, split into columns of about the same number of lines."""
    total = sum(len(rows) + 2 for _menu, rows in groups)
    target = total / COLUMNS
    columns: list[list[tuple[str, list[tuple[str, str]]]]] = [[]]
    filled = 0.0
    for group in groups:
        size = len(group[1]) + 2
        if columns[-1] and filled + size / 2 > target and len(columns) < COLUMNS:
            columns.append([])
            filled = 0.0
        columns[-1].append(group)
        filled += size
    return columns


def card_html(groups: Iterable[tuple[str, Sequence[QAction]]], title: str = "moderator-app") -> str:
    """The card as a self-contained HTML page (tables only, so Qt's text engine prints it too)."""
    cells = []
    for column in _columns(shortcut_groups(groups)):
        parts = []
        for menu, rows in column:
            parts.append(f"<h2>{html.escape(menu)}</h2>")
            parts.append('<table class="keys" cellspacing="0" cellpadding="1">')
            for keys, command in rows:
                parts.append(
                    f"<tr><td class='k' width='42%'><b>{html.escape(keys)}</b></td><td>{html.escape(command)}</td></tr>"
                )
            parts.append("</table>")
        cells.append('<td valign="top" width="33%">' + "\n".join(parts) + "</td>")
    # The card is written in English (lang="en" below), so its own words are not in the catalogue.
    intro = (
        "Single keys (Space, N, A, P, S…) act while the focus is not in a text field; Esc brings the focus "
        "back to the timer. F1 lists these keys in the app."
    )
    heading = f"{title} — keyboard card"
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{html.escape(heading)}</title>\n"
        "<style>\n"
        "@page { size: A4 landscape; margin: 10mm; }\n"
        "body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.5pt; margin: 0; }\n"
        "h1 { font-size: 14pt; margin: 0 0 2pt 0; }\n"
        "h2 { font-size: 10pt; margin: 5pt 0 1pt 0; border-bottom: 1px solid #444; }\n"
        "p { margin: 0 0 4pt 0; }\n"
        "table.keys { width: 100%; border-collapse: collapse; }\n"
        "td.k { white-space: nowrap; padding-right: 6pt; }\n"
        "</style></head><body>\n"
        f"<h1>{html.escape(heading)}</h1>\n<p>{html.escape(intro)}</p>\n"
        '<table width="100%" cellspacing="6"><tr>\n' + "\n".join(cells) + "\n</tr></table>\n</body></html>\n"
    )


def card_for_window(window: QWidget) -> str:
    """The card of a main window; the Space action is named for all it does, not its current state."""
    toggle: QAction = window.act["toggle"]  # type: ignore[attr-defined]
    shown = toggle.text()
    toggle.setText(QCoreApplication.translate("MainWindow", "&Start / pause / resume"))  # as the action table says it
    try:
        return card_html(window.actions_by_menu)  # type: ignore[attr-defined]
    finally:
        toggle.setText(shown)


def _layout_document(page_html: str) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(page_html)
    # A4 landscape less 10 mm margins, in points (what QPdfWriter's painter uses at 72 dpi).
    size = QPageSize(QPageSize.PageSizeId.A4).size(QPageSize.Unit.Point)
    document.setPageSize(QSizeF(size.height() - 2 * 28.35, size.width() - 2 * 28.35))
    return document


def page_count(page_html: str) -> int:
    """How many A4 landscape pages the card takes when printed."""
    return _layout_document(page_html).pageCount()


def write_pdf(page_html: str, path: Path) -> int:
    """Print the card to a PDF (A4 landscape), whole or not at all; returns the number of pages."""
    document = _layout_document(page_html)
    with atomic_path(path) as temp:
        writer = QPdfWriter(str(temp))
        writer.setResolution(72)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Landscape,
                QMarginsF(10, 10, 10, 10),
                QPageLayout.Unit.Millimeter,
            )
        )
        document.print_(writer)
        del writer  # the file is complete once printed; drop Qt's handle before the move
    return document.pageCount()
