"""Database access: the models' base, the engine and units of work."""
