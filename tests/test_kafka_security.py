"""Kafka's own security in every client (memstream.kafka.clients).

Tansu 0.6.0, the test broker, cannot serve it: its `--cert` and `--key` flags refuse to
be used together and neither alone turns TLS on, and with `--authentication` it offers
SCRAM but knows no user (`tansu user create` answers ok, then the broker says
`unknown-user`, on the memory and the S3 engines). So TLS and mTLS are tested through a
TLS-terminating proxy in front of Tansu (it requires a client certificate signed by the
test CA, as a Strimzi TLS listener with mTLS does); SASL/SCRAM is tested by what the
clients are given."""

from __future__ import annotations

import asyncio
import contextlib
import re
import ssl
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import trustme
from aiokafka.errors import KafkaConnectionError
from pydantic import ValidationError

from memstream.contracts.topics import topic_names
from memstream.kafka.clients import (
    KafkaSecurityError,
    ensure_topics,
    kafka_security,
    make_consumer,
    make_producer,
)
from memstream.kafka.tansu import EmbeddedTansu, free_port
from memstream.settings import KafkaSettings


async def test_sasl_clients_get_the_user_and_the_password_read_from_its_file(
    tmp_path: Path,
) -> None:
    secret = tmp_path / "password"
    secret.write_text("s3cret\n")  # as a mounted secret may end
    kafka = KafkaSettings(
        bootstrap="b:9093",
        security_protocol="SASL_SSL",
        sasl_username="memstream-ingest",
        sasl_password_file=secret,
    )
    options = kafka_security(kafka)
    assert options["security_protocol"] == "SASL_SSL"
    assert options["sasl_mechanism"] == "SCRAM-SHA-512"
    assert (options["sasl_plain_username"], options["sasl_plain_password"]) == (
        "memstream-ingest",
        "s3cret",
    )
    assert isinstance(options["ssl_context"], ssl.SSLContext)
    for client in (make_producer(kafka, "p").client, make_consumer(kafka, "c")._client):
        assert client._security_protocol == "SASL_SSL"
        assert client._sasl_plain_username == "memstream-ingest"
        assert client._sasl_plain_password == "s3cret"
        assert client._sasl_mechanism == "SCRAM-SHA-512"


def test_plaintext_is_the_default_and_gets_no_secrets() -> None:
    assert kafka_security(KafkaSettings(bootstrap="b:9092")) == {"security_protocol": "PLAINTEXT"}


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"ssl_ca_file": "/ca.pem"}, "ssl_* files need"),
        ({"sasl_username": "u"}, "sasl_* settings need"),
        ({"security_protocol": "SSL", "ssl_cert_file": "/c.pem"}, "go together"),
    ],
    ids=["tls file without tls", "sasl user without sasl", "cert without key"],
)
def test_settings_that_would_be_ignored_are_refused(fields: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=re.escape(message)):
        KafkaSettings(**fields)


def test_sasl_without_a_readable_password_is_refused_by_name(tmp_path: Path) -> None:
    kafka = KafkaSettings(security_protocol="SASL_PLAINTEXT", sasl_username="u")
    with pytest.raises(KafkaSecurityError, match="needs sasl_username and sasl_password_file"):
        kafka_security(kafka)
    missing = kafka.model_copy(update={"sasl_password_file": tmp_path / "absent"})
    with pytest.raises(KafkaSecurityError, match="sasl_password_file"):
        kafka_security(missing)


class TlsProxy:
    """Terminates TLS (client certificate required) and forwards bytes to the broker."""

    def __init__(self, context: ssl.SSLContext, upstream_port: int) -> None:
        self.port = free_port()
        self._context = context
        self._upstream = upstream_port
        self._server: asyncio.Server | None = None

    async def __aenter__(self) -> TlsProxy:
        self._server = await asyncio.start_server(
            self._forward, "127.0.0.1", self.port, ssl=self._context
        )
        return self

    async def __aexit__(self, *_: object) -> None:
        assert self._server is not None
        self._server.close()

    async def _forward(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self._upstream)

        async def pipe(source: asyncio.StreamReader, sink: asyncio.StreamWriter) -> None:
            with contextlib.suppress(ConnectionError):
                while data := await source.read(65536):
                    sink.write(data)
                    await sink.drain()
            sink.close()

        await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer))


@pytest.fixture
async def tls_broker(tmp_path: Path) -> AsyncIterator[tuple[trustme.CA, int]]:
    ca = trustme.CA()
    server = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(server)
    ca.configure_trust(server)
    server.verify_mode = ssl.CERT_REQUIRED  # mTLS
    proxy_port = free_port()
    broker = EmbeddedTansu(advertised_port=proxy_port)  # clients reach it via the proxy only
    await broker.start()
    proxy = TlsProxy(server, broker.port)
    proxy.port = proxy_port
    try:
        async with proxy:
            yield ca, proxy_port
    finally:
        await broker.stop()


def _tls_settings(
    ca: trustme.CA, port: int, tmp_path: Path, with_cert: bool = True
) -> KafkaSettings:
    ca_file = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    files: dict[str, Any] = {}
    if with_cert:
        client = ca.issue_cert("memstream-extractor")
        files = {"ssl_cert_file": tmp_path / "client.pem", "ssl_key_file": tmp_path / "client.key"}
        client.cert_chain_pems[0].write_to_path(str(files["ssl_cert_file"]))
        client.private_key_pem.write_to_path(str(files["ssl_key_file"]))
    return KafkaSettings(
        bootstrap=f"127.0.0.1:{port}",
        security_protocol="SSL",
        ssl_ca_file=ca_file,
        request_timeout_ms=3000,
        **files,
    )


async def test_clients_reach_a_tls_broker_with_a_client_certificate(
    tls_broker: tuple[trustme.CA, int], tmp_path: Path
) -> None:
    ca, port = tls_broker
    kafka = _tls_settings(ca, port, tmp_path)
    topics = topic_names("tls")
    await ensure_topics(kafka.bootstrap or "", topics, 1, security=kafka)
    producer = make_producer(kafka, "tls-test")
    await producer.start()
    try:
        await producer.send_and_wait(topics.requests, b"over tls", key=b"k")
    finally:
        await producer.stop()
    consumer = make_consumer(kafka, "tls-test", fetch_max_wait_ms=50)
    await consumer.start()
    try:
        consumer.subscribe([topics.requests])
        async with asyncio.timeout(20):
            while not (batch := await consumer.getmany(timeout_ms=200)):
                pass
    finally:
        await consumer.stop()
    assert [r.value for records in batch.values() for r in records] == [b"over tls"]


async def test_without_the_client_certificate_or_the_ca_there_is_no_connection(
    tls_broker: tuple[trustme.CA, int], tmp_path: Path
) -> None:
    ca, port = tls_broker
    no_cert = _tls_settings(ca, port, tmp_path, with_cert=False)
    (tmp_path / "other").mkdir()
    other_ca = _tls_settings(trustme.CA(), port, tmp_path / "other")
    for kafka in (no_cert, other_ca):
        producer = make_producer(kafka, "tls-test")
        with pytest.raises(KafkaConnectionError):
            await producer.start()
        await producer.stop()
