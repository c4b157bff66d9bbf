"""Document fields by category of wording found on the packets p149-p156 and the blind writers before
them: the ready, stopped and initiated lists. Each category has a small draft of our own that should
count and one that should not."""

from __future__ import annotations

from packetcoach import Session, analyze

from judgment_calls import mentions


def story(paragraph: str) -> str:
    """A short self-assessment whose one story is ``paragraph``."""
    return ("# Self-assessment: Pia L., Senior PM, School Meals (L6)\n\n## Lunch orders\n\n"
            f"{paragraph}\n")


def ready_texts(text: str) -> list[str]:
    return [item.text[:24] for item in analyze(text).items if item.ready]


def test_a_result_whose_subject_is_a_plural_that_is_also_a_verb_stays_in_its_story() -> None:
    # "Calls from parents ... fell" is the story's result: "calls" is the measure's noun, not the
    # writer's verb, so the sentence is no claim of its own and the story stays one ready item
    told = ("I proposed a weekly menu text for parents of pupils with allergies. It reached all 30 "
            "schools in eight weeks. Calls from parents asking about allergens fell from 1,400 a term "
            "to 380.")
    report = analyze(story(told))
    assert [item.text[:24] for item in report.items] == ["I proposed a weekly menu"]
    assert ready_texts(story(told)) == ["I proposed a weekly menu"]
    for result in ("Orders from parents for the hot option rose from 40% to 55% of pupils.",
                   "Visits of parents to the office per week dropped from 90 to 25.",
                   "Calls to the school office about lunch money fell by half."):
        assert len(analyze(story(f"I proposed a weekly menu text for parents. {result}")).items) == 1, result
    # the same word as a bullet's own verb keeps it: its object follows, or no past verb does
    for bullet in ("- Calls every new parent in the first week, which lifted sign-ups from 60% to 75%.",
                   "- Calls from the kitchen each Friday with the school cooks.",
                   "- Reports to the head of catering on menu costs every week."):
        item = analyze(story(bullet)).items[0]
        assert item.action.verb in ("call", "report") and item.action.subject == "i", bullet
    # the reading is the same in a Session
    session = Session()
    session.analyze(story("I proposed a weekly menu text for parents."))
    assert [i.id for i in session.analyze(story(told)).items] == [i.id for i in report.items]


def initiated(text: str) -> list[str]:
    report = analyze(text)
    return [report.item(i).text[:24] for i in report.reading.initiated_items]


def test_a_proposal_names_a_new_thing_whatever_its_cadence() -> None:
    # "the daily" after "started" is a routine begun again; after "proposed" or "pitched" it names
    # the thing proposed, which is new
    for call in ("I proposed the daily menu text after four years of answering the same parents' "
                 "question at the school office.",
                 "I pitched the weekly allergy summary to the catering lead, and 40% of parents now "
                 "open it."):
        assert initiated(story(call)) == [call[:24]], call
    for call in ("I started the annual menu review with the catering lead in March.",
                 "I kicked off the weekly kitchen sync with the cooks."):
        assert initiated(story(call)) == [], call


def stopped(text: str) -> list[str]:
    report = analyze(text)
    return [report.item(i).text[:24] for i in report.reading.stopped_items]


def test_a_stop_after_the_writers_decision_frame_is_made_even_in_a_proposal() -> None:
    # the item's main verb proposes, which makes a stop after "to" a stop proposed; the writer's
    # decision frame ("made the call", "decided") right before "to" says the stop was made
    for call in ("I proposed a Saturday breakfast club that I was sure parents wanted; after six weeks "
                 "only 25 pupils had come, so I made the call to shut it down and move its cook to "
                 "lunches.",
                 "I pitched a pudding pre-order for parents; only 3% used it, so I then decided to "
                 "end it."):
        assert stopped(story(call)) == [call[:24]], call
    for call in ("I proposed to close the Saturday breakfast club after only 25 pupils came.",
                 "I argued to end the pudding pre-order, and the catering lead decided to keep it.",
                 "I proposed a Saturday breakfast club; the head teacher made the call to close it "
                 "down."):
        assert stopped(story(call)) == [], call


def test_a_stop_told_as_a_participle_after_the_writers_verb_is_the_writers() -> None:
    # ", dropping the X" after the writer's main verb in the same sentence tells a second deed of
    # the writer's, as ", and dropped the X" does; a measure moved that way is no stop
    for call in ("- Launched the parents' meal app with a menu for each school, dropping the paper "
                 "order form that few parents returned so we could open a term early.",
                 "- Moved every school to one lunch supplier, retiring the tuck-shop pilot."):
        assert stopped(story(call)) == [call[2:26]], call
    for call in ("- Renegotiated the milk contract, dropping the cost per carton by 20%.",
                 "- Renegotiated the milk contract, cutting the average cost per carton from $0.40 "
                 "to $0.31.",
                 "- The kitchen team launched the meal app, dropping the paper order form."):
        assert stopped(story(call)) == [], call


def test_an_engineering_past_told_by_the_years_spent_building_after_a_move_to_product() -> None:
    # "came to product from four years designing sensors" tells the old job by what was built, as
    # "Before product I spent five years building engines" does
    told = ("I came to product from five years designing ticket-gate sensors, and I still read the "
            "gate logs first.", "She moved to product from three years writing booking services.")
    assert [mentions(sentence) for sentence in told] == [1, 1]
    # a designer's or an operator's years, or writing that is no code, are no engineering past
    untold = ("I came to product from five years designing timetables.",
              "I came to product from six years running the ferry kiosks.",
              "I moved to product from three years writing harbour grant bids.")
    assert [mentions(sentence) for sentence in untold] == [0, 0, 0]
