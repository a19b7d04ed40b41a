"""The rapporteur's report window: sections, attendance, templates and export."""
