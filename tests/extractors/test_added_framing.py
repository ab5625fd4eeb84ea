from extractors.helpers import run

WIRE = "The mayor opened the new bridge on Monday. It cost 4 million dollars, the city said."


def test_unattributed_cause_is_added_framing():
    result = run("added_framing", WIRE + " The opening is a response to pressure from angry voters.", WIRE)
    [finding] = result.findings
    assert finding.details["attributed"] is False and finding.details["category"] == "cause"
    assert finding.text == "The opening is a response to pressure from angry voters."
    assert result.scores["unattributed_per_100_words"] > 0


def test_attributed_addition_is_reported_apart_with_lower_weight():
    result = run("added_framing", WIRE + " The bridge will ease traffic, the transport minister told reporters.", WIRE)
    [finding] = result.findings
    assert finding.details["attributed"] is True and finding.weight < 1
    assert result.scores["unattributed_per_100_words"] == 0.0


def test_editorial_aside():
    result = run("added_framing", WIRE + " It is worth mentioning that the old bridge was built in 1901.", WIRE)
    assert [f.details["category"] for f in result.findings] == ["aside"]


def test_plain_added_fact_is_not_framing():
    assert run("added_framing", WIRE + " The bridge is 300 metres long.", WIRE).findings == ()


def test_seed_trump_sentence(seed_comparison):
    found = [
        f for f in seed_comparison.result("002").findings if f.kind == "added_framing" and not f.details["attributed"]
    ]
    assert any(f.text.startswith("Trump's visit to NATO is a response") for f in found)
    assert any(f.text.startswith("underscoring the alliance's intent") for f in found)
    assert any(f.text.startswith("It is worth mentioning") for f in found)
