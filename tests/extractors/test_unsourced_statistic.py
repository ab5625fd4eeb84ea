from extractors.helpers import run, texts

WIRE = "The city has 12,000 bus drivers, the transport office said. Fares rise in 2025."


def test_unsourced_figures_and_multipliers():
    copy = "Crime rose 18% last year. The plan costs $5 billion. Complaints have tripled since 2020."
    assert texts(run("unsourced_statistic", copy, WIRE)) == ["18%", "$5 billion", "tripled"]


def test_years_names_dates_and_ordinals_are_not_statistics():
    copy = "In 2025 the G7 met on April 9 for the 3rd time under Article 5 rules."
    assert texts(run("unsourced_statistic", copy, WIRE)) == []


def test_figure_in_the_baseline_is_supported():
    assert texts(run("unsourced_statistic", "The city has 12,000 bus drivers.", WIRE)) == []


def test_named_source_in_the_next_sentence():
    copy = (
        "Unemployment fell to 4.2 percent in May. The figures are the lowest in a decade, the statistics office said."
    )
    assert texts(run("unsourced_statistic", copy, WIRE)) == []


def test_vague_source_does_not_count(seed_comparison):
    found = [f.text for f in seed_comparison.result("004").findings if f.kind == "unsourced_statistic"]
    assert found == ["18%", "$5 billion", "73%", "tripled", "42%", "28%", "60%", "now surpasses", "$3.4 trillion"]


def test_a_bare_number_is_not_a_statistic_but_a_count_with_its_unit_is():
    copy = "The 53 year old mayor spoke. Some 1,200 troops arrived. Room 212 was empty."
    assert texts(run("unsourced_statistic", copy, WIRE)) == ["1,200 troops"]
