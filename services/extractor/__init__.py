"""extractor: consumes add requests, extracts and embeds memories into Qdrant."""
