"""Role labels as IGF pages write them: "Speaker 1", "Co-Organizers", "Chair/Moderator", "Moderador"."""

from __future__ import annotations

import re

from moderator_app.domain.enums import Role
from moderator_app.importers.common import fold

_ROLE_PHRASES: dict[str, tuple[Role, ...]] = {}
for _phrase in (
    "speaker",
    "panelist",
    "panellist",
    "panel member",
    "key participant",
    "presenter",
    "lead discussant",
    "discussant",
    "respondent",
    "keynote speaker",
    "intervenant",
    "orateur",
    "ponente",
    "panelista",
    "orador",
    "oradora",
    "resource person",
    "invited speaker",
    "confirmed speaker",
    "additional speaker",
    "speakers provisionally confirmed",
    "proposed speaker",
    "lead participant",
    "participant",
):
    _ROLE_PHRASES[_phrase] = (Role.SPEAKER,)
for _phrase in (
    "moderator",
    "onsite moderator",
    "on site moderator",
    "in person moderator",
    "in presence moderator",
    "co moderator",
    "moderador",
    "moderadora",
    "moderateur",
    "moderatrice",
    "chair",
    "co chair",
    "session chair",
    "session moderator",
    "facilitator",
    "co facilitator",
    "host",
):
    _ROLE_PHRASES[_phrase] = (Role.MODERATOR,)
for _phrase in ("online moderator", "remote moderator", "moderador en linea", "moderateur en ligne"):
    _ROLE_PHRASES[_phrase] = (Role.ONLINE_MODERATOR,)
for _phrase in ("rapporteur", "note taker", "notetaker", "relator", "relatora", "reporter"):
    _ROLE_PHRASES[_phrase] = (Role.RAPPORTEUR,)
for _phrase in (
    "organizer",
    "organiser",
    "co organizer",
    "co organiser",
    "session organizer",
    "session organiser",
    "organizing team",
    "organising team",
    "organizador",
    "organisateur",
):
    _ROLE_PHRASES[_phrase] = (Role.ORGANIZER,)


def _singular_words(folded: str) -> str:
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in folded.split())


def roles_from_label(label: str) -> tuple[Role, ...] | None:
    """ "Speaker 1", "Co-Organizers", "Moderator and Organizer", "Moderador" → the roles; None if not a role label."""
    folded = re.sub(r"\s+\d{1,3}$", "", fold(label))
    # "List of speakers and their institutional affiliations" (the 2015 form), "Speakers for segment 1".
    folded = re.sub(r"^(?:list|names?) of\s+", "", folded)
    folded = re.sub(r"\s+(?:and|with) their (?:institutional )?affiliations?$", "", folded)
    folded = re.sub(r"\s+(?:for|of|in|during) (?:the )?(?:segment|part|session|panel|round|block|day)\b.*$", "", folded)
    roles: list[Role] = []
    for piece in re.split(r"\s+(?:and|y|et)\s+", folded):
        found = _ROLE_PHRASES.get(piece) or _ROLE_PHRASES.get(_singular_words(piece))
        if found is None:
            return None
        roles.extend(role for role in found if role not in roles)
    return tuple(roles) or None


def is_plural_label(label: str) -> bool:
    """ "Speakers", "Additional Speakers", "Key Participants": a heading over several names."""
    return any(word.endswith("s") and not word.endswith("ss") and len(word) > 3 for word in fold(label).split())
