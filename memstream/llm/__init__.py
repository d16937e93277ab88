"""The model endpoints: the OpenAI-compatible client, embedders, and micro-batching of
their calls. Used by the extractor (extraction and embeddings) and query (embeddings)."""
