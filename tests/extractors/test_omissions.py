from extractors.helpers import run

WIRE = (
    "The mayor opened the bridge on Monday. It cost 4 million dollars, the city said. "
    "Traffic was heavy though no one was hurt."
)


def test_omitted_baseline_sentences_point_into_the_baseline():
    result = run("omission", "The mayor opened the bridge on Monday.", WIRE)
    assert [f.text for f in result.findings] == [
        "It cost 4 million dollars, the city said.",
        "Traffic was heavy though no one was hurt.",
    ]
    assert all(f.in_baseline for f in result.findings)
    assert [f.details["carried_attribution"] for f in result.findings] == [True, False]
    assert result.findings[1].details["carried_context"] is True
    assert result.scores["count"] == 2.0 and 0 < result.scores["share_of_baseline"] < 1
