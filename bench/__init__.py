"""Benchmarks against the budgets of docs/design.md §8 (`make bench`); apart from the tests."""
