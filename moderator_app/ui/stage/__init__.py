"""The speaker-facing stage display: a second window that mirrors the console's timer."""
