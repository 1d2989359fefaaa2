"""Comments and replies."""
