"""The webhooks service: Mem0's webhook API and the delivery of memory changes."""
