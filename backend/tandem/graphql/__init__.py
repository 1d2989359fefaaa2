"""The GraphQL transport: one package per area, merged in `schema.py`."""
