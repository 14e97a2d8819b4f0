"""Shared fixtures. The real servers live in their own plugin modules."""

pytest_plugins = ["tests.fixtures_imap", "tests.fixtures_smtp"]
