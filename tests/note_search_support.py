"""A small library of three sessions in two events, with notes written to test the search over all of them."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from moderator_app.domain.notes import Note, NoteTag
from moderator_app.domain.session import Participant, Session
from moderator_app.domain.snapshot import SessionSnapshot
from moderator_app.storage.repository import SessionRepository

NOW = datetime(2017, 12, 21, 9, 0, tzinfo=UTC)
#: A 10,000-character note whose only "spectrum" is in its middle.
LONG_NOTE = ("Lorem ipsum dolor sit amet " * 190)[:5_000] + " the spectrum is shared " + ("sit amet " * 560)[:4_976]
HOSTILE = '<b>Data</b> & <script>alert("x")</script> <a href="http://evil">protection</a>'
#: An override that would show "exe.txt" as "txt.exe", and Arabic text with a right-to-left mark.
RTL = "\u202etxt.exe data \u200fمحمد\u200f flows"
OPERATORS = 'AND OR NOT NEAR(data) "test" col:rights ^start * -x'

#: (session id, title, date, event, [(note id, text, tags, speaker id or None)]) in the order written.
LIBRARY = [
    (
        "alpha",
        "Alpha: community networks",
        date(2017, 12, 18),
        "IGF 2017",
        [
            ("a1", "Community networks need spectrum", (NoteTag.KEY_ISSUE,), "ana"),
            ("a2", HOSTILE, (), None),
            ("a3", RTL, (NoteTag.QUOTE,), "ana"),
        ],
    ),
    (
        "beta",
        "Beta: <i>regulation</i>",
        date(2017, 12, 19),
        "IGF 2017",
        [
            ("b1", "Spectrum auctions and régulation", (NoteTag.RECOMMENDATION,), "ben"),
            ("b2", LONG_NOTE, (), None),
            ("b3", "data data data privacy", (), "ben"),
        ],
    ),
    (
        "gamma",
        "Gamma",
        date(2018, 6, 5),
        "EuroDIG",
        [
            ("g1", "Spectrum policy in Europe", (NoteTag.ACTION, NoteTag.GENDER), "eve"),
            ("g2", OPERATORS, (), None),
            ("g3", "data is mentioned once among many other words in this rather long sentence", (), None),
        ],
    ),
]
NAMES = {"ana": "Ana Pérez", "ben": "Ben Okafor", "eve": "Ève Martin"}


def add_library(repository: SessionRepository) -> None:
    """Store the three sessions (and their notes, in the order listed) through the repository."""
    for session_id, title, day, event, notes in LIBRARY:
        speakers = sorted({speaker for *_rest, speaker in notes if speaker})
        repository.insert_snapshot(
            SessionSnapshot(
                session=Session(session_id, title, date=day, event=event),
                participants=tuple(Participant(f"{session_id}-{p}", session_id, NAMES[p]) for p in speakers),
                segments=(),
                interventions=(),
                queue=(),
                notes=tuple(
                    Note(
                        note_id,
                        session_id,
                        NOW + timedelta(minutes=number),
                        text,
                        tags,
                        participant_id=f"{session_id}-{speaker}" if speaker else None,
                    )
                    for number, (note_id, text, tags, speaker) in enumerate(notes)
                ),
            ),
            now=NOW,
        )
