"""A table's rows become the new rows through a few removals, moves and insertions, not a reset."""

from __future__ import annotations

import random

from moderator_app.ui.models.row_changes import MAX_STEPS, Insert, Move, Remove, apply_steps, row_steps


def test_the_queue_actions_take_one_step_each() -> None:
    queue = ["a", "b", "c", "d"]
    assert row_steps(queue, [*queue, "e"]) == [Insert(4, 4)]  # someone joins the end
    assert row_steps(queue, queue[1:]) == [Remove(0, 0)]  # the head gets the floor
    assert row_steps(queue, ["d", "a", "b", "c"]) == [Move(3, 0)]  # the last moved to the top
    assert row_steps(queue, ["new", *queue]) == [Insert(0, 0)]  # the history's newest turn on top
    assert row_steps(queue, queue) == []


def test_any_change_applied_step_by_step_gives_the_new_rows() -> None:
    rng = random.Random(9)
    for _ in range(2_000):
        old = rng.sample(range(40), rng.randint(0, 12))
        kept = [key for key in old if rng.random() < 0.8]
        if rng.random() < 0.2:
            rng.shuffle(kept)
        new = list(kept)
        for key in rng.sample(range(40, 60), rng.randint(0, 3)):
            new.insert(rng.randint(0, len(new)), key)
        steps = row_steps(old, new, max_steps=1_000)
        assert steps is not None
        assert apply_steps(old, steps, new) == new
        # Removals first (bottom up), then moves, then insertions (top down), as a view needs them.
        kinds = [type(step) for step in steps]
        assert kinds == sorted(kinds, key=[Remove, Move, Insert].index)


def test_many_changes_or_repeated_keys_ask_for_a_reset() -> None:
    old = [str(n) for n in range(30)]
    assert row_steps(old, list(reversed(old))) is None  # 29 moves: a reset is simpler
    assert row_steps(old, old[::2]) is None  # 15 separate removals
    assert len(row_steps(old, old[:-MAX_STEPS]) or []) == 1  # one block of removals is one step
    assert row_steps(["a", "a"], ["a"]) is None
    assert row_steps(["a"], ["b", "b"]) is None
