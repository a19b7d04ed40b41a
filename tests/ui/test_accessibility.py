"""Screen-reader labels on every control of every window and dialog, and a tab order that follows the screen."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from moderator_app.domain.enums import InterventionKind
from moderator_app.domain.session import Segment
from moderator_app.importers.proposal import parse_proposal
from moderator_app.importers.roster import parse_roster
from moderator_app.storage.backups import list_backups
from moderator_app.storage.errors import CorruptDatabaseError
from moderator_app.system.resources import countries
from moderator_app.ui.dialogs.about_dialog import AboutDialog
from moderator_app.ui.dialogs.balance_dialog import BalanceSettingsDialog
from moderator_app.ui.dialogs.event_stats_dialog import EventStatsDialog
from moderator_app.ui.dialogs.first_run import GettingStartedGuide
from moderator_app.ui.dialogs.import_preview import ProposalPreview, RosterPreview
from moderator_app.ui.dialogs.note_dialog import NoteDialog
from moderator_app.ui.dialogs.notes_search_dialog import NotesSearchDialog
from moderator_app.ui.dialogs.participant_dialog import ParticipantDialog
from moderator_app.ui.dialogs.paste_page import PastePageDialog
from moderator_app.ui.dialogs.preferences import Preferences, PreferencesDialog
from moderator_app.ui.dialogs.queue_picker import QueuePicker
from moderator_app.ui.dialogs.recovery import DamagedRestoreDialog, RecoveryDialog
from moderator_app.ui.dialogs.restore_dialog import RestoreDialog
from moderator_app.ui.dialogs.session_dialog import SessionDialog
from moderator_app.ui.dialogs.simple import SessionChooser, ShortcutsDialog
from moderator_app.ui.report.window import ReportWindow
from moderator_app.ui.sharing.join_dialog import JoinDialog
from moderator_app.ui.sharing.share_dialog import ShareDialog
from moderator_app.ui.window.main_window import MainWindow
from tests.ui.a11y_walk import dialog_classes, unlabelled
from tests.ui.test_import_dialogs import PROPOSAL


def _event_stats(window: MainWindow) -> EventStatsDialog:
    console = window.bridge.console
    console.update_details(replace(console.session, event="IGF 2017"), list(console.snapshot.segments))
    return EventStatsDialog(["IGF 2017"], window.commands.context.library.event_stats, window, current="IGF 2017")


def _note(window: MainWindow) -> NoteDialog:
    console = window.bridge.console
    note = console.add_note("Spectrum for community networks", ["key_issue"])
    snapshot = console.snapshot
    return NoteDialog(note, snapshot.participants, snapshot.segments, snapshot.interventions, window)


def _notes_search(window: MainWindow) -> NotesSearchDialog:
    from moderator_app.ui.handlers.note_search import open_notes_search

    window.bridge.console.add_note("Spectrum for community networks", ["key_issue"])
    dialog = open_notes_search(window)
    dialog.query_edit.setText("spectrum")
    dialog.run_search()  # with a hit, so the table's cells and the note's preview are walked too
    return dialog


def _restore(window: MainWindow) -> RestoreDialog:
    window.backups.backup_now("manual")
    backups, unreadable = list_backups(window.commands.context.library.paths.backups)
    return RestoreDialog(backups, unreadable, window)


def _recovery(window: MainWindow, *, whole: bool) -> RecoveryDialog:
    paths = window.commands.context.library.paths
    window.backups.backup_now("manual")
    newest = list_backups(paths.backups)[0][0]
    error = CorruptDatabaseError(
        paths.database, "foreign-wal" if whole else "truncated", "the file is cut short", database_whole=whole
    )
    return RecoveryDialog(error, newest, paths, window)


def _damaged_restore(window: MainWindow) -> DamagedRestoreDialog:
    window.backups.backup_now("manual")
    backups, unreadable = list_backups(window.commands.context.library.paths.backups)
    return DamagedRestoreDialog(backups, unreadable, window)


#: How to open each dialog of the app on the demo session. A dialog class missing here fails
#: test_every_dialog_class_is_walked, so a new dialog cannot skip the check.
DIALOGS: dict[type[QDialog], Callable[[MainWindow], QDialog]] = {
    BalanceSettingsDialog: lambda w: BalanceSettingsDialog(
        "speakers", ("not_yet_spoken",), w.bridge.console.snapshot.contingents, w
    ),
    EventStatsDialog: _event_stats,
    ProposalPreview: lambda w: ProposalPreview(parse_proposal(PROPOSAL), w),
    PastePageDialog: lambda w: PastePageDialog(PROPOSAL, w),
    RosterPreview: lambda w: RosterPreview(
        parse_roster(b"Name;Gender\nAna;woman\n;x\n"), w.bridge.console.snapshot.participants, w
    ),
    NoteDialog: _note,
    NotesSearchDialog: _notes_search,
    ParticipantDialog: lambda w: ParticipantDialog(countries(), parent=w),
    QueuePicker: lambda w: QueuePicker(w.bridge.console.snapshot.participants, InterventionKind.INTERVENTION, w),
    RestoreDialog: _restore,
    SessionDialog: lambda w: SessionDialog(
        w.bridge.console.session, [Segment("g", w.bridge.console.session_id, "Opening", 5)], parent=w
    ),
    SessionChooser: lambda w: SessionChooser(
        w.commands.context.library.list_sessions(), w.bridge.console.session_id, w
    ),
    ShortcutsDialog: lambda w: ShortcutsDialog(
        [(name.replace("&", ""), actions) for name, actions in w.actions_by_menu], w
    ),
    GettingStartedGuide: lambda w: GettingStartedGuide(w, w.settings),
    AboutDialog: lambda w: AboutDialog(w.commands.context.library.paths.data_dir, w, open_url=lambda _url: True),
    RecoveryDialog: lambda w: _recovery(w, whole=False),
    DamagedRestoreDialog: _damaged_restore,
    PreferencesDialog: lambda w: PreferencesDialog(Preferences(screen="Projector"), w),
    ShareDialog: lambda w: ShareDialog("Demo", w),
    JoinDialog: lambda w: JoinDialog(w, make_finder=None),
}


def test_every_dialog_class_is_walked():
    assert {cls.__name__ for cls in dialog_classes()} - {cls.__name__ for cls in DIALOGS} == set()


def test_every_control_of_the_main_window_and_its_docks_has_a_name_and_a_description(window):
    assert unlabelled(window) == []


@pytest.mark.parametrize("dialog_class", list(DIALOGS), ids=lambda cls: cls.__name__)
def test_every_control_of_every_dialog_has_a_name_and_a_description(qtbot, window, dialog_class):
    dialog = DIALOGS[dialog_class](window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert unlabelled(dialog) == []
    dialog.close()


def test_every_control_of_the_report_window_has_a_name_and_a_description(qtbot, window, app_paths):
    report = ReportWindow(window.bridge.console, app_paths.data_dir)
    qtbot.addWidget(report)
    report.show()
    assert unlabelled(report) == []


def test_the_stage_display_is_named_and_describes_what_it_shows(qtbot, window):
    display = window.stage.ensure_display()
    window.tick()
    assert display.accessibleName() == "Stage display"
    assert display.accessibleDescription()
    assert unlabelled(display) == []


def tab_chain(start: QWidget, limit: int = 80) -> list[QWidget]:
    """The widgets Tab visits from ``start``, in order, until it comes back round."""
    chain = [start]
    current = start
    for _ in range(limit):
        current = current.nextInFocusChain()
        while not (
            current.isVisible()
            and current.isEnabled()
            and current.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
        ):
            current = current.nextInFocusChain()
        if current is start:
            break
        chain.append(current)
    return chain


def test_tab_goes_from_the_timer_through_the_central_area_then_the_docks_in_screen_order(window):
    chain = tab_chain(window.timer_panel)
    expected = [
        window.timer_panel,
        window.quick_note.edit,
        window.roster_panel.filter_edit,
        window.roster_panel.view,
        window.queue_panel.view,
        window.balance_panel.tabs,
        window.history_panel.view,
    ]
    positions = [chain.index(widget) for widget in expected]
    assert positions == sorted(positions), [type(chain[p]).__name__ for p in positions]


def test_tab_really_moves_the_focus_that_way(qtbot, window):
    window.focus_timer()
    QApplication.processEvents()
    seen = [QApplication.focusWidget()]
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen[0] is window.timer_panel
    assert seen[1] is window.quick_note.edit
    assert seen[2] is window.roster_panel.filter_edit


def _reading_order(widgets: list[QWidget], root: QWidget) -> list[tuple[int, int]]:
    """Top-left corners in the dialog, rows of 10 px so that a field and its button count as one line."""
    corners = []
    for widget in widgets:
        point = widget.mapTo(root, widget.rect().topLeft())
        corners.append((point.y() // 10, point.x()))
    return corners


@pytest.mark.parametrize(
    "dialog_class", [ParticipantDialog, SessionDialog, QueuePicker, NoteDialog, BalanceSettingsDialog]
)
def test_tab_in_the_main_dialogs_goes_top_to_bottom(qtbot, window, dialog_class):
    dialog = DIALOGS[dialog_class](window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    first = dialog.focusWidget() or dialog.nextInFocusChain()
    chain = [w for w in tab_chain(first) if w.window() is dialog]
    corners = _reading_order(chain, dialog)
    # Down the form (a jump up and to the right starts the next column); the buttons close the round.
    backwards = [
        (chain[i], chain[i + 1])
        for i in range(len(corners) - 1)
        if corners[i + 1][0] < corners[i][0] - 3 and corners[i + 1][1] <= corners[i][1]
    ]
    assert [(type(a).__name__, type(b).__name__) for a, b in backwards] == []
    dialog.close()


def _text_fits(label) -> bool:
    return label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width()


@pytest.mark.parametrize("font_scale", [1.0, 1.5], ids=["normal-font", "large-font"])
def test_at_1280_by_720_the_timer_and_toolbar_are_not_cut(qtbot, window, clock, font_scale):
    if font_scale != 1.0:
        font = window.font()
        font.setPointSizeF(font.pointSizeF() * font_scale)
        window.setFont(font)
    window.resize(1280, 720)
    window._default_dock_sizes()
    qtbot.keyClick(window.timer_panel, Qt.Key.Key_N)
    clock.advance(165)  # in the warning phase, the longest phase words
    window.tick()
    QApplication.processEvents()
    # The docks' panels scroll up and down and sideways, so 1280 x 720 is enough even with large
    # fonts (docs/accessibility.md): text is never cut to get there.
    assert window.height() <= 720
    assert window.width() <= 1280
    timer = window.timer_panel
    cut = [
        label.objectName()
        for label in (timer.phase_label, timer.time_label, timer.speaker_label)
        if label.text() and not _text_fits(label)
    ]
    assert cut == []
    for action in window.toolbar.actions():
        button = window.toolbar.widgetForAction(action)
        # Every toolbar command shows in full on the bar, none pushed into the overflow menu.
        assert button is not None and button.isVisible(), action.text()
        assert button.width() >= button.sizeHint().width(), action.text()
