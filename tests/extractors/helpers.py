"""Run one extractor on hand-written texts."""

from __future__ import annotations

from framing.align import align
from framing.extractors.base import Context, Result, get_extractor
from framing.prepare import prepare
from framing.records import Version


def run(name: str, copy: str, baseline: str) -> Result:
    version, base = prepare(Version(id="copy", raw=copy)), prepare(Version(id="wire", raw=baseline))
    return get_extractor(name)().extract(Context(version, base, align(version, base)))


def texts(result: Result, kind: str | None = None) -> list[str]:
    return [f.text for f in result.findings if kind is None or f.kind == kind]
