"""Fake upstreams over real HTTP: an OpenAI-compatible server and a Qdrant REST front."""
