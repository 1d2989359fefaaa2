"""Recurring 1:1s: series, meetings, templates."""
