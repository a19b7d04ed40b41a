"""The rapporteur's stored work on the open session: edited report sections and attendance figures.

Each edit is a change like any other (``Part.REPORT``): one numbered commit, then told to listeners.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from moderator_app.domain.balance import Balance
from moderator_app.domain.changes import ATTENDANCE_ID, Part
from moderator_app.domain.clock import Instant
from moderator_app.domain.rapporteur import Attendance, StoredSection
from moderator_app.domain.text_merge import merge_text
from moderator_app.services.console_writer import SessionWriter
from moderator_app.storage.reports import ReportRepository
from moderator_app.system.clock import Clock

if TYPE_CHECKING:
    from moderator_app.reports.model import Report


def section_id(template: str, section: str) -> str:
    """The ``Part.REPORT`` id of an edited section (the attendance figures' is ATTENDANCE_ID)."""
    return f"{template}:{section}"


class ReportDrafts:
    """Builds the session's report and stores the rapporteur's edits of it."""

    def __init__(self, writer: SessionWriter, clock: Clock) -> None:
        self._writer = writer
        self._clock = clock
        self._stored = ReportRepository(writer.repository.db)

    def report(
        self,
        template_name: str,
        user_templates_dir: Path | None,
        now: Instant,
        *,
        balance: Balance | None = None,
        language: str | None = None,
    ) -> Report:
        """The report with that template, in ``language``; raises as services.reports.report_of."""
        from moderator_app.services.reports import report_of  # Jinja2 and the templates: only for a report

        return report_of(
            self._writer.snapshot,
            self._stored,
            template_name,
            user_templates_dir,
            now,
            balance=balance,
            language=language,
        )

    def sections(self, template: str) -> dict[str, StoredSection]:
        return self._stored.sections(self._writer.session_id, template)

    def attendance(self) -> Attendance:
        return self._stored.attendance(self._writer.session_id)

    def save_section_edit(
        self, report: Report, section_key: str, text: str, *, reviewed: bool = False, based_on: str | None = None
    ) -> str:
        """Store the rapporteur's text for a section, with the draft it was written against; return the
        text saved.

        ``based_on`` is the section's text as the caller last loaded or saved it (the window's). When
        the section holds another text now (a co-rapporteur's edit arrived from their laptop since),
        ``text`` is merged with it (domain/text_merge.py): what each typed is kept, and the merged
        text is what is saved and returned. Without ``based_on``, ``text`` is saved as it is.

        Text identical to the current draft is not an edit: any stored edit is dropped, so the section
        follows the session again (and cannot go stale). Typing in a section that is marked as changed
        since the last edit keeps that mark (the base draft stays the old one) until the rapporteur
        says they have seen the new material (``reviewed``) or takes the fresh draft.
        """
        section = report.section(section_key)
        template = report.template.name
        if section is None:
            raise KeyError(f"the template {template!r} has no section {section_key!r}")
        stored = self.sections(template).get(section_key)
        if based_on is not None:
            text = self._merged(section.generated_text, stored, based_on, text)
        if text.strip() == section.generated_text.strip():
            self.reset_section_edit(template, section_key)
            return text
        base = section.generated_text
        if stored is not None and section.stale and not reviewed:
            base = stored.generated_text
        session_id, now = self._writer.session_id, self._clock.now().wall
        self._writer.commit(
            lambda: self._stored.save_section(session_id, template, section_key, text, base, now=now),
            {Part.REPORT: {section_id(template, section_key)}},
        )
        return text

    @staticmethod
    def _merged(draft: str, stored: StoredSection | None, based_on: str, text: str) -> str:
        """``text`` typed against ``based_on``, merged with what the section holds now if that moved on.

        A section nobody has edited holds its draft; the window loaded it as the draft too (the same
        but for spaces at its ends counts as the draft, as when saving), so it has not moved on.
        """
        if stored is None:
            if based_on.strip() == draft.strip():
                return text
            return merge_text(based_on, text, draft)
        if based_on == stored.text:
            return text
        return merge_text(based_on, text, stored.text)

    def reset_section_edit(self, template: str, section_key: str) -> None:
        """Forget the rapporteur's text: the section shows the draft again."""
        if section_key not in self.sections(template):
            return
        session_id = self._writer.session_id
        self._writer.commit(
            lambda: self._stored.reset_section(session_id, template, section_key),
            {Part.REPORT: {section_id(template, section_key)}},
        )

    def save_attendance(self, attendance: Attendance) -> None:
        session_id, now = self._writer.session_id, self._clock.now().wall
        self._writer.commit(
            lambda: self._stored.save_attendance(session_id, attendance, now=now), {Part.REPORT: {ATTENDANCE_ID}}
        )
