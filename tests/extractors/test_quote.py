from extractors.helpers import run

WIRE = '"We will rebuild the bridge by June," Mayor Ana Lopez told reporters. Work starts on Monday.'


def test_faithful_quote_and_fragment_give_nothing():
    assert run("quote", WIRE, WIRE).findings == ()
    assert run("quote", 'Lopez promised to "rebuild the bridge by June."', WIRE).findings == ()


def test_altered_quote_substantive_with_baseline_wording():
    result = run(
        "quote", '"We will rebuild the bridge quickly," Mayor Ana Lopez told reporters. Work starts on Monday.', WIRE
    )
    [finding] = result.findings
    assert finding.kind == "altered_quote" and finding.details["severity"] == "substantive"
    assert finding.baseline_text == "We will rebuild the bridge by June,"
    assert "quickly" in finding.details["words_added"]


def test_altered_quote_minor():
    result = run(
        "quote", '"We will rebuild the bridge by June" Mayor Ana Lopez told reporters. Work starts on Monday.', WIRE
    )
    assert [f.details.get("severity") for f in result.findings] in ([], ["minor"])


def test_unmatched_quote_and_unmarked_speech():
    copy = WIRE + ' "Taxes will not rise," Lopez said. The city will never forget this day, Lopez stated.'
    result = run("quote", copy, WIRE)
    assert [(f.kind, f.details["marked"]) for f in result.findings] == [
        ("unmatched_quote", True),
        ("unmatched_quote", False),
    ]


def test_quotation_marks_stripped():
    result = run("quote", "Lopez said they will rebuild the bridge by June. Work starts on Monday.", WIRE)
    [finding] = result.findings
    assert finding.kind == "altered_quote" and finding.details["marks_removed"] is True
