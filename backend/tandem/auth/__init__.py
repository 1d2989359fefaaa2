"""Who is calling: session cookies, bearer tokens, CSRF, and the sign-in endpoints."""
