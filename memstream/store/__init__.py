"""The memories collection, shared by the extractor (writes) and query (reads).

`base` names what a store is (`VectorStore`, `MemoryPoint`, `Found`); `qdrant` reaches a
Qdrant server or qdrant-client's local mode, `edge` runs qdrant-edge in this process;
`leases` opens the configured one and shares it between the components of one process.
"""
