"""One session shared between laptops: the library's changes into the document, the others' back.

A :class:`SharedSession` keeps a session's shared document (sync/document.py) and its library in
step, both ways, with no network of its own: whatever carries updates between laptops passes them
to :meth:`SharedSession.apply_update` and sends what :meth:`SharedSession.get_update` returns.

- **Here → document.** It listens to the library's changes. For a change of its session made on
  this laptop, it reads the session from the library and writes the roots of the parts the change
  names: the items it names, and only those whose value differs from the document's (for people
  and queue entries, also any whose place moved with them; every field of the session). A change that came from another
  laptop (its ``origin`` is set) is already in the document and is not written back.
- **Document → here.** An update from another laptop is applied to the document, then the items
  that now differ from the library are written by :meth:`Library.apply_shared`: one numbered
  transaction, published as a change with an ``origin``, through the open console if it holds the
  session, so the window refreshes what it names.
- **Durable.** Every update the document makes or takes is stored in the library's log
  (migration 0009): a remote one in the same transaction as the items it brought, a local one just
  after the change it carries. On start the document is rebuilt from the log, then the session as
  stored is written into it: what was committed here but not yet logged (a crash in between, or
  work done while not sharing) joins the document then, and the others receive it with the rest.
  When the log grows past ``compact_after`` updates it is replaced by one update holding the
  whole document.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING

from pycrdt import TransactionEvent

from moderator_app.domain.changes import Change
from moderator_app.sync.document import ALL_ROOTS, ROOTS_OF_PART, WHOLE_ROOTS, SessionDocument

if TYPE_CHECKING:
    from moderator_app.services.library import Library

#: The origin of the changes that bring in another laptop's work when the carrier names none.
SHARED_ORIGIN = "shared"
#: How many stored updates the log may hold before it is compacted into one.
COMPACT_AFTER = 500


class SharedSession:
    """Keeps ``session_id``'s shared document and ``library`` in step; :meth:`close` when done."""

    def __init__(self, library: Library, session_id: str, *, compact_after: int = COMPACT_AFTER) -> None:
        self.library = library
        self.session_id = session_id
        self.compact_after = compact_after
        self.document = SessionDocument()
        for update in library.shared_log(session_id):
            self.document.doc.apply_update(update)
        self._made: list[bytes] = []
        self._observed = self.document.doc.observe(self._record)
        self._unsubscribe: Callable[[], None] | None = library.subscribe(self._heard)
        if library.exists(session_id):
            self._write_here(ALL_ROOTS)

    def close(self) -> None:
        """Stop listening to the library (the document and its log stay as they are)."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
            self.document.doc.unobserve(self._observed)

    # -- what the carrier calls ------------------------------------------------------------
    def get_state(self) -> bytes:
        """The document's state vector: what this laptop has, for another to send only the rest."""
        return self.document.doc.get_state()

    def get_update(self, state: bytes | None = None) -> bytes:
        """What this laptop holds that a laptop with ``state`` lacks (everything without one)."""
        return self.document.doc.get_update(state)

    def apply_update(self, update: bytes, *, origin: str = SHARED_ORIGIN) -> Change | None:
        """Take another laptop's update: into the document, then into the library (the change it
        made there, or None when nothing stored differed). Raises SessionFileError when the document
        does not make a valid session: the update is logged, the library left as it was."""
        self.document.doc.apply_update(update)
        return self.pull(origin=origin)

    def pull(self, *, origin: str = SHARED_ORIGIN) -> Change | None:
        """Bring the library to the document after updates were applied to ``document.doc`` directly."""
        updates, self._made = self._made, []
        if self.document.is_empty():
            self._log(updates)
            return None
        try:
            change = self.library.apply_shared(self.session_id, self.document.read(), origin=origin, updates=updates)
        except Exception:
            self._log(updates)
            raise
        self._log([])
        return change

    # -- here -> document --------------------------------------------------------------------
    def _record(self, event: TransactionEvent) -> None:
        self._made.append(event.update)

    def _heard(self, change: Change) -> None:
        if change.session_id != self.session_id or change.origin:
            return
        if change.whole:
            self._write_here(ALL_ROOTS)
            return
        only: dict[str, set[str]] = {}
        for part, ids in change.ids.items():
            for root in ROOTS_OF_PART[part]:
                if root not in WHOLE_ROOTS:
                    only.setdefault(root, set()).update(ids)
        self._write_here([root for part in change.ids for root in ROOTS_OF_PART[part]], only)

    def _write_here(self, roots: Iterable[str], only: Mapping[str, Iterable[str]] | None = None) -> None:
        self.document.write(self.library.shared_items(self.session_id), roots, only=only)
        updates, self._made = self._made, []
        self._log(updates)

    def _log(self, updates: list[bytes]) -> None:
        """Store ``updates`` (none: only count the log), then compact the log if it grew too long."""
        if self.library.log_shared(self.session_id, updates) > self.compact_after:
            self.library.compact_shared_log(self.session_id, self.document.doc.get_update())
