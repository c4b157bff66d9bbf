"""Document fields by category of wording found on the packets p197-p212 (the twenty-seventh and
twenty-eighth blind sets) and the blind writers before them: the stopped, ready and initiated lists.
Each category has a small draft of our own that should count and one that should not."""

from __future__ import annotations

from test_document_fields_twenty_fifth_set import listed, story

from packetcoach import Session, analyze


def none_listed(drafts: tuple[str, ...], which: str) -> None:
    """No story of ``drafts``, each the one story of a short draft, is in the list ``which``."""
    for told in drafts:
        assert listed(story(told), which) == [], told


def test_a_test_the_writer_ran_and_stopped_is_one_story_named_by_the_test() -> None:
    # a test, its shortfall and the writer's stop told in later sentences of one paragraph: one
    # story, named by the test, as a bet proposed and pulled is
    told = ("**May.** Tested a berth-swap board for visiting yachts. Swaps rose from 3 to 5 a week, "
            "but harbour-master calls about double bookings doubled. I stopped it and kept the "
            "phone line.")
    assert listed(story(told), "stopped_items") == ["Tested a berth-swap boar"]
    text = story(told)
    assert Session().analyze(text).reading.stopped_items == analyze(text).reading.stopped_items
    # a test whose paragraph stops nothing lists no stop
    kept = ("**May.** Tested a berth-swap board for visiting yachts. Swaps rose from 3 to 21 a week, "
            "and we rolled it out to every pontoon.")
    assert listed(story(kept), "stopped_items") == []


def test_a_review_question_before_the_writers_bet_does_not_hide_it() -> None:
    # a review form's bold question names the candidate ("she"); the answer's "I pitched ..." is the
    # bet, and its stop two sentences later ends it: one story, named by the answer
    told = ("**Where has she fallen short?** I pitched a paid fuel-delivery service for moored boats "
            "in 2025. After a summer only 11 owners had booked it, and I stopped it and moved its "
            "budget to the pump-out barge.")
    assert listed(story(told, "Questions the committee may ask"), "stopped_items") == [
        "Where has she fallen sho"]
    # the same question before an answer that stops nothing
    quiet = ("**Where has she fallen short?** I pitched a paid fuel-delivery service for moored boats "
             "in 2025, and 340 owners now book it each summer.")
    assert listed(story(quiet, "Questions the committee may ask"), "stopped_items") == []


def test_a_launch_refused_on_the_day_it_was_set_for_is_a_hold() -> None:
    # refusing to open on a named day, until a bar is met, holds the launch: the thing still opens
    held = ("- Refused to open winter mooring bookings on 1 October, the date the harbour board had "
            "set, until the berth plan matched the pontoon survey. Bookings opened ten days late, "
            "and double-booked berths fell from 40 to 2.",
            "- Refused to open the fuel dock on March 15 before the new pumps passed inspection.")
    none_listed(held, "stopped_items")
    # a refusal that names no day is still a refusal to build
    refused = "- Refused to open a second fuel dock on the north pier that sales wanted for superyachts."
    assert listed(story(refused), "stopped_items") == [refused[2:26]]


def test_what_i_turned_off_names_a_kind_of_deed_not_a_stop() -> None:
    # "what I turned off" sorts the year: a framing sentence, no stop
    framing = ("I have sorted this year by what I switched on, what I turned off and what I handed "
               "over.")
    text = story(framing + "\n\n- Turned off the paper mooring permits in May after 92% of owners "
                 "had renewed online.")
    assert listed(text, "stopped_items") == ["Turned off the paper moo"]
    # the writer's own "I turned off" is still a stop
    told = "In May I turned off the paper mooring permits after 92% of owners had renewed online."
    assert listed(story(told), "stopped_items") == [told[:24]]


def test_a_thing_asked_for_that_the_writer_did_not_build_is_a_stop() -> None:
    # a senior party's ask, and "I did not build it" in the next sentence: a request refused
    told = ("- The harbour master asked for a superyacht concierge app before the summer. I did not "
            "build it: superyachts are 2% of our berths, and the team was needed on the fuel dock.")
    assert listed(story(told), "stopped_items") == [told[2:26]]
    told = ("I did not build the valet app the marina director asked for; the launch schedule board "
            "answered 60% of the calls it was meant to end.")
    assert listed(story(told), "stopped_items") == [told[:24]]
    # the credit shared, and a thing nobody asked for, refuse nothing
    quiet = ("The berth map is the heart of my case. I did not build it alone: the pontoon crew "
             "surveyed every berth, and requests for a berth swap, asked for by 40 owners, now "
             "take a day.",
             "I did not build a native app; the booking page works on every phone, and online "
             "bookings rose from 30% to 70%.")
    none_listed(quiet, "stopped_items")


def test_a_step_cut_from_a_flow_is_a_simplification_not_a_stop() -> None:
    # the thing cut, then "from" and a flow the customer goes through: a step taken out
    quiet = ("- Dropped the hull-insurance upload quiz from the berth booking flow and checked "
             "policies at arrival instead; bookings finished rose from 52% to 81%.",
             "- Removed the second signature box from the visitor sign-up form, and sign-ups "
             "finished on a phone rose from 40% to 66%.")
    none_listed(quiet, "stopped_items")
    # a feature cut from a release, or cut with no flow named, is still a stop
    stops = ("- Dropped the tide-alert widget from the spring release after 3 of 200 owners opened "
             "it in the beta.",
             "- Dropped the hull-insurance quiz after owners told us it duplicated the broker's check, "
             "and moved its engineer to the fuel dock.")
    for told in stops:
        assert listed(story(told), "stopped_items") == [told[2:26]], told


def ready_named(text: str) -> list[str]:
    report = analyze(text)
    return [item.text[:24] for item in report.items if item.ready]


def test_a_log_entry_told_verb_first_takes_in_its_result() -> None:
    # under a bold month label, a deed told verb first ("I" implied) and its result in the next
    # sentence are one story, ready, named by the deed
    told = ("**June.** Shipped the berth-swap board to half of the visiting yachts in a test. "
            "Owners who moved berth without phoning rose from 20% to 64% of swaps over four weeks, "
            "and we gave it to every pontoon in July.")
    assert ready_named(story(told, "The year as I logged it")) == ["Shipped the berth-swap b"]
    text = story(told, "The year as I logged it")
    assert [i.ready for i in Session().analyze(text).items] == [i.ready for i in analyze(text).items]
    # a bold title told as a gerund is no deed: its story stays named by the writer's own sentence
    titled = ("**Moving berths without phoning.** Owners phoned the office for every berth swap. I "
              "proposed a swap board for visiting yachts, and owners who moved berth without phoning "
              "rose from 20% to 64% of swaps.")
    assert ready_named(story(titled)) == ["I proposed a swap board "]


def test_a_proposal_told_with_when_before_what_is_a_start() -> None:
    # "proposed", when it was made, then "that" and what was proposed: the writer's start
    told = ("I proposed in my second month that visiting yachts book berths by text, and text "
            "bookings reached 70% of visits by August.")
    assert listed(story(told), "initiated_items") == [told[:24]]
    # helping out, and a proposal's timing with no "that", start nothing
    quiet = ("I pitched in on the fuel-dock rota in June when two attendants were off, and no boat "
             "waited more than ten minutes.",
             "Our harbour master proposed in March a new mooring fee, and I modelled what owners "
             "would pay.")
    none_listed(quiet, "initiated_items")


def test_a_start_told_as_a_habit_with_an_adverb_starts_nothing() -> None:
    # "I still start every ... by ...": how the writer works, in the present, no thing begun
    quiet = ("Before product I spent six years as a deckhand, and I still start every problem by "
             "walking the pontoons with the crew.",
             "I always start a berth plan by reading last summer's complaints.")
    none_listed(quiet, "initiated_items")
    # a start told in the past with the same adverb is one
    told = "In May I also started a berth-swap board, and 300 owners swapped berths without phoning."
    assert listed(story(told), "initiated_items") == [told[:24]]
