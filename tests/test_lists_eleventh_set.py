"""The stopped list, by category of wording found on the packets p61-p76; each category has a small
draft of our own that should list an item and one that should not."""

from __future__ import annotations

from packetcoach import analyze


def stopped(draft: str) -> list[str]:
    report = analyze(draft)
    texts = {item.id: item.text for item in report.items}
    return [texts[i] for i in report.reading.stopped_items]


def paragraph(text: str, heading: str = "Other work") -> str:
    return ("# Self-assessment\n\n## Highlights\n\n- Raised repeat orders among florists from 21% to 34% by "
            f"letting them reorder stems in one tap.\n\n## {heading}\n\n{text}\n")


def test_a_pilot_someone_else_designed_that_the_writer_ran_and_ended_is_one_stop() -> None:
    for heading in ("Other work", "What did not work"):
        found = stopped(paragraph("I ran the loyalty-points trial that our marketing lead designed, in four "
                                  "cafes. Repeat visits did not move in six weeks, so I ended the trial early "
                                  "and moved the budget to the ordering app.", heading))
        assert [t[:22] for t in found] == ["I ran the loyalty-poin"]  # named by the run, not by its end


def test_a_bet_whose_stop_is_told_as_a_lesson_is_one_stop() -> None:
    found = stopped(paragraph("I pitched a free first delivery for customers who invited a neighbour, expecting "
                              "it to halve acquisition cost. Invited customers ordered once and left. After two "
                              "months I ended the offer, and I learned to look at second orders before calling a "
                              "channel cheap."))
    assert [t[:22] for t in found] == ["I pitched a free first"]


def test_ending_a_thing_is_a_stop_and_ending_up_is_not() -> None:
    assert len(stopped(paragraph("I ended the co-branded gift card the previous director had agreed with a bank, "
                                 "after our data showed 70% of buyers already held our store card."))) == 1
    assert stopped(paragraph("I ended up owning the checkout redesign, which lifted conversion from 61% to "
                             "66%.")) == []


def test_a_run_that_nobody_stopped_is_no_stop() -> None:
    assert stopped(paragraph("I ran the loyalty-points trial that our marketing lead designed, in four cafes. "
                             "Repeat visits rose from 18% to 26% in six weeks, and we rolled it out to every "
                             "cafe.")) == []


def test_a_bold_title_that_names_the_stop_does_not_hide_the_run() -> None:
    found = stopped(paragraph("**Ending the kiosk trial.** I ran the self-order kiosk trial that the COO started, "
                              "in three stores. Only 4% of shoppers used it, so I ended it and moved its two "
                              "engineers to the app."))
    assert [t[:22] for t in found] == ["I ran the self-order k"]


def test_a_stop_told_in_a_relative_clause_with_how_long() -> None:
    found = stopped(paragraph("Proposed a shared rota screen to replace four spreadsheets and got it funded ahead "
                              "of the help-centre redesign, which I paused for a quarter to free the squad; store "
                              "managers now save 4 hours a week each."))
    assert len(found) == 1


def test_a_pause_the_writer_took_is_still_a_break() -> None:
    assert stopped(paragraph("I paused for two weeks to read every support ticket from the spring, then rebuilt "
                             "the returns page; returns calls fell 22%.")) == []


def test_an_option_asked_for_in_place_of_one_proposed_is_a_stop() -> None:
    found = stopped(paragraph("Failed card payments fell from 4% to 1.5% after I found that most came from expired "
                              "cards. I asked the checkout team for an expiry reminder rather than the full "
                              "card-updater service the payments team had proposed."))
    assert len(found) == 1


def test_work_taken_over_from_someone_is_no_option_passed_over() -> None:
    assert stopped(paragraph("In May my director asked me to take over the returns-portal rebuild that the previous "
                             "PM had started, and I ran it through launch in August; returns calls fell 30%.")) == []


def test_a_cut_told_by_we_needs_the_writers_call() -> None:
    assert stopped(paragraph("Ran the reminder-text trial that our operations lead designed for 30 clinics; the "
                             "texts did not change no-show rates, and we removed them.")) == []
    assert len(stopped(paragraph("Ran the reminder-text trial for 30 clinics; the texts did not change no-show "
                                 "rates, so I made the call and we removed them."))) == 1


def ready(draft: str) -> list[str]:
    return [item.text for item in analyze(draft).items if item.ready]


BET = ("I pitched a free first delivery for customers who invited a neighbour, expecting it to halve acquisition "
       "cost. Invited customers cost 40% less to win but ordered once: 72% never ordered again. After two months I "
       "ended the offer, and I learned to look at second orders before calling a channel cheap.")


def test_a_bet_under_a_heading_of_what_did_not_work_is_a_lesson_not_a_ready_claim() -> None:
    assert not any(t.startswith("I pitched") for t in ready(paragraph(BET, "Bets that did not work")))
    assert [t[:22] for t in stopped(paragraph(BET, "Bets that did not work"))] == ["I pitched a free first"]


def test_what_worked_is_no_failure_heading() -> None:
    found = ready(paragraph("I pitched a one-tap reorder that raised repeat orders among florists from 21% to 34% "
                            "in a quarter.", "What worked"))
    assert any(t.startswith("I pitched") for t in found)


def test_a_run_after_a_titled_opening_and_its_later_stop_are_one_stop() -> None:
    found = stopped(paragraph("**Stopping the kiosk trial.** I inherited a self-order kiosk trial that had run for "
                              "two quarters. After a six-week test showed that 80% of shoppers over 70 asked staff "
                              "for help, I ended it and moved its two engineers onto the app."))
    assert len(found) == 1 and "I inherited" in found[0] and "I ended it" in found[0]


def test_a_titled_run_whose_paragraph_stops_another_thing_stays_as_split() -> None:
    found = stopped(paragraph("**Kiosk trial.** I inherited a self-order kiosk trial that had run for two quarters. "
                              "I also stopped the weekly tips email after its open rate fell below 4%."))
    assert [t[:12] for t in found] == ["I also stopp"]
