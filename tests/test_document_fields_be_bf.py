"""The document fields of the fifty-first and fifty-second blind sets' round, by cause: each category a
small draft of our own that should count and one that should not."""

from __future__ import annotations

from packetcoach import Session, analyze
from field_drafts import ALLOTMENT, background_draft, mentions


def draft(background: str, story: str = "") -> str:
    return background_draft(ALLOTMENT, background, story)


# The old title told with the move to product after it.

def test_a_title_with_the_move_to_product_after_it_is_the_past() -> None:
    assert mentions(draft("As a DBA for eleven years before moving into product, I was the obvious owner "
                          "of the plot register.")) == 1
    assert mentions(draft("The data team, which I led as a data engineer before I moved into product, "
                          "rebuilt the waiting list.")) == 1


def test_a_title_with_no_move_after_it_is_someone_elses() -> None:
    assert mentions(draft("I hired Ola as a data engineer before the spring renewals.")) == 0
    assert mentions(draft("Ola worked as a data engineer before moving into the council's IT team.")) == 0


# A move from QA told with where the writer went; a move from engineering told with "us".

def test_a_move_from_qa_or_to_us_from_engineering_is_the_past() -> None:
    assert mentions(draft("I moved into product from QA in January.")) == 1
    assert mentions(draft("I joined the allotments team in October from QA, where I tested the renewals "
                          "site.")) == 1
    assert mentions(draft("Priya came to us from frontend engineering and it shows in her best work.")) == 1


def test_a_release_moved_from_qa_or_a_request_from_engineering_is_no_past() -> None:
    assert mentions(draft("The release moved from QA to production in two days.")) == 0
    assert mentions(draft("I moved the renewal test plan from QA to the plot officers.")) == 0
    assert mentions(draft("The request came to us from sales engineering in May.")) == 0
    assert mentions(draft("A request came to us from the engineering manager in May.")) == 0
    assert mentions(draft("The request came to us from engineering in May.")) == 0


# The years of code told by its language.

def test_years_writing_a_programming_language_are_the_past() -> None:
    assert mentions(draft("This was my first year as a PM after nine years writing low-latency C++ for a "
                          "trading desk.")) == 1
    assert mentions(draft("I joined after six years writing Java services for a bank.")) == 1


def test_years_writing_other_things_are_no_past() -> None:
    assert mentions(draft("I joined after six years writing grant bids for a charity.")) == 0
    assert mentions(draft("I joined after six years writing plans for the council.")) == 0


# Words that name the engineering past only once the draft has named it.

ECHOES = [
    "Given my background, I moved faster on the access work than most PMs would.",
    "My background helped enormously here.",
    "Coming from security, I was too quick to treat every plot holder as a threat.",
    "I checked every slow page myself (an old trading habit).",
    "I reread every incident myself, which is the habit of the old job.",
    "I used my years on call to spot the stale cache within ten minutes.",
    "My instinct, as a firmware person, was to build a sensor into every gate.",
]


def test_an_echo_counts_beside_a_named_engineering_past() -> None:
    for echo in ECHOES:
        text = draft(f"I moved into product after six years as a software engineer. {echo}")
        assert mentions(text) == 2, echo


def test_an_echo_alone_names_no_engineering_past() -> None:
    # "my background" may be retail's; "coming from retail" is a past outside engineering
    for echo in ECHOES:
        assert mentions(draft(f"I moved into product after six years running a garden centre. {echo}")) == 0, echo
    assert mentions(draft("Coming from retail, I knew what a queue at a till tells you.")) == 0


def test_an_echo_inside_a_named_past_is_not_counted_twice() -> None:
    # "my old network-engineering habit" is a mention already; "my old habit" names no past of its own
    assert mentions(draft("I reread every incident myself, an old QA habit.")) == 1
    assert mentions(draft("As a former QA engineer I reread every incident, my old habit.")) == 1


def test_the_echoes_are_in_the_order_the_draft_tells_them() -> None:
    text = draft("Given my background, I read the logs. I moved into product after six years as a software "
                 "engineer.")
    found = analyze(text).reading.former_engineer_mentions
    assert len(found) == 2 and found[0].span.start < found[1].span.start
    assert text[found[0].span.start:found[0].span.end].lower().startswith("given my background")


def test_an_unusable_echo_pattern_is_refused_and_a_profile_can_add_one(tmp_path) -> None:
    import pytest

    from packetcoach.core.errors import ProfileError
    from packetcoach.profile.load import load_profile

    head = '[profile]\nname = "mine"\nextends = "amazon-pm"\n\n[phrases]\n'
    bad = tmp_path / "bad.toml"
    bad.write_text(head + "engineering_past_echoes = ['(?<=my )background']\n", encoding="utf-8")
    with pytest.raises(ProfileError, match="engineering_past_echoes"):
        load_profile(str(bad))
    mine = tmp_path / "mine.toml"
    mine.write_text(head + "engineering_past_echoes = ['\\bmy pager years\\b']\n", encoding="utf-8")
    text = draft("I moved into product after six years as a software engineer. My pager years taught me to "
                 "read the logs first.")
    assert len(analyze(text).reading.former_engineer_mentions) == 1
    assert len(analyze(text, profile=str(mine)).reading.former_engineer_mentions) == 2


# The career story before the first claim: what the room reads first, so the first claim is not the
# document's opening (SPEC 2.9).

STORY = ("- Cut the wait for a plot from 14 months to 5 for 2,300 allotment holders by offering half plots "
         "first, and renewals rose from 81% to 93%.\n"
         "- Proposed a shared tool shed scheme for 40 sites, now used by 900 holders.\n")


def lead(opening: str) -> bool:
    text = f"# Self-assessment 2026: Allotments\n\n{opening}\n\n## Results\n\n{STORY}"
    reading = analyze(text).reading
    assert Session().analyze(text).reading.lead_is_outcome == reading.lead_is_outcome
    return reading.lead_is_outcome


def test_a_career_story_before_the_first_claim_is_the_opening() -> None:
    assert lead("Before product I was an emergency-room nurse for nine years, and most of what follows came "
                "from knowing what a frightened caller sounds like.") is False
    assert lead("Before product, I spent eight years as a garden centre buyer, which is why I start with "
                "the people at the counter.") is False
    assert lead("This was my second year as a product manager after eleven years as a ward nurse, and the "
                "first year I felt the role fit.") is False


def test_an_opening_with_no_career_story_leaves_the_first_claim_the_lead() -> None:
    assert lead("") is True
    assert lead("Most of what follows came from the parks team and the holders who wrote to us.") is True
    # a career that is someone else's is no career story of the writer's
    assert lead("Most of what follows came from Ola, who was a ward nurse for nine years before product.") is True


# The ask told by the verb of the decision asked for: a level claim, which opens an argument and can be
# retold.

EVIDENCE = ("- Cut the wait for a plot from 14 months to 5 for 2,300 allotment holders by offering half plots "
            "first, and renewals rose from 81% to 93%.\n"
            "- Persuaded the parks director to fund a shared tool shed scheme for 40 sites, now used by 900 "
            "holders.\n")


def read(opening: str, level: str = "L7"):
    text = f"# Promotion case: Allotments\n\n{opening}\n\n## Evidence\n\n{EVIDENCE}"
    reading = analyze(text, level=level, doc_type="promotion").reading
    session = Session(level=level, doc_type="promotion").analyze(text).reading
    assert (session.retell, session.structure) == (reading.retell, reading.structure)
    return reading


def test_an_ask_to_be_promoted_recognised_or_a_nomination_claims_the_level() -> None:
    for ask in ("I am asking to be promoted to L7 because for eighteen months I have set the direction for "
                "allotments across four council teams.",
                "I am asking to be recognised at L7 because for eighteen months I have set the direction for "
                "allotments across four council teams.",
                "I am nominating her for L7 because for eighteen months she has set the direction for "
                "allotments across four council teams."):
        reading = read(ask)
        assert reading.retell is not None and reading.retell.startswith("I am "), ask
        assert reading.structure == "argument", ask


def test_promoting_others_or_a_byline_claims_no_level() -> None:
    for opening in ("I promoted two of my four PMs to senior this year, across four council teams.",
                    "Nominated by Dana Whitfield, Senior Director, for the allotments work."):
        reading = read(opening)
        assert reading.retell is None, opening
        assert reading.structure != "argument", opening
