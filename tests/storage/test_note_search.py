"""Search over every session's notes (storage/note_search.py): across sessions, by event, in both orders,
with hostile notes and hostile queries. The library is tests/note_search_support.py."""

from __future__ import annotations

from datetime import date

import pytest

from moderator_app.domain.notes import Note, NoteTag
from moderator_app.storage import note_search
from moderator_app.storage.errors import EmptySearchError, UnknownEventError
from moderator_app.storage.note_search import SearchOrder, search_all_notes
from tests.note_search_support import HOSTILE, LONG_NOTE, NOW, OPERATORS, RTL, add_library


@pytest.fixture
def library(repository):
    add_library(repository)
    return repository


def ids(result) -> list[str]:
    return [hit.note_id for hit in result.hits]


def test_a_word_is_found_in_every_session_newest_first(library):
    result = search_all_notes(library, "spectrum")
    assert ids(result) == ["g1", "b2", "b1", "a1"]  # written last, shown first
    assert result.total == result.ranked == 4
    assert {hit.session_id for hit in result.hits} == {"alpha", "beta", "gamma"}
    assert not result.more


def test_a_hit_carries_its_session_time_speaker_and_tags(library):
    hit = search_all_notes(library, "europe").hits[0]
    assert (hit.note_id, hit.session_id, hit.session_title, hit.session_date, hit.event) == (
        "g1",
        "gamma",
        "Gamma",
        date(2018, 6, 5),
        "EuroDIG",
    )
    assert hit.created_at == NOW
    assert hit.speaker == "Ève Martin"
    assert hit.tags == (NoteTag.ACTION, NoteTag.GENDER)
    assert hit.excerpt.text == "Spectrum policy in Europe"
    assert [hit.excerpt.text[start:end] for start, end in hit.excerpt.marks] == ["Europe"]
    unlinked = search_all_notes(library, "auctions").hits[0]
    assert unlinked.speaker == "Ben Okafor"
    assert search_all_notes(library, "protection").hits[0].speaker is None


def test_every_word_must_be_in_the_note_and_starts_of_words_accents_and_capitals_match(library):
    assert ids(search_all_notes(library, "spectrum auctions")) == ["b1"]
    assert ids(search_all_notes(library, "SPECT AUCT")) == ["b1"]
    assert ids(search_all_notes(library, "regulation")) == ["b1"]  # "régulation": accents do not matter
    assert ids(search_all_notes(library, "régul")) == ["b1"]
    assert ids(search_all_notes(library, "spectrum zebra")) == []


def test_an_event_keeps_its_own_sessions_and_an_unknown_event_is_refused(library):
    assert ids(search_all_notes(library, "spectrum", event="IGF 2017")) == ["b2", "b1", "a1"]
    assert ids(search_all_notes(library, "spectrum", event="EuroDIG")) == ["g1"]
    assert search_all_notes(library, "spectrum", event="EuroDIG").total == 1
    assert ids(search_all_notes(library, "data", event="IGF 2017", order=SearchOrder.BEST))[0] == "b3"
    with pytest.raises(UnknownEventError):
        search_all_notes(library, "spectrum", event="EuroDIG 2019")


def test_an_event_that_holds_every_session_finds_what_all_sessions_find(library):
    library.db.execute("UPDATE sessions SET event = 'IGF 2017'")
    assert ids(search_all_notes(library, "data", event="IGF 2017")) == ids(search_all_notes(library, "data"))


def test_nothing_a_user_types_is_an_operator(library):
    assert ids(search_all_notes(library, "NEAR(data)")) == ["g2"]
    assert ids(search_all_notes(library, '"test"')) == ["g2"]
    assert ids(search_all_notes(library, "col:rights")) == ["g2"]
    assert ids(search_all_notes(library, "^start")) == ["g2"]
    assert ids(search_all_notes(library, "NOT")) == ["g2"]  # a word, not "anything but"
    assert ids(search_all_notes(library, "OR")) == ["g2"]
    assert ids(search_all_notes(library, "session_key : s616c706861")) == []  # the index's own column stays hidden
    assert ids(search_all_notes(library, 'near(data" OR "test')) == ["g2"]  # quotes are characters, OR a word
    assert ids(search_all_notes(library, 'data" OR "spectrum')) == []  # no note has all three words
    assert ids(search_all_notes(library, "spectrum * --")) == ids(search_all_notes(library, "spectrum"))


@pytest.mark.parametrize("query", ["", "   ", "!!!", "* -- ()", '"', "\u202e\u200f"])
def test_a_query_without_a_letter_or_digit_is_refused_with_a_message(library, query):
    with pytest.raises(EmptySearchError, match="letter or a digit"):
        search_all_notes(library, query)


def test_nothing_found_is_an_empty_page_not_an_error(library):
    result = search_all_notes(library, "zebra")
    assert (result.total, result.hits, result.more) == (0, (), False)
    assert search_all_notes(library, "zebra", order=SearchOrder.BEST).hits == ()


def test_markup_is_kept_as_typed_and_the_matched_word_is_marked_inside_it(library):
    hit = search_all_notes(library, "data", event="IGF 2017").hits[-1]
    assert hit.note_id == "a2"
    assert hit.text == HOSTILE
    assert hit.excerpt.text == HOSTILE  # nothing escaped, nothing dropped: the window shows it as plain text
    assert [hit.excerpt.text[start:end] for start, end in hit.excerpt.marks] == ["Data"]


def test_direction_overrides_are_left_out_of_what_is_shown_but_kept_in_the_note(library):
    hit = search_all_notes(library, "exe").hits[0]
    assert hit.text == RTL
    assert "\u202e" not in hit.excerpt.text and "\u202e" not in hit.full.text
    assert "\u200f" in hit.excerpt.text  # the right-to-left mark of Arabic text stays
    assert [hit.excerpt.text[start:end] for start, end in hit.excerpt.marks] == ["exe"]
    arabic = search_all_notes(library, "محمد").hits[0]
    assert [arabic.excerpt.text[start:end] for start, end in arabic.excerpt.marks] == ["محمد"]


def test_a_10000_character_note_shows_a_short_excerpt_around_the_match_and_keeps_it_whole(library):
    hit = next(hit for hit in search_all_notes(library, "spectrum").hits if hit.note_id == "b2")
    assert hit.text == LONG_NOTE
    assert len(hit.excerpt.text) <= 242
    assert hit.excerpt.text.startswith("…") and hit.excerpt.text.endswith("…")
    assert [hit.excerpt.text[start:end] for start, end in hit.excerpt.marks] == ["spectrum"]
    assert hit.full.text == LONG_NOTE
    assert [hit.full.text[start:end] for start, end in hit.full.marks] == ["spectrum"]


def test_line_breaks_show_as_a_sign_in_the_excerpt_and_stay_in_the_whole_note(library):
    library.save_note(Note("n-lines", "gamma", NOW, "First line\nsecond line with data"), now=NOW)
    hit = search_all_notes(library, "second").hits[0]
    assert hit.excerpt.text == "First line ⏎ second line with data"
    assert hit.full.text == "First line\nsecond line with data"
    assert [hit.full.text[start:end] for start, end in hit.full.marks] == ["second"]


def test_best_match_puts_the_note_most_about_the_words_first(library):
    result = search_all_notes(library, "data", order=SearchOrder.BEST)
    assert ids(result)[0] == "b3"  # "data data data privacy"
    assert ids(result)[-1] in {"g3", "a2"}  # a long note with "data" once comes late
    assert sorted(ids(result)) == sorted(ids(search_all_notes(library, "data")))
    assert result.ranked == result.total == 5


def test_best_match_ranks_only_the_newest_matches_when_there_are_too_many_and_says_so(library, monkeypatch):
    monkeypatch.setattr(note_search, "RANKED_AT_MOST", 2)
    result = search_all_notes(library, "data", order=SearchOrder.BEST)
    assert (result.total, result.ranked) == (5, 2)
    assert sorted(ids(result)) == ["g2", "g3"]  # the two written last
    assert not result.more


def test_a_page_at_a_time(library):
    first = search_all_notes(library, "data", limit=2)
    assert ids(first) == ["g3", "g2"] and first.more and first.total == 5
    assert ids(search_all_notes(library, "data", limit=4)) == ["g3", "g2", "b3", "a3"]
    assert ids(search_all_notes(library, "data", limit=0)) == ["g3"]  # at least one


def test_notes_added_edited_and_deleted_later_are_searched_as_they_are_now(library):
    library.save_note(Note("n-new", "alpha", NOW, "Zebra crossings"), now=NOW)
    assert ids(search_all_notes(library, "zebra")) == ["n-new"]
    library.save_note(Note("n-new", "alpha", NOW, "Giraffes"), now=NOW)
    assert ids(search_all_notes(library, "zebra")) == []
    assert search_all_notes(library, "giraffes").total == 1
    library.delete_note("n-new")
    assert ids(search_all_notes(library, "giraffes")) == []
    assert search_all_notes(library, "giraffes").total == 0  # the count of one word comes from the index's list
    assert ids(search_all_notes(library, "operators")) == []
    assert OPERATORS in [hit.text for hit in search_all_notes(library, "near").hits]


def test_a_start_shared_by_many_words_matches_them_all(library):
    for number in range(20):  # more words than are spelled out (EXACT_AT_MOST): searched as a prefix
        library.save_note(Note(f"n-{number}", "gamma", NOW, f"spectrumword{number} here"), now=NOW)
    assert search_all_notes(library, "spectrumw").total == 20
    assert search_all_notes(library, "spectrum").total == 24
    assert search_all_notes(library, "spectrumword1 here").total == 11  # 1, 10-19
    assert search_all_notes(library, "spectrumword19").total == 1


def test_in_an_event_matches_are_counted_up_to_the_bound_and_said_to_be_more(library, monkeypatch):
    monkeypatch.setattr(note_search, "RANKED_AT_MOST", 2)
    newest = search_all_notes(library, "data", event="IGF 2017")
    assert (newest.total, newest.more_than, ids(newest)) == (2, True, ["b3", "a3"])
    best = search_all_notes(library, "data", event="IGF 2017", order=SearchOrder.BEST)
    assert (best.total, best.ranked, best.more_than) == (2, 2, True)
    assert ids(best) == ["b3", "a3"]  # the best of the two newest: "data data data privacy" first
    few = search_all_notes(library, "spectrum", event="IGF 2017")
    assert (few.total, few.more_than) == (2, True)
    exact = search_all_notes(library, "auctions", event="IGF 2017")
    assert (exact.total, exact.more_than, ids(exact)) == (1, False, ["b1"])
    everywhere = search_all_notes(library, "data")
    assert (everywhere.total, everywhere.more_than) == (5, False)  # all sessions: counted exactly
