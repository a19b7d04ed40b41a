"""Pure domain model: no Qt, no SQL, no I/O, no clock reads."""
