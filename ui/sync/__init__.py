"""The 同步 page."""
