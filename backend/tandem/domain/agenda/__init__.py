"""The shared agenda: each meeting's CRDT document, its update log, and the talking-point
projection."""
