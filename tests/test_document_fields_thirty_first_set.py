"""Document fields by category of wording found on the packets p229-p244 (the thirty-first and
thirty-second blind sets) and the blind writers before them: the stopped, ready and initiated lists.
Each category has a small draft of our own that should count and one that should not."""

from __future__ import annotations

from test_document_fields_twenty_fifth_set import listed, story
from test_document_fields_twenty_ninth_set import each_listed, same_in_a_session
from test_document_fields_twenty_seventh_set import none_listed

from packetcoach import Session, analyze


def each_way(told: tuple[str, ...], quiet: tuple[str, ...], which: str = "stopped_items") -> None:
    """Each story of ``told`` is the one item of ``which`` (the first also in a Session), and no
    story of ``quiet`` is in it."""
    each_listed(told, which)
    text = story(told[0])
    assert getattr(Session().analyze(text).reading, which) == getattr(analyze(text).reading, which)
    none_listed(quiet, which)


def test_an_option_passed_over_that_someone_else_had_drafted_is_a_stop() -> None:
    # "chose X over Y" is a stop when Y was proposed: a draft someone else had written proposes it
    told = ("I picked a one-line frost warning on the grower app instead of the full weather "
            "dashboard the design team had drafted, and frost losses fell 30% for our 300 growers.",
            "I dropped the late-delivery fine the packing manager had drafted and offered growers a "
            "second pickup slot; late crates fell from 12% to 5%.")
    # the writer's own draft, and a draft that nobody passed over, are no stop
    each_way(told, ("I drafted a frost-warning spec and shipped it to 300 growers; frost losses fell 30%.",
                    "I shipped the weather dashboard the design team had drafted, and frost losses fell "
                    "30% for our 300 growers."))


def test_things_cut_from_a_release_in_a_list_are_a_stop() -> None:
    # a descope of two things joined by "and", named before the release they were cut from
    told = ("I cut cold-store booking and the bulk-bin discount from the first release so the pickup "
            "planner could ship before harvest, and it did.",)
    # a number cut, or a list whose clause ends before the plan is named, is no descope
    each_way(told, ("I cut wait times and the error rate by 40% from the first release onwards for our growers.",
                    "I cut the intake form to one page and the check-in time fell, which sales liked, from "
                    "the launch on."))


def test_a_thing_cut_under_a_heading_of_stops_is_a_stop() -> None:
    # the writer's heading says each deed under it is a stop: "cut the ..." there ends a thing
    killed = ("# Self-assessment: Ines K., Senior PM, Valley Orchards (L6)\n\n## Killed\n\n"
              "- Killed the drone-scouting add-on after 10 weeks: 40 growers tried it and 3 kept it.\n"
              "- After watching growers give up at the map step, I cut the orchard-map editor the design "
              "team had spent a quarter on and offered three field templates instead; finished sign-ups "
              "rose from 48% to 70%.\n")
    assert listed(killed, "stopped_items") == ["Killed the drone-scoutin", "After watching growers g"]
    assert Session().analyze(killed).reading.stopped_items == analyze(killed).reading.stopped_items
    # the same cut under a heading that names no stop is a simplification, and a number cut under
    # the stop heading is a result
    kept = killed.replace("## Killed", "## Changed")
    assert listed(kept, "stopped_items") == ["Killed the drone-scoutin"]
    number = ("# Self-assessment: Ines K., Senior PM, Valley Orchards (L6)\n\n## Killed\n\n"
              "- Killed the drone-scouting add-on after 10 weeks: 40 growers tried it and 3 kept it.\n"
              "- I cut the sign-up time for growers from 20 minutes to 6 by reusing their co-op records.\n")
    assert listed(number, "stopped_items") == ["Killed the drone-scoutin"]


def test_a_calculated_risk_and_its_later_stop_are_one_story() -> None:
    # "My calculated risk:" owns the deed after it as a bet; the stop told two sentences later
    # ("I have stopped the ...") ends it, one story named by the risk
    told = ("My calculated risk: I priced cold storage for small growers below cost for one season to "
            "win 40 farms. It won 12, not 40, and lost $30K. I have stopped the discount, and I learned "
            "to test a price with five growers before publishing it.")
    assert listed(story(told), "stopped_items") == [told[:24]]
    same_in_a_session(story(told))
    # a risk that paid off stops nothing; a deed with no risk label and a stop told later of
    # something else is read as before
    quiet = ("My calculated risk: I priced cold storage for small growers below cost for one season to "
             "win 40 farms. It won 52, and the storage line now makes $80K a year.",)
    none_listed(quiet, "stopped_items")


def test_a_period_kicked_off_says_when_not_what_was_started() -> None:
    # "kicked off the year with ..." says when the deed came, as "started the year by ..." does
    quiet = ("Kicked off the year with the spring grower survey and read all 600 answers; the top "
             "complaint was waiting two hours at the weighbridge.",
             "I kicked off the season with a ride-along on every pickup route and logged 80 late stops.")
    # a thing kicked off is still the writer's start
    told = ("I kicked off a weighbridge booking pilot at two packing houses in March; waits for our "
            "300 growers fell from two hours to 25 minutes.",)
    each_way(told, quiet, "initiated_items")


def mentions(paragraph: str) -> int:
    return len(analyze(story(paragraph)).reading.former_engineer_mentions)


def test_an_engineering_field_named_for_the_past_is_a_mention() -> None:
    # "My embedded background", "my distributed-systems background", "My game-development years"
    told = ("My embedded background helped here: I knew the scale could take new weights over the air, "
            "so I proposed remote calibration and weighbridge visits fell 40% for our 300 growers.",
            "My game-development years taught me to watch what a grower does, not what they say.",
            "I spent six years writing firmware for weighbridges myself before moving to product, so I "
            "read the scale logs first.",
            "As someone who spent four years building Android apps before this role, I know what is "
            "cheap to build.")
    for paragraph in told:
        assert mentions(paragraph) == 1, paragraph
    text = story(told[0])
    assert len(Session().analyze(text).reading.former_engineer_mentions) == 1
    # a customer's background, time spent building a business, or years of building with no move to
    # product are no engineering past of the writer's
    quiet = ("Our growers' mobile background is thin: most check prices by phone call.",
             "I spent six years building the orchard business before joining the co-op board.",
             "I spent two years building apps with the growers' co-op and still run its pickup planner.")
    for paragraph in quiet:
        assert mentions(paragraph) == 0, paragraph


def objections_under(heading: str) -> bool:
    text = ("# Self-assessment: Ines K., Senior PM, Valley Orchards (L6)\n\n## Pickups\n\n"
            "I proposed a weighbridge booking slot for our 300 growers; waits fell from two hours to "
            "25 minutes.\n\n"
            f"## {heading}\n\n"
            "*Was it a quiet harvest?* No. Tonnage was 9% above last year, and the one packing house "
            "without slots saw no drop in waits.\n")
    assert Session().analyze(text).reading.objections_section == analyze(text).reading.objections_section
    return bool(analyze(text).reading.objections_section)


def test_what_the_room_or_the_committee_may_ask_is_an_objections_section() -> None:
    for heading in ("What the room may ask", "What I expect the committee to ask",
                    "What the committee might ask"):
        assert objections_under(heading), heading
    # a heading of what someone asked the writer to do names no objection
    for heading in ("What the committee asked me to do", "What growers ask for"):
        assert not objections_under(heading), heading


def blocks_draft(next_line: str) -> str:
    block = ("## {n}. {title}\n\nProblem: Growers waited two hours at the weighbridge.\n\n"
             "Bet: I proposed booked weighbridge slots at {n} packing houses.\n\n"
             "Result: Waits for our 300 growers fell from two hours to 25 minutes.\n\n"
             "{next_line}\n\n")
    return ("# Self-assessment: Ines K., Senior PM, Valley Orchards (L6)\n\n"
            "I already work at L6: my bets cut grower waits by 80% across 14 packing houses.\n\n"
            + "".join(block.format(n=n, title=title, next_line=next_line)
                      for n, title in ((1, "Slots"), (2, "Crates"), (3, "Bins"))))


def test_a_run_in_next_label_is_no_sequence_word() -> None:
    # "Next:" ends each Problem / Bet / Result / Next block: a label of the plan, not time order
    text = blocks_draft("Next: I will bring slots to the cold stores.")
    assert analyze(text).reading.structure == "argument"
    assert Session().analyze(text).reading.structure == "argument"
    # "Next, ..." and "Then ..." telling the order of the deeds still drive a chronology
    told = blocks_draft("Next, I moved the slots to the cold stores in the following week.")
    assert analyze(told).reading.structure == "mixed"


def test_a_rule_lifted_is_a_simplification_not_a_stop() -> None:
    # a rule taken off the served party, as a requirement is, stops no product
    quiet = ("Negotiated with the co-op to accept phone tickets at the weighbridge, ending the paper-docket "
             "rule for 300 growers; docket printing spend fell $20K.",
             "I dropped the two-visit rule for new growers, and sign-ups rose from 40 to 65 a month.")
    # a product with "rules" in its name is still a thing stopped
    each_way(("Sunset the grading rules console, which two analysts still used for one report; I rebuilt "
              "the report in the new tool first.",), quiet)


def test_stops_named_as_nouns_in_a_summary_are_no_stop() -> None:
    # "my keeps and kills this year" names the deeds as nouns; it stops nothing itself
    quiet = ("I run grower pickups at L6: my keeps and kills this year got growers a weighbridge slot in "
             "25 minutes instead of two hours and lifted on-time pickups from 61% to 88%.",)
    # a stop told after "and" with the writer's own verb before it is still one
    each_way(("I pitched a cider-press rental for small growers and killed it after nine bookings in "
              "six weeks, returning $40K to the budget.",), quiet)
