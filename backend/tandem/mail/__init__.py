"""Email: the durable outbox, rendering, and SMTP delivery."""
