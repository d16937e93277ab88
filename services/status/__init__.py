"""status: a key-value view of the lifecycle topic, serving the event polling endpoint."""
