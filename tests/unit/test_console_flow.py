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


def test_details_and_agenda_are_saved_together_or_not_at_all(console, clock):
    from dataclasses import replace

    import pytest

    from moderator_app.domain.text import ValidationError

    console.next_speaker()  # an intervention now refers to the first segment
    original_title = console.session.title
    agenda_without_first = console.snapshot.segments[1:]
    with pytest.raises(ValidationError, match="cannot be removed"):
        console.update_details(replace(console.session, title="Renamed"), agenda_without_first)
    stored = console.repository.load(console.session_id)
    assert stored.session.title == original_title
    assert len(stored.segments) == 5
