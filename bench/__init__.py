"""Benchmarks against the budgets of design.md §8 (`make bench`); apart from the tests."""
