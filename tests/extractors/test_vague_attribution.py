from extractors.helpers import run, texts

WIRE = "The budget rose by 4 percent, the finance ministry said. The minister will travel to Paris."


def test_pinned_on_unnamed_sources():
    result = run(
        "vague_attribution",
        "Analysts suggest the budget rose. Reports from last week suggested the minister will travel.",
        WIRE,
    )
    assert texts(result) == ["Analysts suggest", "Reports from last week suggested"]
    assert all(f.details["category"] == "vague_source" for f in result.findings)
    assert result.scores["per_100_words"] > 0


def test_according_to_unnamed_surveys():
    assert texts(run("vague_attribution", "Most voters agree, according to 2023 opinion surveys.", WIRE)) == [
        "according to 2023 opinion surveys"
    ]


def test_named_source_is_not_vague():
    result = run("vague_attribution", "The budget rose by 4 percent, the finance ministry said.", WIRE)
    assert texts(result) == []
    assert result.scores["named_sources"] == 1.0


def test_attribution_dropped():
    result = run("vague_attribution", "The budget rose by 4 percent. The minister will travel to Paris.", WIRE)
    dropped = [f for f in result.findings if f.details["category"] == "attribution_dropped"]
    assert [f.text for f in dropped] == ["The budget rose by 4 percent."]
    assert "finance ministry" in dropped[0].explanation
