"""Full-text search over every session's notes, or one event's (read-only): the forum-wide search.

Two orders, both bounded so a word found in most of a forum's 100,000 notes still answers at once
(see docs/search.md; benchmarks/forum.py times the searches):

* **newest first** (the default): the notes added to the data folder last come first (``ORDER BY
  rowid DESC``: SQLite's index walks its matches backwards and stops at the page);
* **best match first**: bm25, the ranking of the Notes panel. Scoring every match is what costs
  (it grows with the number of matches), so when more than ``RANKED_AT_MOST`` notes match, only the
  newest ``RANKED_AT_MOST`` of them are ranked, and the result says so.

The index (migration 0007) keeps no copy of the text, so SQLite's ``highlight()`` cannot mark the
matched words; the page's notes are put in a small in-memory index with the same tokenizer and the
same query, whose ``highlight()`` marks exactly what matched (prefixes, accents, phrases).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from moderator_app.domain.notes import NoteTag
from moderator_app.domain.search_text import MAX_HITS, PAGE, Excerpt, excerpt, fts_phrases, search_words, unmark
from moderator_app.storage.errors import EmptySearchError, UnknownEventError
from moderator_app.storage.repository import SessionRepository
from moderator_app.storage.rows import _note_tags

__all__ = ["MAX_HITS", "PAGE", "NoteHit", "NoteSearch", "SearchOrder", "search_all_notes"]
#: Best match ranks every match up to this many; beyond it, only the newest this many (ranking costs
#: CPU for every note it scores, so ranking every match of a common word would keep the user waiting).
RANKED_AT_MOST = 2_000
#: The tokenizer of the notes' index (migration 0007), for the in-memory index that marks the words.
TOKENIZER = "unicode61 remove_diacritics 2"
#: A word's start that begins at most this many words of the notes is searched as those words.
EXACT_AT_MOST = 16
#: The index's list of words (fts5vocab), made on the connection's temporary schema when first needed.
VOCABULARY = "notes_fts_words"
#: Unicode noncharacters: never meant for interchange, so a pair absent from the page's notes is found.
_MARKERS = [chr(code) for code in range(0xFDD0, 0xFDF0)]


class SearchOrder(StrEnum):
    NEWEST = "newest"
    BEST = "best"


@dataclass(frozen=True, slots=True)
class NoteHit:
    """A note that matched, with its session's title and date, its speaker and tags, and its excerpt."""

    note_id: str
    session_id: str
    session_title: str
    session_date: date | None
    event: str
    created_at: datetime
    speaker: str | None
    tags: tuple[NoteTag, ...]
    text: str
    #: One line around the first match, for a table; ``full`` is the whole note (lines kept), marked.
    excerpt: Excerpt
    marked: str = ""
    markers: tuple[str, str] = ("\x00", "\x01")

    @property
    def full(self) -> Excerpt:
        """The whole note, its lines kept, with the places of the matched words (worked out when asked)."""
        return unmark(self.marked or self.text, *self.markers, one_line=False)


@dataclass(frozen=True, slots=True)
class NoteSearch:
    """One page of a forum-wide search and what it was taken from.

    ``total`` notes matched; for best match, ``ranked`` of them were ranked (the newest, when more
    than RANKED_AT_MOST matched: then ``ranked < total``); for newest first ``ranked == total``.
    """

    words: tuple[str, ...]
    event: str | None
    order: SearchOrder
    total: int
    ranked: int
    hits: tuple[NoteHit, ...]
    #: In one event's sessions, matches are counted up to RANKED_AT_MOST: True means "more than ``total``".
    more_than: bool = False

    @property
    def more(self) -> bool:
        """Whether another page can be asked for (more matches, within MAX_HITS)."""
        return len(self.hits) < min(self.ranked, MAX_HITS)


def _session_key(session_id: str) -> str:
    return "s" + session_id.encode("utf-8", "surrogatepass").hex()  # as migration 0007 indexes it


def _scope(repository: SessionRepository, event: str | None) -> str:
    """The FTS5 filter that keeps the event's sessions ('' for every session)."""
    if event is None:
        return ""
    ids = [row[0] for row in repository.db.execute("SELECT id FROM sessions WHERE event = ?", [event])]
    if not ids:
        raise UnknownEventError(event)
    if len(ids) == repository.db.execute("SELECT count(*) FROM sessions").fetchone()[0]:
        return ""  # the event is the whole library: no filter to check
    return "session_key : (" + " OR ".join(_session_key(session_id) for session_id in ids) + ") AND "


def search_all_notes(
    repository: SessionRepository,
    query: str,
    *,
    event: str | None = None,
    order: SearchOrder = SearchOrder.NEWEST,
    limit: int = PAGE,
) -> NoteSearch:
    """Notes of every session (or of ``event``'s sessions) that contain every word of ``query``.

    Words are the starts of words, accents and case do not matter, and nothing typed is an operator.
    Raises EmptySearchError for a query without a letter or digit, UnknownEventError for an event
    no session belongs to.
    """
    words = search_words(query)
    if not words:
        raise EmptySearchError()
    limit = max(1, min(limit, MAX_HITS))
    phrases = fts_phrases(words)
    scope = _scope(repository, event)
    exact, count = _exact_words(repository, words)
    if exact is None:  # a word's start is the start of no word in any note: nothing to look for
        return NoteSearch(tuple(words), event, order, 0, 0, ())
    text = f"text : ({exact})"
    if scope:
        return _search_in_event(repository, words, event, order, limit, scope + text, text, phrases)
    match = text
    db = repository.db
    if count is None:
        count = db.execute("SELECT count(*) FROM notes_fts WHERE notes_fts MATCH ?", [match]).fetchone()[0]
    total = count
    ranked = total
    if order is SearchOrder.NEWEST:
        sql = "SELECT rowid FROM notes_fts WHERE notes_fts MATCH ? ORDER BY rowid DESC LIMIT ?"
    elif total <= RANKED_AT_MOST:
        sql = "SELECT rowid FROM notes_fts WHERE notes_fts MATCH ? ORDER BY rank, rowid DESC LIMIT ?"
    else:
        ranked = RANKED_AT_MOST
        sql = (
            "SELECT rowid FROM (SELECT rowid, rank AS score FROM notes_fts WHERE notes_fts MATCH ?"
            f" ORDER BY rowid DESC LIMIT {RANKED_AT_MOST}) ORDER BY score, rowid DESC LIMIT ?"
        )
    rowids = [row[0] for row in db.execute(sql, [match, limit])]
    return NoteSearch(tuple(words), event, order, total, ranked, tuple(_hits(repository, rowids, phrases)))


def _search_in_event(
    repository: SessionRepository,
    words: list[str],
    event: str | None,
    order: SearchOrder,
    limit: int,
    match: str,
    text: str,
    phrases: str,
) -> NoteSearch:
    """The event's newest RANKED_AT_MOST matches at most, counted, then the page (newest or best of them).

    The event's sessions are an OR of their keys in the match: cheap while walking back from the
    newest match, but counting every match, or bm25 (which weighs each of those keys), would go over
    all of them (slow for an event of half a forum; benchmarks/forum.py times it), so the count
    stops at RANKED_AT_MOST ("more than 2,000") and the ranking uses the words alone, over the span
    of the rowids kept.
    """
    db = repository.db
    newest = [
        row[0]
        for row in db.execute(
            "SELECT rowid FROM notes_fts WHERE notes_fts MATCH ? ORDER BY rowid DESC LIMIT ?",
            [match, RANKED_AT_MOST + 1],
        )
    ]
    more_than = len(newest) > RANKED_AT_MOST
    newest = newest[:RANKED_AT_MOST]
    if order is SearchOrder.NEWEST or not newest:
        rowids = newest[:limit]
    else:
        scores = dict(
            db.execute(
                "SELECT rowid, rank FROM notes_fts WHERE notes_fts MATCH ? AND rowid BETWEEN ? AND ?",
                [text, newest[-1], newest[0]],
            ).fetchall()
        )
        rowids = sorted(newest, key=lambda rowid: (scores.get(rowid, 0.0), -rowid))[:limit]
    hits = tuple(_hits(repository, rowids, phrases))
    return NoteSearch(tuple(words), event, order, len(newest), len(newest), hits, more_than)


def _exact_words(repository: SessionRepository, words: list[str]) -> tuple[str | None, int | None]:
    """The same search as ``fts_phrases(words)``, with each word that is the start of only a few words
    of the notes written as those words: ``"priv"*`` becomes ``("privacy" OR "private")``.

    What they match is the same (the index's own list of words says which words start so), but
    FTS5 reads a prefix by merging the lists of every word it starts before the first match, while
    whole words are read lazily: newest first stops at the page instead of reading every list, and
    counting and ranking take less time (benchmarks/forum.py times the searches). Returns the
    search (None: a word starts no word at all) and, when it is one word of the index, how many
    notes hold it (the index knows).
    """
    db = repository.db
    db.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{VOCABULARY} USING fts5vocab(main, notes_fts, 'col')")
    phrases = []
    count = None
    for word, tokens in zip(words, _index_words(words), strict=True):
        quoted = fts_phrases([word])
        if len(tokens) != 1:  # "e-mail": a phrase of two words, searched as typed
            phrases.append(quoted)
            continue
        start = tokens[0]
        rows = db.execute(
            f"SELECT term, doc FROM temp.{VOCABULARY} WHERE term >= ? AND term < ? AND col = 'text' LIMIT ?",
            [start, start + "\U0010ffff", EXACT_AT_MOST + 1],
        ).fetchall()
        terms = [row[0] for row in rows]
        if not terms:
            return None, None
        if len(words) == 1 and len(rows) == 1:
            count = rows[0][1]  # the notes whose text holds that word
        phrases.append(quoted if len(terms) > EXACT_AT_MOST else "(" + " OR ".join(_quoted(t) for t in terms) + ")")
    return " AND ".join(phrases), count  # FTS5 needs AND spelled out before a bracket


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _index_words(words: list[str]) -> list[list[str]]:
    """Each word as the notes' index stores it (split, lower-cased, accents removed), by the same
    tokenizer in an in-memory index: so the start of a word is looked up exactly as FTS5 would."""
    index = sqlite3.connect(":memory:")
    try:
        index.execute(f"CREATE VIRTUAL TABLE words USING fts5(word, tokenize='{TOKENIZER}')")
        index.execute("CREATE VIRTUAL TABLE tokens USING fts5vocab(words, 'instance')")
        index.executemany("INSERT INTO words (rowid, word) VALUES (?, ?)", enumerate(words))
        found: list[list[str]] = [[] for _ in words]
        for number, term in index.execute("SELECT doc, term FROM tokens ORDER BY doc, offset"):
            found[number].append(term)
    finally:
        index.close()
    return found


def _hits(repository: SessionRepository, rowids: list[int], phrases: str) -> list[NoteHit]:
    if not rowids:
        return []
    found = {}
    cursor = repository.db.execute(
        "SELECT n.rowid, n.id, n.session_id, n.created_at, n.text, n.tags, p.name, s.title, s.date, s.event"
        " FROM notes n JOIN sessions s ON s.id = n.session_id LEFT JOIN participants p ON p.id = n.participant_id"
        f" WHERE n.rowid IN ({', '.join('?' * len(rowids))})",
        rowids,
    )
    for row in cursor:
        found[row[0]] = row
    rows = [found[rowid] for rowid in rowids if rowid in found]
    marked = marked_texts([row[4] for row in rows], phrases)
    return [
        NoteHit(
            note_id=note_id,
            session_id=session_id,
            session_title=title,
            session_date=date.fromisoformat(session_date) if session_date else None,
            event=event,
            created_at=datetime.fromisoformat(created_at),
            speaker=speaker,
            tags=_note_tags(tags or "[]"),
            text=text,
            excerpt=excerpt(marks, *markers),
            marked=marks,
            markers=markers,
        )
        for (_rowid, note_id, session_id, created_at, text, tags, speaker, title, session_date, event), (
            marks,
            markers,
        ) in zip(rows, marked, strict=True)
    ]


def marked_texts(texts: list[str], phrases: str) -> list[tuple[str, tuple[str, str]]]:
    """Each text with the words of ``phrases`` that match between two markers, as the notes' index
    matches them, and the two markers (characters that occur in none of the texts)."""
    free = []
    for marker in _MARKERS:
        if not any(marker in text for text in texts):
            free.append(marker)
            if len(free) == 2:
                break
    if len(free) < 2:  # every marker occurs in these notes (never in practice): nothing is marked
        return [(text, ("\x00", "\x01")) for text in texts]  # control characters, never shown (unmark)
    markers = (free[0], free[1])
    index = sqlite3.connect(":memory:")
    try:
        index.execute(f"CREATE VIRTUAL TABLE page USING fts5(text, tokenize='{TOKENIZER}')")
        index.executemany("INSERT INTO page (rowid, text) VALUES (?, ?)", enumerate(texts))
        marked = dict(
            index.execute(
                "SELECT rowid, highlight(page, 0, ?, ?) FROM page WHERE page MATCH ?", [*markers, phrases]
            ).fetchall()
        )
    finally:
        index.close()
    return [(marked.get(number, text), markers) for number, text in enumerate(texts)]
