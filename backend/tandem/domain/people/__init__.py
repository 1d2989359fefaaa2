"""People and the org chart."""
