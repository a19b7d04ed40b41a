"""Live sharing: one session kept in step between laptops (a pycrdt document and its link)."""
