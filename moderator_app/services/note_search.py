"""The forum-wide search of every session's notes, for the window's dialog and ``moderator-app search``.

The search itself is storage/note_search.py (read-only, bounded); a caller runs it through
:meth:`~moderator_app.services.library.Library.search_notes` and reads its results' types here
(its errors, EmptySearchError and UnknownEventError, are in services/errors.py).
"""

from __future__ import annotations

from moderator_app.domain.search_text import MAX_HITS, PAGE
from moderator_app.storage.note_search import NoteHit, NoteSearch, SearchOrder, search_all_notes

__all__ = ["MAX_HITS", "PAGE", "NoteHit", "NoteSearch", "SearchOrder", "search_all_notes"]
