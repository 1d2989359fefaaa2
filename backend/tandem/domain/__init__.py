"""Business rules and privacy, per area. Knows nothing of GraphQL or HTTP."""
