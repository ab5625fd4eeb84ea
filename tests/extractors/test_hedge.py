from extractors.helpers import run, texts

WIRE = "The ministry said the bridge will reopen in June. Officials said repairs may cost more."


def test_added_hedge_in_outlet_voice():
    result = run(
        "hedge",
        "The ministry said the bridge could reportedly reopen in June. Officials said repairs may cost more.",
        WIRE,
    )
    assert texts(result) == ["could", "reportedly"]
    assert all(f.details["change"] == "added" and not f.details["in_quote"] for f in result.findings)
    assert result.findings[0].baseline_text == "The ministry said the bridge will reopen in June."
    assert result.scores["added_per_100_words"] > 0


def test_hedge_the_baseline_shares_is_not_reported():
    assert texts(run("hedge", WIRE, WIRE)) == []


def test_removed_hedge():
    result = run(
        "hedge", "The ministry said the bridge will reopen in June. Officials said repairs will cost more.", WIRE
    )
    removed = [f for f in result.findings if f.details["change"] == "removed"]
    assert len(removed) == 1 and removed[0].details["baseline_word"] == "may"
    assert removed[0].text == "Officials said repairs will cost more."


def test_hedge_inside_a_quote_is_the_speakers():
    result = run(
        "hedge", 'The ministry said the bridge will reopen in June. "It might take longer," Mayor Ana Lopez said.', WIRE
    )
    quoted = [f for f in result.findings if f.text == "might"]
    assert quoted and quoted[0].details["in_quote"] and quoted[0].details["speaker"] == "Ana Lopez"


def test_month_may_is_not_a_hedge():
    assert texts(run("hedge", "The bridge will reopen in May. Officials said repairs may cost more.", WIRE)) == []


def test_seed_004_could_and_003_potentially(seed_comparison):
    hedges = {(r.id, f.text) for r in seed_comparison.results for f in r.findings if f.kind == "hedge"}
    assert ("004", "could") in hedges and ("003", "potentially") in hedges
    assert ("000", "may") not in hedges  # AP has the same "may"
