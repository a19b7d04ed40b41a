"""Session → Share this session… and File → Join a shared session…: one live link per window at a time.

While a link runs, a label in the status bar says so in words ("Sharing: 2 laptops connected",
"Joined as rapporteur", "Link lost: joining again…"), not by colour. Closing the window stops it.
Each time a link starts or ends the window is told (``sharing_changed``), so the commands that
depend on it (Share, Join, Leave, and a joined role's) are switched on or off (window/enabled.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from moderator_app.sync.link import DEFAULT_PORT
from moderator_app.ui.common import labels, message_box
from moderator_app.ui.sharing.roles import LAYOUT_OF_ROLE, role_name
from moderator_app.ui.sharing.session_link import SessionLink
from moderator_app.ui.window.enabled import NOT_SHARING, Sharing
from moderator_app.ui.window.host import WindowHost

if TYPE_CHECKING:
    from pathlib import Path

    from moderator_app.services.library import Library
    from moderator_app.sync.join_code import JoinCode
    from moderator_app.sync.link_host import ConnectedPeer, JoinInfo
    from moderator_app.ui.sharing.join_dialog import JoinDialog, MakeFinder
    from moderator_app.ui.sharing.share_dialog import ShareDialog


class Backups(Protocol):
    def backup_now(self, reason: str) -> Path | None: ...


class SharingHost(WindowHost, Protocol):
    """What sharing asks of the window: its bridge and status bar, its backups, opening a joined
    session, and hearing that a link started or ended."""

    @property
    def backups(self) -> Backups: ...

    def open_joined(self, session_id: str, layout: str) -> None: ...

    def sharing_changed(self) -> None: ...


class SharingCommands:
    """The window's live link: sharing its session, or joined to another laptop's."""

    def __init__(self, host: SharingHost, library: Library, *, port: int = DEFAULT_PORT) -> None:
        self.host = host
        self.library = library
        #: The port to share on (tests take any free one with 0).
        self.port = port
        #: How the join dialog looks for sessions on the network (tests give their own, or None).
        self.make_finder: MakeFinder | None = None
        self.link: SessionLink | None = None
        self.share_dialog: ShareDialog | None = None
        self.join_dialog: JoinDialog | None = None
        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Live sharing"))
        self.status_label.hide()
        #: The role this laptop joined with; "" while it shares (the host is the onsite moderator).
        self._role = ""
        #: The shared session's title, as shown; "" while a join has not brought the session yet.
        self._title = ""
        #: The laptops connected to this share, as last told (none while not sharing).
        self._connected: tuple[ConnectedPeer, ...] = ()
        #: The code and address of the join in progress (kept once the session arrives).
        self._joining: tuple[JoinCode, str | None] | None = None

    def tr(self, text: str) -> str:
        # lupdate files self.tr() under the class it is written in: this context.
        return QCoreApplication.translate("SharingCommands", text)

    @property
    def state(self) -> Sharing:
        """Sharing this session, joined (or joining) with a role, or neither."""
        link = self.link
        if link is None:
            return NOT_SHARING
        return Sharing(hosting=self._role == "", role=self._role, session_id=link.session_id or "")

    # -- share --------------------------------------------------------------------------
    def share_session(self) -> None:
        from moderator_app.sync.certificate import CertificateError, HostCertificate
        from moderator_app.sync.join_code import JoinCode
        from moderator_app.sync.kept_code import kept_code
        from moderator_app.ui.sharing.share_dialog import ShareDialog

        if self.link is not None:
            if self._role == "" and self.share_dialog is not None:
                self._show(self.share_dialog)
                return
            message_box.warning(
                self.host.window(),
                self.tr("Share this session"),
                self.tr("Leave the shared session first (File menu)."),
            )
            return
        console = self.host.bridge.console
        session_id, self._title = console.session_id, labels.person(console.session.title, 80)
        data_dir = self.library.paths.data_dir
        try:
            certificate = HostCertificate.load_or_create(data_dir)
        except CertificateError as error:
            message_box.warning(self.host.window(), self.tr("Share this session"), str(error))
            return
        code = kept_code(data_dir, session_id, certificate.fingerprint) or JoinCode.new(certificate.fingerprint)
        if self.share_dialog is not None:
            self.share_dialog.close()  # the last share's, showing how it ended
        dialog = ShareDialog(self._title, self.host.window())
        dialog.stop_requested.connect(self._stop_asked)
        self.share_dialog = dialog
        self._role = ""
        link = SessionLink.host(self.library, certificate, session_id, code, self.port, console.session.title)
        link.started.connect(self._shared)
        link.peers_changed.connect(self._peers)
        link.failed.connect(self._share_failed)
        self.link = link
        self._say(self.tr("Sharing “%1”: opening the port…").replace("%1", self._title))
        self.host.sharing_changed()
        self._show(dialog)

    def _shared(self, info: JoinInfo) -> None:
        from moderator_app.sync.kept_code import keep_code

        if self.link is None or self.link.session_id is None:
            return
        # Kept while the share runs: after a crash, sharing again serves the same code.
        keep_code(self.library.paths.data_dir, self.link.session_id, info.code)
        if self.share_dialog is not None:
            self.share_dialog.show_started(info, self._title)
        self._peers(())

    def _peers(self, peers: tuple[ConnectedPeer, ...]) -> None:
        if self.link is None:
            return  # queued from the link's thread before it stopped
        self._connected = peers
        if self.share_dialog is not None:
            self.share_dialog.show_peers(peers)
        if not peers:
            self._say(self.tr("Sharing “%1”: no one has joined yet").replace("%1", self._title))
            return
        who = ", ".join(role_name(peer.role) for peer in peers)
        self._say(self.tr("Sharing “%1” with %2").replace("%1", self._title).replace("%2", who))

    def _share_failed(self, reason: str) -> None:
        self._end()
        words = self.tr("Could not share: %1").replace("%1", reason)
        if self.share_dialog is not None:
            self.share_dialog.show_stopped(words)
        self.host.show_message(words, True)

    # -- join ----------------------------------------------------------------------------
    def join_session(self) -> None:
        from moderator_app.ui.sharing.join_dialog import JoinDialog, network_finder

        if self.link is not None:
            message_box.warning(
                self.host.window(),
                self.tr("Join a shared session"),
                self.tr("Stop sharing or leave the shared session first."),
            )
            return
        if self.join_dialog is None:
            finder = self.make_finder if self.make_finder is not None else network_finder
            dialog = JoinDialog(self.host.window(), make_finder=finder)
            dialog.join_requested.connect(self._join)
            dialog.finished.connect(self._join_dialog_closed)
            self.join_dialog = dialog
        self._show(self.join_dialog)

    def _join(self, code: JoinCode, address: str | None, role: str) -> None:
        # This laptop's library as it was before joining: what it did to its copy apart reaches the
        # host on joining, and a part the host refuses is undone here with the rest of that update.
        self.host.backups.backup_now("join")
        self._joining = (code, address)
        link = SessionLink.joiner(self.library, code, address, role)
        link.session_arrived.connect(self._joined)
        link.link_changed.connect(self._link_changed)
        link.failed.connect(self._join_failed)
        link.refused.connect(self._refused)
        self.link = link
        self._role = role
        self._title = ""
        self.host.sharing_changed()

    def _joined(self, session_id: str) -> None:
        from moderator_app.sync.join_code import Invitation
        from moderator_app.sync.kept_code import KeptJoin, keep_join

        if self.link is None or self._joining is None:
            return
        # Kept while joined: a window stopped without leaving joins again at its next start.
        code, address = self._joining
        invitation = Invitation(code, (address,) if address else ())
        keep_join(self.library.paths.data_dir, KeptJoin(session_id, invitation, self._role))
        self.host.open_joined(session_id, LAYOUT_OF_ROLE[self._role])
        self._title = labels.person(self.library.load(session_id).session.title, 80)
        self._say(self.tr("Joined “%1” as %2").replace("%1", self._title).replace("%2", role_name(self._role)))
        self.host.show_message(self.status_label.text(), False)
        if self.join_dialog is not None:
            dialog, self.join_dialog = self.join_dialog, None
            dialog.accept()

    def _link_changed(self, up: bool) -> None:
        if self.link is None or self.link.session_id is None or not self._title:
            return
        if up:
            self._say(self.tr("Joined “%1” as %2").replace("%1", self._title).replace("%2", role_name(self._role)))
        else:
            self._say(self.tr("The link to the host was lost: joining again…"))

    def _refused(self, what: str) -> None:
        """Say that the host undid a change from this laptop, and what its role may not change."""
        self.host.show_message(
            self.tr(
                "The onsite moderator's laptop refused a change from this laptop and it was undone here: as %1 "
                "it may not change %2. This laptop's copy as it was before joining is in File → Restore from "
                "backup…"
            )
            .replace("%1", role_name(self._role))
            .replace("%2", what),
            True,
        )

    def _join_failed(self, reason: str) -> None:
        from moderator_app.sync.kept_code import forget_join

        forget_join(self.library.paths.data_dir)  # refused: joining again by itself would be refused too
        self._end()
        words = self.tr("Could not join: %1").replace("%1", reason)
        if self.join_dialog is not None:
            self.join_dialog.show_status(words, failed=True)
        else:
            self.host.show_message(words, True)

    def _join_dialog_closed(self, _result: int) -> None:
        closed, self.join_dialog = self.join_dialog, None
        if closed is not None and self.link is not None and self._title == "":
            # Cancelled while the link was being tried: nothing has arrived, nothing is kept open.
            self.stop()

    # -- after a crash ----------------------------------------------------------------
    def resume_interrupted(self) -> None:
        """At start: join again what this laptop had joined, or share again the session it was
        sharing, when the app stopped without leaving or stopping (a crash, a power cut). A clean
        leave, stop or close forgets both, so only an interruption resumes."""
        from moderator_app.sync.kept_code import has_kept_code, kept_join

        if self.link is not None:
            return
        data_dir = self.library.paths.data_dir
        joined = kept_join(data_dir)
        if joined is not None:
            address = joined.invitation.addresses[0] if joined.invitation.addresses else None
            self._join(joined.invitation.code, address, joined.role)
            self._say(self.tr("Joining the shared session again: the app stopped without leaving it…"))
            return
        if has_kept_code(data_dir, self.host.bridge.console.session_id):
            self.share_session()
            if self.link is not None:
                self.host.show_message(
                    self.tr("Sharing again with the same code: the app stopped without stopping the share."), False
                )

    # -- both ----------------------------------------------------------------------------
    def leave(self) -> None:
        """File → Leave the shared session: stop sharing or leave, or say there is nothing to leave."""
        if self.link is None:
            self.host.show_message(self.tr("This window is not sharing a session or joined to one."), False)
            return
        self._stop_asked()

    def _stop_asked(self) -> None:
        """Stop, once the moderator confirms it when laptops are connected: a key pressed by mistake
        would cut the others off, and sharing again gives a new code to read out."""
        if self.link is not None and self._role == "" and self._connected:
            who = ", ".join(role_name(peer.role) for peer in self._connected)
            answer = message_box.question(
                self.host.window(),
                self.tr("Stop sharing"),
                self.tr(
                    "Stop sharing? %1 will lose the link. Their laptops keep their copies; sharing again "
                    "gives a new code to read out."
                ).replace("%1", who),
                default=message_box.Button.No,
            )
            if answer != message_box.Button.Yes:
                return
        self.stop()

    def stop(self) -> None:
        """Stop sharing (the port closes) or leave the shared session; this laptop keeps its copy."""
        from moderator_app.sync.kept_code import forget_code, forget_join

        link = self.link
        if link is None:
            return
        hosting = self._role == ""
        if not hosting:
            forget_join(self.library.paths.data_dir)
        self._end()
        link.stop()
        self._role = ""
        if hosting and link.session_id is not None:
            forget_code(self.library.paths.data_dir, link.session_id)
            if self.share_dialog is not None:
                self.share_dialog.show_stopped("")
            self.host.show_message(self.tr("Stopped sharing: the port is closed."), False)
        elif not hosting:
            self.host.show_message(self.tr("Left the shared session; this laptop keeps its copy."), False)

    def _end(self) -> None:
        self.link = None
        self._connected = ()
        self.status_label.hide()
        self.host.sharing_changed()

    def _say(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.show()

    @staticmethod
    def _show(dialog: ShareDialog | JoinDialog) -> None:
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
