"""What tests and benchmarks share to run memstream for real: services and fakes as
processes, test API keys, request builders."""
