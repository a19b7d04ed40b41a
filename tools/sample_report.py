"""Export the report of the fictional round table that tools/screenshot.py stages (for docs/images).

Usage: python tools/sample_report.py OUT.pdf [--template igf-workshop] [--language en|es|fr] [--rtl]
Then: pdftoppm -png -r 80 -f 1 -l 1 OUT.pdf page   (docs/images/report-page-1.png)
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from screenshot import ShiftedClock, stage, use_arabic_names

from moderator_app.domain.rapporteur import Attendance
from moderator_app.domain.session import Session
from moderator_app.services.library import Library
from moderator_app.services.reports import export_report
from moderator_app.system.paths import AppPaths


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("output")
    parser.add_argument("--template", default="igf-workshop")
    parser.add_argument("--language", default="en", help="the report's language: en, es or fr")
    parser.add_argument("--rtl", action="store_true", help="some names in Arabic script, as tools/screenshot.py --rtl")
    args = parser.parse_args()
    if args.rtl:
        use_arabic_names()
    with tempfile.TemporaryDirectory() as folder:
        clock = ShiftedClock()
        with Library.open(AppPaths(Path(folder)), clock) as library:
            session_id = library.create_session(Session(id=str(uuid.uuid4()), title="Community networks"), [])
            console = library.open_console(session_id)
            stage(console, clock)
            console.end_session()
            now = clock.now()
            console.save_attendance(
                Attendance(48, 23, 31, "partly", "Speakers linked connectivity gaps to women's access to devices.")
            )
            report = console.report(args.template, None, now, balance=console.balance(now), language=args.language)
            print(export_report(report, Path(args.output).suffix.lstrip(".") or "pdf", Path(args.output)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
