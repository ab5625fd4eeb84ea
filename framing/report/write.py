"""The one function that writes report files, atomically."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Mapping

from ..errors import InputError

__all__ = ["write_reports"]


def write_reports(files: Mapping[str, bytes], out_dir: str | Path) -> list[Path]:
    """Write ``{relative name: content}`` under ``out_dir``, all or nothing.

    Everything is first written to a temporary folder beside ``out_dir``; only when
    every file is complete are they moved into place (``os.replace`` is atomic per
    file), so a failure never leaves a half-written report.
    """
    target = Path(out_dir)
    if target.exists() and not target.is_dir():
        raise InputError(f"{target}: exists and is not a folder; give --out a folder path.")
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".framing-", dir=target.parent))
    try:
        for name, content in files.items():
            path = staging / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)
        written = []
        for name in files:
            destination = target / name
            destination.parent.mkdir(parents=True, exist_ok=True)
            os.replace(staging / name, destination)
            written.append(destination)
        return written
    finally:
        shutil.rmtree(staging, ignore_errors=True)
