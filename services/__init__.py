"""The services, installed as `memstream.services`: ingest, extractor, status and query,
and the command and composition root that run them. No service imports another."""
