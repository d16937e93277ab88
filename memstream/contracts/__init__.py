"""Every shape that crosses a boundary: topic records, HTTP bodies, the Qdrant point
payload, ids and the event lifecycle. Writers and readers both import from here."""
