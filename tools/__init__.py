"""Developer tools (translations); not part of the installed application."""
