"""build_report on hand-built sessions: each section's draft, edits that win and go stale, facts and figures."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from moderator_app.domain.enums import Attendance as Presence
from moderator_app.domain.enums import Gender, InterventionKind, Role, SessionType, StakeholderGroup
from moderator_app.domain.notes import Note, NoteTag
from moderator_app.domain.rapporteur import Attendance, StoredSection
from moderator_app.domain.session import Session
from moderator_app.domain.snapshot import SessionSnapshot
from moderator_app.domain.timer import Intervention
from moderator_app.reports.build import build_report
from moderator_app.reports.model import SECTION_SOURCES, SectionSpec, TemplateInfo
from tests.balance_support import begin, person, turn
from tests.support import FakeClock

ALL_SOURCES = TemplateInfo(
    name="all",
    title="Every source",
    description="",
    sections=tuple(SectionSpec(key=source, title=source.title(), source=source) for source in SECTION_SOURCES),
    folder=Path("."),
)
_note_ids = itertools.count(1)
NO_FIGURES = Attendance()

MOD = person("mod", name="Mona Moderator", roles=(Role.MODERATOR,), group=None, gender=None, region=None)
ANA = person("ana", name="Ana Silva", gender=Gender.WOMAN, group=StakeholderGroup.CIVIL_SOCIETY)
BEN = person("ben", name="Ben Okafor", gender=Gender.MAN, group=StakeholderGroup.GOVERNMENT)
CHO = person("cho", name="Cho Min", gender=None, group=None, region=None)
REMOTE = person("rem", name="Rita Remote", roles=(Role.PARTICIPANT,), attendance=Presence.REMOTE, gender=Gender.WOMAN)


def note(
    clock: FakeClock,
    text: str,
    *tags: NoteTag,
    on: Intervention | None = None,
    who: str | None = None,
) -> Note:
    return Note(
        id=f"n{next(_note_ids)}",
        session_id="s1",
        created_at=clock.now().wall,
        text=text,
        tags=tuple(tag for tag in NoteTag if tag in tags),
        intervention_id=on.id if on else None,
        participant_id=who if who is not None else (on.participant_id if on else None),
    )


def snapshot(participants, interventions, notes=(), **session_fields) -> SessionSnapshot:
    fields = {"id": "s1", "title": "Data flows and trust", "timezone": "UTC", **session_fields}
    return SessionSnapshot(
        session=Session(**fields),
        participants=tuple(participants),
        segments=(),
        interventions=tuple(interventions),
        queue=(),
        notes=tuple(notes),
    )


def build(snap: SessionSnapshot, clock: FakeClock, stored=None, attendance=NO_FIGURES, template=ALL_SOURCES):
    return build_report(snap, template, stored or {}, attendance, clock.now())


def text_of(report, key: str) -> str:
    section = report.section(key)
    assert section is not None
    return section.text


class Played:
    """A small round table: the moderator opens, Ben and Ana give opening statements, then a discussion."""

    def __init__(self) -> None:
        self.clock = clock = FakeClock()
        self.notes: list[Note] = []
        self.interventions: list[Intervention] = [turn(clock, "mod", 20)]
        ben_open = begin(clock, "ben", InterventionKind.OPENING_STATEMENT)
        clock.advance(30)
        self.notes.append(note(clock, "Trust needs shared rules", NoteTag.KEY_ISSUE, on=ben_open))
        clock.advance(30)
        self.interventions.append(_end(ben_open, clock))
        ana_open = begin(clock, "ana", InterventionKind.OPENING_STATEMENT)
        clock.advance(40)
        self.notes.append(note(clock, "Local data stores raise costs", on=ana_open))
        self.notes.append(note(clock, "Publish a yearly review", NoteTag.RECOMMENDATION, on=ana_open))
        clock.advance(20)
        self.interventions.append(_end(ana_open, clock))
        question = begin(clock, "rem", InterventionKind.QUESTION)
        clock.advance(15)
        self.notes.append(note(clock, "Who audits the auditors?", NoteTag.QUESTION, on=question))
        self.interventions.append(_end(question, clock))
        ben_reply = begin(clock, "ben", InterventionKind.ANSWER)
        clock.advance(30)
        self.notes.append(note(clock, "Peer review among regulators", NoteTag.AGREEMENT, NoteTag.ACTION, on=ben_reply))
        self.notes.append(note(clock, "We cannot regulate what we cannot see", NoteTag.QUOTE, on=ben_reply))
        self.notes.append(note(clock, "Women are a third of the panel", NoteTag.GENDER))
        self.interventions.append(_end(ben_reply, clock))

    def snapshot(self, **fields) -> SessionSnapshot:
        return snapshot([MOD, ANA, BEN, CHO, REMOTE], self.interventions, self.notes, **fields)


def _end(intervention: Intervention, clock: FakeClock) -> Intervention:
    from moderator_app.domain import timer

    return timer.end(intervention, clock.now())


@pytest.fixture
def played() -> Played:
    return Played()


def test_key_issues_are_the_tagged_notes_one_line_each_with_the_speaker(played):
    report = build(played.snapshot(), played.clock)
    assert text_of(report, "key_issues") == "- Trust needs shared rules (Ben Okafor)"


def test_presentations_follow_the_opening_statements_one_paragraph_per_speaker(played):
    report = build(played.snapshot(), played.clock)
    # Ben opened first; Cho never spoke and has no notes, so has no paragraph; the answer is not a presentation.
    assert text_of(report, "presentations") == (
        "Ben Okafor: Trust needs shared rules\n\nAna Silva: Local data stores raise costs Publish a yearly review"
    )


def test_presentations_show_the_affiliation_and_use_first_turns_when_none_is_marked_opening():
    clock = FakeClock()
    first = begin(clock, "ana")
    clock.advance(10)
    notes = [note(clock, "Open standards first", on=first)]
    ana = replace(person("ana", name="Ana Silva"), affiliation="Open Data Institute")
    report = build(snapshot([ana], [_end(first, clock)], notes), clock)
    assert text_of(report, "presentations") == "Ana Silva (Open Data Institute): Open standards first"
    assert text_of(report, "discussion") == ""


def test_discussion_is_the_notes_after_the_opening_round_in_time_order(played):
    report = build(played.snapshot(), played.clock)
    # One speaker's notes are joined as sentences, with the punctuation a note lacks.
    assert text_of(report, "discussion") == (
        "Rita Remote: Who audits the auditors?\n\n"
        "Ben Okafor: Peer review among regulators. We cannot regulate what we cannot see.\n\n"
        "Women are a third of the panel."
    )


def test_recommendations_gender_and_quotes_come_from_their_tags(played):
    report = build(played.snapshot(), played.clock)
    assert text_of(report, "recommendations") == (
        "- Publish a yearly review (Ana Silva)\n- Peer review among regulators (Ben Okafor)"
    )
    assert text_of(report, "gender") == "- Women are a third of the panel"
    assert text_of(report, "quotes") == "- “We cannot regulate what we cannot see” (Ben Okafor)"
    assert text_of(report, "free") == ""


def test_takeaways_keep_the_three_strongest_and_calls_to_action_at_most_two():
    clock = FakeClock()
    tags = [
        (NoteTag.RECOMMENDATION,),
        (NoteTag.AGREEMENT, NoteTag.ACTION),  # two weight-bearing tags
        (NoteTag.ACTION,),
        (NoteTag.RECOMMENDATION, NoteTag.KEY_ISSUE),  # two
        (NoteTag.ACTION,),
        (NoteTag.QUOTE,),  # not a takeaway at all
    ]
    notes = []
    for number, note_tags in enumerate(tags, start=1):
        clock.advance(10)
        notes.append(note(clock, f"Point {number}", *note_tags))
    report = build(snapshot([ANA], [], notes), clock)
    # The two double-tagged ones, then the earliest single one; printed in time order.
    assert text_of(report, "takeaways") == "- Point 1\n- Point 2\n- Point 4"
    assert text_of(report, "calls_to_action") == "- Point 2\n- Point 3"


def test_chronology_lists_every_turn_and_note_with_local_times(played):
    report = build(played.snapshot(timezone="Europe/Zurich"), played.clock)
    lines = text_of(report, "chronology").splitlines()
    # FakeClock starts at 10:00 UTC, 11:00 in Zurich in December.
    assert lines[0] == "- 11:00 Mona Moderator: Intervention (0:20)"
    assert lines[1] == "- 11:00 Ben Okafor: Opening statement (1:00)"
    assert lines[2] == "- 11:00 Note (key issue): Trust needs shared rules (Ben Okafor)"
    assert "- 11:02 Rita Remote: Question (0:15), remote" in lines
    assert len(lines) == len(played.interventions) + len(played.notes)
    assert [entry.kind for entry in report.timeline].count("note") == len(played.notes)
    assert report.timeline[0].at.utcoffset() == timedelta(hours=1)


def test_a_stored_edit_wins_and_is_not_stale_while_the_session_is_unchanged(played):
    first = build(played.snapshot(), played.clock)
    draft = first.section("key_issues").generated_text
    stored = {"key_issues": StoredSection(text="- Trust, in my words", generated_text=draft)}
    again = build(played.snapshot(), played.clock, stored)
    section = again.section("key_issues")
    assert (section.text, section.edited, section.stale) == ("- Trust, in my words", True, False)
    assert section.generated_text == draft
    untouched = again.section("discussion")
    assert (untouched.edited, untouched.stale, untouched.text) == (False, False, untouched.generated_text)


def test_a_new_note_after_an_edit_marks_it_stale_but_keeps_the_words(played):
    draft = build(played.snapshot(), played.clock).section("key_issues").generated_text
    stored = {"key_issues": StoredSection(text="My summary", generated_text=draft)}
    played.clock.advance(60)
    played.notes.append(note(played.clock, "Enforcement across borders", NoteTag.KEY_ISSUE, who="ana"))
    section = build(played.snapshot(), played.clock, stored).section("key_issues")
    assert section.text == "My summary"
    assert section.edited and section.stale
    assert section.generated_text.endswith("- Enforcement across borders (Ana Silva)")


def test_facts_name_organisers_moderators_rapporteurs_and_speakers_with_groups():
    organiser = person("org", name="Olu Organiser", roles=(Role.ORGANIZER,))
    again = person("org2", name="open data institute", roles=(Role.ORGANIZER,))  # same as a listed organiser
    rapporteur = person("rap", name="Rae Porter", roles=(Role.RAPPORTEUR,))
    online = person("onl", name="Omar Online", roles=(Role.ONLINE_MODERATOR,))
    snap = snapshot(
        [MOD, ANA, BEN, CHO, organiser, again, rapporteur, online],
        [],
        organisers=("Open Data Institute",),
        format="Round Table",
        session_type=SessionType.WORKSHOP,
        date=date(2024, 12, 17),
        start_time=time(9, 30),
        planned_minutes=60,
    )
    facts = build(snap, FakeClock()).facts
    assert facts.organisers == ("Open Data Institute", "Olu Organiser")
    assert (facts.moderators, facts.online_moderators, facts.rapporteurs) == (
        ("Mona Moderator",),
        ("Omar Online",),
        ("Rae Porter",),
    )
    assert [(s.name, s.stakeholder_group) for s in facts.speakers] == [
        ("Ana Silva", "Civil society"),
        ("Ben Okafor", "Government"),
        ("Cho Min", ""),
    ]
    assert (facts.session_type, facts.date, facts.start_time, facts.planned_minutes) == (
        "Workshop",
        date(2024, 12, 17),
        time(9, 30),
        60,
    )


def test_stats_count_substantive_time_remote_turns_and_remote_questions(played):
    stats = build(played.snapshot(), played.clock).stats
    # Ben 60 + 30, Ana 60, Rita 15; the moderator's 20 s is facilitation.
    assert stats.total_seconds == pytest.approx(165)
    assert stats.facilitation_seconds == pytest.approx(20)
    assert stats.interventions == 4
    assert stats.remote_interventions == 1
    assert stats.remote_questions == (("Rita Remote", "Who audits the auditors?"),)
    gender = {row.label: (row.seconds, row.interventions) for row in stats.by_gender}
    # Compared with those who took the floor (Ben, Ana, Rita), not the listed speakers: Cho never spoke.
    assert gender == {"Man": (90, 2), "Woman": (75, 2)}
    assert stats.reference == "took_floor" and stats.compared_people == 3
    assert {row.label: round(row.people_share, 2) for row in stats.by_gender} == {"Man": 0.33, "Woman": 0.67}
    assert {row.label for row in stats.by_attendance} == {"Onsite", "Remote"}
    assert {row.label for row in stats.by_stakeholder_group} >= {"Civil society", "Government"}
    assert sum(row.share for row in stats.by_gender) == pytest.approx(1.0)
    assert set(stats.balance_index) == {"participant", "stakeholder_group", "gender", "region", "attendance"}


def test_a_running_turn_counts_up_to_now():
    clock = FakeClock()
    running = begin(clock, "ana")
    clock.advance(42)
    report = build(snapshot([ANA], [running]), clock)
    assert report.stats.total_seconds == pytest.approx(42)
    assert report.timeline[0].what == "Intervention (0:42)"


def test_attendance_and_generation_time_are_carried_through(played):
    attendance = Attendance(participants_onsite=40, participants_online=12, women=25, gender_extent="partly")
    report = build(played.snapshot(), played.clock, attendance=attendance)
    assert report.attendance == attendance
    assert report.generated_at == played.clock.now().wall
    assert isinstance(report.generated_at, datetime)


def test_hostile_text_is_kept_as_data_not_interpreted():
    clock = FakeClock()
    hostile = "{{ 7*7 }} <script>alert(1)</script> **bold** \u202etxt.exe\n- fake bullet"
    hostile_person = person("x", name="<b>Eve</b> {% raw %}", roles=(Role.SPEAKER,))
    notes = [note(clock, hostile, NoteTag.KEY_ISSUE, who="x")]
    report = build(snapshot([hostile_person], [], notes, title="{{ title }} <i>"), clock)
    # One line per note: the line break cannot start a second, fake bullet.
    assert text_of(report, "key_issues") == (
        "- {{ 7*7 }} <script>alert(1)</script> **bold** \u202etxt.exe - fake bullet (<b>Eve</b> {% raw %})"
    )
    assert report.facts.title == "{{ title }} <i>"


def test_an_unknown_time_zone_falls_back_to_the_recorded_one(played):
    report = build(played.snapshot(timezone="Mars/Olympus"), played.clock)
    assert report.timeline[0].at.utcoffset() == timedelta(0)


def test_organisations_are_listed_once_under_two_spellings_and_people_with_their_organisation():
    proposer = replace(person("p1", name="Belisario Contreras", roles=(Role.ORGANIZER,)), affiliation="OAS")
    snap = snapshot(
        [MOD, proposer],
        [],
        organisers=(
            "Organization of American States",
            "Organization of American States (OAS)",
            "ORGANIZATION OF AMERICAN STATES",
        ),
    )
    facts = build(snap, FakeClock()).facts
    assert facts.organisers == ("Organization of American States", "Belisario Contreras (OAS)")


def test_the_type_is_the_session_type_apart_from_the_format_and_the_code():
    snap = snapshot([MOD], [], format="Round Table", session_code="WS #289", session_type=SessionType.WORKSHOP)
    facts = build(snap, FakeClock()).facts
    assert (facts.session_type, facts.session_format, facts.session_code) == ("Workshop", "Round Table", "WS #289")
    untyped = build(snapshot([MOD], [], format="Round Table"), FakeClock()).facts
    assert untyped.session_type == "" and untyped.session_format == "Round Table"


def test_a_moderator_who_also_organised_is_facilitation_and_the_audience_is_compared():
    chair = replace(MOD, roles=(Role.MODERATOR, Role.ORGANIZER))
    clock = FakeClock()
    turns = []
    for who, seconds in (("mod", 480), ("ana", 120), ("rem", 60)):
        turn = begin(clock, who)
        clock.advance(seconds)
        turns.append(_end(turn, clock))
    stats = build(snapshot([chair, ANA, REMOTE], turns), clock).stats
    assert stats.facilitation_seconds == pytest.approx(480)  # the chair's 8:00 is not participation
    assert stats.total_seconds == pytest.approx(180)
    remote = {row.label: row.people_share for row in stats.by_attendance}
    assert remote["Remote"] == pytest.approx(0.5)  # a remote participant who spoke is half of those who did


def test_the_discussion_groups_each_speakers_notes_per_segment_and_stays_a_few_paragraphs():
    from moderator_app.domain.session import Segment
    from moderator_app.reports.build import MAX_DISCUSSION_PARAGRAPHS

    clock = FakeClock()
    notes = []
    for segment, who, text in (
        ("g1", "ana", "Data must flow"),
        ("g1", "ben", "Regulators lag behind"),
        ("g1", "ana", "trust needs audits!"),
        ("g2", "ben", "Peer review helps"),
    ):
        clock.advance(10)
        notes.append(replace(note(clock, text, who=who), segment_id=segment))
    segments = (Segment("g1", "s1", "Opening round", 20), Segment("g2", "s1", "Open floor", 40, position=1))
    snap = replace(snapshot([MOD, ANA, BEN], [], notes), segments=segments)
    assert text_of(build(snap, clock), "discussion") == (
        "Opening round. Ana Silva: Data must flow. trust needs audits!\n\n"
        "Ben Okafor: Regulators lag behind.\n\n"
        "Open floor. Ben Okafor: Peer review helps."
    )
    many = [replace(note(clock, f"Point {n}", who=who), segment_id=f"g{n}") for n, who in enumerate(["ana"] * 9)]
    text = text_of(build(replace(snapshot([ANA], [], many), segments=()), clock), "discussion")
    assert text.count("\n\n") == MAX_DISCUSSION_PARAGRAPHS
    assert text.endswith("4 further notes are in the minutes report.")


def test_remote_participation_counts_requests_read_out_by_channel_and_those_not_reached():
    from moderator_app.domain.queue import QueueEntry
    from moderator_app.reports.docx import remote_participation_text

    clock = FakeClock()
    turns, notes = [], []
    for text in ("Who pays? (Zoom chat)", "And rural areas? (Slido)", "Thanks (Zoom chat)"):
        started = begin(clock, "rem")
        notes.append(note(clock, text, on=started))
        clock.advance(30)
        turns.append(_end(started, clock))
    waiting = QueueEntry("q1", "rem", InterventionKind.QUESTION, clock.now().wall, platform="Slido", text="Later?")
    snap = replace(snapshot([MOD, REMOTE], turns, notes), remote_queue=(waiting,))
    report = build(snap, clock)
    stats = report.stats
    assert (stats.remote_read_out, stats.remote_waiting) == (3, 1)
    assert stats.remote_channels == (("Zoom chat", 2), ("Slido", 1))
    assert remote_participation_text(report) == (
        "Remote participation: 4 requests from remote participants, 3 of them read out, 1 not reached. "
        "Read out by channel: Zoom chat 2, Slido 1."
    )
