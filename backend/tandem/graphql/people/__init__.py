"""People and the org chart over GraphQL."""
