"""HTTP endpoints beside GraphQL."""
