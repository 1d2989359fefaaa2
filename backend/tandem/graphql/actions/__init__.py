"""Action items."""
