from extractors.helpers import run, texts

WIRE = "The minister said the army grew quickly. Critics said the plan was costly."


def test_outlet_voice_loaded_word_with_category():
    result = run("loaded_word", "The army grew at a staggering pace. Critics said the plan was costly.", WIRE)
    assert texts(result) == ["staggering"]
    finding = result.findings[0]
    assert finding.details["in_quote"] is False and finding.details["category"] == "intensifier"
    assert "outlet's own voice" in finding.explanation


def test_swap_against_the_baseline_verb():
    result = run("loaded_word", "The minister admitted the army grew quickly. Critics said the plan was costly.", WIRE)
    swaps = [f for f in result.findings if f.details["swap"]]
    assert [(f.text, f.details["baseline_word"]) for f in swaps] == [("admitted", "said")]
    assert result.scores["swaps_per_100_words"] > 0


def test_word_the_baseline_uses_is_not_flagged():
    wire = "The minister called the losses staggering. Critics said the plan was costly."
    assert texts(run("loaded_word", "The minister called the losses staggering.", wire)) == []


def test_quoted_loaded_word_names_the_speaker():
    result = run(
        "loaded_word",
        'The minister said the army grew quickly. "It is a disgraceful plan," Senator Ray Cole said.',
        WIRE,
    )
    assert [(f.text, f.details["in_quote"], f.details["speaker"]) for f in result.findings] == [
        ("disgraceful", True, "Ray Cole")
    ]


def test_multi_word_phrase(seed_comparison):
    found = {f.text for f in seed_comparison.result("004").findings if f.kind == "loaded_word"}
    assert "Cold War mentality" in found and "tacit" in found and "condemns" in found
    voices = {f.text: f.details["in_quote"] for f in seed_comparison.result("002").findings if f.kind == "loaded_word"}
    assert voices["Staggering"] is False  # the headline: the outlet's choice
    assert voices["staggering"] is True  # inside Rutte's quote


def test_headline_word_in_quotation_marks_is_not_called_the_outlets_own_voice(seed_comparison):
    headline = [f for f in seed_comparison.result("002").findings if f.kind == "loaded_word" and f.text == "Staggering"]
    assert len(headline) == 1 and headline[0].details["in_quote"] is False
    assert "own voice" not in headline[0].explanation
    assert "quotation marks in the headline without saying who said it" in headline[0].explanation


def test_allege_counts_only_against_the_baselines_verb():
    wire = "The minister said the army grew quickly."
    assert texts(run("loaded_word", "The minister said the army grew quickly. The unions allege it grew.", wire)) == []
    assert texts(run("loaded_word", "The minister said the army grew quickly. She has claimed it grew.", wire)) == [
        "claimed"
    ]
    swaps = run("loaded_word", "The minister alleges the army grew quickly.", wire).findings
    assert [(f.text, f.details["baseline_word"]) for f in swaps] == [("alleges", "said")]


def test_page_furniture_holds_no_loaded_word_of_the_story():
    wire = "The minister said the army grew quickly."
    copy = "The minister said the army grew quickly.\n\nRead more: Staggering rise of the army stuns critics\n\n"
    copy += "The plan was costly."
    assert texts(run("loaded_word", copy, wire)) == []
    assert texts(run("loaded_word", "The minister said the army grew at a staggering pace.", wire)) == ["staggering"]


def test_a_mild_report_verb_counts_only_against_the_baselines_verb():
    # "complained" narrating a complaint is plain; swapped for the baseline's "said" it colours the statement,
    # and a strong verb ("slammed") colours it on its own
    wire = "Parents filed a grievance. They said the school was cold."
    added = "Parents filed a grievance. They said the school was cold. Two teachers complained to the board."
    assert texts(run("loaded_word", added, wire)) == []
    swapped = run("loaded_word", "Parents filed a grievance. They complained the school was cold.", wire)
    assert [(f.text, f.details["swap"]) for f in swapped.findings] == [("complained", True)]
    strong = "Parents filed a grievance. They said the school was cold. Two teachers slammed the board."
    assert texts(run("loaded_word", strong, wire)) == ["slammed"]
