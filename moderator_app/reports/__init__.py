"""The rapporteur's report: model, templates, and renderers (Markdown, HTML, PDF, DOCX, ODT)."""
