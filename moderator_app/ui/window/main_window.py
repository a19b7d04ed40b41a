"""The main window: timer, session clock, quick note, roster, queue, history and notes, all from the keyboard.

Assembled from parts it builds and owns in ``__init__``: the handlers (ui/handlers), the action
table (action_table.py, built by actions.py), the docks and panels, the role layouts
(role_layouts.py), the stage controller and the refresh (refresh.py). Every attribute is declared
here. The parts ask the window only for what their protocol names (host.py and the handlers'), so
none of them imports this module.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent, QKeySequence
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
from moderator_app.ui.common.accessibility import scrolling
from moderator_app.ui.dialogs.preferences import apply_preferences, read_preferences
from moderator_app.ui.handlers.backups import BackupCommands
from moderator_app.ui.handlers.live import AppContext, Commands
from moderator_app.ui.handlers.notes import NoteCommands
from moderator_app.ui.handlers.page_drop import PageDrop
from moderator_app.ui.handlers.remote import RemoteCommands
from moderator_app.ui.sharing.commands import SharingCommands
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
from moderator_app.ui.window import panel_focus
from moderator_app.ui.window.action_table import ACTIONS, MENUS, TOOLBAR
from moderator_app.ui.window.actions import build_actions
from moderator_app.ui.window.enabled import (
    REMOTE_TABLE_COMMANDS,
    report_refusal,
    role_refusal,
    toggle_texts,
    why_disabled,
)
from moderator_app.ui.window.gc_pauses import freeze_shown
from moderator_app.ui.window.refresh import Shown, WindowRefresh
from moderator_app.ui.window.role_layouts import RoleLayouts
from moderator_app.ui.window.storage_banner import StorageBanner
from moderator_app.ui.window.theme_menu import ColourSchemeMenu

TICK_MS = 100


class MainWindow(QMainWindow):
    """The console: timer and session clock in the middle, roster, queue, balance and history around."""

    #: The console has closed and every window it owns with it: the app ends (or restarts), see app.py.
    closed = Signal()

    def __init__(self, bridge: ConsoleBridge, context: AppContext, settings: QSettings) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.bridge = bridge
        self.settings = settings
        self.restart_requested = False  # Preferences → new language → Restart now (see app.py)
        # -- what the actions do
        self.commands = Commands(self, context)
        self.page_drop = PageDrop(self, self.commands)
        self.note_commands = NoteCommands(self)
        self.remote_commands = RemoteCommands(self)
        # Automatic backups: every 5 minutes while something changed, at session end and on close.
        self.backups = BackupCommands(self, context, self.commands)
        # Session → Share this session…, File → Join a shared session… (ui/sharing/)
        self.sharing = SharingCommands(self, context.library)
        # -- the actions, from one table (action_table.py, built by actions.py)
        built = build_actions(self, self, MENUS, ACTIONS)
        #: Every action of the window by its name in the table ("next", "toggle", "quick_note"…).
        self.act = built.by_name
        self._separated = {name for name, spec in built.specs.items() if spec.separated}
        #: The actions of each menu, under the menu's title (the keyboard card and the shortcut list read it).
        self.actions_by_menu = built.by_menu
        self.menu_names = [title for title, _actions in built.by_menu]
        # -- the centre: session bar, sleep question, timer, next speakers, quick note
        central = QWidget(self)
        # Made in the order Tab visits them.
        self.session_bar = SessionBar(central)
        self.timer_panel = TimerPanel(central)
        self.next_label = ElidedLabel(central)  # cut at a whole character with "…", never mid-glyph
        self.suspend_bar = SuspendBar(self, central)  # asks whether a sleep during a turn counts
        self.quick_note = QuickNoteBar(
            self.act["quick_note"].shortcut().toString(QKeySequence.SequenceFormat.NativeText), central
        )
        centre = self._build_central(central)
        # -- the docks around it
        act = self.act
        self.roster_panel = RosterPanel(
            [act["add_person"], act["edit_person"], act["remove_person"], act["queue_person"], act["floor_person"]],
            self,
        )
        self.queue_panel = QueuePanel(
            [act["enqueue"], act["order"], act["withdraw"], act["up"], act["down"], act["next"]], self
        )
        self.history_panel = HistoryPanel(self)
        self.balance_panel = BalancePanel(self)
        # Made in this order on purpose: Tab's focus chain follows the order widgets are made in.
        self.roster_dock = self._dock("rosterDock", self.tr("Roster"), self.roster_panel)
        self.queue_dock = self._dock("queueDock", self.tr("Queue"), self.queue_panel)
        self.balance_dock = self._dock("balanceDock", self.tr("Balance"), self.balance_panel)
        self.history_dock = self._dock("historyDock", self.tr("Interventions"), self.history_panel)
        self.remote_panel = RemotePanel(self)
        self.remote_dock = self._dock("remoteDock", self.tr("Remote queue"), self.remote_panel)
        self.notes_panel = NotesPanel([act["edit_note"], act["delete_note"], act["undo_note"]], self)
        self.notes_dock = self._dock("notesDock", self.tr("Notes"), self.notes_panel)
        self.layouts = RoleLayouts(self, self)
        self._build_docks()
        # -- menus, toolbar, stage, status bar
        self.layout_menu = self.layouts.menu()
        self.colour_menu = ColourSchemeMenu(self.settings, self)
        self.toolbar = QToolBar(self.tr("Main toolbar"), self)
        self._build_menus_and_toolbar()
        self.stage = StageController(self, settings)
        self._build_stage_menu()
        self.message_label = ElidedLabel(self)  # a long message (a long name in it) elides, never widens
        self.saved_label = QLabel(self)
        self._message_clear = QTimer(self)
        self._build_status_bar()
        self.storage_banner = StorageBanner(bridge, self.saved_label, central)
        centre.insertWidget(0, self.storage_banner)  # disk full / read-only: above the timer
        bridge.message.connect(self.show_message)
        # -- updating: after each change, and on each tick
        self.tick_timer = QTimer(self)
        # Ticks only repaint; every value shown is recomputed from the clock. A precise timer, re-armed
        # by tick() to fire just after the running turn's next whole second (see next_tick_ms).
        self.tick_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.tick_timer.setInterval(TICK_MS)
        self.refresher = WindowRefresh(
            bridge,
            Shown(
                roster=self.roster_panel,
                queue=self.queue_panel,
                history=self.history_panel,
                balance=self.balance_panel,
                timer=self.timer_panel,
                session_bar=self.session_bar,
                next_label=self.next_label,
                saved_label=self.saved_label,
                suspend_bar=self.suspend_bar,
                toolbar=self.toolbar,
                notes=self.note_commands,
                remote=self.remote_commands,
                stage=self.stage,
                act=self.act,
                set_title=self.setWindowTitle,
                sharing=lambda: self.sharing.state,
            ),
            self.tick_timer,
            self.commands.paths.database,
        )
        bridge.changed.connect(self.refresher.refresh)
        self.tick_timer.timeout.connect(self.tick)
        self.tick_timer.start()
        # The layout is also saved now and then, so a crash keeps the last arrangement.
        self.layout_timer = QTimer(self)
        self.layout_timer.setInterval(30_000)
        self.layout_timer.timeout.connect(self.save_layout)
        self.layout_timer.start()
        self._default_size()
        # The docks as built, before any saved arrangement: View → Layout puts them back this way.
        self.layouts.remember_built()
        if not self.restore_layout():
            # First start: size the docks once the window has its real geometry.
            QTimer.singleShot(0, self._default_dock_sizes)
        apply_preferences(self, read_preferences(settings))
        self.refresher.refresh()
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
        self.layouts.apply()

    def focus_timer(self) -> None:
        """Keyboard focus on the timer: every single-key shortcut (Space, N, A, P…) is live."""
        self.timer_panel.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def tick(self) -> None:
        """Show the clocks as they read now (the timer's tick, and the stage when what it adds changes)."""
        self.refresher.tick()

    def open_joined(self, session_id: str, layout: str) -> None:
        """Run the session joined from another laptop (its copy has arrived), laid out for the role
        this laptop joined with (a role of role_layouts.py)."""
        self.commands.open_console(session_id)
        self.layouts.apply(layout)

    def sharing_changed(self) -> None:
        """A live link started or ended: Share, Join, Leave, a joined role's commands and the open
        report window (writable or not) follow."""
        self.refresher.refresh_enabled()
        if self.commands.report_window is not None:
            self.commands.report_window.set_refusal(self.report_refusal())

    def report_refusal(self) -> str | None:
        """Why this laptop's role may not write the report of the session shown (None: it may)."""
        return report_refusal(self.bridge.console, self.sharing.state)

    def allowed(self, name: str) -> bool:
        """Whether this laptop's role may run the command ``name`` on the session shown; when it may
        not (a joined role's, see enabled.py), the status bar says why."""
        reason = role_refusal(name, self.bridge.console, self.sharing.state)
        if reason:
            self.show_message(reason, True)
        return reason is None

    def _if_allowed(self, name: str, handler: Callable[..., object]) -> Callable[..., None]:
        """``handler`` for a mouse path or a panel's own key that is not an action (a double-click, a
        drag, Enter in a panel's field), refused as its action would be (``allowed``)."""

        def guarded(*args: object) -> None:
            if self.allowed(name):
                handler(*args)

        return guarded

    def _remote_entry(self, command: str, entry_id: str) -> None:
        if self.allowed(REMOTE_TABLE_COMMANDS[command]):
            self.remote_commands.on_entry(command, entry_id)

    def _set_reference(self, reference: str) -> None:
        if self.allowed("balance_settings"):
            self.commands.set_reference(reference)
            return
        combo = self.balance_panel.reference_combo  # back to the session's own
        combo.setCurrentIndex(combo.findData(self.bridge.console.session.balance_reference))

    def search_notes(self, event: str | None = None) -> None:
        """Notes → Search all sessions' notes (narrowed to ``event``'s sessions when given); loaded on first use."""
        from moderator_app.ui.handlers.note_search import open_notes_search

        open_notes_search(self, event)

    # -- construction -----------------------------------------------------------------
    def _build_central(self, central: QWidget) -> QVBoxLayout:
        self.next_label.setObjectName("nextSpeakers")
        self.next_label.setAccessibleName(self.tr("Next speakers"))
        font = QFont(self.next_label.font())
        font.setPixelSize(22)
        self.next_label.setFont(font)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.session_bar)
        layout.addWidget(self.suspend_bar)
        layout.addWidget(self.timer_panel, 1)
        layout.addWidget(self.next_label)
        self.quick_note.submitted.connect(self._if_allowed("quick_note", self.note_commands.save_quick_note))
        self.quick_note.tags_height_changed.connect(self.timer_panel.lend_height)
        layout.addWidget(self.quick_note)
        self.setCentralWidget(central)
        return layout

    def _dock(self, name: str, title: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(scrolling(widget))  # on a 1280×720 screen or with large fonts, a dock scrolls
        dock.setAccessibleName(title)
        return dock

    def _build_docks(self) -> None:
        self.queue_panel.addAction(self.act["withdraw"])  # Delete withdraws while the queue has focus
        # The mouse's ways to the commands, refused on a joined laptop as their actions are.
        self.queue_panel.model.move_requested.connect(self._if_allowed("up", self.commands.move_entry))
        edit_person = self._if_allowed("edit_person", self.commands.edit_participant)
        self.roster_panel.view.doubleClicked.connect(lambda _i: edit_person())
        give_floor = self._if_allowed("floor_person", self.commands.give_floor_from_queue)
        self.queue_panel.view.doubleClicked.connect(lambda _i: give_floor())
        self.balance_panel.suggestion_button.setDefaultAction(self.act["suggested"])
        self.balance_panel.reference_changed.connect(self._set_reference)
        left, right, bottom = (
            Qt.DockWidgetArea.LeftDockWidgetArea,
            Qt.DockWidgetArea.RightDockWidgetArea,
            Qt.DockWidgetArea.BottomDockWidgetArea,
        )
        # Docked in screen order (right column, then the bottom): Tab visits them in this order.
        for dock, area in (
            (self.roster_dock, left),
            (self.queue_dock, right),
            (self.balance_dock, right),
            (self.history_dock, bottom),
        ):
            self.addDockWidget(area, dock)
        self.splitDockWidget(self.queue_dock, self.balance_dock, Qt.Orientation.Vertical)
        # The online moderator's panel: its own fields and buttons, a tab beside the main queue (the
        # Next line under the timer shows both queues, and the tab title counts the remote requests).
        self.remote_panel.submitted.connect(self._if_allowed("remote", self.remote_commands.add))
        self.remote_panel.entry_command.connect(self._remote_entry)
        self.addDockWidget(right, self.remote_dock)
        self.tabifyDockWidget(self.queue_dock, self.remote_dock)
        self.queue_dock.raise_()
        for name in ("edit_note", "delete_note", "undo_note"):
            # Only the notes table answers to these keys (see NotesView and actions.py).
            self.notes_panel.view.addAction(self.act[name])
        edit_note = self._if_allowed("edit_note", self.note_commands.edit_note)
        self.notes_panel.view.doubleClicked.connect(lambda _i: edit_note())
        self.notes_panel.filters_changed.connect(self.note_commands.refresh)
        self.addDockWidget(bottom, self.notes_dock)
        self.tabifyDockWidget(self.history_dock, self.notes_dock)
        self.history_dock.raise_()
        # Corners are not part of a saved layout: set them for the role last chosen (role_layouts.py).
        self.layouts.set_corners(self.layouts.saved_role())
        # Tab in screen order: the remote queue's fields and table come right after the queue they
        # sit beside, then the balance below them (they were built later, so came last).
        remote = self.remote_panel
        chain = [self.queue_panel.view, remote.who_edit, remote.affiliation_edit, remote.platform_combo]
        chain += [remote.kind_combo, remote.text_edit, remote.view, self.balance_panel.tabs]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        panel_focus.raise_on_focus(self)

    def _build_stage_menu(self) -> None:
        """The stage display's menu goes before Help; its actions join the shortcut list."""
        help_menu = self.menuBar().actions()[-1]
        self.menuBar().insertMenu(help_menu, self.stage.menu)
        self.actions_by_menu.insert(len(self.actions_by_menu) - 1, (self.stage.menu.title(), self.stage.actions))
        self.menu_names.insert(len(self.menu_names) - 1, self.stage.menu.title())

    def _build_menus_and_toolbar(self) -> None:
        for (key, _source), (title, actions) in zip(MENUS, self.actions_by_menu, strict=True):
            menu = self.menuBar().addMenu(title)
            for action in actions:
                if action.objectName() in self._separated:
                    menu.addSeparator()
                menu.addAction(action)
            if key == "view":
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
                menu.addMenu(self.layout_menu)
                menu.addMenu(self.colour_menu)
        toolbar = self.toolbar
        toolbar.setObjectName("mainToolbar")
        toolbar.setAccessibleName(self.tr("Main toolbar"))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for name in TOOLBAR:
            toolbar.addAction(self.act[name])
        for action in toolbar.actions():
            button = toolbar.widgetForAction(action)
            if button is not None:
                button.setAccessibleName(action.text().replace("&", "").replace("…", ""))
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        toggle = self.act["toggle"]
        keep_width_steady(toolbar.widgetForAction(toggle), toggle, toggle_texts())  # see enabled.py

    def _build_status_bar(self) -> None:
        self.message_label.setAccessibleName(self.tr("Last message"))
        self.saved_label.setTextFormat(Qt.TextFormat.PlainText)
        self.saved_label.setAccessibleName(self.tr("Storage status"))
        self.statusBar().addWidget(self.message_label, 1)
        self.statusBar().addPermanentWidget(self.sharing.status_label)
        self.statusBar().addPermanentWidget(self.saved_label)
        self._message_clear.setSingleShot(True)
        self._message_clear.timeout.connect(lambda: self.message_label.setText(""))

    # -- updating ---------------------------------------------------------------------
    def show_message(self, text: str, is_error: bool) -> None:
        self.message_label.setText(("⚠ " if is_error else "✓ ") + text)
        self.message_label.setStyleSheet("color: #b91c1c; font-weight: bold;" if is_error else "")
        self._message_clear.start(12_000 if is_error else 5_000)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # A key whose command is switched off reaches the window instead: say why it did nothing.
        pressed = QKeySequence(event.keyCombination())
        for _menu, actions in self.actions_by_menu:
            for action in actions:
                matches = any(k.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch for k in action.shortcuts())
                if matches and not action.isEnabled():
                    reason = why_disabled(self.act, self.bridge.console, action, self.sharing.state)
                    if reason:
                        self.show_message(reason, True)
                        return
        super().keyPressEvent(event)

    # -- layout -------------------------------------------------------------------------
    def toggle_full_screen(self) -> None:
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
        self.commands.close_report()
        self.sharing.stop()  # the port closes with the window
        for widget in QApplication.topLevelWidgets():
            if widget is self or not widget.isVisible():
                continue
            owner = widget.parentWidget()
            while owner is not None and owner is not self:
                owner = owner.parentWidget()
            if owner is self:
                widget.close()
