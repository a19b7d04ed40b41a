"""The console's and the domain's messages in the interface language.

The Qt-free layers raise ``ValidationError(template, **params)`` in plain English. Their templates are
listed here (so lupdate extracts them under the context "errors"); ``error_text`` translates the
template and puts the values back, numbers in the interface locale. tests/unit/test_translations.py
fails when a template raised in those layers is missing from this list.
"""

# ruff: noqa: E501
from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from moderator_app.domain.text import ValidationError

CONTEXT = "errors"

#: Every template the console and the domain raise (checked by a test).
TEMPLATES = (
    QT_TRANSLATE_NOOP("errors", "That participant is no longer on the roster."),
    QT_TRANSLATE_NOOP("errors", "The session has not ended."),
    QT_TRANSLATE_NOOP("errors", "The queue is empty, so there is nobody to suggest."),
    QT_TRANSLATE_NOOP("errors", "Each stakeholder group can have only one contingent."),
    QT_TRANSLATE_NOOP("errors", "That stakeholder group has no contingent; set one in Balance settings first."),
    QT_TRANSLATE_NOOP(
        "errors",
        "{name} has {spoken} recorded intervention(s), which would be lost; they stay on the roster. Edit their details instead.",
    ),
    QT_TRANSLATE_NOOP("errors", "The session has ended; reopen it with Session → Resume ended session to continue."),
    QT_TRANSLATE_NOOP("errors", "The queue is empty: add someone to it first (A), or give the floor from the roster."),
    QT_TRANSLATE_NOOP("errors", "Nobody has the floor right now: call the next speaker first (N)."),
    QT_TRANSLATE_NOOP(
        "errors",
        "The segment “{title}” has interventions recorded in it and cannot be removed; rename it instead. Nothing was changed.",
    ),
    QT_TRANSLATE_NOOP("errors", "'{reference}' is not a reference set; use one of: {allowed}."),
    QT_TRANSLATE_NOOP("errors", "Nothing to undo in the notes."),
    QT_TRANSLATE_NOOP("errors", "That note is no longer there; it may have been deleted."),
    QT_TRANSLATE_NOOP("errors", "That link points to something no longer in this session."),
    QT_TRANSLATE_NOOP("errors", "The remote queue is empty."),
    QT_TRANSLATE_NOOP("errors", "Type the remote participant's name, or pick someone from the roster."),
    QT_TRANSLATE_NOOP("errors", "The session is already running."),
    QT_TRANSLATE_NOOP("errors", "The session has ended; use Session → Resume ended session to carry on."),
    QT_TRANSLATE_NOOP("errors", "The session has not started yet."),
    QT_TRANSLATE_NOOP("errors", "The session has already ended."),
    QT_TRANSLATE_NOOP("errors", "This session has no agenda segments; add some in Edit → Session details and agenda."),
    QT_TRANSLATE_NOOP("errors", "“{title}” is the last segment of the agenda."),
    QT_TRANSLATE_NOOP("errors", "Tag '{value}' is not known; use one of: {allowed}."),
    QT_TRANSLATE_NOOP("errors", "That queue entry is no longer in the queue; it may have been withdrawn."),
    QT_TRANSLATE_NOOP("errors", "Nothing to undo in the queue."),
    QT_TRANSLATE_NOOP("errors", "Nothing to redo in the queue."),
    QT_TRANSLATE_NOOP(
        "errors", "{who} is already in the queue at position {position}; move that entry instead of adding another."
    ),
    QT_TRANSLATE_NOOP("errors", "Country '{value}' is not a two-letter ISO 3166-1 code (for example CH, BR, KE)."),
    QT_TRANSLATE_NOOP("errors", "Planned duration must be between 1 and 1440 minutes."),
    QT_TRANSLATE_NOOP("errors", "Default speaking time must be between 10 seconds and 60 minutes."),
    QT_TRANSLATE_NOOP("errors", "Warning time must be between 0 and 600 seconds."),
    QT_TRANSLATE_NOOP("errors", "{label}: the year {year} is outside {low}–{high}, the dates a session can have."),
    QT_TRANSLATE_NOOP(
        "errors", "The session would have {count:,} people; a session can have at most {limit:,}. Nothing was imported."
    ),
    QT_TRANSLATE_NOOP("errors", "A segment's planned minutes must be between 0 and 1440."),
    QT_TRANSLATE_NOOP("errors", "A segment's speaking time must be between 10 seconds and 60 minutes."),
    QT_TRANSLATE_NOOP("errors", "{label} '{value}' is not known; use one of: {allowed}."),
    QT_TRANSLATE_NOOP("errors", "Role '{value}' is not known; use one of: {allowed}."),
    QT_TRANSLATE_NOOP("errors", "A contingent's budget must be between 0 and 1440 minutes."),
    QT_TRANSLATE_NOOP("errors", "Added time must stay within ±1440 minutes."),
    QT_TRANSLATE_NOOP("errors", "'{priority}' cannot steer the suggestion; use one of: {allowed}."),
    QT_TRANSLATE_NOOP("errors", "{label} is required: type at least one character."),
    QT_TRANSLATE_NOOP("errors", "{label} is too long ({length:,} characters); shorten it to at most {maximum:,}."),
    QT_TRANSLATE_NOOP("errors", "The timer is not running, so it cannot be paused."),
    QT_TRANSLATE_NOOP("errors", "The timer is not paused, so it cannot be resumed."),
    QT_TRANSLATE_NOOP("errors", "This intervention has already ended."),
    QT_TRANSLATE_NOOP("errors", "Allotted time must be between 0 seconds and 4 hours."),
    QT_TRANSLATE_NOOP("errors", "That sleep gap is not recorded in this session."),
    QT_TRANSLATE_NOOP("errors", "Nothing to undo: this sleep gap has not been decided yet."),
    QT_TRANSLATE_NOOP("errors", "This sleep gap has already been decided; Undo first to change the decision."),
    QT_TRANSLATE_NOOP("errors", "The turn this sleep happened in is no longer in the session. Nothing was changed."),
    QT_TRANSLATE_NOOP("errors", "There is no sleep time to take off."),
    QT_TRANSLATE_NOOP(
        "errors",
        "The sleep time is longer than this turn's speaking time, so it cannot be taken off. Nothing was changed.",
    ),
    QT_TRANSLATE_NOOP("errors", "There is no sleep time to put back."),
)

#: The field names the domain puts in its messages as ``{label}``.
FIELD_LABELS = (
    QT_TRANSLATE_NOOP("errors", "Platform"),
    QT_TRANSLATE_NOOP("errors", "Text"),
    QT_TRANSLATE_NOOP("errors", "Note"),
    QT_TRANSLATE_NOOP("errors", "Name"),
    QT_TRANSLATE_NOOP("errors", "Affiliation"),
    QT_TRANSLATE_NOOP("errors", "Attendance"),
    QT_TRANSLATE_NOOP("errors", "Stakeholder group"),
    QT_TRANSLATE_NOOP("errors", "Gender"),
    QT_TRANSLATE_NOOP("errors", "Title"),
    QT_TRANSLATE_NOOP("errors", "Venue"),
    QT_TRANSLATE_NOOP("errors", "Format"),
    QT_TRANSLATE_NOOP("errors", "Time zone"),
    QT_TRANSLATE_NOOP("errors", "Event"),
    QT_TRANSLATE_NOOP("errors", "Description"),
    QT_TRANSLATE_NOOP("errors", "Tag"),
    QT_TRANSLATE_NOOP("errors", "Organiser"),
    QT_TRANSLATE_NOOP("errors", "Segment title"),
    QT_TRANSLATE_NOOP("errors", "Date"),
)

_FIELD = re.compile(r"\{(\w+)(?::[^{}]*)?\}")


def _value_text(name: str, value: object, locale: QLocale) -> str:
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return locale.toString(value)
    if name == "label" and isinstance(value, str):
        return QCoreApplication.translate(CONTEXT, value)
    return str(value)


def fill(template: str, params: dict[str, object], locale: QLocale | None = None) -> str:
    """``template`` with each ``{name}`` (or ``{name:,}``) replaced by its value; unknown fields stay as typed."""
    locale = locale if locale is not None else QLocale()

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        return _value_text(name, params[name], locale) if name in params else match.group(0)

    return _FIELD.sub(replace, template)


def error_text(error: BaseException) -> str:
    """What to show the moderator for ``error``: translated when it is one of the known messages."""
    if isinstance(error, ValidationError):
        return fill(QCoreApplication.translate(CONTEXT, error.template), error.params)
    return str(error)
