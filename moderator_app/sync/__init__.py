"""Live sharing without the network: a session as a CRDT document, kept in step with the library."""
