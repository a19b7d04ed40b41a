"""The main window: timer, session clock, quick note, roster, queue, history and notes, all from the keyboard."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from moderator_app import __version__
from moderator_app.system.settings import MAIN_GEOMETRY, MAIN_STATE, MAIN_VERSION, read, write
from moderator_app.ui.bridge import ConsoleBridge
from moderator_app.ui.common import labels
from moderator_app.ui.common.accessibility import scrolling
from moderator_app.ui.dialogs.preferences import apply_preferences, read_preferences
from moderator_app.ui.handlers.backups import BackupCommands
from moderator_app.ui.handlers.live import AppContext, Commands
from moderator_app.ui.handlers.notes import NoteCommands
from moderator_app.ui.handlers.page_drop import PageDrop
from moderator_app.ui.handlers.remote import RemoteCommands
from moderator_app.ui.models.remote import is_remote, upcoming_entries
from moderator_app.ui.stage.controller import StageController
from moderator_app.ui.widgets.balance_panel import BalancePanel
from moderator_app.ui.widgets.elided_label import ElidedLabel
from moderator_app.ui.widgets.notes_panel import NotesPanel
from moderator_app.ui.widgets.panels import HistoryPanel, QueuePanel, RosterPanel
from moderator_app.ui.widgets.quick_note import QuickNoteBar
from moderator_app.ui.widgets.remote_panel import RemotePanel
from moderator_app.ui.widgets.session_bar import SessionBar
from moderator_app.ui.widgets.steady_width import keep_width_steady
from moderator_app.ui.widgets.suspend_bar import SuspendBar
from moderator_app.ui.widgets.timer_panel import TimerPanel
from moderator_app.ui.window import panel_focus, role_layouts
from moderator_app.ui.window.actions import ActionsMixin
from moderator_app.ui.window.gc_pauses import freeze_shown
from moderator_app.ui.window.refresh import RefreshMixin
from moderator_app.ui.window.storage_banner import StorageBanner
from moderator_app.ui.window.theme_menu import ColourSchemeMenu

TICK_MS = 100


class MainWindow(RefreshMixin, ActionsMixin, QMainWindow):
    """The console: timer and session clock in the middle, roster, queue, balance and history around."""

    #: The console has closed and every window it owns with it: the app ends (or restarts), see app.py.
    closed = Signal()

    def __init__(self, bridge: ConsoleBridge, context: AppContext, settings: QSettings) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.bridge = bridge
        self.settings = settings
        self.actions_by_menu: list[tuple[str, list[QAction]]] = []
        self.commands = Commands(self, context)
        self.page_drop = PageDrop(self, self.commands)
        self.note_commands = NoteCommands(self)
        self.remote_commands = RemoteCommands(self)
        # Automatic backups: every 5 minutes while something changed, at session end and on close.
        self.backups = BackupCommands(self, context)
        self._build_actions()
        self._build_central()
        self._build_docks()
        self._build_menus_and_toolbar()
        self._build_stage(settings)
        self._build_status_bar()
        self.storage_banner = StorageBanner(bridge, self.saved_label, self.centralWidget())
        self.centralWidget().layout().insertWidget(0, self.storage_banner)  # disk full / read-only: above the timer
        bridge.changed.connect(self.refresh)
        bridge.message.connect(self.show_message)
        self.tick_timer = QTimer(self)
        # Ticks only repaint; every value shown is recomputed from the clock. A precise timer, re-armed
        # by tick() to fire just after the running turn's next whole second (see next_tick_ms).
        self.tick_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.tick_timer.setInterval(TICK_MS)
        self.tick_timer.timeout.connect(self.tick)
        self.tick_timer.start()
        self._balance_stale = True
        #: The whole second of the running turn last shown in the balance and the tables (None: nobody speaks).
        self._live_second: int | None = None
        self._closing_confirmed = False
        # The layout is also saved now and then, so a crash keeps the last arrangement.
        self.layout_timer = QTimer(self)
        self.layout_timer.setInterval(30_000)
        self.layout_timer.timeout.connect(self.save_layout)
        self.layout_timer.start()
        self._default_size()
        # The docks as built, before any saved arrangement: View → Layout puts them back this way.
        self.built_state = self.saveState()
        if not self.restore_layout():
            # First start: size the docks once the window has its real geometry.
            QTimer.singleShot(0, self._default_dock_sizes)
        self.restart_requested = False  # Preferences → new language → Restart now (see app.py)
        apply_preferences(self, read_preferences(settings))
        self.refresh()
        self.focus_timer()
        # The stage display comes back where it was after a crash or a restart, once the console shows.
        QTimer.singleShot(0, self, self.stage.restore)
        freeze_shown()  # the session and the window stay out of Python's full collections (gc_pauses.py)

    def _default_size(self) -> None:
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is None:
            self.resize(1400, 860)
            return
        self.resize(min(1700, int(screen.width() * 0.95)), min(1000, int(screen.height() * 0.92)))

    def _default_dock_sizes(self) -> None:
        """The moderator's layout, sized to the window (role_layouts.py)."""
        role_layouts.apply_layout(self)

    def focus_timer(self) -> None:
        """Keyboard focus on the timer: every single-key shortcut (Space, N, A, P…) is live."""
        self.timer_panel.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- construction -----------------------------------------------------------------
    def _build_central(self) -> None:
        central = QWidget(self)
        self.session_bar = SessionBar(central)
        self.timer_panel = TimerPanel(central)
        self.next_label = ElidedLabel(central)  # cut at a whole character with "…", never mid-glyph
        self.next_label.setObjectName("nextSpeakers")
        self.next_label.setAccessibleName(self.tr("Next speakers"))
        font = QFont(self.next_label.font())
        font.setPixelSize(22)
        self.next_label.setFont(font)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.session_bar)
        self.suspend_bar = SuspendBar(self, central)  # asks whether a sleep during a turn counts
        layout.addWidget(self.suspend_bar)
        layout.addWidget(self.timer_panel, 1)
        layout.addWidget(self.next_label)
        self.quick_note = QuickNoteBar(
            self.act_quick_note.shortcut().toString(QKeySequence.SequenceFormat.NativeText), central
        )
        self.quick_note.submitted.connect(self.note_commands.save_quick_note)
        self.quick_note.tags_height_changed.connect(self.timer_panel.lend_height)
        layout.addWidget(self.quick_note)
        self.setCentralWidget(central)

    def _dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(scrolling(widget))  # on a 1280×720 screen or with large fonts, a dock scrolls
        dock.setAccessibleName(title)
        self.addDockWidget(area, dock)
        return dock

    def _build_docks(self) -> None:
        self.roster_panel = RosterPanel(
            [
                self.act_add_person,
                self.act_edit_person,
                self.act_remove_person,
                self.act_queue_person,
                self.act_floor_person,
            ],
            self,
        )
        self.queue_panel = QueuePanel(
            [self.act_enqueue, self.act_order, self.act_withdraw, self.act_up, self.act_down, self.act_next], self
        )
        self.queue_panel.addAction(self.act_withdraw)
        self.queue_panel.model.move_requested.connect(self.commands.move_entry)
        self.roster_panel.view.doubleClicked.connect(lambda _i: self.commands.edit_participant())
        self.queue_panel.view.doubleClicked.connect(lambda _i: self.commands.give_floor_from_queue())
        self.history_panel = HistoryPanel(self)
        self.balance_panel = BalancePanel(self)
        self.balance_panel.suggestion_button.setDefaultAction(self.act_suggested)
        self.balance_panel.reference_changed.connect(self.commands.set_reference)
        self.roster_dock = self._dock(
            "rosterDock", self.tr("Roster"), self.roster_panel, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.queue_dock = self._dock(
            "queueDock", self.tr("Queue"), self.queue_panel, Qt.DockWidgetArea.RightDockWidgetArea
        )
        # Docked in screen order (right column, then the bottom): Tab visits them in this order.
        self.balance_dock = self._dock(
            "balanceDock", self.tr("Balance"), self.balance_panel, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.history_dock = self._dock(
            "historyDock", self.tr("Interventions"), self.history_panel, Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.splitDockWidget(self.queue_dock, self.balance_dock, Qt.Orientation.Vertical)
        # The online moderator's panel: its own fields and buttons, a tab beside the main queue (the
        # Next line under the timer shows both queues, and the tab title counts the remote requests).
        self.remote_panel = RemotePanel(self)
        self.remote_panel.submitted.connect(self.remote_commands.add)
        self.remote_panel.entry_command.connect(self.remote_commands.on_entry)
        self.remote_dock = self._dock(
            "remoteDock", self.tr("Remote queue"), self.remote_panel, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.tabifyDockWidget(self.queue_dock, self.remote_dock)
        self.queue_dock.raise_()
        self.notes_panel = NotesPanel([self.act_edit_note, self.act_delete_note, self.act_undo_note], self)
        for action in (self.act_edit_note, self.act_delete_note, self.act_undo_note):
            # Only the notes table answers to these keys (see NotesView and actions.py).
            self.notes_panel.view.addAction(action)
        self.notes_panel.view.doubleClicked.connect(lambda _i: self.note_commands.edit_note())
        self.notes_panel.filters_changed.connect(self.note_commands.refresh)
        self.notes_dock = self._dock(
            "notesDock", self.tr("Notes"), self.notes_panel, Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.tabifyDockWidget(self.history_dock, self.notes_dock)
        self.history_dock.raise_()
        # Corners are not part of a saved layout: set them for the role last chosen (role_layouts.py).
        role_layouts.set_corners(self, role_layouts.saved_role(self))
        # Tab in screen order: the remote queue's fields and table come right after the queue they
        # sit beside, then the balance below them (they were built later, so came last).
        remote = self.remote_panel
        chain = [self.queue_panel.view, remote.who_edit, remote.affiliation_edit, remote.platform_combo]
        chain += [remote.kind_combo, remote.text_edit, remote.view, self.balance_panel.tabs]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        panel_focus.raise_on_focus(self)

    def _build_stage(self, settings: QSettings) -> None:
        """The stage display's menu goes before Help; its actions join the shortcut list."""
        self.stage = StageController(self, settings)
        help_menu = self.menuBar().actions()[-1]
        self.menuBar().insertMenu(help_menu, self.stage.menu)
        self.actions_by_menu.insert(len(self.actions_by_menu) - 1, (self.stage.menu.title(), self.stage.actions))

    def _build_menus_and_toolbar(self) -> None:
        for name, actions in self.actions_by_menu:
            menu = self.menuBar().addMenu(name)
            separators_before = (
                self.act_restore,
                self.act_quit,
                self.act_details,
                self.act_queue_person,
                self.act_up,
                self.act_remote,
                self.act_plus,
                self.act_end_session,
                self.act_about,
                self.act_edit_note,
            )
            for action in actions:
                if action in separators_before:
                    menu.addSeparator()
                menu.addAction(action)
            if name == self.tr("&View"):
                menu.addSeparator()
                for dock in (
                    self.roster_dock,
                    self.queue_dock,
                    self.remote_dock,
                    self.balance_dock,
                    self.history_dock,
                    self.notes_dock,
                ):
                    menu.addAction(dock.toggleViewAction())
                menu.addSeparator()
                self.layout_menu = role_layouts.layout_menu(self)
                menu.addMenu(self.layout_menu)
                self.colour_menu = ColourSchemeMenu(self.settings, self)
                menu.addMenu(self.colour_menu)
        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setAccessibleName(self.tr("Main toolbar"))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (
            self.act_toggle,
            self.act_next,
            self.act_end,
            self.act_minus,
            self.act_plus,
            self.act_enqueue,
            self.act_order,
            self.act_next_segment,
        ):
            toolbar.addAction(action)
        for action in toolbar.actions():
            button = toolbar.widgetForAction(action)
            if button is not None:
                button.setAccessibleName(action.text().replace("&", "").replace("…", ""))
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.toolbar = toolbar
        toggle_texts = (self.tr("&Pause"), self.tr("&Resume"), self.tr("&Start next"))  # see _update_enabled
        keep_width_steady(toolbar.widgetForAction(self.act_toggle), self.act_toggle, toggle_texts)

    def _build_status_bar(self) -> None:
        self.message_label = ElidedLabel(self)  # a long message (a long name in it) elides, never widens
        self.message_label.setAccessibleName(self.tr("Last message"))
        self.saved_label = QLabel(self)
        self.saved_label.setTextFormat(Qt.TextFormat.PlainText)
        self.saved_label.setAccessibleName(self.tr("Storage status"))
        self.statusBar().addWidget(self.message_label, 1)
        self.statusBar().addPermanentWidget(self.saved_label)
        self._message_clear = QTimer(self)
        self._message_clear.setSingleShot(True)
        self._message_clear.timeout.connect(lambda: self.message_label.setText(""))

    # -- updating ---------------------------------------------------------------------
    def show_message(self, text: str, is_error: bool) -> None:
        self.message_label.setText(("⚠ " if is_error else "✓ ") + text)
        self.message_label.setStyleSheet("color: #b91c1c; font-weight: bold;" if is_error else "")
        self._message_clear.start(12_000 if is_error else 5_000)

    def _next_texts(self) -> list[str]:
        """Who N will call next, from both queues (remote requests marked in words): the whole line,
        then the same with fewer names (the others counted as waiting), for a narrow window.

        Here rather than in RefreshMixin: PySide6 finds a plural (%n) message only in the window's own
        class context, not in a mixin's.
        """
        console = self.bridge.console
        snapshot = console.snapshot
        upcoming, _waiting = upcoming_entries(console, 3)
        named = []
        for number, entry in enumerate(upcoming, start=1):
            participant = snapshot.participant(entry.participant_id)
            if participant is None:
                continue
            name = labels.person(participant.name, 40)
            if is_remote(entry, participant):
                name = self.tr("%1 (remote)").replace("%1", name)
            named.append((entry.id, f"{number}. {name}"))
        if not named:
            return [self.tr("Queue empty: press A to add someone")]
        texts = []
        for count in range(len(named), 0, -1):
            text = self.tr("Next: %1").replace("%1", "   ".join(name for _id, name in named[:count]))
            shown = {entry_id for entry_id, _name in named[:count]}
            more = sum(1 for entry in snapshot.queue if entry.id not in shown)
            if more > 0:
                text += "   " + self.tr("(+%n more waiting)", "", more)
            remote_left = sum(1 for entry in snapshot.remote_queue if entry.id not in shown)
            if remote_left:
                text += "   · " + self.tr("%n remote waiting (I)", "", remote_left)
            texts.append(text)
        texts.append(self.tr("Next: %1").replace("%1", named[0][1]))  # the narrowest: the next speaker alone
        return texts

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # A key whose command is switched off reaches the window instead: say why it did nothing.
        pressed = QKeySequence(event.keyCombination())
        for _menu, actions in self.actions_by_menu:
            for action in actions:
                matches = any(k.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch for k in action.shortcuts())
                if matches and not action.isEnabled():
                    reason = self.why_disabled(action)
                    if reason:
                        self.show_message(reason, True)
                        return
        super().keyPressEvent(event)

    # -- layout -------------------------------------------------------------------------
    def _toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def restore_layout(self) -> bool:
        geometry = read(self.settings, MAIN_GEOMETRY)
        state = read(self.settings, MAIN_STATE)
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            return bool(self.restoreState(state))
        return False

    def save_layout(self) -> None:
        write(self.settings, MAIN_GEOMETRY, self.saveGeometry())
        write(self.settings, MAIN_STATE, self.saveState())
        write(self.settings, MAIN_VERSION, __version__)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Nothing to save about the session: every action was committed when it happened.
        self.save_layout()
        self.backups.timer.stop()
        self.backups.backup_now("close")
        super().closeEvent(event)
        if event.isAccepted():
            self.close_owned_windows()
            self.closed.emit()

    def close_owned_windows(self) -> None:
        """Close the stage display, the report window and any dialog still open with the console.

        A window left open (a blank stage display on the projector) would keep the process alive
        without a console, and a later start would hand over to that process instead of starting.
        """
        self.stage.close_display(reopen_next_start=self.restart_requested)
        report = getattr(self, "report_window", None)
        if report is not None:
            report.close()
        for widget in QApplication.topLevelWidgets():
            if widget is self or not widget.isVisible():
                continue
            owner = widget.parentWidget()
            while owner is not None and owner is not self:
                owner = owner.parentWidget()
            if owner is self:
                widget.close()
