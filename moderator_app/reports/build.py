"""From a session to a Report: first drafts from the notes, the rapporteur's edits on top, facts and figures.

Pure: no Qt, no I/O, no clock read (``now`` is given). See docs/reports.md for the rules.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from moderator_app.domain.balance import GROUP_DIMENSIONS, Balance, Dimension, ReferenceSet, compute_balance
from moderator_app.domain.clock import Instant
from moderator_app.domain.enums import Attendance as Presence
from moderator_app.domain.enums import InterventionKind, Role
from moderator_app.domain.formatting import clock_text
from moderator_app.domain.names import ENGLISH
from moderator_app.domain.notes import Note, NoteTag
from moderator_app.domain.rapporteur import Attendance, StoredSection
from moderator_app.domain.session import Participant, Session
from moderator_app.domain.snapshot import SessionSnapshot
from moderator_app.domain.timer import Intervention
from moderator_app.reports.language import ENGLISH as ENGLISH_REPORT
from moderator_app.reports.language import ReportLanguage
from moderator_app.reports.model import (
    Report,
    ReportFacts,
    ReportSection,
    ReportStats,
    SpeakerLine,
    StatRow,
    TemplateInfo,
    TimelineEntry,
)

MAX_TAKEAWAYS = 3
MAX_CALLS_TO_ACTION = 2

KIND_LABELS = {
    InterventionKind.OPENING_STATEMENT: "opening statement",
    InterventionKind.INTERVENTION: "intervention",
    InterventionKind.QUESTION: "question",
    InterventionKind.ANSWER: "answer",
    InterventionKind.REPLY: "reply",
    InterventionKind.POINT_OF_ORDER: "point of order",
}

TAG_LABELS = {
    NoteTag.KEY_ISSUE: "key issue",
    NoteTag.RECOMMENDATION: "recommendation",
    NoteTag.AGREEMENT: "agreement",
    NoteTag.DISAGREEMENT: "disagreement",
    NoteTag.QUESTION: "question",
    NoteTag.ACTION: "action",
    NoteTag.QUOTE: "quote",
    NoteTag.GENDER: "gender",
    NoteTag.BEST_PRACTICE: "best practice",
}

#: Tags that make a note a candidate takeaway; a note with more of them ranks higher.
TAKEAWAY_TAGS = frozenset({NoteTag.RECOMMENDATION, NoteTag.ACTION, NoteTag.AGREEMENT})
#: Signals of weight beyond the takeaway tags themselves (a key issue that is also agreed, say).
STRENGTH_TAGS = TAKEAWAY_TAGS | {NoteTag.KEY_ISSUE}


def session_zone(session: Session) -> tzinfo | None:
    """The session's time zone, so reports print the times people read in the room."""
    if not session.timezone:
        return None
    try:
        return ZoneInfo(session.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _local(moment: datetime, zone: tzinfo | None) -> datetime:
    return moment.astimezone(zone) if zone is not None and moment.tzinfo is not None else moment


def _flat(text: str) -> str:
    """A note as one line (bullets and table cells cannot hold line breaks)."""
    return " ".join(text.split())


#: The IGF report form asks for "a few paragraphs" of discussion; the full notes go to the minutes.
MAX_DISCUSSION_PARAGRAPHS = 5


def _sentence(text: str) -> str:
    """A note as a sentence: capitalised first letter kept as typed, a full stop added when it has none."""
    text = text.strip()
    if not text or text[-1] in '.!?…:;"”»)':
        return text
    return text + "."


class _Drafts:
    """The first draft of each section source, worked out from one snapshot."""

    def __init__(
        self, snapshot: SessionSnapshot, now: Instant, zone: tzinfo | None, language: ReportLanguage = ENGLISH_REPORT
    ) -> None:
        self.snapshot = snapshot
        self.language = language
        self.now = now
        self.zone = zone
        self.notes = sorted(snapshot.notes, key=lambda n: n.created_at)
        self.opening = opening_round(snapshot.participants, snapshot.interventions)
        self.timeline = build_timeline(snapshot, now, zone, language)
        # Each note's line and its turn's notes, worked out once: several sections list the same notes.
        self._flat_text = {id(note): _flat(note.text) for note in self.notes}
        self._order = {id(note): index for index, note in enumerate(self.notes)}
        self._by_turn: dict[str, list[Note]] = {}
        for note in self.notes:
            if note.intervention_id is not None:
                self._by_turn.setdefault(note.intervention_id, []).append(note)

    def _position(self, note: Note) -> int:
        return self._order[id(note)]

    def who(self, note: Note) -> str:
        participant = self.snapshot.participant(note.participant_id) if note.participant_id else None
        return participant.name if participant else ""

    def bullet(self, note: Note) -> str:
        who = self.who(note)
        return f"- {self._flat_text[id(note)]}" + (f" ({who})" if who else "")

    def tagged(self, *tags: NoteTag) -> list[Note]:
        wanted = frozenset(tags)
        return [note for note in self.notes if not wanted.isdisjoint(note.tags)]

    def bullets(self, notes: Iterable[Note]) -> str:
        return "\n".join(self.bullet(note) for note in notes)

    def strongest(self, notes: Sequence[Note], limit: int) -> list[Note]:
        """The ``limit`` notes with the most weight-bearing tags (earlier first on a tie), in time order."""
        order = {note.id: index for index, note in enumerate(notes)}
        ranked = sorted(notes, key=lambda n: (-sum(tag in STRENGTH_TAGS for tag in n.tags), order[n.id]))
        return sorted(ranked[:limit], key=lambda n: order[n.id])

    # -- one method per source ------------------------------------------------------------------------
    def key_issues(self) -> str:
        return self.bullets(self.tagged(NoteTag.KEY_ISSUE))

    def presentations(self) -> str:
        paragraphs = []
        for participant in presentation_order(self.snapshot.participants, self.snapshot.interventions):
            turns = self.opening.get(participant.id, set())
            # In time order, as the notes list them (a speaker's opening can be several turns).
            ordered = sorted((note for turn in turns for note in self._by_turn.get(turn, ())), key=self._position)
            texts = [self._flat_text[id(note)] for note in ordered]
            if texts:
                label = participant.name + (f" ({participant.affiliation})" if participant.affiliation else "")
                paragraphs.append(f"{label}: " + " ".join(texts))
        return "\n\n".join(paragraphs)

    def discussion(self) -> str:
        """A few readable paragraphs: per agenda segment, one per speaker, notes joined as sentences.

        The IGF form asks for about three paragraphs, so at most MAX_DISCUSSION_PARAGRAPHS are drafted;
        what is left is counted in a last line (the minutes template lists every note).
        """
        opening_turns = set().union(*self.opening.values()) if self.opening else set()
        groups: dict[tuple[str, str], list[str]] = {}
        for note in self.notes:
            if note.intervention_id is not None and note.intervention_id in opening_turns:
                continue
            groups.setdefault((note.segment_id or "", self.who(note)), []).append(self._flat_text[id(note)])
        segments = {segment_id for segment_id, _who in groups}
        titles = {s.id: s.title for s in self.snapshot.segments}
        paragraphs: list[str] = []
        left_out, shown_segment = 0, ""
        for (segment_id, who), texts in groups.items():
            if len(paragraphs) >= MAX_DISCUSSION_PARAGRAPHS:
                left_out += len(texts)
                continue
            heading = ""
            if len(segments) > 1 and segment_id != shown_segment and titles.get(segment_id):
                heading, shown_segment = f"{titles[segment_id]}. ", segment_id
            body = " ".join(_sentence(text) for text in texts)
            paragraphs.append(heading + (f"{who}: " if who else "") + body)
        if left_out:
            paragraphs.append(self.language.t("{count} further notes are in the minutes report.", count=left_out))
        return "\n\n".join(paragraphs)

    def recommendations(self) -> str:
        return self.bullets(self.tagged(NoteTag.RECOMMENDATION, NoteTag.ACTION))

    def takeaways(self) -> str:
        return self.bullets(self.strongest(self.tagged(*TAKEAWAY_TAGS), MAX_TAKEAWAYS))

    def calls_to_action(self) -> str:
        return self.bullets(self.strongest(self.tagged(NoteTag.ACTION), MAX_CALLS_TO_ACTION))

    def gender(self) -> str:
        return self.bullets(self.tagged(NoteTag.GENDER))

    def quotes(self) -> str:
        lines = []
        for note in self.tagged(NoteTag.QUOTE):
            who = self.who(note)
            lines.append(f"- “{self._flat_text[id(note)]}”" + (f" ({who})" if who else ""))
        return "\n".join(lines)

    def chronology(self) -> str:
        return "\n".join(chronology_line(entry, self.language) for entry in self.timeline)

    def free(self) -> str:
        return ""

    def text(self, source: str) -> str:
        makers: Mapping[str, Callable[[], str]] = {
            "key_issues": self.key_issues,
            "presentations": self.presentations,
            "discussion": self.discussion,
            "recommendations": self.recommendations,
            "takeaways": self.takeaways,
            "calls_to_action": self.calls_to_action,
            "gender": self.gender,
            "quotes": self.quotes,
            "chronology": self.chronology,
            "free": self.free,
        }
        return makers[source]() if source in makers else ""


def opening_round(participants: Sequence[Participant], interventions: Sequence[Intervention]) -> dict[str, set[str]]:
    """Per speaker, the ids of the turns that were their presentation.

    The turns marked as opening statements; if the moderator marked none, each speaker's first turn.
    """
    speakers = {p.id for p in participants if Role.SPEAKER in p.roles}
    marked: dict[str, set[str]] = {}
    for intervention in interventions:
        if intervention.kind is InterventionKind.OPENING_STATEMENT:
            marked.setdefault(intervention.participant_id, set()).add(intervention.id)
    if marked:
        return marked
    first: dict[str, set[str]] = {}
    for intervention in interventions:
        if intervention.participant_id in speakers and intervention.participant_id not in first:
            first[intervention.participant_id] = {intervention.id}
    return first


def presentation_order(participants: Sequence[Participant], interventions: Sequence[Intervention]) -> list[Participant]:
    """Speakers in the order they first spoke, those with an opening statement first; the silent last."""
    speakers = [p for p in participants if Role.SPEAKER in p.roles]
    first_opening: dict[str, int] = {}
    first_turn: dict[str, int] = {}
    for index, intervention in enumerate(interventions):
        first_turn.setdefault(intervention.participant_id, index)
        if intervention.kind is InterventionKind.OPENING_STATEMENT:
            first_opening.setdefault(intervention.participant_id, index)
    never = len(interventions)

    def key(item: tuple[int, Participant]) -> tuple[int, int, int]:
        position, participant = item
        if participant.id in first_opening:
            return (0, first_opening[participant.id], position)
        return (1, first_turn.get(participant.id, never), position)

    return [participant for _, participant in sorted(enumerate(speakers), key=key)]


def build_timeline(
    snapshot: SessionSnapshot, now: Instant, zone: tzinfo | None, language: ReportLanguage = ENGLISH_REPORT
) -> tuple[TimelineEntry, ...]:
    """Every intervention and note in time order (a turn before the notes taken at the same instant)."""
    t = language.t
    entries: list[tuple[datetime, int, int, TimelineEntry]] = []
    for index, intervention in enumerate(snapshot.interventions):
        participant = snapshot.participant(intervention.participant_id)
        who = participant.name if participant else t("(no longer on the roster)")
        label = t(KIND_LABELS.get(intervention.kind, str(intervention.kind)))
        label = label[:1].upper() + label[1:]
        what = f"{label} ({clock_text(intervention.speaking_seconds(now))})"
        if participant is not None and participant.attendance is Presence.REMOTE:
            what = t("{what}, remote", what=what)
        at = _local(intervention.started_at, zone)
        entries.append((at, 0, index, TimelineEntry(at=at, who=who, what=what, kind="intervention")))
    labels: dict[tuple[NoteTag, ...], tuple[str, ...]] = {}  # notes share a few tag sets: translate each once
    for index, note in enumerate(snapshot.notes):
        participant = snapshot.participant(note.participant_id) if note.participant_id else None
        at = _local(note.created_at, zone)
        tags = labels.get(note.tags)
        if tags is None:
            tags = labels[note.tags] = tuple(t(TAG_LABELS.get(tag, str(tag))) for tag in note.tags)
        entry = TimelineEntry(
            at=at, who=participant.name if participant else "", what=note.text, kind="note", tags=tags
        )
        entries.append((at, 1, index, entry))
    entries.sort(key=lambda item: (item[0], item[1], item[2]))
    return tuple(entry for *_, entry in entries)


def chronology_line(entry: TimelineEntry, language: ReportLanguage = ENGLISH_REPORT) -> str:
    stamp = entry.at.strftime("%H:%M")
    if entry.kind == "intervention":
        return f"- {stamp} {entry.who}: {entry.what}"
    tags = f" ({', '.join(entry.tags)})" if entry.tags else ""
    who = f" ({entry.who})" if entry.who else ""
    return f"- {stamp} {language.t('Note')}{tags}: {_flat(entry.what)}{who}"


def _names(participants: Iterable[Participant], role: Role) -> tuple[str, ...]:
    return tuple(p.name for p in participants if role in p.roles)


def _organisation_key(name: str) -> str:
    """One key for two spellings of an organisation: case, accents, punctuation and a trailing "(OAS)" aside."""
    bare = re.sub(r"\s*\([^()]*\)\s*$", "", name) or name
    decomposed = unicodedata.normalize("NFKD", bare.casefold())
    letters = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w]+", " ", letters).split())


def organiser_lines(organisations: Iterable[str], people: Iterable[Participant]) -> tuple[str, ...]:
    """The organisations, each once, then each organising person with their organisation.

    Organisations are compared by a folded name, so "Organization of American States" and
    "Organization of American States (OAS)" are listed once; an organisation typed in as a person is
    not listed again.
    """
    lines: list[str] = []
    keys: set[str] = set()
    for organisation in organisations:
        key = _organisation_key(organisation)
        if key and key not in keys:
            keys.add(key)
            lines.append(organisation)
    for person in people:
        if Role.ORGANIZER not in person.roles or _organisation_key(person.name) in keys:
            continue
        lines.append(f"{person.name} ({person.affiliation})" if person.affiliation else person.name)
    return tuple(lines)


def build_facts(snapshot: SessionSnapshot, language: ReportLanguage = ENGLISH_REPORT) -> ReportFacts:
    session = snapshot.session
    people = snapshot.participants
    speakers = tuple(
        SpeakerLine(
            participant_id=p.id,
            name=p.name,
            affiliation=p.affiliation,
            stakeholder_group=language.t(ENGLISH.get(p.stakeholder_group, "")) if p.stakeholder_group else "",
            remote=p.attendance is Presence.REMOTE,
        )
        for p in presentation_order(people, snapshot.interventions)
    )
    return ReportFacts(
        title=session.title,
        session_type=language.t(ENGLISH[session.session_type]) if session.session_type else "",
        date=session.date,
        start_time=session.start_time,
        timezone=session.timezone,
        venue=session.venue,
        planned_minutes=session.planned_minutes,
        organisers=organiser_lines(session.organisers, people),
        moderators=_names(people, Role.MODERATOR),
        online_moderators=_names(people, Role.ONLINE_MODERATOR),
        rapporteurs=_names(people, Role.RAPPORTEUR),
        speakers=speakers,
        tags=session.tags,
        session_code=session.session_code,
        session_format=session.format,
    )


def _rows(balance: Balance, dimension: Dimension, language: ReportLanguage) -> tuple[StatRow, ...]:
    return tuple(
        StatRow(
            label=language.t(r.label),
            seconds=r.seconds,
            share=r.share,
            interventions=r.interventions,
            people_share=r.people_share,
        )
        for r in balance.dimensions[dimension].rows
    )


def build_stats(snapshot: SessionSnapshot, balance: Balance, language: ReportLanguage = ENGLISH_REPORT) -> ReportStats:
    remote_ids = {p.id for p in snapshot.participants if p.attendance is Presence.REMOTE}
    notes_by_turn: dict[str, list[Note]] = {}
    for note in snapshot.notes:
        if note.intervention_id is not None:
            notes_by_turn.setdefault(note.intervention_id, []).append(note)
    questions = []
    for intervention in snapshot.interventions:
        if intervention.kind is InterventionKind.QUESTION and intervention.participant_id in remote_ids:
            participant = snapshot.participant(intervention.participant_id)
            text = " ".join(_flat(n.text) for n in notes_by_turn.get(intervention.id, ()))
            questions.append((participant.name if participant else "", text))
    return ReportStats(
        total_seconds=balance.total_seconds,
        interventions=sum(t.counted_interventions for t in balance.totals.values()),
        remote_interventions=sum(t.counted_interventions for pid, t in balance.totals.items() if pid in remote_ids),
        by_dimension={d.value: _rows(balance, d, language) for d in GROUP_DIMENSIONS},
        balance_index={d.value: balance.dimensions[d].index for d in Dimension},
        remote_questions=tuple(questions),
        facilitation_seconds=balance.facilitation_seconds,
        procedural_seconds=balance.procedural_seconds,
        reference=balance.reference.value,
        compared_people=len(balance.reference_people),
        **remote_participation(snapshot, remote_ids, notes_by_turn),
    )


_CHANNEL = re.compile(r"\(([^()]{1,100})\)\s*$")


def remote_participation(
    snapshot: SessionSnapshot, remote_ids: set[str], notes_by_turn: Mapping[str, list[Note]]
) -> dict[str, Any]:
    """How many remote requests were read out, by which channel, and how many still wait.

    A request read out is a turn of a remote participant; its channel is the platform the console
    wrote after the request's text in the turn's note ("… (Zoom chat)").
    """
    channels: dict[str, int] = {}
    read_out = 0
    for intervention in snapshot.interventions:
        if intervention.participant_id not in remote_ids:
            continue
        read_out += 1
        found = next((m.group(1) for n in notes_by_turn.get(intervention.id, ()) if (m := _CHANNEL.search(n.text))), "")
        channels[found] = channels.get(found, 0) + 1
    waiting = len(snapshot.remote_queue) + sum(
        1 for entry in snapshot.queue if entry.participant_id in remote_ids and entry.platform
    )
    return {
        "remote_read_out": read_out,
        "remote_channels": tuple(sorted(channels.items(), key=lambda item: (-item[1], item[0]))),
        "remote_waiting": waiting,
    }


def build_sections(
    template: TemplateInfo,
    drafts: Mapping[str, str],
    stored: Mapping[str, StoredSection],
    language: ReportLanguage = ENGLISH_REPORT,
) -> tuple[ReportSection, ...]:
    """The rapporteur's words win; a section is stale when its draft moved on since they wrote them."""
    sections = []
    for spec in template.sections:
        generated = drafts[spec.source]
        saved = stored.get(spec.key)
        sections.append(
            ReportSection(
                key=spec.key,
                title=language.t(spec.title),
                hint=language.t(spec.hint) if spec.hint else "",
                text=saved.text if saved is not None else generated,
                generated_text=generated,
                edited=saved is not None,
                stale=saved is not None and saved.generated_text != generated,
            )
        )
    return tuple(sections)


def build_report(
    snapshot: SessionSnapshot,
    template: TemplateInfo,
    stored: Mapping[str, StoredSection],
    attendance: Attendance,
    now: Instant,
    *,
    balance: Balance | None = None,
    language: ReportLanguage = ENGLISH_REPORT,
) -> Report:
    """The report of one session with one template at ``now`` (a running turn counts up to it).

    ``language`` words the report (headings, labels, the drafts' fixed words); see reports.language.
    """
    zone = session_zone(snapshot.session)
    if balance is None:
        # The report compares each group with everyone who took the floor (moderators and rapporteurs
        # apart), whatever the panel's setting: with "speakers" the audience and remote participants
        # showed as 0 % of people however long they spoke.
        balance = compute_balance(snapshot.participants, snapshot.interventions, now, ReferenceSet.TOOK_FLOOR)
    maker = _Drafts(snapshot, now, zone, language)
    drafts = {source: maker.text(source) for source in {spec.source for spec in template.sections}}
    return Report(
        template=template,
        facts=build_facts(snapshot, language),
        sections=build_sections(template, drafts, stored, language),
        stats=build_stats(snapshot, balance, language),
        attendance=attendance,
        timeline=maker.timeline,
        generated_at=_local(now.wall, zone),
        language=language,
    )
