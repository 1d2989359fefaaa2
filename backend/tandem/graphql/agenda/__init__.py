"""The shared agenda over GraphQL: Yjs sync, and plain talking-point mutations."""
