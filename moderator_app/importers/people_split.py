"""Several people on one line of an IGF page: lists, run-together copies, names in capitals before a dash."""

from __future__ import annotations

import re

from moderator_app.importers.common import default_country_names, fold, region_from
from moderator_app.importers.igf_people import (
    FACT_DASH,
    NAME_NOTE,
    NOT_NAME_WORDS,
    OTHER_PLACES,
    PARTICLES,
    is_name_like,
    split_top_level,
    strip_bullet,
)


def split_people(text: str, *, in_role: bool = False, plural: bool = False) -> list[str]:
    """Several people on one line → one text each; a line with one person → [line].

    Handles "[email protected]" (an address hidden by the site) between people, "A, org - B, org"
    and "Label - Name, Name" (a list of names after a label).
    """
    chunks = [c.strip() for c in re.split(r"\[email(?:&#160;|\s)protected\]", text) if c.strip()]
    if len(chunks) > 1:
        return chunks
    # "Ana Silva, ISOC; Ken Mori, UNECA": people apart by semicolons.
    chunks = [c.strip() for c in text.split(";") if c.strip(" .")]
    if len(chunks) > 1 and all(is_name_like(strip_bullet(split_top_level(c)[0])) for c in chunks):
        return [c.rstrip(".") for c in chunks]
    # "Agustina Callegari and Radhika Radhakrishnan", "Ana Silva, Ken Mori and Li Wei".
    if re.search(r"\s(?:and|&)\s", text):
        names = [n.strip() for n in re.split(r",|\s+(?:and|&)\s+", text.rstrip(", ")) if n.strip()]
        if len(names) >= 2 and all(is_name_like(NAME_NOTE.sub("", n)) for n in names):
            return names
    segments = [s.strip() for s in re.split(r"\s+[-–—]\s+", text) if s.strip()]
    if len(segments) > 1 and all(is_name_like(split_top_level(s)[0]) and "," in s for s in segments):
        return segments
    if len(segments) == 2 and not is_name_like(segments[0]) and not is_name_like(segments[0], lenient=True):
        names = split_top_level(segments[1])
        if len(names) >= 1 and all(is_name_like(NAME_NOTE.sub("", n)) for n in names):
            return names
    # "A B, C D" is a person and an organisation as often as two people: a list needs three names,
    # or a note after each name ("Yui Sato (main), Ken Mori (sub)").
    names = [n for n in split_top_level(text.rstrip(", ")) if n]
    noted = all(NAME_NOTE.search(n) for n in names)
    if (
        (len(names) >= 3 or noted or plural)
        and len(names) >= 2
        and all(is_name_like(NAME_NOTE.sub("", n), short_capitals_ok=in_role) for n in names)
    ):
        return names
    # "Ana Silva, Org - Civil Society, WEOG - onsite moderator Ken Mori, Org - …": each person's facts
    # end with how they take part, and the next name follows.
    pieces = _SITED_PERSON_END.split(text)  # text, how they take part, text, …
    if len(pieces) >= 3:
        chunks = [" ".join(pieces[i : i + 2]) for i in range(0, len(pieces), 2)]
        if all(is_name_like(split_top_level(c)[0]) for c in chunks):
            return [c.strip() for c in chunks]
    # "● Ana Silva, Org, Civil Society ● Ken Mori, Org": bullets that the copy ran together.
    bulleted = [c.strip() for c in _INLINE_BULLET.split(text) if c.strip()]
    if len(bulleted) >= 2 and all(is_name_like(strip_bullet(split_top_level(c)[0])) for c in bulleted):
        return bulleted
    capitals = _capitals_then_dash(text)
    if capitals is not None:
        return capitals
    run_on = _run_on_people(text)
    if run_on is not None:
        return run_on
    return [text]


# The end of one person's facts before the next person's name: "… - onsite moderator Eva Lopez, …".
_SITED_PERSON_END = re.compile(
    r"(?<=\s[-–—]\s)((?:onsite|online|remote|in person)(?:\s+moderator)?|rapporteur,\s*(?:onsite|online))\s+"
    r"(?=[^\W\d_][^,]{1,60},)",
    re.I,
)


# "ANNE CARBLANC — Head, … BENEDICTO FONSECA FILHO — Director, …": names in capitals, each before a dash.
_CAPITALS_DASH = re.compile(r"(?<![\w'’])([A-ZÀ-Þ][A-ZÀ-Þ'’.\-]+(?:\s+[A-ZÀ-Þ][A-ZÀ-Þ'’.\-]+){1,4})\s+[—–-]\s+")
_INLINE_BULLET = re.compile(r"\s[●•▪◦■]\s")
# Words after which a capitalised pair is part of an organisation's name, not a new person.
_CONNECTORS = frozenset("at of for in and the de del da do du des la le von van with on by to from &".split())


def _capitals_then_dash(text: str) -> list[str] | None:
    marks = [m for m in _CAPITALS_DASH.finditer(text) if is_name_like(m.group(1), short_capitals_ok=True)]
    if len(marks) < 2:
        return None
    chunks = []
    for index, mark in enumerate(marks):
        end = marks[index + 1].start() if index + 1 < len(marks) else len(text)
        position = text[mark.end() : end].strip(" ,;")
        chunks.append(f"{mark.group(1)}, {position}" if position else mark.group(1))
    return chunks


def _trailing_name(words: list[str]) -> int:
    """How many of the last words are the next person's name (2 or 3, with an initial or particle before), else 0."""
    for size in (2, 3):
        if len(words) <= size:
            continue
        name, before = words[-size:], words[-size - 1]
        if fold(before) in _CONNECTORS or before in ("-", "–", "—", "|") or not is_name_like(" ".join(name)):
            continue  # "Partner at Baker McKenzie", "Insafe - Civil Societ": part of the same person's facts
        if any(fold(w) in NOT_NAME_WORDS or w.isupper() or _is_place_name(w) for w in name):
            continue
        if size == 2 and len(words) > 3 and (re.fullmatch(r"[A-Z]\.", before) or fold(before) in PARTICLES):
            size, before = 3, words[-4]  # "G. Anthony Giannoumis", "Carlos de Souza"
            if fold(before) in _CONNECTORS:
                continue
        return size
    return 0


def _run_on_people(text: str) -> list[str] | None:
    """ "Lidia Best, WEOG Peter Crosbie, DCAD co-Coordinator, WEOG Judith Hellerstein, …": a copy that lost the
    line breaks between people. Each comma-part inside ends with the next person's name; None when not so."""
    if len(text) < 60:
        return None
    # "Ana Silva- Org - African Group Ken Mori -Org": with no comma at all, the dashes separate the facts.
    parts = split_top_level(text if "," in text else FACT_DASH.sub(", ", text))
    if len(parts) < 3 or not is_name_like(strip_bullet(parts[0])):
        return None
    chunks: list[list[str]] = [[parts[0]]]
    for part in parts[1:]:
        words = part.split()
        size = _trailing_name(words)
        if size and not _is_place_name(" ".join(words[-size:])):
            chunks[-1].append(" ".join(words[:-size]))
            chunks.append([" ".join(words[-size:])])
        else:
            chunks[-1].append(part)
    if len(chunks) < 2 or any(len(chunk) < 2 for chunk in chunks[:-1]):
        return None
    return [", ".join(chunk) for chunk in chunks]


def _is_place_name(text: str) -> bool:
    """ "Asia Pacific", "South Africa": a place, never a person's name in a run-on line."""
    if region_from(text) is not None or fold(text) in OTHER_PLACES:
        return True
    return default_country_names().code_for(text) is not None


def people_list_after_label(text: str) -> list[str] | None:
    """ "2016 IGF BPF IPv6 - Izumi Okutani, Sumon A. Sabir" → the names; None when the line is not that."""
    segments = [s.strip() for s in re.split(r"\s+[-–—]\s+", text, maxsplit=1)]
    if len(segments) != 2 or is_name_like(segments[0], lenient=True):
        return None
    names = split_top_level(segments[1])
    if names and all(is_name_like(NAME_NOTE.sub("", n)) for n in names):
        return names
    return None
