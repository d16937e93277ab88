"""Kafka plumbing: the clients every service makes, and the embedded Tansu broker."""
