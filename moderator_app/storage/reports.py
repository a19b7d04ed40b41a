"""The rapporteur's stored work: edited report sections and attendance figures, one commit per edit.

The rapporteur's text is cleaned on the way in (and on the way out, for rows stored before): NUL,
ESC, form feed, vertical tab and the other control characters but newline and tab never reach an
export, where they break XML (Word, ODT) or show as boxes.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from moderator_app.domain.rapporteur import Attendance, StoredSection
from moderator_app.domain.text import clean_block
from moderator_app.storage.errors import write_transaction

if TYPE_CHECKING:
    from moderator_app.storage.connection import AppDatabase


class ReportRepository:
    """Reads and writes report_sections and report_attendance (migration 0003)."""

    def __init__(self, db: AppDatabase) -> None:
        self.db = db

    def sections(self, session_id: str, template: str) -> dict[str, StoredSection]:
        rows = self.db.execute(
            "SELECT section, text, generated_text FROM report_sections WHERE session_id = ? AND template = ?",
            [session_id, template],
        ).fetchall()
        return {row[0]: StoredSection(clean_block(row[1], keep_tabs=True), row[2]) for row in rows}

    def save_section(
        self, session_id: str, template: str, section: str, text: str, generated_text: str, *, now: datetime
    ) -> None:
        """Store the rapporteur's text with the draft it was based on (to tell later what changed)."""
        with write_transaction(self.db):
            self.db.upsert(
                "report_sections",
                [
                    {
                        "session_id": session_id,
                        "template": template,
                        "section": section,
                        "text": clean_block(text, keep_tabs=True),
                        "generated_text": generated_text,
                        "updated_at": now.isoformat(),
                    }
                ],
                key=("session_id", "template", "section"),
            )

    def reset_section(self, session_id: str, template: str, section: str) -> None:
        """Drop the rapporteur's text so the section follows the session again."""
        with write_transaction(self.db):
            self.db.execute(
                "DELETE FROM report_sections WHERE session_id = ? AND template = ? AND section = ?",
                [session_id, template, section],
            )

    def attendance(self, session_id: str) -> Attendance:
        row = self.db.execute(
            "SELECT participants_onsite, participants_online, women, gender_extent, gender_summary "
            "FROM report_attendance WHERE session_id = ?",
            [session_id],
        ).fetchone()
        if not row:
            return Attendance()
        onsite, online, women, extent, summary = row
        return Attendance(onsite, online, women, extent, clean_block(summary, keep_tabs=True))

    def save_attendance(self, session_id: str, attendance: Attendance, *, now: datetime) -> None:
        """Store the figures; figures all cleared are no row at all, as before any were typed, so
        every laptop sharing the session holds the same rows whichever way the figures went."""
        if attendance == Attendance():
            with write_transaction(self.db):
                self.db.execute("DELETE FROM report_attendance WHERE session_id = ?", [session_id])
            return
        with write_transaction(self.db):
            self.db.upsert(
                "report_attendance",
                [
                    {
                        "session_id": session_id,
                        "participants_onsite": attendance.participants_onsite,
                        "participants_online": attendance.participants_online,
                        "women": attendance.women,
                        "gender_extent": attendance.gender_extent,
                        "gender_summary": clean_block(attendance.gender_summary, keep_tabs=True),
                        "updated_at": now.isoformat(),
                    }
                ],
                key="session_id",
            )
