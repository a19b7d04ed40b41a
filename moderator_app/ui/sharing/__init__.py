"""The window's side of live sharing: Share this session… and Join a shared session… (docs/sharing.md)."""
