"""The item's verb, read by its sense and its object, and who did it (text/verbs.py)."""

from __future__ import annotations

import pytest

from packetcoach import analyze_item


def action(text: str):
    item = analyze_item(text)
    assert item is not None and item.signals is not None
    return item.action, item.signals


@pytest.mark.parametrize("text,verb,verb_class", [
    ("Built a durable partnership with the largest landlord association.", "build", "neutral"),
    ("Built the business case for a tenant insurance add-on.", "build", "neutral"),
    ("Rebuilt trust with the regional sales team after the missed launch.", "rebuild", "neutral"),
    ("Rebuilt the listing page in React.", "rebuild", "technical"),
    ("Wrote the Spark job that merges duplicate landlord records.", "write", "technical"),
    ("Wrote the pricing memo for the leadership review.", "write", "neutral"),
    ("Reviewed the team's pull requests during the cut-over.", "review", "technical"),
    ("Tried to debug the flaky sync between the two ledgers.", "debug", "technical"),
    ("Turned down the vendor's $900K quote and reused our own form builder.", "turn", "pm"),
    ("Shut down the legacy quote tool after moving its last 40 users.", "shut", "pm"),
    ("Found that a third of renters abandoned at the ID upload.", "find", "pm"),
    ("Spearheaded the move to monthly billing for small landlords.", "spearhead", "pm"),
    ("I think the biggest thing I did was convincing finance to drop the deposit fee.", "convince", "pm"),
])
def test_verb_sense_by_object(text: str, verb: str, verb_class: str) -> None:
    found, _ = action(text)
    assert (found.verb, found.verb_class) == (verb, verb_class)


@pytest.mark.parametrize("text,subject", [
    ("Maya's team rebuilt the matching service over the summer.", "we"),
    ("Our payments team, led by Ravi, migrated the ledger to the new store.", "we"),
    ("They called every landlord whose payout had bounced.", "other"),
    ("I'll bring the renewal flow to Ireland next year.", "i"),
    ("I'm rolling the new checkout out to every region.", "i"),
])
def test_who_acts(text: str, subject: str) -> None:
    assert action(text)[0].subject == subject


@pytest.mark.parametrize("text", [
    "Structured Logging graduated to stable in the spring release.",
    "Steering Committee Elections for the new cycle",
    "Changed Block Tracking was merged after review.",
    "I believed a design degree was out of reach.",
])
def test_names_and_beliefs_are_not_the_writers_deeds(text: str) -> None:
    assert not action(text)[1].own_action


def test_a_relative_clause_is_not_the_main_verb() -> None:
    found, _ = action("The team I built from two engineers to nine now owns the whole lending stack.")
    assert found.verb_class != "technical"
    found, _ = action("This year I moved from engineering to product.")
    assert (found.verb, found.subject) == ("move", "i")


@pytest.mark.parametrize("text,verb", [
    ("May: Launched the low-price fee for landlords with one flat.", "launch"),
    ("Q3 2025: Cut the deposit for first-time renters to one month.", "cut"),
    ("Renewals: Convinced the risk director to drop the second ID check.", "convince"),
])
def test_a_label_before_a_bullets_verb_leaves_it_the_writers(text: str, verb: str) -> None:
    found, signals = action(text)
    assert (found.verb, found.subject) == (verb, "i")
    assert signals.own_action


@pytest.mark.parametrize("text", [
    "Result: renewals rose 12% in the pilot cities.",
    "Problem: landlords waited 14 days for their deposit.",
])
def test_a_label_before_a_statement_does_not_make_a_deed(text: str) -> None:
    assert action(text)[0].subject != "i"


def test_a_label_that_is_itself_the_verb_stays_the_verb() -> None:
    found, signals = action("Stopped: the video ads feature, after a beta where 5% of advertisers kept the videos.")
    assert (found.verb, found.subject) == ("stop", "i") and signals.own_action


@pytest.mark.parametrize("text,verb,subject", [
    ("After the pilot I ran slipped a month, I called each of the eleven clinics myself.", "call", "i"),
    ("When the carrier team told me half their week went to manual fixes, I pushed for a shared tool.", "push", "i"),
    ("Once the launch I led was live, we cut the old flow.", "cut", "we"),
    ("When the vendor went bankrupt, I negotiated a replacement within a week.", "negotiate", "i"),
])
def test_an_opening_subordinate_clause_is_not_the_main_verb(text: str, verb: str, subject: str) -> None:
    found, _ = action(text)
    assert (found.verb, found.subject) == (verb, subject)


@pytest.mark.parametrize("text,verb", [
    ("I would not launch the refund flow until it covered split orders.", "launch"),
    ("I wouldn't sign the vendor contract without an exit clause.", "sign"),
    ("Bet on bank transfers for the Mexico launch over the cards everyone favoured.", "bet"),
    ("Read 300 cancellation notes by hand and found the billing bug behind a third of them.", "read"),
])
def test_a_refusal_a_bare_past_and_a_counted_object_keep_the_writers_verb(text: str, verb: str) -> None:
    found, signals = action(text)
    assert found.verb == verb and signals.own_action


@pytest.mark.parametrize("text", ["Design 2.0 reviews are held weekly.", "Read rates for the newsletter fell."])
def test_a_noun_before_a_number_or_a_noun_is_not_a_verb(text: str) -> None:
    found, _ = action(text)
    assert found.subject != "i"


@pytest.mark.parametrize("text,verb", [
    ("Delayed the loyalty launch by two weeks so the refund flow worked on older phones.", "delay"),
    ("I scrapped the eleven-field intake form and let hosts paste a listing link instead.", "scrap"),
    ("Picked the phone line over the chatbot the board preferred.", "pick"),
    ("I opposed the plan to put every article behind the paywall on day one.", "oppose"),
    ("Predicted that the annual plan would cannibalise the monthly one and priced it against that.", "predict"),
])
def test_a_call_made_is_a_product_verb(text: str, verb: str) -> None:
    found, _ = action(text)
    assert (found.verb, found.verb_class) == (verb, "pm")


def test_a_picker_is_not_a_verb() -> None:
    found, _ = action("Pick rates at the Leeds site rose 9% after the new layout.")
    assert found.verb != "pick"


@pytest.mark.parametrize("text,verb", [
    ("Over the next year I want to retire the legacy export for agencies.", "want"),
    ("I intend to spend my first month with the new sellers in Japan.", "intend"),
])
def test_an_intention_is_the_writers_own(text: str, verb: str) -> None:
    found, signals = action(text)
    assert (found.verb, found.verb_class) == (verb, "neutral") and signals.own_action


@pytest.mark.parametrize("text,verb", [
    ("Downloads for kids profiles launched in June, and trip complaints fell by 40%.", "launch"),
    ("Seller payouts moved to daily in March.", "move"),
    ("My area spans three teams and 40 engineers.", "span"),  # a present-tense verb stays one
])
def test_a_noun_that_looks_like_a_verb_before_the_past_tense_is_the_subject(text: str, verb: str) -> None:
    found, signals = action(text)
    assert found.verb == verb and not signals.technical_lead


@pytest.mark.parametrize("text", [
    "Engineering doubted a manager would use it, so I ran it by hand for 40 fleets.",
    "Engineering would not commit to the date, so I cut the scope and we shipped in May.",
    "Marketing wanted a September launch; I held it to October so support could be trained.",
])
def test_a_department_that_acts_is_not_the_writer_s_verb(text: str) -> None:
    """"Engineering doubted ...": an -ing word with a finite verb right after it names who acted;
    the writer's deed is the later "I ran", and no engineering verb is read into the sentence."""
    found, signals = action(text)
    assert found.verb not in ("engineer", "market")
    assert found.verb_class != "technical" and not signals.technical_lead


def test_an_ing_deed_with_its_object_is_still_the_writer_s_verb() -> None:
    found, signals = action("Engineering a new caching layer cut p99 latency by 40%.")
    assert (found.verb, found.verb_class) == ("engineer", "technical") and signals.technical_lead
