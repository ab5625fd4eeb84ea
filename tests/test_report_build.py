"""The report files: what report_files returns, the CSV and JSON, rebuilding, and the committed sample."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

import framing
from framing.report import report_files, write_report
from framing.results import SCHEMA

SAMPLE = Path(__file__).resolve().parents[1] / "reports"


def png_size(png: bytes) -> tuple[int, int]:
    return int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")


def pdf_text(pdf: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(pdf))
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


@pytest.fixture(scope="module")
def seed_files(seed_comparison) -> dict[str, bytes]:
    return report_files(seed_comparison)


def test_report_files(seed_files):
    assert set(seed_files) == {
        "report.json",
        "findings.csv",
        "ranking.txt",
        "report.html",
        "report.pdf",
        "ranking.png",
        "findings_by_kind.png",
        "coverage.png",
    }
    assert seed_files["report.pdf"].startswith(b"%PDF-")
    assert len(seed_files["report.pdf"]) < 2_000_000


def test_without_pdf_no_charts(seed_comparison):
    files = report_files(seed_comparison, with_pdf=False)
    assert set(files) == {"report.json", "findings.csv", "ranking.txt", "report.html"}
    assert b"<img" not in files["report.html"]


def test_json_is_the_contract(seed_comparison, seed_files):
    assert seed_files["report.json"].decode("utf-8") == seed_comparison.to_json() + "\n"
    assert json.loads(seed_files["report.json"])["schema"] == SCHEMA


def test_csv_rows_equal_findings(seed_comparison, seed_files):
    rows = list(csv.DictReader(io.StringIO(seed_files["findings.csv"].decode("utf-8"))))
    findings = [(result, finding) for result in seed_comparison.results for finding in result.findings]
    assert len(rows) == len(findings)
    for row, (result, finding) in zip(rows, findings, strict=True):
        record = result.finding_dict(finding)  # the contract's raw offsets
        assert (row["version"], row["kind"], int(row["start"]), int(row["end"])) == (
            result.id,
            finding.kind,
            record["start"],
            record["end"],
        )
        assert row["text"] == record["text"]


def test_rebuilding_gives_the_same_content(seed_files):
    again = report_files(framing.analyze(framing.example_story()))
    for name in ("report.json", "findings.csv", "ranking.txt", "report.html"):
        assert again[name] == seed_files[name]
    assert pdf_text(again["report.pdf"]) == pdf_text(seed_files["report.pdf"])
    assert again["report.pdf"] == seed_files["report.pdf"]  # reportlab's invariant mode: no dates, no random ids
    for name in ("ranking.png", "findings_by_kind.png", "coverage.png"):
        assert png_size(again[name]) == png_size(seed_files[name])


def test_write_report_writes_every_file(seed_comparison, tmp_path):
    paths = write_report(seed_comparison, tmp_path / "out", with_pdf=False)
    assert sorted(p.name for p in paths) == sorted(p.name for p in (tmp_path / "out").iterdir())


@pytest.mark.skipif(not (SAMPLE / "report.json").is_file(), reason="no committed sample under reports/")
def test_committed_sample_is_what_the_readme_command_builds(seed_files):
    """`framing analyze data/stories/nato-rutte-japan-2025 --out reports/` rebuilds this sample.

    If this fails after a change to the analysis, run that command and commit reports/.
    """
    for name in ("report.json", "findings.csv"):
        assert (SAMPLE / name).read_bytes() == seed_files[name], f"reports/{name} is stale"
    assert pdf_text((SAMPLE / "report.pdf").read_bytes()) == pdf_text(seed_files["report.pdf"])
    for name in ("ranking.png", "findings_by_kind.png", "coverage.png"):
        assert png_size((SAMPLE / name).read_bytes()) == png_size(seed_files[name])
