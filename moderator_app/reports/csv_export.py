"""Every CSV the app writes goes through here: formula-safe cells, spreadsheet-friendly encoding, atomic. No Qt.

A spreadsheet opening a CSV runs a cell that starts with ``= + - @`` (or a tab or carriage return
before one) as a formula: a participant called ``=HYPERLINK("http://evil", "x")`` would become a
live link, or worse (OWASP "CSV injection"). Text cells that could be read so get a leading
single quote, which spreadsheets show as text; numbers the app computed are left as numbers.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path

from moderator_app.system.atomic import atomic_path

#: A spreadsheet reads a cell starting with one of these as a formula (OWASP, CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def formula_safe(value: object) -> str:
    """The cell's text, with a single quote in front if a spreadsheet could take it for a formula.

    Leading spaces do not hide a formula (some spreadsheets trim them on import). Numbers (int,
    float) are the app's own figures and stay as they are, so a negative number stays a number.
    """
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    text = "" if value is None else str(value)
    return "'" + text if text.lstrip(" ").startswith(FORMULA_STARTS) else text


def csv_text(rows: Iterable[Sequence[object]]) -> str:
    """The rows as CSV text (CRLF line ends, as spreadsheets expect), every cell formula-safe."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    for row in rows:
        writer.writerow([formula_safe(cell) for cell in row])
    return out.getvalue()


def write_csv(target: Path, rows: Iterable[Sequence[object]]) -> None:
    """Write the rows to ``target`` atomically, UTF-8 with a byte-order mark (so Excel reads accents)."""
    text = csv_text(rows)
    with atomic_path(Path(target)) as temp:
        temp.write_text(text, encoding="utf-8-sig", newline="")
