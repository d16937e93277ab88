"""Shared package of memstream: contracts, settings, topic names and plumbing."""
