"""Take the README screenshots from the real app: stage a mid-session state, open the window, grab it.

Usage: python tools/screenshot.py OUT.png [--width 1500 --height 900] [--language es] [--theme dark] [--rtl]
       [--stage STAGE.png] [--layout moderator|online_moderator|rapporteur]
Run under a real X server (Xvfb) for faithful fonts; offscreen works too.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import uuid
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication

from moderator_app.domain.clock import Instant
from moderator_app.domain.enums import InterventionKind
from moderator_app.domain.session import Session
from moderator_app.services.console import SessionConsole
from moderator_app.services.library import Library
from moderator_app.system.clock import SystemClock
from moderator_app.system.i18n import LANGUAGES, SYSTEM
from moderator_app.system.i18n import install as install_language
from moderator_app.system.i18n import resolve as resolve_language
from moderator_app.system.paths import AppPaths
from moderator_app.system.resources import countries, regions
from moderator_app.ui.bridge import ConsoleBridge
from moderator_app.ui.common import theme
from moderator_app.ui.handlers.live import AppContext
from moderator_app.ui.window import role_layouts
from moderator_app.ui.window.main_window import MainWindow


class ShiftedClock:
    """The system clock seen ``offset`` seconds in the past: lets the script replay earlier minutes."""

    def __init__(self) -> None:
        self.real = SystemClock()
        self.offset = 0.0

    def now(self) -> Instant:
        real = self.real.now()
        return Instant(real.monotonic - self.offset, real.wall - timedelta(seconds=self.offset), real.boot_id)


#: A fictional round table: invented people, so the picture claims nothing about real ones.
CAST = [
    # name, affiliation, group, gender, country, roles, attendance
    ("Ana Moreno", "Ministry of ICT", "government", "woman", "CO", ("speaker",), "onsite"),
    ("Kwame Mensah", "Accra Digital Rights Network", "civil_society", "man", "GH", ("speaker",), "onsite"),
    ("Priya Raman", "Open Standards Lab", "technical_community", "woman", "IN", ("speaker",), "remote"),
    ("Jonas Weber", "Telco Alliance", "private_sector", "man", "DE", ("speaker",), "onsite"),
    ("Layla Haddad", "Regional Telecom Union", "intergovernmental_organization", "woman", "JO", ("speaker",), "onsite"),
    ("Olena Kovalenko", "University of Kyiv", "academia", "woman", "UA", ("participant",), "onsite"),
    ("Tomás Rivera", "", "civil_society", "non_binary", "MX", ("participant",), "remote"),
    ("Sam Okafor", "", None, None, "", ("participant",), "onsite"),
    ("Marta Silva", "Forum Secretariat", "intergovernmental_organization", "woman", "BR", ("moderator",), "onsite"),
    ("Yuki Tanaka", "Forum Secretariat", "intergovernmental_organization", "woman", "JP", ("rapporteur",), "onsite"),
]


#: The --rtl cast: the same people with names written in Arabic script.
ARABIC_NAMES = {
    "Layla Haddad": "ليلى حداد",
    "Kwame Mensah": "كوامي منسا",
    "Ana Moreno": "آنا مورينو",
    "Marta Silva": "مارتا سيلفا",
    "Sam Okafor": "سام أوكافور",
}
#: Who the staging below talks about, by their English name (the --rtl run maps them to Arabic).
PEOPLE: dict[str, str] = {}


#: Notes a rapporteur took during the opening round (text, tags).
OPENING_NOTES = {
    "Ana Moreno": (
        "Spectrum set aside for community networks in the 2024 licensing round",
        ["best_practice", "key_issue"],
    ),
    "Jonas Weber": ("Operators open to sharing backhaul, not towers", ["disagreement", "key_issue"]),
    "Kwame Mensah": ("“Connectivity is not meaningful if women cannot afford the data”", ["quote", "gender"]),
    "Layla Haddad": (
        "Regional fund for last-mile pilots: propose terms by the next meeting",
        ["action", "recommendation"],
    ),
}


def use_arabic_names() -> None:
    """Stage the same round table with some names in Arabic script (for --rtl)."""
    CAST[:] = [(ARABIC_NAMES.get(row[0], row[0]), *row[1:]) for row in CAST]
    for english, arabic in ARABIC_NAMES.items():
        if english in OPENING_NOTES:
            OPENING_NOTES[arabic] = OPENING_NOTES.pop(english)
    PEOPLE.update(ARABIC_NAMES)


def _english(name: str) -> str:
    return next((english for english, shown in PEOPLE.items() if shown == name), name)


def stage(console: SessionConsole, clock: ShiftedClock) -> None:
    """Replay 52 minutes of a fictional round table through the real console service."""
    from dataclasses import replace
    from datetime import date, time

    from moderator_app.domain.session import ParticipantDraft, Segment

    clock.offset = 52 * 60
    session = replace(
        console.session,
        title="Community networks and meaningful connectivity",
        venue="Main hall, room 3",
        date=date(2026, 11, 26),
        start_time=time(10, 0),
        timezone="UTC",
        organisers=("Forum Secretariat", "Community Networks Coalition"),
        format="Round table",
        planned_minutes=90,
        tags=("Access", "Community networks"),
    )
    agenda = [
        Segment("s1", console.session_id, "Opening by the moderator", 5),
        Segment("s2", console.session_id, "Speakers' opening round", 30, default_allotted_seconds=300),
        Segment("s3", console.session_id, "Open discussion", 35, default_allotted_seconds=120),
        Segment("s4", console.session_id, "Wrap-up and way forward", 20),
    ]
    console.update_details(session, agenda)
    people = {}
    for name, affiliation, group, gender, country, roles, attendance in CAST:
        people[_english(name)] = console.add_participant(
            ParticipantDraft(name, affiliation, group, gender, country, roles, attendance)
        ).id
    console.start_session()
    console.give_floor(people["Marta Silva"])
    clock.offset -= 4 * 60
    console.next_segment()
    for name, seconds in (
        ("Ana Moreno", 310),
        ("Jonas Weber", 355),
        ("Kwame Mensah", 240),
        ("Layla Haddad", 290),
        ("Priya Raman", 270),
    ):
        console.give_floor(people[name], InterventionKind.OPENING_STATEMENT)
        clock.offset -= seconds // 2
        shown = PEOPLE.get(name, name)
        if shown in OPENING_NOTES:
            console.add_note(*OPENING_NOTES[shown])
        clock.offset -= seconds - seconds // 2
    console.end_intervention()
    clock.offset -= 20
    console.next_segment()
    for name, seconds in (("Jonas Weber", 140), ("Sam Okafor", 95), ("Ana Moreno", 150)):
        console.give_floor(people[name])
        clock.offset -= seconds
        if name == "Sam Okafor":
            console.add_note("Who maintains the equipment once the grant ends?", ["question"])
    console.end_intervention()
    for name, kind in (
        ("Tomás Rivera", InterventionKind.QUESTION),
        ("Olena Kovalenko", InterventionKind.INTERVENTION),
        ("Jonas Weber", InterventionKind.INTERVENTION),
    ):
        console.enqueue(people[name], kind)
    # The online moderator has taken down two requests from the remote participants.
    clock.offset = 260
    console.add_remote(
        name="Amina Diallo",
        affiliation="Dakar Community WiFi",
        platform="Zoom chat",
        text="Who pays the spectrum fees once the pilot grant ends? Our network could not afford them.",
    )
    clock.offset = 150
    console.add_remote(
        name="Chen Jing",
        platform="Slido",
        text="+1 to light-touch licensing; the same worked for rural cooperatives in Yunnan.",
        kind=InterventionKind.INTERVENTION,
    )
    clock.offset = 98  # the current speaker started 1:38 ago, 22 s before the end of 2:00
    console.give_floor(people["Kwame Mensah"])
    clock.offset = 0


def staged_window(folder: Path) -> tuple[MainWindow, SessionConsole, Library]:
    """The real main window on the fictional round table, staged in a data folder."""
    paths = AppPaths(folder)
    clock = ShiftedClock()
    library = Library.open(paths, clock)
    session_id = library.create_session(Session(id=str(uuid.uuid4()), title="Community networks"), [])
    console = library.open_console(session_id)
    stage(console, clock)
    settings = QSettings(str(paths.settings), QSettings.Format.IniFormat)
    window = MainWindow(ConsoleBridge(console), AppContext(library, countries(), regions()), settings)
    return window, console, library


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("output")
    parser.add_argument("--tab", type=int, default=1, help="balance tab to show (0 person … 4 attendance)")
    parser.add_argument("--remote", action="store_true", help="show the Remote queue tab, a request being typed")
    parser.add_argument("--width", type=int, default=1500)
    parser.add_argument("--height", type=int, default=900)
    parser.add_argument("--language", choices=sorted(LANGUAGES), help="interface language (default: the system's)")
    parser.add_argument("--theme", choices=theme.CHOICES, default="system", help="colour scheme (View → Colour scheme)")
    parser.add_argument("--rtl", action="store_true", help="right-to-left layout, with Arabic names in the cast")
    parser.add_argument("--stage", help="also save the stage display to this PNG")
    parser.add_argument("--report", help="also open the rapporteur's report window and save it to this PNG")
    parser.add_argument("--guide", type=int, help="also open Help → Getting started at this page (1 = first)")
    parser.add_argument("--layout", choices=sorted(role_layouts.LAYOUTS), help="View → Layout for this role")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    install_language(app, resolve_language(args.language or SYSTEM))
    theme.apply(app, args.theme)
    if args.rtl:
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        use_arabic_names()
    with tempfile.TemporaryDirectory() as folder:
        window, _console, library = staged_window(Path(folder))
        window.resize(args.width, args.height)
        window.show()
        app.processEvents()  # the first start's own layout runs first, then this one
        window.layouts.apply(args.layout or role_layouts.MODERATOR)
        window.balance_panel.tabs.setCurrentIndex(args.tab)
        window.remote_panel.platform_combo.setCurrentText("Zoom chat")
        window.activateWindow()
        if args.remote:
            # The online moderator taking down a third request from the Zoom chat.
            window.remote_commands.focus_remote()
            window.remote_panel.who_edit.setText("Rafael Quispe")
            window.remote_panel.affiliation_edit.setText("Red Comunitaria Andina")
            window.remote_panel.text_edit.setPlainText("Can the regional fund cover backhaul in mountain areas?")
        else:
            # A note being typed, as the rapporteur would have it mid-sentence.
            window.note_commands.focus_quick_note()
            window.quick_note.edit.setText("Community networks need light-touch licensing")
            window.quick_note.toggle_tag(1)

        if args.stage:
            window.stage.toggle_display()
        if args.report:
            window.commands.open_report()
            window.commands.report_window.resize(1400, 860)
        guide = None
        if args.guide:
            from moderator_app.ui.dialogs.first_run import show_guide

            guide = show_guide(window, window.settings)
            guide.go(args.guide - 1)

        def capture() -> None:
            window.grab().save(args.output)
            if guide is not None:
                # The walkthrough floats over the window; paint both into one picture.
                picture = window.grab()
                painter = QPainter(picture)
                offset = guide.geometry().topLeft() - window.geometry().topLeft()
                painter.drawPixmap(offset, guide.grab())
                painter.end()
                picture.save(args.output)
            if args.report:
                window.commands.report_window.grab().save(args.report)
            if args.stage and window.stage.display is not None:
                window.stage.display.grab().save(args.stage)
            app.quit()

        QTimer.singleShot(1500, capture)
        app.exec()
        print(args.output, datetime.now().isoformat(timespec="seconds"))
        library.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
