"""Full-text search across a 1:1's history."""
