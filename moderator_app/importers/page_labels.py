"""How an IGF page labels its lines: the form's fields, the sections read past, the site's furniture."""

from __future__ import annotations

import re

from moderator_app.importers.common import fold
from moderator_app.importers.role_labels import roles_from_label

FIELDS = {
    "title": "title",
    "session title": "title",
    "proposer s name": "proposer",
    "proposer name": "proposer",
    "proposer": "proposer",
    "proposer s organization": "proposer_org",
    "proposer s organisation": "proposer_org",
    "proposer organization": "proposer_org",
    "proposer organisation": "proposer_org",
    "co proposer s name": "co_proposer",
    "co proposer name": "co_proposer",
    "co proposer": "co_proposer",
    "co proposer s organization": "co_proposer_org",
    "co proposer s organisation": "co_proposer_org",
    "co proposer organization": "co_proposer_org",
    "co proposer organisation": "co_proposer_org",
    "session format": "format",
    "format": "format",
    "country": "country",
    "stakeholder group": "group",
    "tags": "tags",
    "tag": "tags",
    "content of the session": "description",
    "description": "description",
    "session description": "description",
    "duration": "minutes",
    "duration minutes": "minutes",
    "session duration": "minutes",
    "length": "minutes",
    "name": "person",
    "full name": "person",
    "speaker name": "person",
    "organization": "block_affiliation",
    "organisation": "block_affiliation",
    "institution": "block_affiliation",
    "organizational affiliation": "block_affiliation",
    "organisational affiliation": "block_affiliation",
    "affiliation": "block_affiliation",
    "stakeholder": "block_group",
    "regional group": "block_region",
    "un regional group": "block_region",
    "region": "block_region",
    "session type": "type",
    "venue": "venue",
    "time": "time",
    "session time": "time",
    "location": "venue",
    "room": "venue",
    "type of session": "type",
}
# Free-text sections of the IGF forms that a session does not keep: read past, never reported.
IGNORED_SECTIONS = {
    "relevance of the session",
    "online participation",
    "discussion facilitation",
    "conducted a workshop in igf before",
    "link to report",
    "background paper",
    "agenda",
    "session agenda",
    "interventions",
    "diversity",
    "related sessions",
    "additional reference document link",
    "policy questions",
    "policy question",
    "policy question s",
    "expected outcomes",
    "relevance to theme",
    "relevance to internet governance",
    "format description",
    "theme",
    "subtheme",
    "sub theme",
    "subthemes",
    "track",
    "issues",
    "sdgs",
    "targets",
    "key takeaways",
    "call to action",
    "session report",
    "onsite participation",
    "online participation details",
    "session objectives",
    "session outline",
    "speakers bio",
    "social media",
    "connections with other sessions",
    "desired results objectives",
    "reference document",
    "about this session",
    "short title",
    "sub theme description",
    "subtheme description",
}
# Page furniture of the IGF site and of its yearly schedule site: no fact of the session.
CHROME = re.compile(
    r"^(?:loading…?|loading\.\.\.|venue map|you are here|show on landing page|about this session|"
    r"sign up or log in.*|welcome to (?:the )?igf.*|this event has ended.*|.*\[clear filter\]|"
    r"this is now a legacy site.*|read more\s*→?|back to (?:the )?(?:list|schedule).*|share|print|"
    r"\[pdf version\]|more info about me.*|add to my schedule.*|join here.*|session|organi[sz]ation['’]?s? website|"
    r"time|room|date|theme)$",
    re.I,
)
LABEL = re.compile(r"^([^\W\d_][\w '’\-/?()&.,]{0,80}?)\s*:\s*(.*)$")
# "- Title: …", "• Speakers:": a list's bullet before a line of the page.
LIST_MARK = re.compile(r"^[-–—•·●○■□➢*▪◦►]\s+")
PARENTHESES = re.compile(r"\([^()]*\)")
# "IGF2016", "IGF 2023": the forum's year, which a schedule's day headings leave out.
FORUM_YEAR = re.compile(r"\bIGF\s?(20\d\d)\b")
# A heading that introduces the panel in words: "We've got a great panel lined up:".
PANEL_WORDS = frozenset({"panel", "panelists", "panellists", "speakers"})


def label_of(line: str) -> tuple[re.Match[str] | None, str, str]:
    """(match, label, label for roles) of "Label: value"; a label is a few words, not "Name - Org - Group: X".

    Notes in parentheses are dropped ("Organizer(s)", "Theme (as listed here)"); for roles, a slash is
    an "and" ("Chair/Moderator").
    """
    match = LABEL.match(line)
    raw = PARENTHESES.sub(" ", match.group(1) if match else line)
    if match and (re.search(r"\s[-–—]\s|,", raw) or not raw.strip()):
        head = re.split(r"\s[-–—]\s", raw, maxsplit=1)[0]
        if "," not in head and roles_from_label(head):
            raw = head  # "Moderator - Debate/Timekeeper: Ana Silva": the role, then what it covers
        else:
            match, raw = None, PARENTHESES.sub(" ", line)
    if not raw.strip():
        raw = line
    return match, fold(raw), fold(raw.replace("/", " and "))


# "Moderator: Ana Silva, Org Speakers: Ken Mori, … Rapporteur: Li Wei": role labels run together on one line.
_INLINE_ROLE_LABEL = re.compile(
    r"\s(?=(?:(?:Onsite|Online|Remote|Co-?)\s*)?(?:Moderators?|Speakers?|Panell?ists?|Rapporteurs?|Organi[sz]ers?"
    r"|Chairs?|Discussants?)\s*:\s*\S)"
)


def inline_labels(line: str) -> list[str]:
    """The line cut before each role label after the first, when it starts with one; else the line."""
    if len(line) > 5000:
        return [line]
    match = LABEL.match(line)
    if match is None or not roles_from_label(label_of(line)[2]):
        return [line]
    cuts = [
        m.start()
        for m in _INLINE_ROLE_LABEL.finditer(line)
        # "Moderator and Organizer:", "Onsite Moderator:": one label, not two.
        if not re.search(
            r"(?:\band|&|/|,|\bonsite|\bon-site|\bonline|\bremote|\bco-?|\bsession)\s*$", line[: m.start() + 1], re.I
        )
    ]
    parts = [line[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(line)], strict=True)]
    return [part for part in parts if part] or [line]
