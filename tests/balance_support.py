"""Builders for balance tests: participants with their groups, and turns timed on a FakeClock."""

from __future__ import annotations

import itertools

from moderator_app.domain import timer
from moderator_app.domain.enums import Attendance, Gender, InterventionKind, Region, Role, StakeholderGroup
from moderator_app.domain.session import Participant
from moderator_app.domain.timer import Intervention
from tests.support import FakeClock

_ids = itertools.count(1)


def person(
    pid: str,
    *,
    group: StakeholderGroup | None = StakeholderGroup.GOVERNMENT,
    gender: Gender | None = Gender.WOMAN,
    region: Region | None = Region.WEOG,
    roles: tuple[Role, ...] = (Role.SPEAKER,),
    attendance: Attendance = Attendance.ONSITE,
    name: str | None = None,
) -> Participant:
    return Participant(
        id=pid,
        session_id="s1",
        name=name or pid.capitalize(),
        stakeholder_group=group,
        gender=gender,
        region=region,
        roles=roles,
        attendance=attendance,
    )


def begin(clock: FakeClock, pid: str, kind: InterventionKind = InterventionKind.INTERVENTION) -> Intervention:
    return timer.start(
        intervention_id=f"i{next(_ids)}",
        session_id="s1",
        participant_id=pid,
        segment_id=None,
        kind=kind,
        allotted_seconds=180,
        now=clock.now(),
    )


def turn(
    clock: FakeClock, pid: str, seconds: float, kind: InterventionKind = InterventionKind.INTERVENTION
) -> Intervention:
    """An ended turn of exactly ``seconds``: start, let the clock run, end."""
    started = begin(clock, pid, kind)
    clock.advance(seconds)
    return timer.end(started, clock.now())
