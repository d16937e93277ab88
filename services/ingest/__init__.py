"""ingest: validates and authenticates adds, publishes them durably, answers PENDING."""
