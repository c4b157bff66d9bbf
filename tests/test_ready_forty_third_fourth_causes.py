"""The ready list of the forty-third and forty-fourth blind sets (p325-p340) by cause in the item
reading: a team's deed told first, with no result and no part of the writer's own, and the
writer's own deed in the paragraph's next sentence with the result ("In August we launched ... I
identified that ...; arrears ... fell", p336; "We took the text to all 14 centres ... I negotiated
with the community partner ...", p271) is one story, named by its first sentence. Each case has a
small draft of our own that should join and one that should not."""

from __future__ import annotations

from packetcoach import Session, analyze


def items(text: str) -> list[tuple[str, bool]]:
    found = [(i.text[:24], i.ready) for i in analyze(text).items if i.kind == "claim"]
    assert [(i.text[:24], i.ready) for i in Session().analyze(text).items if i.kind == "claim"] == found
    return found


def story(*sentences: str) -> str:
    return "# Self-assessment\n\n## The year\n\n" + " ".join(sentences) + "\n"


def test_a_team_deed_then_the_writers_part_with_the_result_is_one_story() -> None:
    for text in (story("In March we launched text reminders for tenants waiting on a repair.",
                       "I found that tenants missed visits because letters went to old addresses; missed "
                       "repair visits fell from 22% to 8% by the end of the year."),
                 story("We took the booking page to every branch library over the spring.",
                       "I persuaded the library managers to let members book a room from the page; room "
                       "bookings by members rose from 300 to 1,100 a month.")):
        found = items(text)
        assert len(found) == 1 and found[0][1], found  # one ready story, named by the team's sentence
        assert found[0][0] in ("In March we launched tex", "We took the booking page")


def test_a_team_deed_stays_apart_when_the_next_claim_is_not_the_writers_part() -> None:
    # the next claim opens another story ("I also ..."), is someone else's, or the team's deed has its
    # own result: nothing joins
    also = story("In March we launched text reminders for tenants waiting on a repair.",
                 "I also cut the wait for a boiler repair for tenants from 9 days to 3.")
    assert [t for t, _ in items(also)] == ["In March we launched tex", "I also cut the wait for "]
    theirs = story("In March we launched text reminders for tenants waiting on a repair.",
                   "The housing team found that missed visits fell from 22% to 8%.")
    assert items(theirs)[0][0] == "In March we launched tex" and len(items(theirs)) == 2
    resulted = story("In March we launched text reminders that cut missed repair visits for tenants from 22% "
                     "to 8%.", "I persuaded the housing director to fund them for every estate; "
                     "complaints from tenants fell from 40 to 12 a month.")
    assert len(items(resulted)) == 2


def test_a_hedged_team_deed_or_one_told_later_in_the_sentence_opens_no_story() -> None:
    hedged = story("We probably launched text reminders for tenants too early.",
                   "I found that tenants missed visits because letters went to old addresses; missed "
                   "repair visits fell from 22% to 8%.")
    assert len(items(hedged)) == 2 or not items(hedged)[0][0].startswith("We probably")
    # the team is not the sentence's subject: "the tool we launched" tells a thing
    thing = story("The reminder tool we launched in March reached tenants waiting on a repair.",
                  "I found that tenants missed visits because letters went to old addresses; missed "
                  "repair visits fell from 22% to 8%.")
    assert not any(t.startswith("The reminder tool") and r for t, r in items(thing))


def blocks(*paragraphs: str) -> str:
    return "# Self-assessment\n\n### Owners who wanted a sync\n\n" + "\n\n".join(paragraphs) + "\n"


def test_a_how_i_know_paragraph_is_the_result_part_of_its_story() -> None:
    # "**What changed.** ... **How I know.** ...": the deed and the evidence told in labelled paragraphs
    # one after another are one story, as "**Action.** ... **Result.** ..." are (p335)
    text = blocks("**What changed.** I scoped the calendar sync down to a one-way export for our 40 largest "
                  "customers instead of the two-way sync they had asked for.",
                  "**How I know.** Double bookings reported by those customers fell from 31 in the spring "
                  "to 4 in the summer.")
    found = items(text)
    assert len(found) == 1 and found[0][1], found
    # a plain paragraph after the deed, with no label, is a paragraph of its own
    plain = blocks("**What changed.** I scoped the calendar sync down to a one-way export for our 40 largest "
                   "customers instead of the two-way sync they had asked for.",
                   "Double bookings reported by those customers fell from 31 in the spring to 4 in the summer.")
    assert len(items(plain)) == 2
