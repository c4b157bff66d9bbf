"""The writer's digging or an owned fault told first, and the result in the writer's next sentence of
the same paragraph: one story, named by its first sentence, and ready there. Drafts of our own that
should join, and that should not: two separate deeds, a dig with no result after it, a result that
someone else's deed gave. Also: a numbered bold title over the first story is an entry of a list, not
an opening claim."""

from __future__ import annotations

from test_document_fields_twenty_fifth_set import story

from packetcoach import analyze

RESULT = ("I moved the picking bonus to crate weight, and late deliveries to our 40 grocery customers fell from "
          "12% to 4%.")


def _ready_starts(paragraph: str) -> list[str]:
    return [item.text[:24] for item in analyze(story(paragraph)).items if item.ready]


def _starts(paragraph: str) -> list[str]:
    return [item.text[:24] for item in analyze(story(paragraph)).items]


def test_a_dig_marked_as_the_writers_own_and_its_result_next_are_one_story() -> None:
    digs = (
        # by hand, a finding after "and"
        "As a former packhouse engineer, I went through 900 late orders by hand and found that most "
        "waited on a crate count at the weighbridge. ",
        # myself, closed by a colon and a number later in the clause
        "I read the weighbridge logs myself and matched a season of crate counts against order times: "
        "31% of picking time went on recounts at the gate. ",
        # myself, and the finding in the next sentence
        "I wrote the crate query myself, because the dashboards only showed the packhouse side. "
        "It showed that 31% of late orders waited on a recount. ",
    )
    for dig in digs:
        assert _ready_starts(dig + RESULT) == [dig[:24]], dig
        assert len(_starts(dig + RESULT)) == 1, dig


def test_an_owned_fault_and_the_repair_that_gives_its_result_are_one_story() -> None:
    fault = "Owned the labelling fault that sent 60 pallets to the wrong grocer in the week before Easter. "
    repair = ("Called every grocer myself, paid for the re-deliveries and added a label check at the dock; "
              "none of the 60 grocery customers left us, and mislabelled pallets fell from 9 a month to none.")
    assert _ready_starts(fault + repair) == [fault[:24]]
    took = "I took responsibility for the pricing error that overcharged 120 growers in March. "
    repair_i = "I refunded every grower within the month, and complaints fell from 30 a week to 2."
    assert _ready_starts(took + repair_i) == [took[:24]]


FIRST = ("I cut the crate form from nine fields to four, and growers who sent mislabelled crates fell from 9% "
         "to 2%. ")
FAULT = "Owned the pallet-label error in the week before Easter: 60 pallets went to the wrong grocer. "


def test_two_separate_deeds_a_dig_with_no_result_and_someone_elses_result_stay_apart() -> None:
    # after a finished story, an owned fault joins its repair; a remit owned, with no fault, does not
    assert _ready_starts(FIRST + FAULT + RESULT) == [FIRST[:24], FAULT[:24]]
    remit = "Owned the packhouse roadmap for the two sites this year. "
    assert _starts(FIRST + remit + RESULT) == [FIRST[:24], remit[:24], RESULT[:24]]
    # a fault, then another story ("I also ..."): two deeds
    also = "I also " + RESULT[2:]
    assert _starts(FAULT + also) == [FAULT[:24], also[:24]]
    # a dig with no result after it: nothing joins, nothing ready
    dig = ("I went through 900 late orders by hand and found that most waited on a crate count. "
           "I shared the list with the packhouse managers in May.")
    assert _ready_starts(dig) == []
    # the result someone else's deed gave: the fault stays apart, and unready
    others = FAULT + ("The dock team then added a label check, and growers who got mislabelled pallets fell "
                      "from 9% to 2%.")
    assert FAULT[:24] not in _ready_starts(others) and len(_starts(others)) == 2
    # a dig already told with its own result is finished: the next story stays apart
    done = ("I read the weighbridge logs myself and moved the recount to the gate, and late deliveries to our 40 "
            "grocery customers fell from 12% to 4%. ") + "I cut the crate form from nine fields to four, and growers who sent " \
        "mislabelled crates fell from 9% to 2%."
    assert len(_starts(done)) == 2


def test_a_numbered_bold_title_over_the_first_story_is_an_entry_not_an_opening_claim() -> None:
    text = ("# Accomplishments: Ines K., PM, Valley Orchards (L5)\n\n"
            "**1. Fewer late orders for grocers.** I moved the picking bonus to crate weight, and late deliveries "
            "to our 40 grocery customers fell from 12% to 4%.\n\n"
            "**2. Cleaner crate labels.** I cut the crate form from nine fields to four, and growers who sent "
            "mislabelled crates fell from 9% to 2%.\n")
    assert analyze(text, doc_type="accomplishments").reading.structure == "mixed"
    unnumbered = text.replace("**1. ", "**").replace("**2. ", "**")
    assert analyze(unnumbered, doc_type="accomplishments").reading.structure == "argument"


def test_a_bold_deed_title_with_i_or_verb_first_names_its_story_and_a_topic_title_does_not() -> None:
    # one reading of a deed told as the story's bold title, "I" and the verb or the verb first:
    # the claims after it in its paragraph are its story, ready there
    body = (" Our first crate count ran at the gate after the lorries left. I moved the count to the weighbridge, "
            "and late deliveries to our 40 grocery customers fell from 12% to 4%.")
    for title in ("**I held the crate count to the weighbridge.**", "**Moved the crate count to the weighbridge.**"):
        items = analyze(story(title + body)).items
        assert [item.ready for item in items] == [True], title
    # a gerund or a noun phrase names a topic: the deed after it is its own story
    for title in ("**Holding the crate count.**", "**The crate count.**"):
        items = analyze(story(title + body)).items
        assert not any(item.ready and item.text.startswith(title.strip("*")[:10]) for item in items), title
