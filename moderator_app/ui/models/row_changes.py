"""How a table's rows became the new rows, as a few removals, moves and insertions, not a reset.

A model reset makes a view forget its layout and repaint every cell, then lay out and repaint
again once its columns are measured anew: for the queue that was most of an action's time. Adding
someone, giving the floor to the head of the queue or moving an entry touch one row each; told
as such, a view keeps its layout and repaints once. Pure Python, no Qt: the table model applies
the steps (``_TableModel.update_rows``).
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass

#: More steps than this and a reset is simpler for the view than many small changes.
MAX_STEPS = 8


@dataclass(frozen=True, slots=True)
class Remove:
    """Rows ``first``..``last`` (inclusive, numbers at the time of the step) go."""

    first: int
    last: int


@dataclass(frozen=True, slots=True)
class Move:
    """The row at ``source`` moves up to ``target`` (target < source); the rows between move down one."""

    source: int
    target: int


@dataclass(frozen=True, slots=True)
class Insert:
    """The new rows ``first``..``last`` (their numbers in the new rows) come in."""

    first: int
    last: int


Step = Remove | Move | Insert


def _blocks(numbers: Sequence[int]) -> list[tuple[int, int]]:
    """Runs of consecutive numbers (ascending) as (first, last)."""
    blocks: list[tuple[int, int]] = []
    for number in numbers:
        if blocks and blocks[-1][1] == number - 1:
            blocks[-1] = (blocks[-1][0], number)
        else:
            blocks.append((number, number))
    return blocks


def row_steps(
    old_keys: Sequence[Hashable], new_keys: Sequence[Hashable], max_steps: int = MAX_STEPS
) -> list[Step] | None:
    """Steps that turn rows keyed ``old_keys`` into rows keyed ``new_keys``, in the order to apply
    them: removals (bottom first), then moves, then insertions (top first). None when the keys are
    not unique or it would take more than ``max_steps`` steps (then reset)."""
    old_set, new_set = set(old_keys), set(new_keys)
    if len(old_set) != len(old_keys) or len(new_set) != len(new_keys):
        return None
    steps: list[Step] = []
    removed = [number for number, key in enumerate(old_keys) if key not in new_set]
    for first, last in reversed(_blocks(removed)):
        steps.append(Remove(first, last))
        if len(steps) > max_steps:
            return None
    current = [key for key in old_keys if key in new_set]
    wanted = [key for key in new_keys if key in old_set]
    # Each key that is out of place is pulled up to where it belongs (one step for "last to first").
    position = {key: number for number, key in enumerate(current)}
    for number, key in enumerate(wanted):
        if current[number] == key:
            continue
        source = position[key]
        steps.append(Move(source, number))
        if len(steps) > max_steps:
            return None
        current.insert(number, current.pop(source))
        for moved in range(number, source + 1):
            position[current[moved]] = moved
    added = [number for number, key in enumerate(new_keys) if key not in old_set]
    for first, last in _blocks(added):
        steps.append(Insert(first, last))
        if len(steps) > max_steps:
            return None
    return steps


def apply_steps(rows: list[object], steps: Sequence[Step], new_rows: Sequence[object]) -> list[object]:
    """``rows`` changed by ``steps`` (inserted rows come from ``new_rows``); for tests and models alike."""
    rows = list(rows)
    for step in steps:
        if isinstance(step, Remove):
            del rows[step.first : step.last + 1]
        elif isinstance(step, Move):
            rows.insert(step.target, rows.pop(step.source))
        else:
            rows[step.first : step.first] = new_rows[step.first : step.last + 1]
    return rows
