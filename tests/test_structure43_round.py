"""The structure on new writers: the opening claim told after the writer's remit or role line, and
after what the room reads before the writer's first word (a byline, a customer's quoted words, a list
of tenets). Each category: small drafts of our own that should read argument and ones that should not."""

from __future__ import annotations

from field_drafts import structure
from packetcoach import analyze

STORIES = ("## Results\n\n**Same-day refills.** I moved repeat prescriptions onto a same-day courier "
           "after reading 300 complaints, and late refills for housebound patients fell from 9% to 2%.\n\n"
           "**Fewer calls.** I removed the call-back queue the support lead wanted to keep, and calls "
           "from carers fell by a third.\n")
LIST = ("## What I delivered\n\n- Moved repeat prescriptions onto a same-day courier; late refills for "
        "housebound patients fell from 9% to 2%.\n- Removed the call-back queue; calls from carers fell "
        "by a third.\n")


def test_the_claim_told_after_the_remit_in_the_same_sentence_opens_an_argument() -> None:
    remit = "I run repeat prescriptions for 52 pharmacies and about 40,000 patients a month"
    assert structure(f"# Self-assessment\n\n{remit}, and this year I turned a service the pharmacies "
                     f"tolerated into one patients choose us for.\n\n{STORIES}") == "argument"
    assert structure(f"# Self-assessment\n\n{remit}, and this year I made refills a promise we keep."
                     f"\n\n{STORIES}") == "argument"
    # a remit told with "this year I" and no change framed is a remit, not a claim
    assert structure(f"# Self-assessment\n\n{remit}, and this year I led discovery for the carers' app."
                     f"\n\n{STORIES}") == "mixed"
    # the frame not joined to the remit by "and" is no frame told after it
    assert structure(f"# Self-assessment\n\n{remit}; what this year I turned into a habit was reading "
                     f"complaints.\n\n{STORIES}") == "mixed"


def test_the_claim_told_as_the_item_after_the_remit_opens_an_argument() -> None:
    remit = "I run repeat prescriptions for 52 pharmacies and about 40,000 patients a month."
    # a headline outcome in the remit's paragraph
    assert structure(f"# Self-assessment\n\n{remit} This year I cut late refills for housebound patients "
                     f"from 9% to 2% and grew repeat orders by 18%.\n\n{LIST}") == "argument"
    # the year framed as one change, with no number
    assert structure(f"# Self-assessment\n\n{remit} This year I changed how a refill is promised, and "
                     f"patients now get theirs the same day.\n\n{LIST}") == "argument"
    # the remit alone, then a list of accomplishments: no opening claim
    assert structure(f"# Self-assessment\n\n{remit}\n\n{LIST}") == "mixed"
    # the remit, then the first story's situation under its own heading: a story, not the opening
    assert structure(f"# Self-assessment\n\n{remit}\n\n{STORIES}") == "mixed"


def test_a_role_line_then_a_claim_under_a_summary_heading_opens_an_argument() -> None:
    role = "Role: Product Manager, L6. Former backend engineer (five years on payment services before product)."
    claim = ("This year I moved repeat prescriptions onto a same-day courier and took it to every branch. "
             "Late refills for housebound patients fell from 9% to 2%.")
    assert structure(f"# Self-assessment\n\n{role}\n\n## Summary\n\n{claim}\n\n{LIST}") == "argument"
    # the career told first, then a story that starts with its month in the same paragraph: the story's
    # start, not a claim the draft then supports
    career = ("I came to product from nine years as a backend engineer, and I still read the logs before I "
              "write anything down. In January I spent two weeks at the pharmacy counter and found that 31% "
              "of late refills were waiting on a courier that had already left, so I moved the cut-off and "
              "late refills fell from 9% to 2%.")
    assert structure(f"# My year on refills\n\n{career}\n\n{LIST}") != "argument"


def test_a_byline_a_quote_or_tenets_before_the_opening_claim() -> None:
    claim = "I am operating at L6 now: I own repeat prescriptions for 52 pharmacies."
    # a list of tenets under its heading, then the level claim under the next heading
    tenets = ("## Tenets\n\n1. A late refill costs the patient twice.\n2. We count refills delivered, "
              "not refills booked.\n3. The courier's route bends to the patient.\n")
    assert structure(f"# Promotion to L6\n\n{tenets}\n## Summary\n\n{claim}\n\n{STORIES}") == "argument"
    # the same list under a heading of no tenets pushes the claim out of the opening
    lessons = tenets.replace("## Tenets", "## What I believe")
    assert structure(f"# Promotion to L6\n\n{lessons}\n## Summary\n\n{claim}\n\n{STORIES}") == "mixed"
    # a customer's words quoted whole, their attribution dated, then the headline outcome
    quote = ('> "My mother\'s insulin used to come a day late every month. Now it is on the step by noon."'
             "\n> Carer, Leeds, March 2026\n")
    headline = ("Late refills for housebound patients fell from 9% to 2% this year after I moved repeat "
                "prescriptions onto a same-day courier.")
    assert structure(f"# Self-assessment\n\n{quote}\n{headline}\n\n{LIST}") == "argument"
    # quoted words with a result of the writer's outside the quotation are no quote to pass over
    told = '"Now it is on the step by noon," a carer told me when I rang 30 of them in 2025.\n'
    assert structure(f"# Self-assessment\n\n{told}\n{headline}\n\n{LIST}") == "mixed"
    # a byline, then a manager's case whose third sentence names the level
    nomination = ("*Written by Ana Ruiz, Director of Pharmacy Products, for the spring round.*\n\n"
                  "Sam came to product after eight years as a pharmacist. I mention it because it explains "
                  "how he works. He is ready for L6 now, and the case rests on what changed for patients.\n")
    assert structure(f"# L6 nomination: Sam Lee\n\n{nomination}\n{STORIES}") == "argument"
