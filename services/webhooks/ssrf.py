"""Where a webhook may point: never at this cluster's inside (SSRF).

A webhook URL is checked when it is created or changed, and its host is resolved again
and checked at every connection (`GuardedResolver`: the addresses aiohttp connects to are
the ones checked, so a name that resolves elsewhere later, DNS rebinding, is refused then).
Loopback and private addresses (RFC 1918, unique local, shared 100.64/10) are refused
unless the operator allows them; link-local addresses, cloud metadata endpoints and
anything not unicast always are. IPv4 addresses embedded in IPv6 ones (mapped, 6to4,
Teredo, NAT64) are checked as what they embed.
"""

from __future__ import annotations

import asyncio
import errno
import ipaddress
import socket
import unicodedata
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlsplit

from aiohttp.abc import AbstractResolver, ResolveResult
from yarl import URL

__all__ = [
    "GuardedResolver",
    "Resolve",
    "UnsafeUrlError",
    "UrlGuard",
    "is_ip",
    "refusal",
    "system_resolve",
]

Resolve = Callable[[str, int], Awaitable[list[str]]]  # host, port -> addresses
IP = ipaddress.IPv4Address | ipaddress.IPv6Address

_METADATA = {
    ipaddress.ip_address("169.254.169.254"),  # AWS, GCP, Azure, OpenStack
    ipaddress.ip_address("fd00:ec2::254"),  # AWS over IPv6
    ipaddress.ip_address("100.100.100.200"),  # Alibaba Cloud
}
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


class UnsafeUrlError(ValueError):
    """A webhook URL memstream will not call: the message says why."""


def _embedded(ip: IP) -> list[IP]:
    if not isinstance(ip, ipaddress.IPv6Address):
        return []
    found: list[IP] = []
    if ip.ipv4_mapped is not None:
        found.append(ip.ipv4_mapped)
    if ip.sixtofour is not None:
        found.append(ip.sixtofour)
    if ip.teredo is not None:
        found.append(ip.teredo[1])
    if ip in _NAT64:
        found.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    return found


def refusal(address: str, allow_private: bool) -> str | None:
    """Why a connection to `address` is refused, or None when it is allowed."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return "not an IP address"
    for candidate in (*_embedded(ip), ip):
        if candidate in _METADATA or candidate.is_link_local:
            return "a link-local or cloud metadata address"
        if candidate.is_multicast or candidate.is_unspecified or candidate.is_reserved:
            return "not a unicast address"
        if (candidate.is_loopback or candidate.is_private or not candidate.is_global) and (
            not allow_private
        ):
            return "a loopback or private address"
    return None


async def system_resolve(host: str, port: int) -> list[str]:
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


class UrlGuard:
    def __init__(self, allow_private: bool, resolve: Resolve = system_resolve) -> None:
        self.allow_private = allow_private
        self.resolve = resolve

    @staticmethod
    def target(url: str) -> tuple[str, int]:
        """The host and port of an http(s) URL memstream can call, or UnsafeUrlError."""
        if any(char.isspace() or unicodedata.category(char) == "Cc" for char in url):
            # aiohttp drops controls and escapes spaces: another URL would be called.
            raise UnsafeUrlError("url: holds a space or a control character (percent-encode them)")
        try:
            parts = urlsplit(url)
            port = parts.port
            URL(url)  # what aiohttp calls: it refuses some that urlsplit reads (a "\\" host)
        except ValueError as exc:
            raise UnsafeUrlError(f"url: not a valid URL ({exc})") from None
        if port == 0:  # read as the scheme's port below, and never connectable
            raise UnsafeUrlError("url: port 0 cannot be called")
        if parts.scheme not in ("http", "https"):
            raise UnsafeUrlError("url: must be an http:// or https:// URL")
        if not parts.hostname:
            raise UnsafeUrlError("url: has no host")
        if parts.username is not None or parts.password is not None:
            raise UnsafeUrlError(
                "url: credentials in the URL are not supported (verify the signature instead)"
            )
        return parts.hostname, port or (443 if parts.scheme == "https" else 80)

    async def addresses(self, host: str, port: int) -> list[str]:
        """The addresses to connect to for `host`: all of them allowed, or UnsafeUrlError."""
        if is_ip(host):
            found = [host]
        else:
            try:
                async with asyncio.timeout(5):
                    found = await self.resolve(host, port)
            except (OSError, TimeoutError) as exc:
                raise UnsafeUrlError(f"url: {host} does not resolve ({exc})") from None
        if not found:
            raise UnsafeUrlError(f"url: {host} does not resolve")
        for address in found:
            why = refusal(address, self.allow_private)
            if why is not None:
                raise UnsafeUrlError(f"url: {host} resolves to {address}, {why}")
        return found

    async def check(self, url: str) -> None:
        await self.addresses(*self.target(url))


class GuardedResolver(AbstractResolver):
    """aiohttp's resolver for deliveries: it connects only to addresses the guard allows."""

    def __init__(self, guard: UrlGuard) -> None:
        self._guard = guard

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        try:
            found = await self._guard.addresses(host, port)
        except UnsafeUrlError as exc:
            # aiohttp wraps it (ClientConnectorError); the sender shows its strerror.
            raise OSError(errno.EACCES, f"refused: {exc}") from None
        return [_result(host, address, port) for address in found]

    async def close(self) -> None:
        pass


def _result(host: str, address: str, port: int) -> Any:
    family = socket.AF_INET6 if ":" in address else socket.AF_INET
    return {
        "hostname": host,
        "host": address,
        "port": port,
        "family": family,
        "proto": 0,
        "flags": socket.AI_NUMERICHOST,
    }
