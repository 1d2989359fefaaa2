"""Email delivery facts for admins."""
