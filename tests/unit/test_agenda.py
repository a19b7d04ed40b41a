"""The session clock and agenda: start, move through segments, progress against plan, end."""

from __future__ import annotations

from dataclasses import replace

import pytest

from moderator_app.domain import agenda
from moderator_app.domain.session import Segment, Session
from moderator_app.domain.text import ValidationError

SESSION = Session(id="s1", title="Round table", planned_minutes=90)
SEGMENTS = (
    # Deliberately out of order: position decides, not list order.
    Segment(id="g2", session_id="s1", title="Discussion", planned_minutes=30, position=1),
    Segment(id="g1", session_id="s1", title="Opening", planned_minutes=5, position=0),
    Segment(id="g3", session_id="s1", title="Wrap-up", planned_minutes=10, position=2),
)


def test_starting_the_session_makes_the_first_segment_current(clock):
    session = agenda.start_session(SESSION, SEGMENTS, clock.now())
    assert session.started == clock.now()
    assert session.current_segment_id == "g1"
    assert session.segment_started == clock.now()
    assert session.ended_at is None


def test_starting_a_running_session_is_refused(clock):
    session = agenda.start_session(SESSION, SEGMENTS, clock.now())
    with pytest.raises(ValidationError, match="already running"):
        agenda.start_session(session, SEGMENTS, clock.now())


def test_a_session_without_agenda_starts_without_a_segment(clock):
    session = agenda.start_session(SESSION, (), clock.now())
    assert session.started is not None
    assert session.current_segment_id is None


def test_next_segment_moves_in_agenda_order_and_restarts_the_segment_clock(clock):
    session = agenda.start_session(SESSION, SEGMENTS, clock.now())
    clock.advance(300)
    session = agenda.next_segment(session, SEGMENTS, clock.now())
    assert session.current_segment_id == "g2"
    assert session.segment_started == clock.now()
    session = agenda.next_segment(session, SEGMENTS, clock.now())
    assert session.current_segment_id == "g3"


def test_next_segment_on_the_last_segment_is_refused_naming_it(clock):
    session = replace(agenda.start_session(SESSION, SEGMENTS, clock.now()), current_segment_id="g3")
    with pytest.raises(ValidationError, match=r"Wrap-up.*last segment"):
        agenda.next_segment(session, SEGMENTS, clock.now())


def test_next_segment_without_any_agenda_says_what_to_do(clock):
    with pytest.raises(ValidationError, match="no agenda segments"):
        agenda.next_segment(SESSION, (), clock.now())


def test_next_segment_before_the_start_starts_the_session_on_the_first_segment(clock):
    session = agenda.next_segment(SESSION, SEGMENTS, clock.now())
    assert session.started == clock.now()
    assert session.current_segment_id == "g1"


def test_progress_before_the_start_shows_nothing_elapsed_and_the_first_segment_next(clock):
    progress = agenda.progress(SESSION, SEGMENTS, clock.now())
    assert progress.session_elapsed_seconds == 0
    assert progress.planned_seconds == 90 * 60
    assert progress.segment is None
    assert progress.next_segment is not None and progress.next_segment.id == "g1"


def test_progress_shows_session_elapsed_against_plan_and_segment_remaining(clock):
    session = agenda.start_session(SESSION, SEGMENTS, clock.now())
    clock.advance(200)
    progress = agenda.progress(session, SEGMENTS, clock.now())
    assert progress.session_elapsed_seconds == 200
    assert progress.planned_seconds == 5400
    assert progress.segment is not None and progress.segment.id == "g1"
    assert progress.segment_elapsed_seconds == 200
    assert progress.segment_remaining_seconds == 100
    assert progress.next_segment is not None and progress.next_segment.id == "g2"


def test_segment_remaining_goes_negative_when_a_segment_overruns(clock):
    session = agenda.start_session(SESSION, SEGMENTS, clock.now())
    clock.advance(360)
    assert agenda.progress(session, SEGMENTS, clock.now()).segment_remaining_seconds == -60


def test_progress_after_moving_on_counts_the_session_from_its_start_and_the_segment_afresh(clock):
    session = agenda.start_session(SESSION, SEGMENTS, clock.now())
    clock.advance(400)
    session = agenda.next_segment(session, SEGMENTS, clock.now())
    clock.advance(600)
    progress = agenda.progress(session, SEGMENTS, clock.now())
    assert progress.session_elapsed_seconds == 1000
    assert progress.segment_elapsed_seconds == 600
    assert progress.segment_remaining_seconds == 30 * 60 - 600
    assert progress.next_segment is not None and progress.next_segment.id == "g3"


def test_progress_on_the_last_segment_has_no_next_segment(clock):
    session = replace(agenda.start_session(SESSION, SEGMENTS, clock.now()), current_segment_id="g3")
    assert agenda.progress(session, SEGMENTS, clock.now()).next_segment is None


def test_session_clock_ignores_a_wall_clock_jump(clock):
    session = agenda.start_session(SESSION, SEGMENTS, clock.now())
    clock.advance(100)
    clock.jump_wall(-3600)
    assert agenda.progress(session, SEGMENTS, clock.now()).session_elapsed_seconds == 100


def test_an_untimed_session_and_segment_have_no_plan_or_remaining(clock):
    session = replace(SESSION, planned_minutes=None)
    segments = (Segment(id="g", session_id="s1", title="Open", planned_minutes=None),)
    session = agenda.start_session(session, segments, clock.now())
    progress = agenda.progress(session, segments, clock.now())
    assert progress.planned_seconds is None
    assert progress.segment_remaining_seconds is None


def test_ended_session_clock_stops_at_the_end(clock):
    session = agenda.start_session(SESSION, SEGMENTS, clock.now())
    clock.advance(1800)
    session = agenda.end_session(session, clock.now())
    assert session.ended_at == clock.wall
    clock.advance(900)
    assert agenda.progress(session, SEGMENTS, clock.now()).session_elapsed_seconds == 1800


def test_ending_a_session_that_has_not_started_or_already_ended_is_refused(clock):
    with pytest.raises(ValidationError, match="not started"):
        agenda.end_session(SESSION, clock.now())
    session = agenda.end_session(agenda.start_session(SESSION, SEGMENTS, clock.now()), clock.now())
    with pytest.raises(ValidationError, match="already ended"):
        agenda.end_session(session, clock.now())


def test_ended_session_segment_clock_stops_at_the_end_instead_of_resetting(clock):
    session = agenda.start_session(SESSION, SEGMENTS, clock.now())
    clock.advance(120)
    session = agenda.end_session(session, clock.now())
    clock.advance(900)
    progress = agenda.progress(session, SEGMENTS, clock.now())
    assert progress.segment_elapsed_seconds == 120
    assert progress.segment_remaining_seconds == 180


def test_an_ended_session_cannot_be_started_over_or_moved_on(clock):
    started = agenda.start_session(SESSION, SEGMENTS, clock.now())
    clock.advance(600)
    ended = agenda.end_session(started, clock.now())
    with pytest.raises(ValidationError, match="Resume ended session"):
        agenda.start_session(ended, SEGMENTS, clock.now())
    with pytest.raises(ValidationError, match="Resume ended session"):
        agenda.next_segment(ended, SEGMENTS, clock.now())
