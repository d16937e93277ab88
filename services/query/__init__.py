"""The read path: search, list and get memories (Mem0-compatible)."""
