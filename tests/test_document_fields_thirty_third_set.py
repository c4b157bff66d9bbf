"""Document fields by category of wording found on the packets p245-p260 (the thirty-third and
thirty-fourth blind sets) and the blind writers before them: the stopped and initiated lists.
Each category has a small draft of our own that should count and one that should not."""

from __future__ import annotations

from test_document_fields_twenty_fifth_set import listed, story
from test_document_fields_twenty_ninth_set import same_in_a_session
from test_document_fields_twenty_seventh_set import none_listed

from packetcoach import Session, analyze


def test_a_stop_told_again_round_it_is_listed_once_by_the_first_sentence() -> None:
    # the paragraph's first claim makes the stop; a later "I stopped it in June, ..." carries on
    # the same story and is no second stop
    told = ("Plainly: I killed the auto-sorting camera we had been building for the seed warehouse since "
            "January. In trials it mislabelled 1 in 5 trays, and a mislabelled tray means the wrong crop "
            "in a grower's field. I stopped it in June, moved its three engineers to the manual check "
            "queue, and that queue is why tray errors are now under 1%.")
    assert listed(story(told), "stopped_items") == ["Plainly: I killed the au"]
    same_in_a_session(story(told))
    # a different thing stopped in the next claim is a stop of its own; so is "it" stopped after
    # a claim that stopped nothing
    two = ("I killed the auto-sorting camera for the seed warehouse in March, after 1 in 5 trays were "
           "mislabelled. I also stopped the weekly tray audit in June, which took 20 staff hours a week.")
    assert listed(story(two), "stopped_items") == ["I killed the auto-sortin", "I also stopped the weekl"]
    one = ("I launched the auto-sorting camera at the seed warehouse in January for 300 growers. In "
           "trials it mislabelled 1 in 5 trays, so I stopped it in June and moved its engineers to the "
           "manual check queue.")
    assert listed(story(one), "stopped_items") == ["In trials it mislabelled"]


def test_the_writers_part_told_after_a_result_is_one_story_with_its_deeds() -> None:
    # a result told first with no label, then "My part was ...: I ..., and dropped ...": one story,
    # named by the result, and a stop joined by "and" after the writer's "I" is the writer's
    told = ("Seed orders delivered within two days rose from 55% to 83% for our 900 growers. My part was "
            "the dispatch rule: I chose two delivery windows, one at dawn and one at noon, and dropped the "
            "evening run the depot team wanted, because growers told us in 30 calls it arrived after dark.")
    assert listed(story(told), "stopped_items") == ["Seed orders delivered wi"]
    same_in_a_session(story(told))
    # someone else's part after the colon is not the writer's, and a part with no "I" after its
    # colon joins nothing
    none_listed(("Seed orders delivered within two days rose from 55% to 83% for our 900 growers. My part "
                 "was the dispatch rule: the depot team chose two delivery windows and dropped the evening "
                 "run, because growers complained.",
                 "Seed orders delivered within two days rose from 55% to 83% for our 900 growers. My note on "
                 "it: I chose two windows, one at dawn and one at noon, and the depot team dropped the "
                 "evening run."), "stopped_items")


def test_a_deed_after_a_role_label_joined_by_and_is_the_writers_start() -> None:
    # "My part: I reconciled ..., and proposed ...": the start after "and" is the writer's
    told = ("Project: seed-lot recall check\nOutcome: growers got back $1.1M of spoiled seed costs; "
            "disputed lots fell from 9% to 2%.\nMy part: I read six months of recall claims by hand, found "
            "that 1 in 7 named the wrong lot, and proposed the recall check for the 200 growers who file "
            "most claims.")
    assert listed(story(told), "initiated_items") == ["Project: seed-lot recall"]
    assert Session().analyze(story(told)).reading.initiated_items == analyze(story(told)).reading.initiated_items


def test_a_start_with_no_thing_begun_is_no_start() -> None:
    # the writer's arrival in the role ("when I started.") and a starting point ("I started from
    # what growers said") begin no project, product or programme
    none_listed(("Cut the wait for seed refunds for our growers from 11 days to 3 by paying on scan. Refund "
                 "delays were the first complaint at every co-op meeting when I started.",
                 "The refunds work is what I would build on next, because it is the first time I started "
                 "from what growers said rather than from what the warehouse needed."), "initiated_items")
    # a thing begun after "when I started" or "since I started" is still a start
    told = "Since I started the seed-swap programme in May, 400 growers have joined it and orders rose 20%."
    assert listed(story(told), "initiated_items") == [told[:24]]


def kinds(text: str) -> list[str]:
    return [item.kind for item in analyze(text).items]


def ready(text: str) -> list[str]:
    return [item.text[:24] for item in analyze(text).items if item.ready]


def test_a_bet_under_a_heading_of_bets_that_did_not_is_a_lesson() -> None:
    # the guide's calculated risk that did not pay off, told with its lesson: not a ready claim,
    # and its own stop still listed
    told = ("I proposed a seed-swap board where growers trade surplus packets. After four months only 3% "
            "of growers used it and complaints about mixed lots rose, so I shut the board in August. I "
            "learned that growers want one seller to answer for a packet.")
    under = story(told, heading="Bets that did not")
    assert kinds(under)[0] == "lesson"
    assert ready(under) == []
    assert listed(under, "stopped_items") == [told[:24]]
    # the same story under "Bets that paid" stays a claim
    assert kinds(story(told, heading="Bets that paid"))[0] == "claim"


def test_what_i_would_change_labels_a_lesson_that_still_tells_its_stop() -> None:
    # "What I would change:" names what the writer would do another way: a lesson, not a ready
    # claim, whose stop told here for the first time is listed
    told = ("What I would change: I stopped the Saturday seed counter at the north depot in March to save "
            "£20,000 in cover, and I regret it. Saturday was the only day 1 in 4 part-time growers could "
            "collect, and I reopened it in July.")
    text = story(told)
    assert kinds(text)[0] == "lesson"
    assert ready(text) == []
    assert listed(text, "stopped_items") == [told[:24]]
    same_in_a_session(text)
    # a claim with no such label stays a claim; a lesson that opens by naming the stop as its
    # subject re-tells it and lists none
    assert kinds(story("I stopped the Saturday seed counter at the north depot in March, which saved "
                       "£20,000 in cover for our 300 growers.")) == ["claim"]
    none_listed(("What I would change: stopping the Saturday seed counter taught me to ask part-time "
                 "growers first.",), "stopped_items")


def test_years_told_by_the_engineering_work_are_the_engineering_past() -> None:
    # "My years making games", as "my game-development years" already was; years building
    # products or serving customers name no engineering
    said = ("# Self-assessment\n\nMy years making games taught me to profile before I optimise, and the seed "
            "catalogue now loads in 1 second for our 900 growers.\n\nMy years writing firmware for scales "
            "told me where the weights drift.\n")
    assert len(analyze(said).reading.former_engineer_mentions) == 2
    quiet = ("# Self-assessment\n\nMy years building products for growers taught me to ask first, and 900 "
             "growers now order online.\n\nMy years making deliveries for the co-op taught me the routes.\n")
    assert analyze(quiet).reading.former_engineer_mentions == ()


def test_a_header_line_of_candidate_and_author_or_a_cowritten_note_is_no_claim() -> None:
    # the document's own labels ("Candidate: ...", "Written by: ...") and "Written together by ...":
    # context, so the lead is the first story after them
    header = ("# Promotion: Ines K.\n\nCandidate: Ines K., Senior PM (L6), Seed Orders\nWritten by: Ana Ruiz, "
              "Director of Product\n\nInes cut the wait for seed refunds for our 900 growers from 11 days to 2 "
              "by paying on scan, and refund complaints fell 60%.\n")
    cowritten = ("# Promotion: Ines K.\n\nWritten together by Ines and her manager, Ana Ruiz. The sections "
                 "alternate.\n\nInes cut the wait for seed refunds for our 900 growers from 11 days to 2 by "
                 "paying on scan, and refund complaints fell 60%.\n")
    for text in (header, cowritten):
        report = analyze(text)
        assert report.items[0].kind == "context"
        assert report.reading.lead_is_outcome is True
        assert Session().analyze(text).reading.lead_is_outcome is True
    # a deed that names the candidate as its object is still a claim
    claim = "# Self-assessment\n\nI hired Candidate Ops, a vendor, and growers' refund waits fell from 11 days to 2.\n"
    assert analyze(claim).items[0].kind == "claim"


def test_what_a_skeptical_reader_should_ask_is_an_objections_section() -> None:
    # the doubter's questions, each answered under a heading that names the reader who doubts
    base = ("# Self-assessment\n\n## Refunds\n\nI cut the wait for seed refunds for our 900 growers from 11 days "
            "to 2 by paying on scan.\n\n## {heading}\n\nDid refunds fall because orders fell? Orders rose 6% "
            "on last year, so the faster refunds came on more orders, not fewer.\n")
    for heading in ("What a skeptical reader should ask", "Questions a sceptic would ask"):
        text = base.format(heading=heading)
        assert analyze(text).reading.objections_section is True, heading
        assert Session().analyze(text).reading.objections_section is True
    # a skeptic won over, told as a story, is no objections section
    won = base.format(heading="How the co-op's most skeptical buyer came round").replace(
        "Did refunds fall because orders fell? ", "")
    assert analyze(won).reading.objections_section is False


def test_a_databases_own_parts_give_away_the_data_specialty() -> None:
    # the guide's SQL told by its parts: keys between tables, subqueries, indexes on a table
    told = ("# Log\n\n**3 March.** Added foreign keys between the seed-lot and grower tables so orders "
            "could not point at a missing lot.\n\n**9 April.** Cut the nightly lot report from 30 minutes "
            "to 2 by adding a composite index and rewriting a subquery as a join.\n")
    assert analyze(told).reading.specialty == "data"
    assert Session().analyze(told).reading.specialty == "data"
    # keys and an index of another kind name no database
    quiet = ("# Log\n\n**3 March.** Cut the lost-key calls at the seed depot from 40 a week to 5 by giving "
             "growers spare keys.\n\n**9 April.** Added a price index to the grower newsletter, and 900 growers "
             "now read it.\n")
    assert analyze(quiet).reading.specialty is None


def test_a_thing_the_writer_left_unbuilt_is_a_stop() -> None:
    # "Left X unbuilt on purpose": the writer chose not to build it (the guide's "chose not to build")
    told = ("Left the grower loyalty card unbuilt on purpose: growers have no other seed co-op nearby, so "
            "points would have cost us about $90,000 a year.",
            "I left the live delivery map unbuilt, because most growers order by phone.")
    for draft in told:
        assert listed(story(draft), "stopped_items") == [draft[:24]], draft
    same_in_a_session(story(told[0]))
    # someone else's, or a thing that stands unbuilt with no deed of the writer's, is none
    none_listed(("The vendor left the delivery map unbuilt, so I ran the pilot on paper for 300 growers.",
                 "The delivery map is still unbuilt, and 88% of growers get a text instead."), "stopped_items")


def test_a_contract_the_writer_passed_on_renewing_is_a_stop() -> None:
    # letting the co-op's own contract lapse, as "did not renew" already reads
    told = ("I passed on renewing our $30,000 fax-ordering contract and moved the 600 growers who had the app "
            "to in-app orders.",)
    for draft in told:
        assert listed(story(draft), "stopped_items") == [draft[:24]], draft
    # a renewal passed to someone else, or customers who did not renew, is none
    none_listed(("I passed the contract renewal to the finance lead, and 600 growers moved to in-app orders.",
                 "Growers passed on renewing their seed plans when prices rose, so I cut the price 10%."),
                "stopped_items")
