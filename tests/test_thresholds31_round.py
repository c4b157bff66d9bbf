"""The lead's thresholds in the profile (docs/accuracy.md, "The lead's thresholds in the profile").
Text in our own words.

How far below the strongest outcome an opening claim still leads (`[lead] outcome_margin`), how many
figures an opening shares with a later outcome to retell it (`retold_figures`) and how many labels
make an opening line one of labels (`metadata_labels`) are profile values: a profile that extends
amazon-pm and sets them changes the reading; the built-in values read as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from packetcoach import analyze
from packetcoach.core.errors import ProfileError
from packetcoach.profile.load import load_profile

STORY = ("- Proposed a term contract for primary schools to the head of sales and priced it 6% below the "
         "council rate, winning 45 new school contracts and £380K in annual catering revenue.\n")
WEAKER = "- Cut the menu form to 8 questions; completed orders rose 19%.\n"  # 1.5 below the story's strength
HEADLINE = ("I already work at L6: I took school lunches from a canteen side-line to a £380K catering business "
            "with 45 school contracts.")


def _profile(tmp_path: Path, body: str) -> str:
    path = tmp_path / "lead.toml"
    path.write_text(f'[profile]\nname = "lead"\nextends = "amazon-pm"\n\n[lead]\n{body}\n', encoding="utf-8")
    return str(path)


def test_the_built_in_values_are_the_profile_s() -> None:
    rubric = analyze("- Cut churn 4%.\n", level="L6").rubric
    assert (rubric.lead_margin, rubric.retold_figures, rubric.metadata_labels) == (1.5, 2, 2)


def test_an_opening_within_the_margin_leads_and_a_narrower_margin_says_not(tmp_path: Path) -> None:
    text = f"## What I delivered\n\n{WEAKER}{STORY}"
    assert analyze(text, level="L6").reading.lead_is_outcome
    narrow = analyze(text, level="L6", profile=_profile(tmp_path, "outcome_margin = 1"))
    assert not narrow.reading.lead_is_outcome
    whole = analyze(text, level="L6", profile=_profile(tmp_path, "outcome_margin = 2"))  # a whole number is a number
    assert whole.reading.lead_is_outcome


def test_the_figures_a_retelling_shares_are_the_profile_s(tmp_path: Path) -> None:
    text = f"{HEADLINE}\n\n## What I delivered\n\n{STORY}"
    assert analyze(text, level="L6").reading.lead_is_outcome  # "£380K" and "45": two figures shared
    # asked of the opening deed with no level claimed: a level claim whose figures are no measured
    # result frames the claim told next (tests/test_lead53_round.py)
    plain = f"{HEADLINE.replace('I already work at L6: I took', 'I took')}\n\n## What I delivered\n\n{STORY}"
    assert analyze(plain, level="L6").reading.lead_is_outcome
    strict = analyze(plain, level="L6", profile=_profile(tmp_path, "retold_figures = 3"))
    assert not strict.reading.lead_is_outcome
    # "45" alone, told with no level claimed (a level claim with no measured result frames the claim
    # told next: tests/test_lead53_round.py)
    one = HEADLINE.replace("a £380K catering", "a catering").replace("I already work at L6: I took", "I took")
    assert not analyze(f"{one}\n\n## What I delivered\n\n{STORY}", level="L6").reading.lead_is_outcome
    loose = analyze(f"{one}\n\n## What I delivered\n\n{STORY}", level="L6",
                    profile=_profile(tmp_path, "retold_figures = 1"))
    assert loose.reading.lead_is_outcome


def test_the_lead_table_is_checked(tmp_path: Path) -> None:
    with pytest.raises(ProfileError, match="must be a number"):
        load_profile(_profile(tmp_path, 'outcome_margin = "wide"'))
    with pytest.raises(ProfileError, match="whole number"):
        load_profile(_profile(tmp_path, "retold_figures = 2.5"))
    with pytest.raises(ProfileError, match="did you mean 'retold_figures'"):
        load_profile(_profile(tmp_path, "retold_figure = 2"))
