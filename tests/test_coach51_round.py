"""The coach's first screen (coach51 round): a failure the writer announces, or a figure under a
heading of what is not solved yet, is never offered as a sentence for the room; a level claim that
retells a story's before and after yields to the story; and engineering or technical-only stories
beside enough complete stories, where the work meets the level's bar, are a cut to make, not the
reason the case reads below its level."""

from __future__ import annotations

from packetcoach import analyze
from packetcoach.analysis.verdict import judge
from packetcoach.coach.sentences import changes, failure_told, retell, room_sentences

HEAD = "# Self-assessment 2026: Sam Rivera, PM, Bike Share Memberships\n\n## Riders\n\n"
STUDENTS = ("I proposed a student membership at half price after reading 500 support emails from students who said "
            "the annual fee was too high, and student sign-ups rose from 1,200 to 4,100 in one term, worth £96,000 "
            "a year in new revenue.\n\n")
VANS = ("I convinced the operations lead to send a van to any dock that stays full for an hour, and complaints "
        "from riders about full docks fell from 300 to 40 a month.\n\n")
EMPLOYERS = ("I negotiated a corporate plan with the three largest employers in the city, and 2,300 of their staff "
             "joined in the first quarter, worth £140,000 a year.\n\n")
STOP = ("## Decisions\n\nI stopped the loyalty badge programme that marketing had started, after our data showed "
        "badge holders rode no more often than others, and moved its £80,000 budget into the student membership.\n\n"
        "Next year I will take the student membership to the two other universities in the city.\n")
KIOSK = ("I moved membership renewal from the kiosk to the app to save the kiosk licence, and renewals at the "
         "kiosk-only stations fell 17% in a month. I reversed it within six weeks and learned to test a channel "
         "change at two stations first.\n\n")
COVERAGE = ("Coverage outside the ring road is still poor: only 30% of suburban riders have a dock within a "
            "ten-minute walk, up from 22%.\n\n")


def _said(text: str, level: str = "L5") -> str:
    report = analyze(text, level=level)
    return " | ".join(s.text for s in room_sentences(report))


def test_a_failure_announced_in_the_sentence_before_is_never_offered():
    said = _said(HEAD + STUDENTS + VANS + "One decision did not work. " + KIOSK + STOP)
    assert "17%" not in said
    assert "1,200 to 4,100" in said and "300 to 40" in said


def test_a_label_before_the_announcement_still_counts():
    said = _said(HEAD + STUDENTS + VANS + "**After.** It did not pay off. " + KIOSK + STOP)
    assert "17%" not in said


def test_the_same_deed_told_without_an_announcement_stays_a_sentence_for_the_room():
    # no announcement: the coach does not guess that a fall is a failure (a cost, a wait can fall)
    said = _said(HEAD + STUDENTS + VANS + KIOSK + STOP)
    assert "17%" in said


def test_an_announcement_with_a_figure_of_its_own_is_a_result_not_an_announcement():
    said = _said(HEAD + STUDENTS + VANS
                 + "The old renewal flow did not work for 40% of riders. " + KIOSK + STOP)
    assert "17%" in said


def test_a_failure_announced_inside_the_sentence_before_its_figure_is_never_offered():
    bundle = ("We tried a paid family bundle in October, which did not really work out (about 300 sales in six "
              "weeks against a goal of 5,000), and it was switched off in November.\n\n")
    report = analyze(HEAD + STUDENTS + bundle + VANS + STOP, level="L5")
    said = " | ".join(s.text for s in room_sentences(report))
    assert "300 sales" not in said
    assert "300 sales" not in (retell(report) or "")


def test_a_failure_named_before_the_repair_that_moved_the_number_is_no_announcement():
    repair = ("The old sign-up form did not work for older riders, so I cut it to two steps and completed "
              "sign-ups rose from 40% to 61%.\n\n")
    said = _said(HEAD + STUDENTS + repair + VANS + STOP)
    assert "40% to 61%" in said


def test_a_figure_under_a_heading_of_what_is_not_solved_is_never_offered():
    said = _said(HEAD + STUDENTS + VANS + "## What I have not solved\n\n" + COVERAGE + STOP)
    assert "30%" not in said
    said = _said(HEAD + STUDENTS + VANS + "## What I would still like to improve\n\n" + COVERAGE + STOP)
    assert "30%" not in said


def test_the_same_figure_under_a_results_heading_stays():
    said = _said(HEAD + STUDENTS + VANS + "## Coverage\n\n" + COVERAGE + STOP)
    assert "22%" in said


def test_failure_told_reads_the_profile_heading_list():
    report = analyze(HEAD + STUDENTS + VANS + "## What I have not solved\n\n" + COVERAGE + STOP, level="L5")
    under = [i for i in report.items if i.section == "What I have not solved"]
    assert under and all(failure_told(report, i, i.sentences[0]) for i in under)
    riders = [i for i in report.items if i.section == "Riders"]
    assert riders and not any(failure_told(report, i, s) for i in riders for s in i.sentences)


CLAIM = ("I am ready for L5: I own memberships across two teams, and my student plan lifted student sign-ups "
         "from 1,200 to 4,100 in one term.\n\n")


def test_a_level_claim_that_retells_a_story_yields_to_the_story():
    text = HEAD.replace("## Riders\n\n", CLAIM + "## Riders\n\n") + STUDENTS + VANS + EMPLOYERS + STOP
    sentences = room_sentences(analyze(text, level="L5"))
    told = [s.text for s in sentences if "1,200" in s.text]
    assert len(told) == 1 and told[0].startswith("I proposed a student membership")


def test_a_level_claim_with_a_change_no_story_tells_stays():
    claim = ("I am ready for L5: I own memberships across two teams, and this year rides per member rose "
             "from 9 to 14 a month.\n\n")
    text = HEAD.replace("## Riders\n\n", claim + "## Riders\n\n") + STUDENTS + VANS + EMPLOYERS + STOP
    said = " | ".join(s.text for s in room_sentences(analyze(text, level="L5")))
    assert "from 9 to 14" in said


def test_changes_reads_the_before_and_after_in_words():
    assert changes("churn fell from 7.4% to 5.1% a month") == frozenset({("7.4", "5.1")})
    assert changes("revenue grew from £0.9M a year to £2.3M.") == frozenset({("0.9", "2.3")})
    assert changes("rose 17% in a month") == frozenset()


ENGINEERING = ("## Dock status\n\nRewrote the dock status service in Go and cut API latency from 800 ms to 120 ms."
               "\n\n## Rides data\n\nMigrated the rides database to Postgres and refactored the nightly ETL job, "
               "cutting its run from 3 hours to 20 minutes.\n\n")


def test_engineering_stories_beside_a_complete_case_are_a_cut_not_the_reading():
    verdict = judge(analyze(HEAD + STUDENTS + VANS + EMPLOYERS + ENGINEERING + STOP, level="L5"))
    assert verdict.reading == "at"
    assert verdict.summary.startswith("Reads at L5, but 2 stories present engineering work")
    assert verdict.top_changes[0].kind == "remove-engineering-work"


def test_engineering_stories_beside_too_few_complete_stories_still_read_below():
    effort = ("I ran 12 rider workshops across the city and wrote the membership strategy document for the "
              "operations and finance leads, and presented it at the quarterly business review.\n\n")
    verdict = judge(analyze(HEAD + STUDENTS + effort + ENGINEERING + STOP, level="L5"))
    assert verdict.reading == "below"


def test_the_rehearsal_never_asks_whose_life_a_failure_made_better():
    from packetcoach.coach.rehearse import rehearse
    failed = rehearse(analyze(HEAD + STUDENTS + VANS + "One decision did not work. " + KIOSK + STOP, level="L5"))
    assert not any("17%" in q.text for q in failed)
    unsolved = rehearse(analyze(HEAD + STUDENTS + VANS + "## What I have not solved\n\n" + COVERAGE + STOP,
                                level="L5"))
    assert not any("30%" in q.text for q in unsolved)


def test_two_stops_told_on_one_line_name_the_line_once():
    from packetcoach.output.coachview import reading_lines
    stops = ("## Decisions\n\nI stopped the loyalty badge programme that marketing had started, after our data "
             "showed badge holders rode no more often than others. I also killed the kiosk app pilot after only 3% "
             "of riders used it, and moved its two engineers to the student membership.\n\n")
    report = analyze(HEAD + STUDENTS + VANS + EMPLOYERS + stops, level="L5")
    assert len(report.reading.stopped_items) == 2
    judged = dict(reading_lines(report))["judgment both ways"]
    assert judged.endswith("stopped 2 (line 13)")
