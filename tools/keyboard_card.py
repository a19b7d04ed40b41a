"""Write the one-page keyboard card from the window's own actions: docs/keyboard-card.html and a PDF.

Usage: python tools/keyboard_card.py [--html docs/keyboard-card.html] [--pdf keyboard-card.pdf]
Then: pdftoppm -png -r 60 keyboard-card.pdf card   (to look at it)
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))

import keyboard_card_page as keyboard_card
from screenshot import staged_window

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--html", default=str(ROOT / "docs" / "keyboard-card.html"))
    parser.add_argument("--pdf", default="")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        window, _console, db = staged_window(Path(folder))  # any session: the actions are the same
        page = keyboard_card.card_for_window(window)
        Path(args.html).write_text(page, encoding="utf-8")
        print(args.html, keyboard_card.page_count(page), "page(s)")
        if args.pdf:
            print(args.pdf, keyboard_card.write_pdf(page, Path(args.pdf)), "page(s)")
        window.close()
        db.close()
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
