"""In-app notifications, each person's choices, reminders and the calendar feed token."""
