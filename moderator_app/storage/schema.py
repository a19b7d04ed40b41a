"""What a library with every migration of storage/migrations.py applied holds, and which tables hold what.

Kept apart from the migrations, which are the one list of changes: this is the result they add up to.
"""

from __future__ import annotations

#: What a library with every migration applied holds: each table with its columns, and the
#: indexes and triggers. The start-up check (storage/integrity.py) compares a library with it, so
#: a table, column, index or trigger lost to damage (or to another program) is found before the
#: app relies on it. tests/storage/test_schema_check.py keeps it equal to what the migrations make.
EXPECTED_TABLES: dict[str, tuple[str, ...]] = {
    "_sqlite_migrations": ("id", "migration_set", "name", "applied_at"),
    "app_state": ("key", "value"),
    "contingents": ("session_id", "stakeholder_group", "budget_seconds", "added_seconds"),
    "interventions": (
        "id", "session_id", "participant_id", "segment_id", "kind", "allotted_seconds", "state", "started_at",
        "ended_at", "banked_speaking_seconds", "banked_paused_seconds", "pause_count", "anchor_wall",
        "anchor_mono", "anchor_boot", "updated_at",
    ),
    "notes": (
        "id", "session_id", "created_at", "text", "tags", "intervention_id", "participant_id", "segment_id",
        "updated_at",
    ),
    "notes_fts": ("text", "session_key"),
    "notes_fts_config": ("k", "v"),
    "notes_fts_data": ("id", "block"),
    "notes_fts_docsize": ("id", "sz"),
    "notes_fts_idx": ("segid", "term", "pgno"),
    "participants": (
        "id", "session_id", "position", "name", "affiliation", "stakeholder_group", "gender", "country", "region",
        "roles", "attendance", "updated_at",
    ),
    "queue_entries": (
        "id", "session_id", "participant_id", "position", "kind", "added_at", "channel", "platform", "text",
        "updated_at",
    ),
    "report_attendance": (
        "session_id", "participants_onsite", "participants_online", "women", "gender_extent", "gender_summary",
        "updated_at",
    ),
    "report_sections": ("session_id", "template", "section", "text", "generated_text", "updated_at"),
    "segments": (
        "id", "session_id", "position", "title", "planned_minutes", "default_allotted_seconds", "remote_queue",
        "updated_at",
    ),
    "sessions": (
        "id", "title", "date", "start_time", "timezone", "venue", "format", "planned_minutes", "description", "tags",
        "organisers", "default_allotted_seconds", "warning_seconds", "started_wall", "started_mono", "started_boot",
        "ended_at", "current_segment_id", "segment_started_wall", "segment_started_mono", "segment_started_boot",
        "created_at", "updated_at", "balance_reference", "suggestion_priorities", "queue_updated_at",
        "remote_queue_updated_at", "event", "session_code", "session_type",
    ),
    "sync_updates": ("session_id", "seq", "payload"),
}  # fmt: skip
EXPECTED_INDEXES: tuple[str, ...] = (
    "idx__sqlite_migrations_migration_set_name",
    "interventions_participant",
    "interventions_session",
    "notes_session",
    "participants_session",
    "queue_session",
    "segments_session",
    "sessions_event",
)
EXPECTED_TRIGGERS: tuple[str, ...] = ("notes_ad", "notes_ai", "notes_au")

#: The tables that hold a session's data, each with an ``updated_at`` stamp (backups compare them).
STAMPED_TABLES: tuple[str, ...] = (
    "sessions",
    "participants",
    "segments",
    "interventions",
    "queue_entries",
    "notes",
    "report_sections",
    "report_attendance",
)
#: The small tables without a stamp: a backup hashes them whole.
HASHED_TABLES: tuple[str, ...] = ("contingents", "app_state")
