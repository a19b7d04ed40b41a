"""A first end-to-end pass through the console service with a fake clock."""

from moderator_app.domain.enums import InterventionState


def test_next_speaker_takes_head_of_queue_and_timer_counts_only_unpaused_time(console, clock):
    first = console.snapshot.queue[0]
    intervention = console.next_speaker()
    assert intervention.participant_id == first.participant_id
    assert console.snapshot.queue[0].id != first.id
    clock.advance(100)
    console.toggle_timer()  # pause
    clock.advance(50)
    console.toggle_timer()  # resume
    clock.advance(20)
    reading = console.reading()
    assert reading.timer.speaking_seconds == 120
    assert reading.intervention.state is InterventionState.RUNNING
    assert reading.intervention.paused_seconds(clock.now()) == 50
