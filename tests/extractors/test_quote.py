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


def test_unmatched_quote_names_the_other_versions_that_carry_it():
    import framing
    from framing.extractors.quote import MATCH, QuoteFidelity, _best

    texts = {
        "wire": WIRE,
        "a": WIRE + ' "Taxes will not rise this year," Lopez said.',
        "b": WIRE + ' "Taxes will not rise this year at all," Lopez said.',  # the same remark, a little longer
        "c": WIRE + ' "Taxes will not rise this year," Smith said.',  # the same words from someone else
        "d": WIRE + ' "Parking will be free," Lopez said.',  # another remark
    }
    comparison = framing.analyze(framing.story_from_texts(texts, baseline="wire"))
    also = {
        r.id: {f.text: f.details["also_in"] for f in r.findings if f.kind == "unmatched_quote"}
        for r in comparison.results
    }
    assert also["a"] == {"Taxes will not rise this year,": ["b", "c"]}
    assert also["b"] == {"Taxes will not rise this year at all,": ["a", "c"]}
    # another speaker halves the score (1.0 → 0.5), which is still above MATCH
    assert also["c"] == {"Taxes will not rise this year,": ["a", "b"]}
    assert also["d"] == {"Parking will be free,": []} and also["wire"] == {}
    # the story-wide index answers as asking each other version in turn does
    for result in comparison.results[1:]:
        peers = [r.document for r in comparison.results if r.id not in (result.id, "wire")]
        for finding in (f for f in result.findings if f.kind == "unmatched_quote"):
            quote = next(
                q for q in result.document.quotes if q.start <= finding.start < q.end or q.start == finding.start
            )
            prepare = QuoteFidelity().prepare
            mine = prepare(result.document)
            expected = sorted(p.version.id for p in peers if _best(quote, mine, p, prepare(p))[1] >= MATCH)
            assert finding.details["also_in"] == expected
