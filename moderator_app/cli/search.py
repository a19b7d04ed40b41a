"""`moderator-app search WORDS [--event NAME] [--best] [--json]`: every session's notes that contain the words. No Qt.

The same search as Notes → Search all sessions' notes (services/note_search.py): the starts of words,
accents and capitals ignored, newest first (or best match first with ``--best``), a page at a time.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from moderator_app.cli.base import EXIT_OK, EXIT_USAGE, SubParsers, fail, with_library

# Light: the parser is built for every command; the search itself is imported when the command runs.
from moderator_app.domain.search_text import MAX_HITS, PAGE

if TYPE_CHECKING:
    from moderator_app.services.library import Library
    from moderator_app.services.note_search import NoteHit, NoteSearch

BOLD, PLAIN = "\x1b[1m", "\x1b[0m"


def add_parser(commands: SubParsers, name: str) -> None:
    search = commands.add_parser(
        name, help="find notes in every session (or one event's) that contain all the words; newest first"
    )
    search.add_argument("words", metavar="WORD", nargs="+", help="words or the starts of words (no operators)")
    search.add_argument("--event", metavar="NAME", help="only the sessions of this event")
    search.add_argument("--best", action="store_true", help="best match first instead of newest first")
    search.add_argument(
        "--limit", metavar="N", type=int, default=PAGE, help=f"notes to show (default {PAGE}, at most {MAX_HITS})"
    )
    search.add_argument("--json", action="store_true", help="print JSON")


def hit_data(hit: NoteHit) -> dict[str, Any]:
    return {
        "note_id": hit.note_id,
        "session_id": hit.session_id,
        "session_title": hit.session_title,
        "session_date": hit.session_date.isoformat() if hit.session_date else None,
        "event": hit.event,
        "created_at": hit.created_at.isoformat(),
        "speaker": hit.speaker,
        "tags": [tag.value for tag in hit.tags],
        "text": hit.text,
        "excerpt": hit.excerpt.text,
        "marks": [list(mark) for mark in hit.excerpt.marks],
    }


def search_data(result: NoteSearch) -> dict[str, Any]:
    return {
        "words": list(result.words),
        "event": result.event,
        "order": result.order.value,
        "total": result.total,
        "more_than": result.more_than,
        "ranked": result.ranked,
        "shown": len(result.hits),
        "hits": [hit_data(hit) for hit in result.hits],
    }


def summary_line(result: NoteSearch) -> str:
    from moderator_app.services.note_search import SearchOrder

    where = "every session" if result.event is None else f"the sessions of {result.event!r}"
    one = result.total == 1 and not result.more_than
    found = f"{'more than ' if result.more_than else ''}{result.total:,} note{'' if one else 's'} in {where}"
    found += f" contain{'s' if one else ''} " + " ".join(result.words)
    if result.total == 0:
        return found + ": none; try fewer words or the start of a word."
    if result.order is SearchOrder.BEST and (result.ranked < result.total or result.more_than):
        return (
            f"{found}; too many to rank them all: the best {len(result.hits):,} among the {result.ranked:,} newest"
            " (add words to narrow the search)."
        )
    which = "best matches" if result.order is SearchOrder.BEST else "newest"
    if len(result.hits) >= result.total and not result.more_than:
        return f"{found}; all shown, {'best match' if result.order is SearchOrder.BEST else 'newest'} first."
    return f"{found}; the {len(result.hits):,} {which} shown (--limit for more, or add words)."


def marked_line(hit: NoteHit, bold: bool) -> str:
    text, marks = hit.excerpt.text, hit.excerpt.marks
    if not bold:
        return text
    pieces, last = [], 0
    for start, end in marks:
        pieces += [text[last:start], BOLD, text[start:end], PLAIN]
        last = end
    return "".join([*pieces, text[last:]])


def run(args: argparse.Namespace) -> int:
    return with_library(args, lambda library: _search(library, args))


def _search(library: Library, args: argparse.Namespace) -> int:
    from moderator_app.services.errors import EmptySearchError, UnknownEventError
    from moderator_app.services.note_search import SearchOrder

    order = SearchOrder.BEST if args.best else SearchOrder.NEWEST
    try:
        result = library.search_notes(" ".join(args.words), event=args.event, order=order, limit=args.limit)
    except (EmptySearchError, UnknownEventError) as error:
        return fail(str(error.args[0]), EXIT_USAGE)
    if args.json:
        print(json.dumps(search_data(result), ensure_ascii=False, indent=2))
        return EXIT_OK
    print(summary_line(result))
    bold = sys.stdout.isatty()
    for hit in result.hits:
        day = hit.session_date.isoformat() if hit.session_date else "----------"
        about = " · ".join(part for part in (hit.speaker or "", ", ".join(tag.value for tag in hit.tags)) if part)
        about = "  · " + about if about else ""
        print(f"\n{day} {hit.created_at.astimezone():%H:%M}  {hit.session_title}  ({hit.session_id}){about}")
        print("    " + marked_line(hit, bold))
    return EXIT_OK
