"""报表: choose a report and a period, save the workbook; the adverse-selection watch."""
