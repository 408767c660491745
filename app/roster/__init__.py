"""Excel rosters: read and check a unit's spreadsheet, import it in one transaction, write the
error report, the template and the exports. See docs/architecture.md, section Rosters."""
