"""Office figures, yearly targets, the adverse-selection watch and the Excel reports (§6)."""
