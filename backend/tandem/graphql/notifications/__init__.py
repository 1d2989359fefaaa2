"""Notifications, preferences and the calendar feed over GraphQL."""
