"""Document fields by category of wording found on the packets p181-p196 (the twenty-fifth and
twenty-sixth blind sets) and the blind writers before them: the stopped and initiated lists. Each
category has a small draft of our own that should count and one that should not."""

from __future__ import annotations

from packetcoach import Session, analyze


def story(paragraph: str, heading: str = "Orchards") -> str:
    """A short self-assessment whose one story is ``paragraph``, under ``heading``."""
    return ("# Self-assessment: Ines K., Senior PM, Valley Orchards (L6)\n\n"
            f"## {heading}\n\n{paragraph}\n")


def listed(text: str, which: str) -> list[str]:
    report = analyze(text)
    return [report.item(i).text[:24] for i in getattr(report.reading, which)]


def stops_listed(stops: tuple[str, ...], quiet: tuple[str, ...]) -> None:
    """Each story of ``stops`` is listed as a stop, named by its words after a bullet's "- ", and
    no story of ``quiet`` is."""
    for told in stops:
        assert listed(story(told), "stopped_items") == [told.removeprefix("- ")[:24]], told
    for told in quiet:
        assert listed(story(told), "stopped_items") == [], told


def test_a_stop_after_then_shares_the_writers_main_verb() -> None:
    # ", then" or "and then" before a stop word, in the clause of the writer's own main verb: the
    # writer's second deed, as a verb after ", and" already was
    stops = ("- Drafted a brief for a frost-alert collar for the trees, then shelved it when the "
             "growers told me the new sprinklers had ended night frost damage.",
             "I built the first harvest-crew rota screen and then cancelled the paper rota, and "
             "pickers' missed shifts fell from 40 to 12 a month.")
    # someone else's stop after "then", a stop after another clause's subject, and a deed that
    # is no stop stay none
    quiet = ("The co-op drafted a brief for a frost-alert collar, then shelved it in March.",
             "- Rolled back the irrigation update within an hour, then the co-op paused all "
             "schedule pushes.",
             "- Wrote the frost brief for the orchard managers, then presented it to the board.")
    stops_listed(stops, quiet)
    text = story(stops[0])
    assert Session().analyze(text).reading.stopped_items == analyze(text).reading.stopped_items != ()


def test_what_i_started_and_stopped_names_the_kinds_of_deed_not_a_deed() -> None:
    # a sentence that sorts the year "by what I started and what I stopped" frames the draft:
    # neither a start nor a stop
    framing = ("I have sorted this year by what I started, what I stopped and what I gave away, "
               "because the stops mattered as much as the starts.")
    text = story(framing + "\n\nI killed the pear-grading app in May after six weeks in which 3 of "
                 "40 packers opened it, and moved its engineer to the cold-store alerts.")
    assert listed(text, "stopped_items") == ["I killed the pear-gradin"]
    assert listed(text, "initiated_items") == []
    # the writer's own start and stop told in the same breath still count
    told = ("I started the packers' shift-swap board in March and stopped the paper swap sheet a "
            "month later; unfilled shifts fell from 30 to 8 a week.")
    assert listed(story(told), "initiated_items") == [told[:24]]
    assert listed(story(told), "stopped_items") == [told[:24]]


def story_items(paragraph: str) -> list[str]:
    return [item.text[:24] for item in analyze(story(paragraph)).items]


def test_a_finding_dug_out_by_what_the_writer_built_or_closed_by_a_colon_opens_the_story() -> None:
    # the writer's query or report "that showed" the problem, right after the verb, or the
    # writer's own digging closed by a colon: the decision and result after it finish that story,
    # named by its first sentence, as "I read the records myself and found that ..." already was
    stories = ("I wrote the query that showed 60% of late pickups came in the hour after a storm "
               "warning. I proposed a storm-day slot swap in the grower app; late pickups for our 300 "
               "growers fell by half.",
               "I pulled nine months of rejected crates myself: 41% were rejected for bruising from one "
               "loading bay. I had that bay's ramp rebuilt, and crates the supermarkets rejected fell "
               "from 900 to 300 a month.")
    for told in stories:
        report = analyze(story(told))
        assert [item.text[:24] for item in report.items] == [told[:24]], told
    report = analyze(story(stories[0]))
    assert [i.text[:24] for i in report.items if i.ready] == [stories[0][:24]]
    assert [report.item(i).text[:24] for i in report.reading.initiated_items] == [stories[0][:24]]
    # a pilot's finding far from the verb, and a thing built "that" people use, open no story: a
    # first sentence with its own result stays apart from the next
    apart = ("I moved the packers to a line with a one-tap scale and a two-shed pilot that showed "
             "packing time for our 40 packers fell from 9 to 6 minutes. I proposed the scale for every "
             "shed; packing errors fell by half.",
             "I built the crate tracker that growers now use every day, and crate losses fell from 9% "
             "to 3%. I proposed a deposit on crates; unreturned crates fell by half.")
    for told in apart:
        assert len(story_items(told)) == 2, told


MANAGERS_CASE = """Written by his manager, Ruth Okafor, for the spring promotion panel.

# Promotion to L6: Kofi Mensah, Product Manager, Orchard Logistics

## The evidence

- He proposed shared cold-store slots for the 40 smallest growers, and spoilage for those growers fell from 9% to 3% in one season.
- He killed the crate-rental marketplace he had pitched after 3 of 20 growers used it in a quarter, and moved its engineer to the cold-store work.
- He coached Ada, an associate PM, to run the picker rota.

## {heading}

I came to product from a packing shed. I set myself one goal: no grower loses fruit waiting for space. I bet a quarter on a text-message booking line and learned that growers book from the shed office. I now visit a shed before I write a proposal.
"""


def test_the_candidates_own_section_named_by_whose_view_it_is() -> None:
    # a manager's document whose closing section, "Her view" or "His view", is in the candidate's
    # own first person: that "I" is the candidate's and does not make the draft a first-person one,
    # so the candidate's start and stop are listed, as under "In his own words"
    for heading in ("His view", "In his own words"):
        report = analyze(MANAGERS_CASE.format(heading=heading))
        assert report.document.voice is not None, heading
        assert [report.item(i).text[:20] for i in report.reading.stopped_items] == ["He killed the crate-"], heading
    # under a heading that names no speaker the same paragraph is the manager's own, and the
    # draft, with the writer acting as often, reads as the writer's
    report = analyze(MANAGERS_CASE.format(heading="Next steps"))
    assert report.document.voice is None
    text = MANAGERS_CASE.format(heading="His view")
    assert Session().analyze(text).reading.stopped_items == analyze(text).reading.stopped_items


def test_an_option_argued_against_that_someone_proposed_is_passed_over() -> None:
    # arguing or pushing for one option "over" another that was proposed or planned: the writer
    # chose not to build the other, as with "chose" or "backed"
    stops = ("- Argued for a pick-your-slot screen over the route optimiser the ops team had "
             "proposed; growers' missed pickups fell from 12% to 4%.",
             "I pushed for paper crate tags over the RFID rollout that had been planned, and lost "
             "crates fell from 900 to 200 a season.")
    # an option with nothing proposed or planned, and "over" as a span of time, stay a choice
    quiet = ("- Argued for a pick-your-slot screen over a route optimiser; growers' missed pickups "
             "fell from 12% to 4%.",
             "I pushed for paper crate tags over the winter, and lost crates fell from 900 to 200 a "
             "season.")
    stops_listed(stops, quiet)


def mentions(text: str) -> int:
    return len(analyze(text).reading.former_engineer_mentions)


def test_a_background_named_before_its_engineering_field_is_a_mention() -> None:
    # "my background in firmware" says what "my firmware background" says
    for told in ("My background in firmware helped me read the tag logs this year.",
                 "My experience in embedded systems made the sensor review quick.",
                 "I leaned on my grounding in backend work to size the sync job."):
        assert mentions(story(told)) == 1, told
    # a background in another field, or in software sold rather than built, is none
    for told in ("My background in retail helped me read the orchard shop's sales.",
                 "My background in software sales helped me price the grower plan.",
                 "My experience in logistics made the cold-store review quick."):
        assert mentions(story(told)) == 0, told
