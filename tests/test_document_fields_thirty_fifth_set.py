"""Document fields by category of wording found on the packets p261-p276 (the thirty-fifth and
thirty-sixth blind sets) and the blind writers before them: the lead, the structure and the lists.
Each category has a small draft of our own that should count and one that should not."""

from __future__ import annotations

from packetcoach import Session, analyze


def lead(text: str) -> bool:
    found = analyze(text).reading.lead_is_outcome
    assert Session().analyze(text).reading.lead_is_outcome == found
    return found


def test_a_note_on_the_drafts_form_is_no_claim_and_the_lead_is_the_story_after_it() -> None:
    # "I have written this as ...", "so that is how I have written it": a note to the reader on the
    # draft's form, context, so the first story after it is the opening the room reads
    for note in ("I have written this as the questions I expect the room to ask, one paragraph each.",
                 "I still think of the year as a ledger, so that is how I have written it.",
                 "I've written it the way a harvest log reads, one entry per week."):
        text = (f"# Promotion: Ines K., PM, Valley Orchards (L6)\n\n{note}\n\n## Where I work now\n\n"
                "I already work at L6: I set the plan that put 40 packing sheds on one picking app, and "
                "growers' unpaid days fell from 11 to 2, about $3.1M paid sooner.\n")
        report = analyze(text)
        assert report.items[0].kind == "context", note
        assert lead(text) is True, note
    # a note that holds a number is still read for what it claims, and a deed written into
    # something is still a deed
    counted = analyze("# Self-assessment\n\nI have written this as 40 pages of logs, and refunds for our "
                      "900 growers fell from 11 days to 2.\n")
    assert counted.items[0].kind == "claim"
    deed = analyze("# Self-assessment\n\nI wrote the pick-rate rule into the packing-shed checklist myself, "
                   "and growers' late loads fell by half.\n")
    assert deed.items[0].kind == "claim"


def test_an_endorsers_note_over_the_draft_is_someone_elses_words() -> None:
    # "> Endorsement from ...": every sentence of the note is the endorser's, so the candidate's
    # own opening claim after it is the lead; "I support this promotion" is a view, as "I recommend" is
    text = ("# Promotion to L6: Ines K., PM, Valley Orchards\n\n> Endorsement from Ana Ruiz, Director "
            "(skip-level). Ines already does the L6 job. She took our packing sheds from paper tickets to "
            "one app across 40 sites. I support this promotion without reservation.\n\n## The case\n\n"
            "I am operating at L6 now: I put 40 packing sheds on one picking app, and growers' unpaid days "
            "fell from 11 to 2, about $3.1M paid sooner.\n")
    report = analyze(text)
    assert [item.kind for item in report.items[:2]] == ["context", "context"]
    assert lead(text) is True
    # the same paragraph in the candidate's own words, with no label, is the candidate's
    own = ("# Promotion to L6: Ines K., PM, Valley Orchards\n\nI took our packing sheds from paper tickets to "
           "one app across 40 sites, and growers' unpaid days fell from 11 to 2.\n")
    assert analyze(own).items[0].kind == "claim"
    # a deed that names an endorsement is no label: "Endorsement" must open the paragraph
    named = ("# Self-assessment\n\nI won an endorsement from the growers' board for the picking app, and "
             "growers' unpaid days fell from 11 to 2.\n")
    assert analyze(named).items[0].kind == "claim"


def test_a_lesson_the_product_sells_is_no_lesson_learned() -> None:
    # where the product books lessons, "move a lesson" names the thing sold: the story stays a
    # claim and is ready
    told = ("I made rebooking self-service in the app, so a learner can move a lesson in two taps. Late "
            "cancellations by learners fell from 12% to 5%, and our 200 coaches got back 400 paid hours "
            "a month.")
    report = analyze(f"# Self-assessment\n\n## Rebooking\n\n{told}\n")
    assert [(item.kind, item.ready) for item in report.items] == [("claim", True)]
    assert Session().analyze(f"# Self-assessment\n\n## Rebooking\n\n{told}\n").items[0].ready is True
    # a lesson drawn in the writer's words still makes the item a lesson
    for drawn in ("Launching to every pool at once was a lesson in humility for me.",
                  "It was a hard lesson: I should have piloted the rebooking flow at one pool first.",
                  "The lesson I took is to read the cancellations before I change the rules."):
        assert analyze(f"# Self-assessment\n\n## Rebooking\n\n{drawn}\n").items[0].kind == "lesson", drawn


def test_the_writers_own_question_of_cause_is_an_objections_section() -> None:
    # "## How do I know the gains came from ... and not from ...?" over its answer: the doubt the
    # room will raise, named and answered; its answer is not a claim judged for readiness
    def draft(heading: str) -> str:
        return ("# Promotion: Ines K., PM, Valley Orchards (L6)\n\n## Faster payment\n\nI moved growers to "
                "payment on scan, and unpaid days for our 900 growers fell from 11 to 2.\n\n"
                f"## {heading}\n\nPrices rise every autumn, so I compared the 20 sheds that moved first with "
                "the 20 that moved three months later; unpaid days fell 8 in the first group and 1 in the "
                "second.\n")
    asked = draft("How do I know the gains came from my change and not from the harvest?")
    report = analyze(asked)
    assert report.reading.objections_section is True
    assert Session().analyze(asked).reading.objections_section is True
    assert [item.kind for item in report.items] == ["claim", "objection"]
    # a heading that tells how the writer found something out asks no doubt of the room
    found = analyze(draft("How I knew growers wanted it"))
    assert found.reading.objections_section is False


def story(paragraph: str) -> str:
    return f"# Self-assessment: Ines K., PM, Valley Orchards (L6)\n\n## Four decisions\n\n{paragraph}\n"


def named(text: str, which: str) -> list[str]:
    """The list ``which`` (or the ready items) by each item's first words, the same in a Session."""
    def listed(report) -> list[str]:
        ids = [item.id for item in report.items if item.ready] if which == "ready_items" \
            else getattr(report.reading, which)
        return [report.item(i).text[:24] for i in ids]
    found = listed(analyze(text))
    assert listed(Session().analyze(text)) == found
    return found


def test_a_bold_title_told_as_the_writers_deed_names_its_story() -> None:
    # "**I held ... to a safety bar.** <what stood> I stopped ... <result>": one story, named by the
    # title, ready and listed as a stop by it
    told = ("**I held frost alerts to an accuracy bar.** Our first version warned every grower in the "
            "valley at once and could not tell hills from hollows. I stopped the rollout in October, two "
            "weeks before the first frost, until alerts were set per orchard. Crop losses for our 900 "
            "growers fell from 9% to 4% that winter.")
    assert named(story(told), "ready_items") == ["I held frost alerts to a"]
    assert named(story(told), "stopped_items") == ["I held frost alerts to a"]
    # the same deed with no bold title is not a story's name: it stays as it was split
    plain = told.replace("**", "")
    assert named(story(plain), "stopped_items") == ["I stopped the rollout in"]
    # a title that is no sentence of the writer's names nothing new
    untitled = told.replace("**I held frost alerts to an accuracy bar.**", "**Frost alerts.**")
    assert "I held frost alerts to a" not in named(story(untitled), "ready_items")


def test_a_heading_that_names_the_thing_not_built_makes_its_story_a_stop() -> None:
    # "## The sorter we did not build" over the board's funding and the writer's choice instead:
    # one stop, the story's claim with its number
    told = ("The board had funded a $90,000 optical sorter for the packing sheds. I chose the grading "
            "add-on our scale vendor already sold at $1 a crate instead, and told the board in writing why; "
            "growers' rejected crates fell from 8% to 3%.")
    text = f"# Self-assessment: Ines K., PM, Valley Orchards (L6)\n\n## 2. The sorter we did not build\n\n{told}\n"
    assert named(text, "stopped_items") == ["I chose the grading add-"]
    # a heading that names a kind of deed, or a thing built, names no stop
    for heading in ("What I chose not to build this year", "The sorter we built"):
        other = text.replace("2. The sorter we did not build", heading)
        assert named(other, "stopped_items") == [], heading


def test_a_start_the_writer_would_or_should_make_is_no_start() -> None:
    # a lesson's "I would start lean next time", "I should have proposed it in January": nothing begun
    for told in ("I set the frost thresholds too high and paid for it in false alarms. I would start low and "
                 "raise them, not the other way round.",
                 "I should have proposed the grower hotline in January, not in June."):
        assert named(story(told), "initiated_items") == [], told
    # the start the writer made stays one
    made = "I proposed a grower hotline in January, and calls about late payments fell from 300 to 90 a month."
    assert named(story(made), "initiated_items") == ["I proposed a grower hotl"]


def test_a_thing_pushed_for_with_its_bet_told_is_a_start() -> None:
    # "I pushed for X, betting that ..." / "..., predicting ...": a calculated risk the writer
    # proposed, a start; closed later in the sentence, it is the writer's stop too
    bet = ("I pushed for a $4 frost-alert add-on in 2024, predicting 10% take-up among our 900 growers; it "
           "reached 2% in three months and I closed it in September.")
    assert named(story(bet), "initiated_items") == ["I pushed for a $4 frost-"]
    assert named(story(bet), "stopped_items") == ["I pushed for a $4 frost-"]
    told = ("I pushed for weekend pickups at the packing sheds in 2024, betting that growers would bring "
            "half their crates on Saturdays. They brought 6%, and we ran empty docks for two months.")
    assert named(story(told), "initiated_items") == ["I pushed for weekend pic"]
    # a design pushed for with no bet, or someone else's push, begins nothing of the writer's
    for none in ("I pushed for retries on every payment call and a dead-letter queue for failed ones, and "
                 "late payments to our 900 growers fell from 5% to 1%.",
                 "The sales lead pushed for weekend pickups, betting that growers would come on Saturdays; "
                 "6% did."):
        assert named(story(none), "initiated_items") == [], none
