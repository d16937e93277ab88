"""HTTP scaffolding shared by the services: app assembly, ASGI plumbing, errors and
what route handlers share."""
