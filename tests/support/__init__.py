"""Helpers shared by tests (real processes, fixtures' building blocks)."""
