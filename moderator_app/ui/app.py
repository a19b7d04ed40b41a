"""Start the GUI: open the data folder, pick the session, show the window; report errors in plain words."""

from __future__ import annotations

import importlib
import signal
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QEvent, QObject, QProcess, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from moderator_app import APP_ID, APP_NAME, __version__
from moderator_app.services.errors import CorruptDatabaseError, StorageError, UnknownSessionError
from moderator_app.services.library import Library, check_ahead, is_migrated, load_migrations
from moderator_app.system.clock import SystemClock, on_host_time
from moderator_app.system.i18n import apply_settings as apply_language
from moderator_app.system.paths import AppPaths
from moderator_app.system.resources import countries, regions, resource
from moderator_app.system.settings import FIRST_RUN_DONE, read
from moderator_app.ui.common import message_box, theme
from moderator_app.ui.common.message_box import plain_box
from moderator_app.ui.common.settings_file import open_settings
from moderator_app.ui.single_instance import claim_data_folder
from moderator_app.ui.window.after_paint import after_first_paint

SMOKE_TIMEOUT_MS = 20_000


class _FirstPaint(QObject):
    """Quits the application after the window's first paint (for --smoke)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            QTimer.singleShot(0, lambda: self.app.exit(0))
        return False


def _install_crash_dialog() -> None:
    """A bug gets a dialog with details to copy, not a silent exit or a raw traceback in a terminal."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, value, tb))
        print(details, file=sys.stderr)
        if QApplication.instance() is None:
            return
        box = plain_box(
            QMessageBox.Icon.Critical,
            APP_NAME,
            QApplication.translate(
                "app",
                "Something went wrong inside moderator-app. Everything done before this was saved. "
                "Please copy the details below into a bug report.",
            ),
        )
        box.setDetailedText(details)
        box.exec()

    sys.excepthook = hook


def _fatal(app: QApplication, message: str, smoke: bool) -> int:
    print(f"moderator-app: error: {message}", file=sys.stderr)
    if not smoke:
        message_box.critical(None, APP_NAME, message)
    return 1


def _load_window_modules(*, migrations: bool = False) -> None:
    """Import what the window is made of (run_gui imports the names again, from the module cache),
    and with ``migrations`` what migrates a database (sqlite-utils)."""
    for name in ["moderator_app.services.console", "moderator_app.ui.window.main_window"]:
        importlib.import_module(name)
    if migrations:
        load_migrations()


def _application() -> QApplication:
    """The application the window runs in: a new one, or the one already made (tests make theirs)."""
    existing = QApplication.instance()
    if existing is None:
        return QApplication(sys.argv[:1])
    if not isinstance(existing, QApplication):
        # Qt allows one application object per process: a QCoreApplication cannot show widgets.
        raise RuntimeError("the window needs a QApplication, but a QCoreApplication is already running")
    return existing


def run_gui(*, data_dir: str | None, session_id: str | None, smoke: bool) -> int:
    app = _application()
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("moderator-app")
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    icon = resource("icons", "moderator-app.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    _install_crash_dialog()
    paths = AppPaths.resolve(data_dir)
    # The interface language (Edit → Preferences), before any window or message is made.
    apply_language(app, open_settings(paths.settings))
    # A database already there and migrated is checked while the window's modules load (below);
    # otherwise they load first, as they always did, and the new database is made, migrated and given
    # its demo session right after the folder is claimed.
    current = is_migrated(paths)
    if not current:
        _load_window_modules(migrations=True)
    # One writer per data folder: a second start brings the running window to the front instead.
    claim = claim_data_folder(paths.data_dir, session_id)
    if claim.handed_over:
        print(claim.handed_over)
        return 0
    if claim.refused:  # the running window came forward and shows the problem itself
        print(f"moderator-app: error: {claim.refused}", file=sys.stderr)
        return 1
    if claim.error:
        return _fatal(app, claim.error, smoke)
    # The integrity check reads the whole file: it runs beside the loading of the window's modules,
    # and the library waits for it before anything is written.
    check = check_ahead(paths) if current else None
    if check is not None:
        _load_window_modules()
    # On the host's time once this window joins a shared session (the link measures the offset).
    clock = on_host_time(SystemClock())
    try:
        library = Library.open(paths, clock, writer=claim.lock, checked_ahead=check)
    except CorruptDatabaseError as error:
        # Damaged: say so, keep the file, offer the newest good backup (ui/dialogs/recovery.py).
        from moderator_app.ui.dialogs.recovery import recover_at_start  # loaded only for a damaged file

        recovered = None if smoke else recover_at_start(paths, error, clock, claim.lock)
        if recovered is None:
            claim.release()
            return _fatal(app, str(error), smoke=True)  # quit: the file stays where it is, untouched
        library = recovered
    except StorageError as error:
        claim.release()
        return _fatal(app, str(error), smoke)
    from moderator_app.ui.bridge import ConsoleBridge
    from moderator_app.ui.dialogs.preferences import restart_command
    from moderator_app.ui.handlers.live import AppContext
    from moderator_app.ui.window.main_window import MainWindow

    while True:
        try:
            console = library.open_console(library.session_to_open(session_id))
            break
        except UnknownSessionError as error:
            library.close(keep_writer=True)
            claim.release()
            return _fatal(app, str(error.args[0]), smoke)
        except CorruptDatabaseError as error:
            # Rows the start-up check could not judge turned out unreadable: the same way on as a
            # file found damaged (the file is kept aside, the newest good backup offered).
            from moderator_app.ui.dialogs.recovery import recover_at_start

            writer = library.close(keep_writer=True)
            recovered = None if smoke else recover_at_start(paths, error, clock, writer)
            if recovered is None:
                claim.release()
                return _fatal(app, str(error), smoke=True)
            library = recovered
    settings = open_settings(paths.settings)
    theme.apply_saved(app, settings)  # light, dark, high contrast or the desktop's (View → Colour scheme)
    context = AppContext(library, countries(), regions())
    window = MainWindow(ConsoleBridge(console), context, settings)
    # The console closing ends the app, whatever other window is still shown (a stage display on the
    # projector, a dialog): otherwise the process would outlive its console and never restart.
    window.closed.connect(app.quit)
    # A later start finds the running window through its local socket, listened on once the window
    # has painted (until then a second start waits for the folder's lock, as it always could).
    after_first_paint(window, lambda: claim.serve(window))
    if not smoke:
        # A share or a join the app stopped in the middle of (a crash, a power cut) resumes by itself.
        after_first_paint(window, window.sharing.resume_interrupted)
    if smoke:
        watcher = _FirstPaint(app)
        window.installEventFilter(watcher)
        QTimer.singleShot(SMOKE_TIMEOUT_MS, lambda: app.exit(3))

    # Ctrl+C in a terminal or a polite kill closes the window normally (layout saved);
    # the session itself needs nothing: every action was committed when it happened.
    def close_on_signal(*_args: object) -> None:
        QTimer.singleShot(0, window.close)

    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, close_on_signal)
    window.show()
    # Read here, so that a start after the first one never loads the walkthrough's module.
    if not smoke and not read(settings, FIRST_RUN_DONE):
        from moderator_app.ui.dialogs import first_run  # loaded only when the walkthrough is shown: a quicker start

        first_run.maybe_show_on_first_run(window, settings, smoke=smoke)
    code = app.exec()
    if smoke and code != 0:
        print("moderator-app: error: the window did not paint within 20 s", file=sys.stderr)
    # The claim lets go of the folder: it stops answering later starts, then frees the writer lock.
    library.close(keep_writer=True)
    claim.release()
    if window.restart_requested and code == 0:
        # Preferences → a new language → Restart now: the same command again, this process ends.
        command = restart_command()
        QProcess.startDetached(command[0], command[1:])
    return code
