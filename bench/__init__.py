"""Benchmarks (`make bench`): figures, not tests."""
