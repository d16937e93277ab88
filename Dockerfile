# One image for every memstream service; the command picks it:
#   docker run IMAGE ingest | extractor | status | topics | status-rebuild
# Build from the repository root: docker build -t memstream:$(git rev-parse --short HEAD) .
# The base image is pinned by its full version (both stages: keep them equal); pin its
# digest too where your registry policy asks for it (python:3.11.14-slim-bookworm@sha256:...).
# checkov:skip=CKV_DOCKER_2: no HEALTHCHECK; Kubernetes ignores it and probes /healthz and
# /readyz itself, on a port that depends on the service the image runs.

# -- build: a virtualenv with memstream and its runtime dependencies only -------------
FROM python:3.11.14-slim-bookworm AS build
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1
RUN python -m venv /opt/venv
WORKDIR /src
COPY pyproject.toml README.md ./
COPY memstream ./memstream
COPY services ./services
# Not editable, no extras: the embedded broker, MiniLM, torch and the test tools stay out.
# The bytecode pip compiles stays: the root filesystem is read-only at run time.
RUN /opt/venv/bin/pip install --no-cache-dir . \
    && /opt/venv/bin/pip uninstall --yes pip setuptools

# -- runtime: the virtualenv on a clean base, a non-root user, nothing else -----------
FROM python:3.11.14-slim-bookworm AS runtime
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    MEMSTREAM_HTTP_HOST=0.0.0.0
RUN groupadd --system --gid 10001 memstream \
    && useradd --system --uid 10001 --gid memstream --no-create-home --home-dir /nonexistent \
       --shell /usr/sbin/nologin memstream
COPY --from=build /opt/venv /opt/venv
# Writable state (key store, status view) lives on a volume mounted here.
WORKDIR /var/lib/memstream
USER 10001:10001
EXPOSE 8000 8001
ENTRYPOINT ["memstream"]
CMD ["ingest"]
