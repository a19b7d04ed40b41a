"""The French and Spanish wording: typography, grammar slips found by a native reader, words left in English."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"

#: Words the same in English and the language (cognates, units, symbols): everything else is translated.
SAME_AS_ENGLISH = {
    "es": {
        " min",
        " s",
        "%1 h %2 min",
        "%1 min %2 s",
        "%1 s",
        "+30 s",
        "−30 s",
        "Academia",
        "Roles",
        "Roles:",
        # Names of file formats, the same in every language.
        "Markdown",
        "PDF",
        "Word",
    },
    "fr": {
        # Names of file formats, the same in every language.
        "Markdown",
        "PDF",
        "Word",
        " min",
        " s",
        "%1 (%2 interventions, %3 notes)",
        "%1 h %2 min",
        "%1 min %2 s",
        "%1 s",
        "&Notes",
        "&Pause",
        "&Session",
        "+30 s",
        "−30 s",
        "Action",
        "Affiliation",
        "Contingents — ",
        "Date",
        "Description",
        "Format",
        "Intervention",
        "Interventions",
        "Licence",
        "Menu",
        "Note",
        "Notes",
        "Participant",
        "Question",
        "rapporteur",
        "Rapporteur",
        "Segment",
        "Session",
        "Session %1",
        "Sessions",
        "Version",
        "Version %1",
    },
}


def _messages(language: str) -> list[tuple[str, str, str]]:
    """(context, source, translation) for every message; a plural's forms joined by " | "."""
    root = ET.parse(TRANSLATIONS / f"moderator_app_{language}.ts").getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.findall("numerusform")]
            found.append((name, message.findtext("source") or "", " | ".join(forms) or translation.text or ""))
    return found


def test_french_puts_a_no_break_space_before_double_punctuation():
    # A plain space there lets the line break before ";", ":", "?" or "!", which French never does.
    wrong = [text for _c, _s, text in _messages("fr") if re.search(r" [;:?!]", text)]
    assert wrong == []


def test_spanish_por_que_asks_a_question():
    # "Por qué" opening a label means "why": "What the bars group by" came out as "Why the bars group".
    wrong = [text for _c, _s, text in _messages("es") if text.startswith("Por qué")]
    assert wrong == []


@pytest.mark.parametrize(
    ("language", "source", "translation"),
    [
        # Agreement: the sleep ("la veille") is taken off and counted, feminine singular.
        (
            "fr",
            "%1 of sleep taken off %2's speaking time (it counts as paused).",
            "Veille de %1 retirée du temps de parole de %2 (comptée comme pause).",
        ),
        # Under the timer: noun phrases, not a bare participle ("parlé 1:40", "hablado 1:40").
        ("fr", "spoken %1", "%1 de parole"),
        ("es", "spoken %1", "%1 de palabra"),
        ("fr", "%1 allotted", "temps alloué %1"),
        # The spin box says "aucun": the explanation names it as it is shown.
        (
            "fr",
            "Minutes of speaking time this group may use in the session; none means no contingent",
            "Minutes de temps de parole que ce groupe peut utiliser dans la session\u00a0; "
            "«\u00a0aucun\u00a0» signifie qu'il n'a pas de contingent",
        ),
        (
            "fr",
            "What the bars group by: person, stakeholder group, gender, region or attendance",
            "Critère de regroupement des barres\u00a0: "
            "personne, groupe de parties prenantes, genre, région ou modalité",
        ),
    ],
)
def test_the_slips_a_native_reader_found_stay_fixed(language, source, translation):
    assert translation in {text for _c, src, text in _messages(language) if src == source}


@pytest.mark.parametrize("language", sorted(SAME_AS_ENGLISH))
def test_only_known_cognates_are_left_as_in_english(language):
    same = {source for _c, source, text in _messages(language) if text == source and " | " not in text}
    same -= {"moderator-app", "→ %1"}  # the app's name and a bare arrow
    assert same == SAME_AS_ENGLISH[language]
