from extractors.helpers import run


def test_junk_findings_and_share():
    copy = " date 2025-01-02 The mayor opened the bridge.\nCopyright 2025 Daily Planet. All rights reserved.\nComments"
    result = run("junk", copy, "The mayor opened the bridge.")
    assert [(f.details["category"], f.text) for f in result.findings] == [
        ("metadata", "date 2025-01-02"),
        ("copyright", "Copyright 2025 Daily Planet. All rights reserved."),
        ("widget", "Comments"),
    ]
    assert 0.5 < result.scores["removed_share"] < 0.9
