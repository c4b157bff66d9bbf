"""Drafts read as a coach would, a sixth round: the categories fixed, each with text that should
and should not change the reading (text/structure.py, text/items.py, analysis/kinds.py)."""

from __future__ import annotations

from packetcoach import Session, analyze
from packetcoach.core.model import Span
from packetcoach.text.structure import split_statements

SLIDE = """# Gift cards - FY26 review (L6 case)

## Slide 3 - Dropping the paper card
Was 3 quarters of work / sponsor: VP Retail
Data: 2% of gift buyers picked the paper card
Proposed the stop -> VP agreed after one review
Redemption within 30 days 48% -> 71%
"""


def _sentences(text: str) -> list[str]:
    return [text[s.start:s.end] for s in split_statements(text, Span(0, len(text)))]


def test_each_line_of_a_slide_is_a_statement_of_its_own() -> None:
    block = SLIDE.split("\n\n")[-1].split("\n", 1)[1].strip()
    assert _sentences(block) == [
        "Was 3 quarters of work / sponsor: VP Retail", "Data: 2% of gift buyers picked the paper card",
        "Proposed the stop -> VP agreed after one review", "Redemption within 30 days 48% -> 71%"]


def test_a_slide_is_one_story_and_its_retell_is_no_run_on() -> None:
    report = analyze(SLIDE, level="L6")
    claims = [item for item in report.items if item.kind == "claim"]
    assert len(claims) == 1 and "Redemption" in claims[0].text
    retell = report.reading.retell or ""
    assert "VP Retail Data" not in retell and "review Redemption" not in retell, retell


def test_prose_wrapped_by_hand_stays_one_sentence() -> None:
    wrapped = ("I argued in the planning review that the paper card should go, and the\n"
               "VP of Retail agreed once the data showed that only two in a hundred buyers\n"
               "Picked it at the till.")
    assert len(_sentences(wrapped)) == 1
    going_on = "Proposed the stop and\nVP agreed after one review"
    assert len(_sentences(going_on)) == 1  # a line that ends in a joining word goes on


def test_a_setting_label_on_a_story_told_whole_is_not_context() -> None:
    story = ("# Year\n\n## Results\n\n- Problem: buyers waited 6 days for the card. I chose e-cards first. "
             "Redemption within 30 days rose from 48% to 71%.\n")
    assert [item.kind for item in analyze(story, level="L5").items] == ["claim"]
    setting = "# Year\n\n## Results\n\n- Situation: buyers waited 6 days for the card. Stores ran out of stock.\n"
    assert [item.kind for item in analyze(setting, level="L5").items] == ["context"]


def test_a_session_reads_slide_lines_as_a_fresh_analysis_does() -> None:
    session = Session(level="L6")
    session.analyze(SLIDE)
    edited = SLIDE.replace("48% -> 71%", "48% -> 74%")
    assert session.analyze(edited).items == analyze(edited, level="L6").items


def _stops(text: str) -> tuple[str, ...]:
    return analyze(text, level="L6").reading.stopped_items


def test_a_stop_told_with_we_is_the_writers_when_the_writer_won_the_others_over() -> None:
    assert _stops("# Year\n\nI spent most of March convincing the sales leads that the kiosk would serve "
                  "thirty stores; we shelved the kiosk in April and told both retailers ourselves.\n")
    assert _stops("# Year\n\nI persuaded the director and the finance lead, and we retired the paper card in June.\n")


def test_a_stop_told_with_we_is_not_the_writers_when_others_did_the_persuading() -> None:
    assert not _stops("# Year\n\nThe sales leads spent March convincing me the kiosk mattered; we shelved it in April.\n")
    assert not _stops("# Year\n\nThe director persuaded us to wait, and we retired the paper card in June.\n")
    assert not _stops("# Year\n\nWe retired the paper card in June and told both retailers ourselves.\n")


from packetcoach.analysis.stories import told_stories  # noqa: E402

ONE_PARAGRAPH = ("# Promotion document\n\nI chose to launch monthly invoices to business buyers first, and the "
                 "share of invoices paid on time rose from 61% to 83%. Order matching followed in September; I "
                 "chose to launch it to the 1,200 accounts with the most disputes, and disputed invoices fell by "
                 "44%.\n")


def test_a_second_whole_story_in_one_paragraph_is_a_story_of_its_own() -> None:
    assert len(told_stories(analyze(ONE_PARAGRAPH, level="L6"))) == 2


def test_a_story_carried_on_or_a_claim_with_no_result_stays_in_the_story_before() -> None:
    carried = ONE_PARAGRAPH.replace("Order matching followed in September; I chose", "I then chose")
    assert len(told_stories(analyze(carried, level="L6"))) == 1
    unmeasured = ONE_PARAGRAPH.replace(", and disputed invoices fell by 44%", "")
    assert len(told_stories(analyze(unmeasured, level="L6"))) == 1


def test_a_scene_set_in_a_time_clause_does_not_make_the_next_claim_another_story() -> None:
    scene = ("# Year\n\n## Weekend cover\n\nWhen I arrived, managers booked 20% more agency nurses than they "
             "needed at weekends. I chose to show the reasons behind each forecast, and agency spend fell from "
             "$2.4M to $1.5M a year.\n")
    assert len(told_stories(analyze(scene, level="L5"))) == 1


def _results(text: str) -> list[bool]:
    return [item.signals.business_outcome for item in analyze(text, level="L5").items]


def test_a_signed_change_against_a_measure_is_a_result() -> None:
    assert _results("# Year\n\n## Renewals\n\n- refund contacts after the new label -41%\n") == [True]
    assert _results("# Year\n\n## Renewals\n\n- gift revenue +$2.1M after the e-card launch\n") == [True]
    assert _results("# Year\n\n## Renewals\n\n- monthly active gift buyers +9% YoY\n") == [True]


def test_a_hyphen_or_a_range_is_no_signed_change() -> None:
    assert _results("# Year\n\n## Notes\n\n- the COVID-19 rule covered 5% of stores\n") == [False]
    assert _results("# Year\n\n## Notes\n\n- 1-star reviews make up 4% of all reviews\n") == [False]


def test_a_change_word_in_an_idiom_is_no_result() -> None:
    research = "# Year\n\n## Work\n\n- Held 14 calls with readers and found they fall asleep mid-chapter.\n"
    item = analyze(research, level="L5").items[0]
    assert not item.signals.business_outcome and not item.ready
    assert _results("# Year\n\n## Work\n\n- The carrier deal fell through in May.\n") == [False]


def test_the_same_change_words_still_state_results() -> None:
    assert _results("# Year\n\n## Work\n\n- Refund requests from readers dropped by half after the label change.\n") == [True]
    assert _results("# Year\n\n## Work\n\n- Sign-ups fell 12% after the paywall moved.\n") == [True]


def test_a_note_on_the_subjects_pronouns_is_context() -> None:
    note = ("# Promotion recommendation: Ren Ito\n\nWritten by Ren's manager. Ren uses they/them pronouns.\n\n"
            "## Results\n\nRen launched gift e-cards to 9,000 stores, and redemptions rose from 48% to 62%. "
            "Ren stopped the paper card in June. Ren convinced finance to fund the refund queue.\n")
    report = analyze(note, level="L6")
    pronouns = [item for item in report.items if "they/them" in item.text]
    assert [item.kind for item in pronouns] == ["context"], [(i.kind, i.text) for i in report.items]
    mixed = ("# Promotion recommendation: Ren Ito\n\n## Results\n\nThey/them aside, Ren launched gift e-cards to "
             "9,000 stores and redemptions rose 14%.\n")
    assert [item.kind for item in analyze(mixed, level="L6").items] == ["claim"]


def _metrics(line: str) -> list[str]:
    return [m.text for item in analyze("# Year\n\n## Work\n\n- " + line + "\n", level="L5").items for m in item.metrics]


def test_an_arrow_between_counts_of_two_things_is_no_range() -> None:
    assert _metrics("Proposed the stop -> board agreed after 2 reviews -> 4 engineers moved to e-cards") == ["2", "4"]


def test_ranges_told_with_an_arrow_or_to_stay_ranges() -> None:
    assert _metrics("checkout time 40 min -> 9 min for gift buyers") == ["40 min -> 9 min"]
    assert _metrics("gift card rating 4.1 -> 4.5 stars") == ["4.1 -> 4.5"]
    assert _metrics("Cut the gift form from 12 steps to 5 for buyers") == ["from 12 steps to 5"]


def test_a_lesson_announced_before_it_is_told_is_a_lesson() -> None:
    text = ("# Year\n\nI chose e-cards first, and gift redemptions rose from 48% to 62%. I also made mistakes. "
            "I underestimated how long the tax rules would take.\n")
    kinds = {item.text.split(".")[0]: item.kind for item in analyze(text, level="L5").items}
    assert kinds.get("I also made mistakes") == "lesson", kinds
    learnings = "# Year\n\n## Key learnings\n\n- Simple rules got most of the gain over the model.\n"
    assert [item.kind for item in analyze(learnings, level="L5").items] == ["lesson"]


def test_mistakes_of_others_and_learning_products_are_not_lessons() -> None:
    claim = "# Year\n\n## Machine learning ranking\n\nI chose rules over the model, and completion rose from 31% to 44%.\n"
    assert [item.kind for item in analyze(claim, level="L5").items] == ["claim"]
    vendor = "# Year\n\nThe vendor made mistakes on 4% of labels, so I moved labels in-house and refunds fell 30%.\n"
    assert [item.kind for item in analyze(vendor, level="L5").items] == ["claim"]


def test_a_participle_before_its_subject_and_verb_is_not_the_writers_verb() -> None:
    line = "- Consolidated monthly invoicing launched in July, and on-time payment rose from 61% to 83%.\n"
    item = analyze("# Year\n\n## Work\n\n" + line, level="L5").items[0]
    assert item.action.verb == "launch" and not item.signals.own_action
    ranked = ("# Year\n\nGift invoicing. Consolidated monthly invoicing launched in July to every business "
              "account, and the share of invoices paid on time rose from 61% to 83%.\n")
    from packetcoach.coach.sentences import retell
    said = retell(analyze(ranked, level="L5")) or ""
    assert "they consolidated monthly invoicing launched" not in said, said


def test_a_leading_verb_with_its_object_stays_the_writers() -> None:
    for line in ("- Consolidated three invoice runs into one, and on-time payment rose from 61% to 83%.\n",
                 "- Built an onboarding flow used by 40% of new sellers.\n"):
        item = analyze("# Year\n\n## Work\n\n" + line, level="L5").items[0]
        assert item.signals.own_action, line


def test_lost_as_a_persons_state_is_no_loss() -> None:
    state = "# Year\n\n## Work\n\n- ran 12 reader calls, found they wake up lost after a chapter ends\n"
    assert _results(state) == [False]
    assert _results("# Year\n\n## Work\n\n- We lost 300 readers after the price change.\n") == [True]


def test_the_lead_finding_quotes_the_sentence_that_states_the_result() -> None:
    text = ("# Year\n\nI own the gift card app for 2,000 stores.\n\n## Gift cards\n\nIn the first month I sat with "
            "30 shoppers and found that most of them bought paper cards only at Christmas. I chose e-cards "
            "for shoppers over the paper redesign, and gift revenue rose from $2.1M to $3.4M.\n")
    hints = [f.suggestion or "" for f in analyze(text, level="L5").findings if f.name == "lead-not-outcome"]
    assert hints and "rose from $2.1M to $3.4M" in hints[0] and "sat with" not in hints[0], hints


def _past(text: str) -> int:
    return len(analyze("# Year\n\n" + text + "\n", level="L5").reading.former_engineer_mentions)


def test_a_qa_or_test_automation_past_is_the_engineering_past() -> None:
    assert _past("Background: 5 yrs QA / test automation before I moved to product.") == 1
    assert _past("I still read the crash logs every morning, an old QA habit.") == 1
    assert _past("As an ex-SDET I knew where the player would break.") == 1


def test_qa_as_a_team_or_a_step_is_no_past() -> None:
    assert _past("Our QA team found 40 defects before the launch.") == 0
    assert _past("We cut QA time from 5 days to 2 for each release.") == 0
