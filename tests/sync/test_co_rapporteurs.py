"""Two co-rapporteurs writing one report section from two laptops, each through the host, with no
network: each saves what their report window shows, written against the text it loaded, and the
other's edit that arrived meanwhile is kept (not "last save wins")."""

from __future__ import annotations

from pathlib import Path

import pytest

from moderator_app.reports.model import Report
from moderator_app.services.console import SessionConsole
from tests.sync.test_shared_session import (
    TEMPLATE,
    Laptop,
    assert_same_session,
    exchange,
    host,  # noqa: F401 (the fixture)
    join,
)

WRITTEN = "Key issues were raised. Capacity building came first."


class Window:
    """What a report window keeps of one section: the report it built and the text it loaded (its base)."""

    def __init__(self, laptop: Laptop) -> None:
        self.console: SessionConsole = laptop.console()
        self.report: Report = self.console.report(TEMPLATE, None, laptop.clock.now())
        self.key = self.report.sections[0].key
        section = self.report.section(self.key)
        assert section is not None
        self.base = section.text

    def save(self, typed: str) -> str:
        self.base = self.console.save_section_edit(self.report, self.key, typed, based_on=self.base)
        return self.base


def stored_text(laptop: Laptop, key: str) -> str:
    return laptop.console().report_sections(TEMPLATE)[key].text


def pass_on(hub: Laptop, *laptops: Laptop) -> None:
    """As over the network: each joined laptop reaches only the host, which passes its work on."""
    for laptop in laptops:
        exchange(hub, laptop)
    for laptop in laptops:
        exchange(hub, laptop)


@pytest.fixture
def co_rapporteurs(tmp_path: Path, host: Laptop):  # noqa: F811 (the fixture)
    # A key issue noted, so that the first section (key issues) has a draft to start from.
    host.console().add_note("Capacity building must include civil society from the start.", ["key_issue"])
    first, second = join(tmp_path, host, "rapporteur"), join(tmp_path, host, "co-rapporteur")
    yield first, second
    first.stop()
    second.stop()


@pytest.mark.parametrize("written", [True, False], ids=["an edited section", "a section still the draft"])
def test_each_typing_in_another_place_keeps_both_edits_on_every_laptop(host, co_rapporteurs, written):  # noqa: F811
    first, second = co_rapporteurs
    if written:
        Window(first).save(WRITTEN)
        pass_on(host, first, second)
    # Both open the report on the section; then each types in another place and saves.
    mine, theirs = Window(second), Window(first)
    start = mine.base
    assert theirs.base == start and "Capacity building" in start
    theirs.save("In short: " + start)
    pass_on(host, first, second)  # the first one's edit reaches the second laptop before it saves
    saved = mine.save(start + " Trust came up too.")
    pass_on(host, first, second)
    both = "In short: " + start + " Trust came up too."
    assert saved == both
    for laptop in (host, first, second):
        assert stored_text(laptop, mine.key) == both
    assert_same_session(host, first, second)


def test_typing_at_the_same_place_keeps_both_texts_theirs_first(host, co_rapporteurs):  # noqa: F811
    first, second = co_rapporteurs
    Window(first).save(WRITTEN)
    pass_on(host, first, second)
    mine, theirs = Window(second), Window(first)
    theirs.save(WRITTEN + " The chair agreed.")
    pass_on(host, first, second)
    mine.save(WRITTEN + " Two speakers disagreed.")
    pass_on(host, first, second)
    both = WRITTEN + " The chair agreed. Two speakers disagreed."
    for laptop in (host, first, second):
        assert stored_text(laptop, mine.key) == both
    assert_same_session(host, first, second)


def test_rounds_of_typing_on_both_laptops_lose_nothing(host, co_rapporteurs):  # noqa: F811
    first, second = co_rapporteurs
    one, two = Window(first), Window(second)
    expected_words = []
    for round_number in range(4):
        # Each saves what its window shows plus a sentence, written against what it last loaded or
        # saved; the other's save of the same round reaches it only afterwards.
        words_one, words_two = f"First{round_number}.", f"Second{round_number}."
        one.save(f"{words_one} {one.base}")
        two.save(f"{two.base} {words_two}")
        pass_on(host, first, second)
        expected_words += [words_one, words_two]
    text = stored_text(host, one.key)
    for words in expected_words:
        assert text.count(words) == 1
    assert stored_text(first, one.key) == stored_text(second, one.key) == text
    assert_same_session(host, first, second)
