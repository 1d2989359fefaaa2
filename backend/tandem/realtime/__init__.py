"""Live documents and the broadcast of events between processes."""
