"""Document fields by category of wording found on the packets p85-p92 and the blind writers before
them: which items start a project. Each category has a small draft of our own that should count
and one that should not."""

from __future__ import annotations

from packetcoach import analyze


def listed(field: str, draft: str) -> list[str]:
    """The texts of the items the reading lists as started or stopped."""
    report = analyze(draft)
    return [report.item(i).text for i in getattr(report.reading, field)]


def started(draft: str) -> list[str]:
    return listed("initiated_items", draft)


def stopped(draft: str) -> list[str]:
    return listed("stopped_items", draft)


def template(who: str, win: str, section: str) -> str:
    """A short self-assessment with one win, and a section whose text each test fills in."""
    return f"# Self-assessment: {who} (L6)\n\n## Impact\n\n- {win}\n\n## {section}\n\n{{}}\n"


DRAFT = template("Noor K., Ferry Tickets", "Proposed and launched a season pass for island commuters; pass "
                 "holders rode 40% more often and ticket-office queues fell from 25 to 8 minutes.", "What I learned")
JUDGMENT = template("Ines P., Library App", "Cut the wait for a reserved book from 12 days to 5 for readers in "
                    "the branch libraries by letting them pick any branch.", "Judgment")


def test_a_start_with_a_period_after_every_or_each_is_when_not_what() -> None:
    found = started(DRAFT.format("Commuters forgive a late boat but not a wrong timetable. I now start each "
                                 "month by riding the first crossing with the deck crew."))
    assert found == [found[0]] and found[0].startswith("Proposed and launched")
    found = started(DRAFT.format("I start every week by reading the complaints the ticket office logged."))
    assert len(found) == 1
    # a thing begun still counts when a period word follows later on
    found = started(DRAFT.format("I started a night-crossing pilot every summer weekend for the festival "
                                 "crowds, and it now runs all year."))
    assert any(text.startswith("I started a night-crossing pilot") for text in found)


def test_a_start_imagined_after_if_i_is_no_start() -> None:
    found = started(DRAFT.format("If I started again I would ask the deck crew before the finance team."))
    assert len(found) == 1 and found[0].startswith("Proposed and launched")
    found = started(DRAFT.format("If I proposed the pass again I would price it by the crossing, not the "
                                 "month."))
    assert len(found) == 1
    # "if" elsewhere in the sentence does not undo a start the writer made
    found = started(DRAFT.format("I proposed a bike rack on the early boats to see if commuters would leave "
                                 "their cars; 300 riders a day now bring bikes."))
    assert any(text.startswith("I proposed a bike rack") for text in found)


def test_the_reading_is_the_same_in_a_session() -> None:
    from packetcoach import Session

    draft = DRAFT.format("If I started again I would ask the deck crew before the finance team.")
    session = Session()
    session.analyze(DRAFT.format("Commuters forgive a late boat but not a wrong timetable."))
    assert session.analyze(draft).reading.initiated_items == analyze(draft).reading.initiated_items


CHANGELOG = ("# Self-assessment: Tomas B., Route Planning (L5)\n\nMy year as release notes.\n\n## Releases\n\n"
             "{}\n\n## Next year\n\nMove the depot map onto the same planner.\n")
RELEASES = (("January", "Moved the route planner onto its own database; planning runs finish in 4 minutes, not 20."),
            ("March", "Added live traffic to the planner; late deliveries fell from 9% to 6%."),
            ("May", "Let drivers swap two stops from the van app; support calls about stop order fell 35%."),
            ("July", "Cut the planner's memory use in half so it runs on the smaller servers."),
            ("October", "Shipped a depot view for dispatchers; they re-plan a late van in one minute."))


def structure(draft: str) -> str:
    return analyze(draft).reading.structure


def test_a_changelog_by_version_and_month_is_told_in_time_order() -> None:
    versions = "\n\n".join(f"**v2.{n}, {month}:** {deed}" for n, (month, deed) in enumerate(RELEASES))
    assert structure(CHANGELOG.format(versions)) == "chronology"
    bracketed = "\n".join(f"- v4.{n} ({month[:3]}): {deed}" for n, (month, deed) in enumerate(RELEASES))
    assert structure(CHANGELOG.format(bracketed)) == "chronology"
    # version labels with no month are no time order, nor a version named inside a sentence
    unnamed = "\n".join(f"- v4.{n}: {deed}" for n, (_, deed) in enumerate(RELEASES))
    assert structure(CHANGELOG.format(unnamed)) != "chronology"
    inside = "\n".join(f"- The v4.{n} release: {deed}" for n, (_, deed) in enumerate(RELEASES))
    assert structure(CHANGELOG.format(inside)) != "chronology"


def test_a_stop_named_only_by_something_is_a_preview_not_the_stop() -> None:
    found = stopped(JUDGMENT.format("I also said no to something I wanted. The branch heads asked for an "
                                    "e-book club, and I had drawn one up.\n\nWhen I costed it, it needed "
                                    "two engineers for a year, so I killed the e-book club before it "
                                    "started."))
    assert found and not any(text.startswith("I also said no to something") for text in found)
    assert any("I killed the e-book club" in text for text in found)
    # the same verb with a thing named is the stop
    found = stopped(JUDGMENT.format("I also said no to the e-book club I had drawn up: it needed two "
                                    "engineers for a year."))
    assert any(text.startswith("I also said no to the e-book club") for text in found)


def test_a_price_or_a_step_with_a_clause_after_it_is_no_stop() -> None:
    assert stopped(JUDGMENT.format("I dropped the fee we charged for late returns, and returns came back "
                                   "sooner.")) == []
    # a project with a clause after it is still a stop
    found = stopped(JUDGMENT.format("I dropped the kiosk pilot we had run in two branches, because readers "
                                    "queued behind it."))
    assert any(text.startswith("I dropped the kiosk pilot") for text in found)
