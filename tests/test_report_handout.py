"""The two-page handout: ranking and telling findings on page 1, questions from the kinds present on page 2."""

from __future__ import annotations

import io

import pypdf

from framing.cli import main
from framing.examples import example_path
from framing.filters import FindingFilter
from framing.report.handout import build_handout, student_questions, telling_findings


def test_telling_findings_are_varied_and_few(seed_comparison):
    picks = telling_findings(seed_comparison)
    assert 3 <= len(picks) <= 5
    assert len({p.finding.kind for p in picks}) == len(picks)  # one of each kind
    assert all(p.version_id != "001" for p in picks)
    assert {p.finding.kind for p in picks} >= {"altered_quote", "added_framing", "unsourced_statistic"}
    assert not any(p.finding.kind == "added_framing" and p.finding.details.get("attributed") for p in picks)


def test_questions_follow_the_kinds_present(seed_comparison):
    asked = [q for q, _, _ in student_questions(seed_comparison)]
    assert asked[:4] == ["Who is the source?", "What is added?", "What is left out?", "Which words judge?"]
    narrowed = FindingFilter.make("hedge").apply(seed_comparison)
    assert [q for q, _, _ in student_questions(narrowed)] == ["Which words judge?"]


def test_handout_is_two_pages(seed_comparison):
    reader = pypdf.PdfReader(io.BytesIO(build_handout(seed_comparison)))
    assert len(reader.pages) == 2
    first, second = (" ".join(p.extract_text().split()) for p in reader.pages)
    assert "How far each version strays from the baseline" in first and "version 004" in first
    assert "In the baseline" in first and "China is supporting Russia's efforts" in first
    assert "Who is the source?" in second and "What is left out?" in second
    assert build_handout(seed_comparison) == build_handout(seed_comparison)


def test_cli_writes_the_handout(tmp_path, capsys):
    assert main(["analyze", str(example_path()), "--out", str(tmp_path), "--handout"]) == 0
    assert len(pypdf.PdfReader(tmp_path / "handout.pdf").pages) == 2
    assert (tmp_path / "report.pdf").is_file()
