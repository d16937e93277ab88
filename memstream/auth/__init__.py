"""API keys and the principals they stand for: a hashed key store, and the
authenticator every service (and the extractor's project check) reads it through."""
