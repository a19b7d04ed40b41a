"""Session details offer only the years a session can have (1900–2200, domain/limits.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QDate

from moderator_app.domain.limits import MAX_YEAR, MIN_YEAR
from moderator_app.domain.session import clean_session
from moderator_app.domain.text import ValidationError
from moderator_app.ui.common.errors import error_text
from moderator_app.ui.dialogs.session_dialog import SessionDialog


def test_the_date_field_stops_at_the_first_and_last_supported_years(qtbot, console):
    dialog = SessionDialog(console.session, list(console.snapshot.segments))
    qtbot.addWidget(dialog)
    assert dialog.date_edit.minimumDate() == QDate(MIN_YEAR, 1, 1)
    assert dialog.date_edit.maximumDate() == QDate(MAX_YEAR, 12, 31)
    dialog.has_date.setChecked(True)
    dialog.date_edit.setDate(QDate(9999, 12, 31))
    assert dialog.date_edit.date() == QDate(MAX_YEAR, 12, 31)
    dialog.date_edit.setDate(QDate(1, 1, 1))
    assert dialog.date_edit.date() == QDate(MIN_YEAR, 1, 1)
    dialog.accept()
    assert dialog.session is not None and dialog.session.date == date(MIN_YEAR, 1, 1)


@pytest.mark.parametrize("year", [1, MIN_YEAR - 1, MAX_YEAR + 1, 9999])
def test_a_session_dated_outside_the_years_is_refused_naming_the_date(console, year):
    with pytest.raises(ValidationError) as caught:
        clean_session(replace(console.session, date=date(year, 1, 1)))
    assert error_text(caught.value) == f"Date: the year {year} is outside 1900–2200, the dates a session can have."
