"""The benchmarks' deterministic synthetic data: the largest session and a whole forum.

* the forum: 300 sessions, 5,000 participants, 60,000 interventions, 100,000 notes, every session
  in one event (default "IGF 2017");
* the largest session: 200 participants, 1,000 interventions, 3,000 notes, 12 people waiting.

Names are in several scripts (Latin with accents, Arabic, Chinese, Cyrillic, Devanagari). The same
seed and scale always give the same data. Sessions are written straight through
SessionRepository.insert_snapshot, a batch of sessions per transaction (not through the console,
which commits every action on its own: building the largest session that way takes minutes).

Usage: .venv/bin/python benchmarks/forum_data.py DATA_DIR [--scale 1.0] [--seed 2017] [--event NAME]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from moderator_app.domain.enums import (
    Attendance,
    Gender,
    InterventionKind,
    InterventionState,
    Region,
    Role,
    StakeholderGroup,
)
from moderator_app.domain.notes import Note, NoteTag
from moderator_app.domain.queue import QueueEntry
from moderator_app.domain.session import Participant, Session
from moderator_app.domain.snapshot import SessionSnapshot
from moderator_app.domain.timer import Intervention
from moderator_app.storage.database import open_database
from moderator_app.storage.repository import SessionRepository
from moderator_app.system.paths import AppPaths

SESSIONS = 300
PARTICIPANTS = 5_000
INTERVENTIONS = 60_000
NOTES = 100_000
BATCH = 25  # sessions per transaction

LARGEST_PARTICIPANTS = 200
LARGEST_INTERVENTIONS = 1_000
LARGEST_NOTES = 3_000
LARGEST_WAITING = 12
LARGEST_SESSION_ID = "largest-session"

GIVEN = {
    "latin": ["José", "Zoë", "François", "Ana", "Łukasz", "Ngozi", "Søren", "Inês", "Björn", "Chidi", "Renée"],
    "arabic": ["محمد", "فاطمة", "أحمد", "ليلى", "يوسف", "مريم"],
    "chinese": ["伟", "芳", "娜", "敏", "静", "磊"],
    "cyrillic": ["Анна", "Иван", "Ольга", "Дмитрий", "Наталья", "Сергей"],
    "devanagari": ["प्रिया", "राहुल", "अनीता", "विकास", "सुनीता", "अर्जुन"],
}
FAMILY = {
    "latin": ["Hernández", "Müller", "Nowak", "Okafor", "Dubois", "Ødegaard", "Çelik", "Núñez", "Kaspar"],
    "arabic": ["العلي", "حسن", "الخطيب", "منصور", "سالم"],
    "chinese": ["王", "李", "张", "刘", "陈"],
    "cyrillic": ["Иванова", "Петров", "Смирнова", "Кузнецов", "Попова"],
    "devanagari": ["शर्मा", "वर्मा", "गुप्ता", "सिंह", "पटेल"],
}
WORDS = "access capacity cybersecurity inclusion governance data privacy rights infrastructure youth".split()


def name(rng: random.Random) -> str:
    script = rng.choice(list(GIVEN))
    given, family = rng.choice(GIVEN[script]), rng.choice(FAMILY[script])
    return f"{family}{given}" if script == "chinese" else f"{given} {family}"


def split(total: int, parts: int) -> list[int]:
    """``total`` spread over ``parts`` as evenly as whole numbers allow (deterministic)."""
    return [total // parts + (1 if i < total % parts else 0) for i in range(parts)]


def build_session(
    rng: random.Random, n: int, people: int, turns: int, notes: int, event: str, sid: str | None = None
) -> SessionSnapshot:
    sid = sid or f"forum-{n:04d}"
    day = date(2017, 12, 18) + timedelta(days=n % 4)
    start = datetime(2017, 12, 18, 9, tzinfo=UTC) + timedelta(days=n % 4, minutes=90 * (n % 6))
    title = f"Workshop {n + 1}: {rng.choice(WORDS)} and {rng.choice(WORDS)}"
    session = Session(id=sid, title=title, date=day, event=event)
    groups = [*StakeholderGroup, None]
    genders = [Gender.WOMAN, Gender.MAN, Gender.WOMAN, Gender.MAN, Gender.NON_BINARY, None]
    regions = [*Region, None]
    participants = []
    for p in range(people):
        roles = (Role.MODERATOR,) if p == 0 else (Role.SPEAKER,) if p % 3 == 1 else (Role.PARTICIPANT,)
        participants.append(
            Participant(
                id=f"{sid}-p{p:03d}",
                session_id=sid,
                name=name(rng),
                stakeholder_group=rng.choice(groups),
                gender=rng.choice(genders),
                region=rng.choice(regions),
                roles=roles,
                attendance=rng.choice([Attendance.ONSITE, Attendance.ONSITE, Attendance.REMOTE]),
            )
        )
    interventions = []
    clock = start
    for i in range(turns):
        seconds = round(rng.uniform(15, 240), 1)
        kind = InterventionKind.POINT_OF_ORDER if i % 60 == 59 else InterventionKind.INTERVENTION
        speaker = participants[0] if i % 10 == 0 else rng.choice(participants)
        interventions.append(
            Intervention(
                id=f"{sid}-i{i:04d}",
                session_id=sid,
                participant_id=speaker.id,
                segment_id=None,
                kind=kind,
                allotted_seconds=180,
                started_at=clock,
                state=InterventionState.ENDED,
                anchor=None,
                banked_speaking_seconds=seconds,
                ended_at=clock + timedelta(seconds=seconds),
            )
        )
        clock += timedelta(seconds=seconds + 2)
    tags = list(NoteTag)
    note_list = []
    for k in range(notes):
        linked = interventions[k % len(interventions)] if interventions else None
        words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 20)))
        note_list.append(
            Note(
                id=f"{sid}-n{k:04d}",
                session_id=sid,
                created_at=start + timedelta(seconds=7 * k),
                text=f"{name(rng)}: {words}",
                tags=(rng.choice(tags),),
                intervention_id=linked.id if linked else None,
                participant_id=linked.participant_id if linked else None,
            )
        )
    return SessionSnapshot(
        session=session,
        participants=tuple(participants),
        segments=(),
        interventions=tuple(interventions),
        queue=(),
        notes=tuple(note_list),
    )


def largest_session(
    *,
    seed: int = 2017,
    participants: int = LARGEST_PARTICIPANTS,
    interventions: int = LARGEST_INTERVENTIONS,
    notes: int = LARGEST_NOTES,
    waiting: int = LARGEST_WAITING,
) -> SessionSnapshot:
    """The largest session a moderator runs: every turn finished, ``waiting`` people in the queue."""
    rng = random.Random(seed)
    snapshot = build_session(rng, 0, participants, interventions, notes, "IGF 2017", sid=LARGEST_SESSION_ID)
    added = datetime(2017, 12, 18, 17, tzinfo=UTC)
    people = [p for p in snapshot.participants if Role.MODERATOR not in p.roles]
    queue = tuple(
        QueueEntry(f"{LARGEST_SESSION_ID}-q{k:02d}", person.id, InterventionKind.INTERVENTION, added)
        for k, person in enumerate(rng.sample(people, min(waiting, len(people))))
    )
    return replace(snapshot, session=replace(snapshot.session, title="Largest session"), queue=queue)


def write_largest_session(data_dir: Path, **sizes: int) -> str:
    """Store the largest session (see ``largest_session``) in ``data_dir``'s database; returns its id."""
    db = open_database(AppPaths(data_dir).database)
    try:
        SessionRepository(db).insert_snapshot(largest_session(**sizes), now=datetime(2017, 12, 22, tzinfo=UTC))
    finally:
        db.close()
    return LARGEST_SESSION_ID


def generate(data_dir: Path, *, scale: float = 1.0, seed: int = 2017, event: str = "IGF 2017") -> dict[str, int]:
    """Write the forum into ``data_dir`` (which must not hold it already); returns the counts."""
    rng = random.Random(seed)
    sessions = max(1, round(SESSIONS * scale))
    people = split(max(sessions, round(PARTICIPANTS * scale)), sessions)
    turns = split(round(INTERVENTIONS * scale), sessions)
    notes = split(round(NOTES * scale), sessions)
    paths = AppPaths(data_dir)
    db = open_database(paths.database)
    now = datetime(2017, 12, 22, tzinfo=UTC)
    try:
        repository = SessionRepository(db)
        for first in range(0, sessions, BATCH):
            with db.transaction():
                for n in range(first, min(first + BATCH, sessions)):
                    repository.insert_snapshot(build_session(rng, n, people[n], turns[n], notes[n], event), now=now)
    finally:
        db.close()
    return {"sessions": sessions, "participants": sum(people), "interventions": sum(turns), "notes": sum(notes)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--scale", type=float, default=1.0, help="fraction of the full forum (default 1.0)")
    parser.add_argument("--seed", type=int, default=2017)
    parser.add_argument("--event", default="IGF 2017")
    args = parser.parse_args()
    started = time.perf_counter()
    counts = generate(args.data_dir, scale=args.scale, seed=args.seed, event=args.event)
    print(
        f"forum ({args.event!r}, scale {args.scale:g}): {counts['sessions']} sessions, "
        f"{counts['participants']:,} participants, {counts['interventions']:,} interventions, "
        f"{counts['notes']:,} notes; written in {time.perf_counter() - started:.1f} s to {args.data_dir}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
