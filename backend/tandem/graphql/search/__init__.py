"""Search across a 1:1."""
