"""Roster dialogs: import with progress and cancel, template and member-list export."""
