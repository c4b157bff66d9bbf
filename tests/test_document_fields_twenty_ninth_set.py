"""Document fields by category of wording found on the packets p213-p228 (the twenty-ninth and
thirtieth blind sets) and the blind writers before them: the stopped, ready and initiated lists.
Each category has a small draft of our own that should count and one that should not."""

from __future__ import annotations

from test_document_fields_twenty_fifth_set import listed, story
from test_document_fields_twenty_seventh_set import none_listed

from packetcoach import Session, analyze


def each_listed(drafts: tuple[str, ...], which: str) -> None:
    """Each story of ``drafts``, the one story of a short draft, is the one item of ``which``,
    named by its first words."""
    for told in drafts:
        assert listed(story(told), which) == [told[:24]], told


def same_in_a_session(text: str) -> None:
    assert Session().analyze(text).reading.stopped_items == analyze(text).reading.stopped_items


def test_a_bet_the_writer_closed_or_rolled_back_is_a_stop() -> None:
    # a bet the writer proposed, its shortfall, then "I closed it" or "I rolled it back": the
    # writer's own stop, named by the bet, in one sentence or told in the next
    told = ("I proposed a Sunday pick-your-own slot at the upper orchard, betting that families would "
            "drive out for it; only 40 tickets sold in six weeks, so I rolled it back in July.",
            "I pitched a cider-press rental for small growers in March. Nine growers booked it against "
            "a plan of 60, and I closed it to new bookings in September.")
    each_listed(told, "stopped_items")
    same_in_a_session(story(told[1]))
    # a release the writer shipped and rolled back after a mistake repairs a harm; "closed the gap"
    # after a bet closes no bet; a closing with someone else as its subject is not the writer's
    quiet = ("I shipped a new picker-payroll screen that paid 30 pickers twice in May; I told the "
             "foremen it was my miss and rolled it back the same morning.",
             "I proposed weekly price sheets for the packing houses, and I closed the gap with the "
             "valley co-op: our growers' price per bin rose from $180 to $205.",
             "I proposed a Sunday pick-your-own slot at the upper orchard; only 40 tickets sold, so "
             "the farm manager rolled it back in July.")
    none_listed(quiet, "stopped_items")


def test_a_bet_told_with_its_aim_still_ends_in_its_later_stop() -> None:
    # "to cut ..." is what the bet was for, not its stop: the stop two sentences later ends the
    # bet, one story named by the proposal
    told = ("I proposed crate tags to cut lost crates and ran a pilot at four packing houses. Losses "
            "barely moved, from 9% to 8.6%, because most crates went missing on the growers' trucks. "
            "I stopped the pilot after three months and wrote off $30,000.")
    assert listed(story(told), "stopped_items") == [told[:24]]
    assert listed(story(told), "initiated_items") == [told[:24]]
    same_in_a_session(story(told))
    # the same aim with no stop after it stops nothing
    kept = ("I proposed crate tags to cut lost crates and ran a pilot at four packing houses. Lost "
            "crates fell from 9% to 3%, and all 14 packing houses now tag their crates.")
    assert listed(story(kept), "stopped_items") == []


def test_the_work_i_chose_not_to_do_names_a_kind_of_deed_not_a_stop() -> None:
    # a sentence that says what the draft covers names the kinds of deed, as "what I stopped" does
    framing = ("- Grew orchard sales 20% for 300 growers.\n- The appendix gives the detail behind each "
               "harvest, the work I chose not to do, and the objections I expect.",
               "- Grew orchard sales 20% for 300 growers.\n- The pages below set out the work I started, "
               "the things I stopped and the numbers behind each.")
    none_listed(framing, "stopped_items")
    none_listed(framing, "initiated_items")
    # the writer's own "chose not to" with a thing after it is still a stop
    stop = ("I chose not to build the work-order app the packing houses asked for, and put its "
            "$80,000 into faster cold-room sensors.")
    assert listed(story(stop), "stopped_items") == [stop[:24]]
    same_in_a_session(story(framing[0]))


def test_a_deed_under_a_title_owning_a_mistake_ends_in_its_later_stop() -> None:
    # "**A call I got wrong.**" makes the deed after it a bet: its shortfall and the writer's
    # closing of it later in the paragraph are one story, named by the deed, and a stop
    told = ("**A call I got wrong.** I launched a grower loyalty card in March, and after six months "
            "only 5% of growers had used it while it cost $60,000 of engineering time. I closed it in "
            "September and told the growers why.")
    assert listed(story(told), "stopped_items") == ["A call I got wrong.** I "]
    same_in_a_session(story(told))
    # the same title over a deed never closed, or a title that owns no mistake, stops nothing
    quiet = ("**A call I got wrong.** I launched a grower loyalty card in March, and after six months "
             "only 5% of growers had used it. I rebuilt its sign-up with the co-op, and use rose to 31%.",
             "**A call I got right.** I launched a grower loyalty card in March, and after six months "
             "only 5% of growers had used it. I closed it in September and told the growers why.")
    none_listed(quiet, "stopped_items")


def test_a_plan_of_several_years_the_writer_wrote_is_a_start() -> None:
    # a direction of several years the writer wrote and took to those who adopted it: a start
    told = ("I wrote the three-year plan for one shared grading standard and took it to the five "
            "packing-house managers myself. All five adopted it, and rejected bins fell from 9% to 4%.",
            "I wrote a five-year plan to move our 300 growers onto one cold-chain contract, and the "
            "co-op board adopted it in May.")
    each_listed(told, "initiated_items")
    # a plan for next year, or a plan someone else wrote, starts nothing
    quiet = ("I wrote the plan for next year and presented it to the co-op board.",
             "The co-op director wrote the three-year plan, and I ran its first season with 300 growers.")
    none_listed(quiet, "initiated_items")


def test_a_launch_asked_for_by_a_date_and_refused_is_a_hold() -> None:
    # someone asks for a launch by a date, and the writer says no in the next sentence: the date is
    # refused, the launch still comes, a hold and no stop
    held = ("In May the co-op director asked me to launch grower pre-orders in time for the harvest "
            "fair. I said no: the cold rooms could not yet hold the extra bins, and I did not want "
            "growers' first pre-order to rot.")
    assert listed(story(held), "stopped_items") == []
    # a request to build a thing, refused with the same words, is a stop
    refused = ("In May the co-op director asked me to build a grower chat app. I said no: growers "
               "already answer texts within the hour, and the $90,000 went into cold-room sensors.")
    assert listed(story(refused), "stopped_items") == [refused[:24]]
    same_in_a_session(story(held))


def test_i_decided_we_would_not_build_it_is_the_writers_stop() -> None:
    # the writer's decision that the team not build a thing is the guide's "chose not to build"
    told = ("- Sat with packers at three sheds in August. They tracked bins on a whiteboard in seconds, "
            "so I decided we would not build the bin-tracking app that was on the roadmap for Q4.")
    assert listed(story(told), "stopped_items") == [told[2:26]]
    # someone else's decision, or a modal with no decision of the writer's, is not the writer's stop
    quiet = ("- Sat with packers at three sheds in August; the co-op director decided we would not build "
             "the bin-tracking app that was on the roadmap for Q4.",
             "- Sat with packers at three sheds in August and learned we would not need a new scale "
             "for the late pears.")
    none_listed(quiet, "stopped_items")


def objections_section(text: str) -> bool:
    assert Session().analyze(text).reading.objections_section == analyze(text).reading.objections_section
    return analyze(text).reading.objections_section


def test_risks_to_the_case_and_an_interviews_objection_question_are_an_objections_section() -> None:
    # a section of the risks to the writer's own case, each named and answered
    risks = ("# Promotion case: Ines K. (L6)\n\n## Orchards\n\nI cut bin rejections for our 300 growers "
             "from 9% to 4% with a shared grading standard.\n\n## Risks to this case\n\n"
             "**\"The drop came from a dry summer.\"** The wet-year orchards fell just as far, from 10% "
             "to 5%.\n")
    assert objections_section(risks)
    # an interview's question asking for the objection, and its answer
    interview = ("# Self-assessment: Ines K. (L5)\n\nQ: What did you change?\n\nA: I cut bin "
                 "rejections for our 300 growers from 9% to 4% with a shared grading standard.\n\n"
                 "Q: What objection do you expect from the room?\n\nA: That the dry summer did it. The "
                 "wet-year orchards fell just as far, from 10% to 5%.\n")
    assert objections_section(interview)
    # a calculated risk, or an interview that asks for no objection, is no objections section
    quiet = ("# Self-assessment: Ines K. (L5)\n\n## A calculated risk that did not pay off\n\nI "
             "proposed a pick-your-own Sunday for families; only 40 tickets sold, so I closed it.\n",
             "# Self-assessment: Ines K. (L5)\n\nQ: What did you change?\n\nA: I cut bin rejections "
             "for our 300 growers from 9% to 4% with a shared grading standard.\n")
    for text in quiet:
        assert not objections_section(text), text


def test_deploys_and_a_deploy_pipeline_are_infrastructure_jargon() -> None:
    # the guide's own "deploys": a gate in the deploy pipeline and the deploys it blocked
    told = ("- Set up a CI/CD gate in the deploy pipeline so no build ships with a failing grading "
            "test; 19 deploys were blocked by it this year.\n- Cut bin rejections for our 300 growers "
            "from 9% to 4%.")
    text = story(told)
    assert analyze(text).reading.specialty == "infrastructure"
    assert Session().analyze(text).reading.specialty == "infrastructure"
    # one passing mention is no specialty
    once = "- Cut bin rejections for our 300 growers from 9% to 4%; the grading app now deploys weekly."
    assert analyze(story(once)).reading.specialty is None


def test_a_bare_price_put_forward_is_no_start() -> None:
    # a price the writer proposed against another's is terms, not a project begun
    price = ("Decision: I proposed $29 and ran a two-week price test on 8,000 growers to show it. "
             "Outcome: 34% of growers bought the pruning kit, against 21% at $49.")
    assert listed(story(price), "initiated_items") == []
    # a thing proposed with its price is still a start
    thing = ("I proposed a $4 same-day bin pickup for small growers, and 1,200 of our 3,000 growers "
             "booked it in its first season.")
    assert listed(story(thing), "initiated_items") == [thing[:24]]
