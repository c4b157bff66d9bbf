"""Document fields by category of wording found on the packets p165-p180 (the twenty-third and
twenty-fourth blind sets) and the blind writers before them: the stopped and ready lists. Each
category has a small draft of our own that should count and one that should not."""

from __future__ import annotations

from packetcoach import Session, analyze


def story(paragraph: str, heading: str = "Ferries") -> str:
    """A short self-assessment whose one story is ``paragraph``, under ``heading``."""
    return ("# Self-assessment: Tomas R., Senior PM, Island Ferries (L6)\n\n"
            f"## {heading}\n\n{paragraph}\n")


def stopped(text: str) -> list[str]:
    report = analyze(text)
    return [report.item(i).text[:24] for i in report.reading.stopped_items]


def stops_listed(stops: tuple[str, ...], quiet: tuple[str, ...], marker: int = 0) -> None:
    """Each story of ``stops`` is listed as a stop, named by its words after ``marker`` characters
    (a bullet's "- "), and no story of ``quiet`` is."""
    for told in stops:
        assert stopped(story(told)) == [told[marker:marker + 24]], told
    for told in quiet:
        assert stopped(story(told)) == [], told


def test_an_option_planned_or_scoped_passed_over_after_any_deed_is_a_stop() -> None:
    # "instead of" or "rather than" after the writer's own deed, with the option told as planned,
    # scoped, approved or already under way: the writer chose not to build or buy it
    stops = ("I ran the deck-booking pilot on our existing ticket pages instead of the $80,000 "
             "booking rebuild engineering had scoped; 3,000 riders booked a deck seat in May.",
             "Proposed a shared waiting list for the night crossing instead of the two extra "
             "sailings on the capex list, and riders' wait for a seat fell from 40 minutes to 9.",
             "I launched winter timetables by text message rather than the kiosk network that had "
             "already been approved, and 1,800 commuters signed up in a month.")
    # an option told with nothing under way, and a vendor picked, stay a choice; "over" after a
    # deed that is not a choice names no option
    quiet = ("I ran the deck-booking pilot on our ticket pages instead of a new booking system; "
             "3,000 riders booked a deck seat in May.",
             "I launched winter timetables through a texting vendor instead of the carrier that "
             "had already been approved, and 1,800 commuters signed up in a month.",
             "I ran the winter timetable over the two weeks we had planned for it, and 1,800 "
             "commuters signed up.",
             "I moved the night sailings to the new pier; the move took five weeks instead of the "
             "planned eight, and 1,800 commuters signed up.")
    stops_listed(stops, quiet)
    told = story("I ran the pilot on our ticket pages instead of the booking rebuild engineering had "
                 "scoped, and 3,000 riders booked a seat.")
    assert Session().analyze(told).reading.stopped_items == analyze(told).reading.stopped_items != ()


def killed(*entries: str) -> str:
    """A draft with a "Killed" section of list entries, the first a stop told by its verb."""
    bullets = "\n".join(f"- {entry}" for entry in ("Killed the cabin-upgrade auction after 40 bids in "
                                                    "three months.", *entries))
    return story(bullets, heading="Killed")


def test_an_entry_under_a_stop_heading_that_opens_by_naming_the_thing_is_a_stop() -> None:
    # under the writer's own stop heading, an entry whose opening sentence or clause names the thing,
    # with the writer's deed told after it, is the stop the heading says
    for entry in ("The overnight live chat promised on our roadmap. I read two weeks of night "
                  "messages and replaced the chat with a morning call-back form.",
                  "A loyalty card that sales had promised to two tour operators; I told both operators "
                  "myself and gave them a group discount code instead."):
        assert stopped(killed(entry)) == ["Killed the cabin-upgrade", entry[:24]], entry
    # an entry that tells someone else's deed, or the writer's deed in its opening clause, or that
    # opens with no thing named, is not made a stop by the heading
    for entry in ("The harbour team had already stopped the paper tickets before I arrived, and I "
                  "ran the last refunds.",
                  "Most of the seat-map requests, 30 in all, answered by one printed deck plan. Riders "
                  "use it at the gate.",
                  "Scope: Ferries, Ports. I led both teams."):
        assert stopped(killed(entry)) == ["Killed the cabin-upgrade"], entry


def kinds(text: str) -> list[str]:
    return [item.kind for item in analyze(text).items]


def test_a_line_that_labels_its_setting_and_a_later_part_is_a_whole_story() -> None:
    # "Problem: ... -> What I did: ... -> Result: ...": the first label names the story's setting,
    # and the line goes on to the writer's part, so the line is a claim, read as the story it tells
    for line in ("Problem: riders missed the last ferry by minutes -> What I did: moved the final "
                 "sailing to 23:40 after reading 800 complaints -> Result: missed-ferry complaints "
                 "from riders fell from 120 to 15 a month.",
                 "Problem: foot passengers queued for tickets in the rain. Decision: I sold tickets on "
                 "the gangway tablets. Result: foot passengers' wait for a ticket fell from 20 minutes to 4."):
        text = story(f"- {line}")
        assert kinds(text)[-1] == "claim", line
        assert [i.ready for i in analyze(text).items][-1], line
    # a line that labels only its setting, or names a later part without the label's colon, stays
    # the setting of what follows
    for line in ("Problem: riders missed the last ferry by minutes, and the timetable had not changed "
                 "since 2019.",
                 "Problem: riders missed the last ferry by minutes, which is what I did not see "
                 "coming."):
        assert kinds(story(f"- {line}"))[-1] == "context", line
    told = story("- Problem: riders missed the last ferry -> What I did: moved the final sailing to "
                 "23:40 -> Result: missed-ferry complaints from riders fell from 120 to 15 a month.")
    assert [i.kind for i in Session().analyze(told).items] == kinds(told)


def test_a_stop_or_start_right_after_the_label_of_the_writers_part_is_the_writers() -> None:
    cancelled = ("Problem: a cabin-booking app sat on the roadmap at $900K -> What I did: cancelled it "
                 "after 70% of 400 riders said they book at the pier -> Result: its two engineers "
                 "moved to the pier tablets, and riders' boarding time fell from 9 minutes to 4.")
    proposed = ("Problem: riders kept asking for season passes -> What I did: proposed a monthly pass "
                "and wrote its rules -> Result: 2,100 riders bought one in March.")
    report = analyze(story(f"- {cancelled}\n- {proposed}"))
    assert [report.item(i).text[:20] for i in report.reading.stopped_items] == [cancelled[:20]]
    assert [report.item(i).text[:20] for i in report.reading.initiated_items] == [proposed[:20]]
    # the same verbs told of someone else, before the writer's label, are not the writer's
    theirs = ("Problem: the port cancelled our winter berth -> What I did: moved the winter sailings "
              "to the north pier -> Result: riders' winter cancellations fell from 30 to 4.")
    asked = ("Problem: the council proposed a fare rise -> What I did: showed them the rider survey "
             "-> Result: fares for 9,000 riders stayed the same.")
    report = analyze(story(f"- {theirs}\n- {asked}"))
    assert report.reading.stopped_items == report.reading.initiated_items == ()


def test_a_step_word_told_as_a_feature_planned_or_started_is_a_thing_stopped() -> None:
    # "upload" or "checklist" names a step of a flow ("dropped the mandatory photo upload"), but one
    # told with the roadmap it leaves, or as the writer's own start, is a feature stopped
    stops = ("- Dropped ticket-photo upload from the roadmap after four of five pier staff told "
             "me riders show the ticket on their phones anyway.",
             "- Paused the cargo photo upload I had started in the spring, when I saw crews "
             "photographing pallets rather than labels, and moved the time to boarding fixes.")
    quiet = ("- Dropped the mandatory photo upload from sign-up, and sign-ups from riders rose 9%.",
             "- Removed the paper checklist from boarding; crews now board a sailing in 6 minutes "
             "instead of 11.")
    stops_listed(stops, quiet, marker=2)


def test_a_launch_refused_for_the_month_it_was_set_for_is_a_hold() -> None:
    # "refused to launch in June": the June date refused, the thing ships later, as a launch held
    # until a bar is
    held = ("I refused to launch the night sailings in June after test crossings showed 1 in 12 ramps "
            "would jam. We launched in August, and 2,400 riders took a night sailing in the first month.")
    assert stopped(story(held)) == []
    # a launch refused for a place, and a stop told with its month, stay stops
    for call in ("I refused to launch the night sailings in Norway after test crossings showed 1 in 12 "
                 "ramps would jam.",
                 "I killed the cabin auction in June after 40 bids in three months."):
        assert stopped(story(call)) == [call[:24]], call


def test_a_goal_set_as_the_label_of_its_own_line_is_a_plan() -> None:
    # "Goal: ..." on its own line, before the line that tells the result, sets a target: no deed
    # done, no stop, no ready claim
    quarter = ("## Q4\n\nGoal: Retire the paper timetable booklets.\n\nResult: I stopped printing the "
               "booklets in October and moved the $40K to pier screens; riders' timetable questions "
               "fell from 300 to 90 a month.\n")
    report = analyze("# Self-assessment: Tomas R., PM, Island Ferries (L5)\n\n" + quarter)
    goal = next(i for i in report.items if i.text.startswith("Goal"))
    assert goal.kind == "plan" and goal.id not in report.reading.stopped_items
    # a deed told after "goal" in other words stays a claim
    met = story("I met the goal of 2,000 season passes by May, and riders' renewals rose from 40% to 55%.")
    assert [i.kind for i in analyze(met).items] == ["claim"]


def test_a_result_told_first_under_its_label_and_the_writers_deed_after_are_one_story() -> None:
    # "Result: ..." (or "Outcome: ...") with no deed of the writer's, then the writer's deed in the
    # next sentence: one story, named by its result, started (or stopped) by the deed it tells
    for told in ("Result: Missed sailings reported by riders fell 40%, from 300 to 180 a month. I "
                 "proposed moving the crew change to the pier, and the ferries now leave on time.",
                 "Outcome: season-pass renewals among island riders rose from 40% to 55%. My role: I "
                 "proposed the pass and cut its sign-up form to three fields."):
        report = analyze(story(told))
        assert [i.text[:12] for i in report.items] == [told[:12]], told
        assert report.items[0].ready and report.reading.initiated_items == (report.items[0].id,), told
    # a result with no label, and a deed that opens another story, stay apart
    for told in ("Missed sailings reported by riders fell 40%, from 300 to 180 a month. I proposed "
                 "moving the crew change to the pier.",
                 "Result: missed sailings reported by riders fell 40%. I also proposed a winter "
                 "timetable for the island school run."):
        assert len(analyze(story(told)).items) == 2, told
    told = story("Result: Missed sailings reported by riders fell 40%. I proposed moving the crew change.")
    assert [i.id for i in Session().analyze(told).items] == [i.id for i in analyze(told).items]


def test_a_deferral_by_the_writers_call_is_a_stop_and_one_held_to_a_bar_is_not() -> None:
    stops = ("- Deferred the $2.4M second pier the harbour board had planned, after I showed that "
             "80% of riders board at the first one.",
             "- I deferred the cabin upgrade to 2027 and told the 300 riders who asked for it by "
             "email.")
    # put off until a bar is met is a hold; a measure of speed that defers a step is no stop
    quiet = ("- Spanish-language announcements, deferred until we can staff bilingual crews on "
             "every sailing.",
             "- I deferred the cabin upgrade until the new ferry arrives in 2027.",
             "- Cut app start from 2.8 s to 1.1 s by deferring the map set-up until the first "
             "alert is opened.")
    stops_listed(stops, quiet, marker=2)


def test_a_request_argued_down_and_closed_by_instead_is_a_stop() -> None:
    # someone else's request in the opening "When" clause, the writer's argument right after it, and
    # the story closed by "instead", in the asker's sentence or the team's clause
    stops = ("When the harbour board asked for a cabin-booking app, I argued that 60% of riders "
             "book at the pier on the day. The board agreed to put the money into pier tablets "
             "instead.",
             "When the ferry director asked for seat ratings by riders, I argued that crews would "
             "game them, and we built a private feedback card instead, which 30% of riders use.")
    # a request to stop something argued down keeps it; a vendor asked for is a purchase; the
    # writer's own request is no one else's
    quiet = ("When the director proposed pausing the night sailings, I argued to keep them and "
             "capped bookings at 200 a night instead.",
             "When the port asked for a new ticketing vendor, I argued that ours was cheaper, and "
             "we renewed it instead.",
             "When I asked for a bigger crew budget, I argued that overtime cost more, and we "
             "hired two deckhands instead.")
    stops_listed(stops, quiet)
