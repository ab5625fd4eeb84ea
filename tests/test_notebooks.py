"""The notebooks: committed without outputs, short cells, examples from the package; each runs in under 60 s.

Run only these with ``pytest -m notebook``; skip them with ``pytest -m "not notebook"``.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")

NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("*.ipynb"))
IDS = [path.stem for path in NOTEBOOKS]


def test_the_four_notebooks_exist():
    assert IDS == ["01_quickstart", "02_classroom", "03_your_own_story", "04_corpus"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_committed_clean(path):
    book = nbformat.read(path, as_version=4)
    nbformat.validate(book)
    code = [cell for cell in book.cells if cell.cell_type == "code"]
    assert code
    for cell in code:
        assert cell.outputs == [] and cell.execution_count is None, "strip the outputs before committing"
        assert 1 <= len(cell.source.strip().splitlines()) <= 5, cell.source
        assert "../" not in cell.source and "data/stories" not in cell.source
    assert any("framing" in cell.source for cell in code)


@pytest.mark.notebook
@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_executes(path, tmp_path):
    from nbclient import NotebookClient

    book = nbformat.read(path, as_version=4)
    started = time.monotonic()
    NotebookClient(book, timeout=60, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}).execute()
    assert time.monotonic() - started < 60
    errors = [o for cell in book.cells if cell.cell_type == "code" for o in cell.outputs if o.output_type == "error"]
    assert not errors
