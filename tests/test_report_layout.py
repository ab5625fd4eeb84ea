"""Side-by-side rows and numbered findings: every sentence shown once, every finding marked where it stands."""

from __future__ import annotations

import pytest

import framing
from framing.report.layout import cleaned_span, side_by_side


def test_findings_point_into_the_cleaned_text_and_map_to_the_file(seed_comparison):
    for result in seed_comparison.results:
        for finding in result.findings:
            document = result.document_of(finding)
            start, end = result.raw_span(finding)
            record = result.finding_dict(finding)
            assert (record["start"], record["end"]) == (start, end)
            assert record["text"] == document.version.raw[start:end]
            if finding.removed is None:  # on the cleaned text: its words are the file's words at the raw span
                assert finding.text == document.text[finding.start : finding.end]
            else:  # set aside by cleaning: not in the cleaned text
                assert finding.start == finding.end and finding.removed == (start, end)


def test_set_aside_text_has_no_cleaned_span():
    removed = framing.Finding("boilerplate", 3, 3, "© AP", "set aside", "junk", removed=(10, 14))
    story = framing.example_story()
    document = framing.analyze(story).baseline_result.document
    assert cleaned_span(document, removed) is None


@pytest.mark.parametrize("version_id", ["000", "002", "003", "004"])
def test_every_sentence_is_shown_once(seed_comparison, version_id):
    layout = side_by_side(seed_comparison, version_id)
    result = seed_comparison.result(version_id)
    version_text = "".join(p.text for row in layout.rows for p in row.version)
    for index in range(len(result.document.sentences)):
        assert result.document.sentence_text(index) in version_text
    omitted_rows = [row for row in layout.rows if row.label == "omitted"]
    omitted_text = " ".join(p.text for row in omitted_rows for p in row.baseline)
    base = seed_comparison.baseline_result.document
    runs = [i for i in result.alignment.omitted if base.sentence_text(i) in omitted_text]
    assert all(omitted_text.count(base.sentence_text(i)) == 1 for i in runs)
    skipped = sum(int(part.split(" more baseline")[0]) for part in omitted_text.split("[… ")[1:])
    assert len(runs) + skipped == len(result.alignment.omitted)  # every left-out sentence shown or counted
    labels = [row.label for row in layout.rows]
    assert not any(a == b == "omitted" for a, b in zip(labels, labels[1:], strict=False))  # a run: one row
    assert all(not row.version and len(row.baseline) == 1 and not row.baseline[0].marks for row in omitted_rows)
    assert all(not row.baseline for row in layout.rows if row.label == "added")


@pytest.mark.parametrize("version_id", ["000", "002", "003", "004"])
def test_findings_numbered_in_reading_order_and_marked(seed_comparison, version_id):
    layout = side_by_side(seed_comparison, version_id)
    base = seed_comparison.baseline_result.document
    assert [n.number for n in layout.findings] == list(range(1, len(layout.findings) + 1))
    assert sum(len(n.all_findings) for n in layout.findings) == len(seed_comparison.result(version_id).findings)
    for numbered in layout.findings:
        finding = numbered.finding
        side = "baseline" if finding.in_baseline else "version"
        pieces = [p for row in layout.rows for p in getattr(row, side)]
        marked = "".join(p.text for p in pieces if numbered.number in p.marks)
        if numbered.placed:
            document = base if finding.in_baseline else layout.result.document
            start, end = cleaned_span(document, finding)
            if finding.kind != "omission":  # left-out rows are not highlighted: the row says it

                def letters(value: str) -> str:
                    return "".join(c for c in value if c not in " \"'.,“”’" and not c.isspace())

                assert letters(marked) == letters(document.text[start:end])  # punctuation at an edge is not marked
            rows = [sum(numbered.number in p.ends for p in getattr(row, side)) for row in layout.rows]
            assert max(rows) == 1  # shown once in a row (a finding across two rows is numbered in both)
        else:
            assert marked == ""
    placed = [n.number for n in layout.findings if n.placed]
    assert placed == list(range(1, len(placed) + 1))  # those in the table first, in reading order


def test_set_aside_boilerplate_is_not_placed(seed_comparison):
    layout = side_by_side(seed_comparison, "003")
    kinds = {n.finding.kind for n in layout.findings if not n.placed}
    assert "boilerplate" in kinds
    assert all(n.placed for n in layout.findings if n.finding.kind == "omission")


def test_baseline_layout_has_one_column(seed_comparison):
    layout = side_by_side(seed_comparison, seed_comparison.baseline)
    assert all(row.label == "same" and not row.baseline for row in layout.rows)
    document = seed_comparison.baseline_result.document
    assert len(layout.rows) == len(document.sentences) - 1  # the opening quotation, cut in two, is one row
    assert "".join(p.text for p in layout.rows[0].version).count('"') == 2


def test_unknown_version_is_a_key_error(seed_comparison):
    with pytest.raises(KeyError):
        side_by_side(seed_comparison, "nope")


def test_small_story_marks_words_inside_sentences(small_story):
    comparison = framing.analyze(small_story)
    layout = side_by_side(comparison, "copy")
    for numbered in layout.findings:
        if numbered.placed and not numbered.finding.in_baseline:
            pieces = [p for row in layout.rows for p in row.version if numbered.number in p.marks]
            assert "".join(p.text for p in pieces).strip()


def test_a_baseline_sentence_is_shown_in_full_once(seed_comparison):
    layout = side_by_side(seed_comparison, "000")
    base = seed_comparison.baseline_result.document
    cells = ["".join(p.text for p in row.baseline) for row in layout.rows]
    for index in range(len(base.sentences)):
        assert sum(base.sentence_text(index) in cell for cell in cells) <= 1
    assert any("shares words with the baseline sentence shown below" in cell for cell in cells)


def test_numbers_stand_after_closing_punctuation_and_merge():
    from framing.report.layout import Piece, tidy_pieces

    pieces = tidy_pieces(
        [Piece("said "), Piece('"', (1,)), Piece("naive", (1, 2), (2,)), Piece(".", (1,), (1,)), Piece('" he added.')]
    )
    assert [(p.text, p.marks, p.ends) for p in pieces] == [
        ('said "', (), ()),
        ("naive", (1, 2), ()),
        ('."', (), (1, 2)),
        (" he added.", (), ()),
    ]
