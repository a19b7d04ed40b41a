"""Import services: a workshop proposal becomes a new session; a roster CSV adds people to one. All or nothing."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Literal

from moderator_app.domain.enums import Region
from moderator_app.domain.limits import MAX_PEOPLE, MAX_PROPOSAL_CHARS, MAX_PROPOSAL_PEOPLE
from moderator_app.domain.session import (
    Participant,
    ParticipantDraft,
    Session,
    build_participant,
    clean_session,
    draft_from,
)
from moderator_app.domain.snapshot import SessionSnapshot
from moderator_app.domain.text import ValidationError
from moderator_app.importers.common import MAX_FILE_BYTES, ImportFileError, check_size, decode_bytes
from moderator_app.importers.duplicates import RosterIndex
from moderator_app.importers.proposal import ProposalResult, parse_proposal
from moderator_app.importers.roster import RosterResult, parse_roster
from moderator_app.storage.errors import write_transaction
from moderator_app.storage.repository import SessionRepository, participant_row
from moderator_app.system.clock import Clock

Duplicates = Literal["skip", "update"]


class RosterImportError(ValueError):
    """The roster has rows that cannot be read and the user did not ask to skip them; nothing was imported."""


@dataclass(frozen=True, slots=True)
class RosterImportSummary:
    """What an import did: people added, people updated, rows skipped and why."""

    imported: int
    updated: int
    skipped_duplicates: tuple[int, ...]
    skipped_errors: tuple[tuple[int, str], ...]


def _new_id() -> str:
    return str(uuid.uuid4())


def read_file_bytes(path: Path) -> bytes:
    """The file's bytes; an unreadable, empty or too large file becomes an ImportFileError with a plain message.

    At most MAX_FILE_BYTES (+1, to tell) are read: a huge file is refused without filling the memory.
    """
    try:
        check_size(Path(path).stat().st_size)  # at once; the bounded read stops a file that grows
        with Path(path).open("rb") as stream:
            data = stream.read(MAX_FILE_BYTES + 1)
    except IsADirectoryError:
        raise ImportFileError("this is a folder, not a file") from None
    except OSError as error:
        raise ImportFileError(f"could not read the file: {error.strerror or error}") from None
    check_size(len(data))
    if not data.strip():
        raise ImportFileError("the file is empty")
    return data


def read_proposal(path: Path) -> ProposalResult:
    text, _encoding = decode_bytes(read_file_bytes(path))
    return parse_proposal_text(text)


def parse_proposal_text(text: str) -> ProposalResult:
    """Parse proposal text (from a file or pasted) within the limits: its length first, then the people found.

    Raises ImportFileError beyond MAX_PROPOSAL_CHARS characters (before parsing) or when more than
    MAX_PROPOSAL_PEOPLE people were read.
    """
    if len(text) > MAX_PROPOSAL_CHARS:
        raise ImportFileError(
            f"the text has {len(text):,} characters; a workshop proposal can have at most {MAX_PROPOSAL_CHARS:,}. "
            "Check that it is the right file"
        )
    result = parse_proposal(text)
    check_proposal_people(len(result.participants))
    return result


def check_proposal_people(count: int) -> None:
    """Refuse a proposal naming more than MAX_PROPOSAL_PEOPLE people (a real one names a few dozen)."""
    if count > MAX_PROPOSAL_PEOPLE:
        raise ImportFileError(
            f"the proposal names {count:,} people; a workshop proposal can name at most {MAX_PROPOSAL_PEOPLE:,}. "
            "Check that it is the right file"
        )


def check_session_people(count: int) -> None:
    """Refuse a session that would hold more than MAX_PEOPLE people, before anything is stored."""
    if count > MAX_PEOPLE:
        raise ValidationError(
            "The session would have {count:,} people; a session can have at most {limit:,}. Nothing was imported.",
            count=count,
            limit=MAX_PEOPLE,
        )


def read_roster(path: Path) -> RosterResult:
    return parse_roster(read_file_bytes(path))


def import_proposal(
    repository: SessionRepository,
    result: ProposalResult,
    clock: Clock,
    *,
    regions: Mapping[str, Region],
    session: Session | None = None,
    drafts: Sequence[ParticipantDraft] | None = None,
    id_factory: Callable[[], str] = _new_id,
) -> str:
    """Store the proposal as a new session with its people, in one transaction; return the session's id.

    ``session`` and ``drafts`` are the user's edits of the preview (default: as parsed). Raises
    ValidationError (nothing stored) when, for example, there is no title.
    """
    people = drafts if drafts is not None else [p.draft for p in result.participants]
    check_session_people(len(people))  # drafts may come from elsewhere than the parser
    session_id = id_factory()
    details = clean_session(replace(session or result.session, id=session_id))
    participants = tuple(
        build_participant(draft, participant_id=id_factory(), session_id=session_id, regions=regions)
        for draft in people
    )
    snapshot = SessionSnapshot(details, participants, (), (), ())
    repository.insert_snapshot(snapshot, now=clock.now().wall)
    return session_id


@dataclass(frozen=True, slots=True)
class RosterPlan:
    """What importing a roster into a session will store: checked, not yet written."""

    added: tuple[Participant, ...]
    #: People already on the roster whose details the import changes (each once, as finally merged).
    updated: tuple[Participant, ...]
    summary: RosterImportSummary

    @property
    def ids(self) -> set[str]:
        return {p.id for p in (*self.added, *self.updated)}


def plan_roster_import(
    present: Sequence[Participant],
    session_id: str,
    roster: RosterResult,
    *,
    regions: Mapping[str, Region],
    duplicates: Duplicates = "skip",
    only_good_rows: bool = False,
    id_factory: Callable[[], str] = _new_id,
) -> RosterPlan:
    """Who the roster adds to ``present`` and whose details it updates; nothing is stored.

    With errors in the roster and ``only_good_rows`` False, nothing is imported (RosterImportError).
    People already on the roster are skipped, or with ``duplicates="update"`` their details are
    replaced by the row's (roles are merged); nobody is ever added twice. A session that would hold
    too many people is refused (ValidationError).
    """
    if duplicates not in ("skip", "update"):
        raise ValueError(f"duplicates must be 'skip' or 'update', not {duplicates!r}")
    if roster.errors and not only_good_rows:
        lines = ", ".join(str(line) for line, _ in roster.errors[:10]) + ("…" if len(roster.errors) > 10 else "")
        raise RosterImportError(
            f"{len(roster.errors)} row(s) cannot be read (line {lines}); nothing was imported. "
            "Fix them, or import only the good rows."
        )
    index = RosterIndex(present)
    before = {p.id: p for p in present}
    imported = updated = 0
    skipped: list[int] = []
    added: list[Participant] = []
    changed: dict[str, Participant] = {}
    for row in roster.rows:
        match = index.match(row.draft)
        if match is None:
            participant = build_participant(
                row.draft, participant_id=id_factory(), session_id=session_id, regions=regions
            )
            added.append(participant)
            index.add(participant)
            imported += 1
        elif duplicates == "update":
            draft = _merged(draft_from(match), row.draft)
            participant = build_participant(draft, participant_id=match.id, session_id=session_id, regions=regions)
            index.replace(match, participant)
            if match.id in before:
                changed[match.id] = participant
            else:  # someone this same roster added a few rows above
                added = [participant if p.id == match.id else p for p in added]
            updated += 1
        else:
            skipped.append(row.line)
    check_session_people(len(present) + len(added))
    return RosterPlan(
        tuple(added),
        tuple(p for p in changed.values() if p != before[p.id]),
        RosterImportSummary(imported, updated, tuple(skipped), tuple(roster.errors)),
    )


def store_roster_plan(repository: SessionRepository, session_id: str, plan: RosterPlan, *, now: datetime) -> None:
    """Write a planned import in one transaction: a failure midway changes nothing."""
    with write_transaction(repository.db):
        for participant in plan.updated:
            repository.save_participant(participant, now=now)
        _append_participants(repository, session_id, list(plan.added), now)


def _append_participants(
    repository: SessionRepository, session_id: str, participants: list[Participant], now: datetime
) -> None:
    """Add new people at the end of the roster in one statement (one by one, 1,000 rows took half a second)."""
    first = repository.db.execute(
        "SELECT COALESCE(MAX(position) + 1, 0) FROM participants WHERE session_id = ?", [session_id]
    ).fetchone()[0]
    repository.db.insert(
        "participants",
        (
            {**participant_row(participant, first + offset), "updated_at": now.isoformat()}
            for offset, participant in enumerate(participants)
        ),
    )


def _merged(current: ParticipantDraft, incoming: ParticipantDraft) -> ParticipantDraft:
    """The row's details where it has them, the roster's where it does not; roles from both."""
    roles = tuple(dict.fromkeys([*current.roles, *incoming.roles]))
    if len(roles) > 1:
        roles = tuple(role for role in roles if role != "participant")
    return ParticipantDraft(
        name=current.name,
        affiliation=incoming.affiliation or current.affiliation,
        stakeholder_group=incoming.stakeholder_group or current.stakeholder_group,
        gender=incoming.gender or current.gender,
        country=incoming.country or current.country,
        roles=roles,
        attendance=incoming.attendance,
        region=incoming.region or current.region,
    )


__all__ = [
    "ImportFileError",
    "RosterImportError",
    "RosterImportSummary",
    "ValidationError",
    "import_proposal",
    "parse_proposal_text",
    "plan_roster_import",
    "read_proposal",
    "read_roster",
    "store_roster_plan",
]
