"""Shared fixtures: small stories written for the tests, and the seed story shipped with framing."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import framing
from framing.records import Story, Version

WIRE = (
    "City officials said on Monday that the bridge will reopen in June after repairs.\n"
    "The repairs cost the city 4 million dollars, the transport office said.\n"
    '"We are confident the work will be finished on time," Mayor Ana Lopez told reporters.\n'
    "Residents have complained about traffic since the bridge closed in March.\n"
    "All contents © copyright 2025 Associated Press. All rights reserved.\n"
)
COPY = (
    " date 2025-05-02 City officials said on Monday that the bridge will reopen in June after repairs.\n"
    "The repairs cost the city a staggering 4 million dollars, the transport office said.\n"
    '"We are sure the work will be done on time," Mayor Ana Lopez admitted.\n'
    "Critics say the project may have been mismanaged from the start.\n"
)


def shared_root() -> Path | None:
    """The ../shared folder beside the checkout (or $FRAMING_SHARED), if present."""
    candidate = Path(os.environ.get("FRAMING_SHARED", Path(__file__).resolve().parents[1].parent / "shared"))
    return candidate if candidate.is_dir() else None


@pytest.fixture
def small_story() -> Story:
    return Story(
        name="bridge",
        versions=(Version(id="wire", raw=WIRE, outlet="Associated Press"), Version(id="copy", raw=COPY)),
    )


@pytest.fixture
def story_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "bridge"
    folder.mkdir()
    (folder / "wire.txt").write_text(WIRE, encoding="utf-8")
    (folder / "copy.txt").write_text(COPY, encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def seed_story() -> Story:
    return framing.example_story()


@pytest.fixture(scope="session")
def seed_comparison(seed_story: Story) -> framing.Comparison:
    return framing.analyze(seed_story)
