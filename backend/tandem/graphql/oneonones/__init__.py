"""1:1s, meetings and templates over GraphQL."""
