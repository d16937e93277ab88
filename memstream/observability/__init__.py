"""What operators see: JSON logs, Prometheus metrics, request ids and OpenTelemetry
traces."""
