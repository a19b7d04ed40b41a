"""The line under the timer: who N will call next, from both queues, in as many words as fit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from moderator_app.ui.common import labels
from moderator_app.ui.models.remote import is_remote, upcoming_entries

if TYPE_CHECKING:
    from moderator_app.services.console import SessionConsole


class NextSpeakers(QObject):
    """Words for the next-speakers line, translated in this class's own context ("NextSpeakers").

    A class of its own, named after what it shows, because lupdate files a plural (%n) message as
    one only when it is written as ``self.tr(text, "", n)``: its context is then this class's name,
    wherever the window's code around it moves.
    """

    def texts(self, console: SessionConsole) -> list[str]:
        """The whole line (remote requests marked in words), then the same with fewer names (the others
        counted as waiting) for a narrower window, down to the next speaker alone."""
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
