"""The intervention timer: speaking time from anchors and a clock, phases, adjustments, clock jumps."""

from __future__ import annotations

import pytest

from moderator_app.domain import timer
from moderator_app.domain.clock import seconds_between
from moderator_app.domain.enums import InterventionKind, InterventionState, Phase
from moderator_app.domain.formatting import clock_text, countdown_text
from moderator_app.domain.text import ValidationError
from moderator_app.domain.timer import Intervention, read_timer, resolve_allotted
from tests.support import FakeClock

WARNING = 30


def started(clock: FakeClock, allotted: int | None = 180) -> Intervention:
    return timer.start(
        intervention_id="i1",
        session_id="s1",
        participant_id="p1",
        segment_id=None,
        kind=InterventionKind.INTERVENTION,
        allotted_seconds=allotted,
        now=clock.now(),
    )


def test_speaking_time_counts_only_while_running_not_while_paused(clock):
    turn = started(clock)
    clock.advance(40)
    turn = timer.pause(turn, clock.now())
    clock.advance(25)
    assert turn.speaking_seconds(clock.now()) == 40
    assert turn.paused_seconds(clock.now()) == 25
    turn = timer.resume(turn, clock.now())
    clock.advance(15)
    assert turn.speaking_seconds(clock.now()) == 55
    assert turn.paused_seconds(clock.now()) == 25
    assert turn.pause_count == 1


def test_ended_intervention_keeps_its_totals_and_stops_counting(clock):
    turn = started(clock)
    clock.advance(70)
    turn = timer.pause(turn, clock.now())
    clock.advance(10)
    ended_wall = clock.wall
    turn = timer.end(turn, clock.now())
    clock.advance(500)
    assert turn.state is InterventionState.ENDED
    assert turn.speaking_seconds(clock.now()) == 70
    assert turn.paused_seconds(clock.now()) == 10
    assert turn.ended_at == ended_wall
    assert (turn.ended_at - turn.started_at).total_seconds() == 80


def test_phase_is_normal_until_the_last_warning_seconds(clock):
    turn = started(clock, allotted=180)
    clock.advance(149)  # 31 s left
    reading = read_timer(turn, clock.now(), WARNING)
    assert reading.phase is Phase.NORMAL
    assert reading.remaining_seconds == 31
    assert reading.running


def test_phase_turns_to_warning_in_the_last_30_seconds(clock):
    turn = started(clock, allotted=180)
    clock.advance(150)  # exactly 30 s left
    assert read_timer(turn, clock.now(), WARNING).phase is Phase.WARNING
    clock.advance(29)  # 1 s left
    reading = read_timer(turn, clock.now(), WARNING)
    assert reading.phase is Phase.WARNING
    assert reading.overtime_seconds == 0


def test_phase_turns_to_overtime_when_time_is_up_and_shows_a_plus(clock):
    turn = started(clock, allotted=180)
    clock.advance(180)
    reading = read_timer(turn, clock.now(), WARNING)
    assert reading.phase is Phase.OVERTIME
    assert reading.remaining_seconds == 0
    clock.advance(12)
    reading = read_timer(turn, clock.now(), WARNING)
    assert reading.phase is Phase.OVERTIME
    assert reading.overtime_seconds == 12
    assert countdown_text(reading.remaining_seconds) == "+0:12"


def test_countdown_text_rounds_up_before_zero_and_counts_up_after():
    assert countdown_text(125.0) == "2:05"
    assert countdown_text(0.4) == "0:01"
    assert countdown_text(0) == "+0:00"
    assert countdown_text(-61.9) == "+1:01"
    assert countdown_text(3725) == "1:02:05"
    assert clock_text(-5) == "-0:05"


def test_warning_threshold_follows_the_session_setting(clock):
    turn = started(clock, allotted=180)
    clock.advance(100)  # 80 s left
    assert read_timer(turn, clock.now(), 30).phase is Phase.NORMAL
    assert read_timer(turn, clock.now(), 90).phase is Phase.WARNING


def test_adding_30_seconds_changes_the_allotted_time_not_the_time_spoken(clock):
    turn = started(clock, allotted=180)
    clock.advance(170)
    assert read_timer(turn, clock.now(), WARNING).phase is Phase.WARNING
    turn = timer.adjust_allotted(turn, +30)
    reading = read_timer(turn, clock.now(), WARNING)
    assert turn.allotted_seconds == 210
    assert reading.speaking_seconds == 170
    assert reading.remaining_seconds == 40
    assert reading.phase is Phase.NORMAL


def test_taking_30_seconds_can_push_a_speaker_into_overtime(clock):
    turn = started(clock, allotted=180)
    clock.advance(160)
    turn = timer.adjust_allotted(turn, -30)
    reading = read_timer(turn, clock.now(), WARNING)
    assert turn.allotted_seconds == 150
    assert reading.speaking_seconds == 160
    assert reading.phase is Phase.OVERTIME
    assert countdown_text(reading.remaining_seconds) == "+0:10"


def test_taking_time_never_goes_below_zero(clock):
    turn = started(clock, allotted=20)
    turn = timer.adjust_allotted(turn, -30)
    assert turn.allotted_seconds == 0
    turn = timer.adjust_allotted(turn, -30)
    assert turn.allotted_seconds == 0


def test_adding_time_to_an_untimed_turn_gives_it_a_limit_from_zero(clock):
    turn = started(clock, allotted=None)
    turn = timer.adjust_allotted(turn, +30)
    assert turn.allotted_seconds == 30


def test_set_allotted_refuses_negative_or_more_than_four_hours(clock):
    turn = started(clock)
    with pytest.raises(ValidationError, match="between 0 seconds and 4 hours"):
        timer.set_allotted(turn, -1)
    with pytest.raises(ValidationError):
        timer.set_allotted(turn, 4 * 3600 + 1)
    assert timer.set_allotted(turn, None).allotted_seconds is None


def test_untimed_turn_counts_up_and_stays_normal(clock):
    turn = started(clock, allotted=None)
    clock.advance(4000)
    reading = read_timer(turn, clock.now(), WARNING)
    assert reading.phase is Phase.NORMAL
    assert reading.speaking_seconds == 4000
    assert reading.remaining_seconds is None
    assert reading.overtime_seconds == 0
    assert clock_text(reading.speaking_seconds) == "1:06:40"


def test_nobody_speaking_reads_idle(clock):
    assert read_timer(None, clock.now(), WARNING).phase is Phase.IDLE
    turn = timer.end(started(clock), clock.now())
    assert read_timer(turn, clock.now(), WARNING).phase is Phase.IDLE


@pytest.mark.parametrize("jump", [3600, -3600])
def test_wall_clock_jump_does_not_change_a_running_speakers_time(clock, jump):
    turn = started(clock)
    clock.advance(45)
    clock.jump_wall(jump)
    clock.advance(15)
    assert turn.speaking_seconds(clock.now()) == 60
    assert read_timer(turn, clock.now(), WARNING).remaining_seconds == 120


@pytest.mark.parametrize("jump", [3600, -3600])
def test_wall_clock_jump_during_a_pause_does_not_change_paused_or_speaking_time(clock, jump):
    turn = started(clock)
    clock.advance(30)
    turn = timer.pause(turn, clock.now())
    clock.jump_wall(jump)
    clock.advance(20)
    turn = timer.resume(turn, clock.now())
    clock.advance(10)
    assert turn.speaking_seconds(clock.now()) == 40
    assert turn.paused_seconds(clock.now()) == 20


def test_after_a_reboot_the_gap_is_bridged_by_wall_time(clock):
    turn = started(clock)
    clock.advance(50)
    clock.reboot(downtime=70)
    # monotonic restarted at 5.0 under a new boot id; wall time moved 50 + 70 s since the start
    assert turn.speaking_seconds(clock.now()) == 120
    turn = timer.pause(turn, clock.now())
    clock.advance(10)
    turn = timer.resume(turn, clock.now())
    clock.advance(5)
    assert turn.speaking_seconds(clock.now()) == 125
    assert turn.paused_seconds(clock.now()) == 10


def test_seconds_between_is_never_negative_across_a_reboot_with_the_wall_clock_set_back(clock):
    before = clock.now()
    clock.jump_wall(-600)
    clock.reboot(downtime=60)
    assert seconds_between(before, clock.now()) == 0


def test_pausing_a_paused_turn_is_refused(clock):
    turn = timer.pause(started(clock), clock.now())
    with pytest.raises(ValidationError, match="not running"):
        timer.pause(turn, clock.now())


def test_resuming_a_running_turn_is_refused(clock):
    with pytest.raises(ValidationError, match="not paused"):
        timer.resume(started(clock), clock.now())


def test_an_ended_turn_cannot_be_paused_resumed_or_ended_again(clock):
    turn = timer.end(started(clock), clock.now())
    with pytest.raises(ValidationError):
        timer.pause(turn, clock.now())
    with pytest.raises(ValidationError):
        timer.resume(turn, clock.now())
    with pytest.raises(ValidationError, match="already ended"):
        timer.end(turn, clock.now())


def test_allotted_time_prefers_override_then_segment_then_session_default():
    assert resolve_allotted(override=60, segment_default=120, session_default=180) == 60
    assert resolve_allotted(override=None, segment_default=120, session_default=180) == 120
    assert resolve_allotted(override=None, segment_default=None, session_default=180) == 180


def test_an_explicit_zero_override_is_kept_not_replaced_by_the_default():
    assert resolve_allotted(override=0, segment_default=120, session_default=180) == 0


def test_taking_the_last_seconds_away_puts_the_speaker_in_overtime_not_untimed(clock):
    # A 1:00 turn, 10 s in, minus 30 s twice: 0 s allotted is a limit already passed.
    turn = started(clock, allotted=60)
    clock.advance(10)
    turn = timer.adjust_allotted(timer.adjust_allotted(turn, -30), -30)
    reading = read_timer(turn, clock.now(), WARNING)
    assert turn.allotted_seconds == 0
    assert reading.phase is Phase.OVERTIME
    assert reading.remaining_seconds == -10
