"""Calendar interchange: iCalendar (RFC 5545) invitations, feeds and downloads for 1:1s."""
