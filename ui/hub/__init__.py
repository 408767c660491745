"""The hub desk (issue 23): the Qt shell in hub mode over the hub's PostgreSQL, and its pages."""
