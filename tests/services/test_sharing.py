"""A stored session as shared items and back: nothing lost, nothing taken for a difference."""

from __future__ import annotations

from moderator_app.domain.changes import ATTENDANCE_ID, Part
from moderator_app.domain.enums import InterventionKind, StakeholderGroup
from moderator_app.domain.rapporteur import Attendance, StoredSection
from moderator_app.domain.steering import Contingent
from moderator_app.services.sharing import differences, incoming_session, shared_items
from moderator_app.system.resources import regions

MATTHEW = "7c1d2e5a-2017-4c1d-9e1f-100000000007"


def test_a_live_session_comes_back_from_its_shared_items_as_it_was(library, clock):
    console = library.open_console(library.ensure_demo())
    console.start_session()
    console.set_contingents([Contingent(StakeholderGroup.GOVERNMENT, 600)])
    console.enqueue(MATTHEW, InterventionKind.QUESTION)
    console.next_speaker()
    console.add_note("On the turn #action")
    console.add_remote(name="Remote One", platform="Zoom", text="A question")
    clock.advance(42)  # a running turn: its speaking time grows, its shared item does not
    stored = library.load(console.session_id)
    sections = {"igf-workshop:summary": StoredSection("Typed", "Drafted")}
    items = shared_items(stored, sections, Attendance(participants_onsite=40), clock.now())
    again = shared_items(stored, sections, Attendance(participants_onsite=40), clock.now())
    assert items == again
    assert incoming_session(items, regions()) == stored
    assert differences(stored, stored, (sections, Attendance(participants_onsite=40)), items) == {}


def test_differences_name_the_items_and_the_report_that_differ(library, clock):
    session_id = library.ensure_demo()
    stored = library.load(session_id)
    items = shared_items(stored, {}, Attendance(), clock.now())
    first, *others = items.items["participants"].values()
    items.items["participants"] = {p["id"]: p for p in others}
    items.items["queue"] = {k: q for k, q in items.items["queue"].items() if q["participant_id"] != first["id"]}
    items.items["notes"] = {}
    shared = type(items)(items.session, items.items, {"t:s": StoredSection("x", "")}, Attendance(women=3))
    incoming = incoming_session(shared, regions())
    found = differences(stored, incoming, ({}, Attendance()), shared)
    assert found[Part.PARTICIPANTS] >= {first["id"]}
    assert found[Part.REPORT] == {"t:s", ATTENDANCE_ID}
    assert set(found) <= {Part.PARTICIPANTS, Part.QUEUE, Part.REPORT}
