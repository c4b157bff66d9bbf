"""The initiated list on a case the writer argued for a new thing, and on a start told again.

A case argued in a "should" of the writer's own ("I argued that every depot should use one booking
form", "I made the case to my director that we should not patch the old form but replace it") or
for a new doing after a party ("made the case to the port authority for pre-loading ..."), and an
argument the writer turned into a change of their own ("I argued that ..., so I had the booking form
ask for ..."), is a start; an argument for a state, for a stop, for keeping a thing, someone else's,
or one followed by "so I had to ..." is none. A start told again with no thing of its own ("The
night-bus pass was my idea", "I proposed it in June", "wrote the proposal myself"), of a thing an
earlier start of the list began, is listed once, by its first telling; a second start of another
thing stays. nothing-initiated (PC206) goes silent beside such a start and still fires where the
draft starts nothing."""
import pytest

from packetcoach import analyze

HEAD = """# Self-assessment

- Cut the time garden-centre buyers wait for a delivery slot from 9 days to 3 by moving bookings online; repeat orders rose 14%.

"""


def _read(text: str, doc_type: str = "self-assessment"):
    return analyze(HEAD + text + "\n", level="L6", doc_type=doc_type)


def _started(text: str) -> tuple[str, ...]:
    return _read(text).reading.initiated_items


def _fires(text: str) -> bool:
    return "PC206" in {finding.rule for finding in _read(text).findings}


ARGUED = (
    "I argued that every depot should use one booking form; today nine depots and two carriers use it.",
    "I argued to the clinical board that we should offer the home test to outside surgeries in 2026. "
    "The board said no, and they were right: our couriers could not keep up.",
    "I made the case to my director that we should not patch the old refund form but replace it with a "
    "one-page flow, and completed claims rose from 45% to 76%.",
    "I made the case to the port authority for pre-loading spare pumps on every van before the frost, "
    "and emergency call-outs fell from 310 to 120 a month.",
    "I argued that families were dropping out at the deposit step, so I had the booking form ask for a "
    "postcode and hold the place for a day; completed bookings rose from 41% to 58%.",
)

NOT_ARGUED = (
    "I argued that we should stop supporting the kiosk app for 30 large customers.",
    "I argued that we should keep walk-in sessions at the two gyms, and the board agreed.",
    "I argued that the handover was the failure, not the rota, and the director agreed.",
    "The head of sales argued that every branch should use one quote form, and I built it.",
    "I made the case to the finance director for funding two more analysts.",
    "I made the case to the board for keeping the local course search, and they agreed.",
    "I argued that the rota was the problem, so I had to rebuild it myself over a weekend.",
    "I argued that the rota was the problem, so I had the pilot cancelled.",
)


@pytest.mark.parametrize("text", ARGUED)
def test_a_case_argued_for_a_new_thing_is_a_start(text):
    started = _started(text)
    assert len(started) == 1, started
    assert not _fires(text)


@pytest.mark.parametrize("text", NOT_ARGUED)
def test_an_argument_for_a_state_a_stop_or_a_kept_thing_is_none(text):
    assert _started(text) == ()
    # "I made the case to ..." is one of the profile's proposal forms, which keep nothing-initiated
    # silent whatever follows (as before this round); every other argument here lets it fire
    assert _fires(text) == ("made the case" not in text)


RETOLD = (
    # the start before in the paragraph, told back
    "## Where I fell short\n\nI started the boiler-check subscription too late. I proposed it in July, the pilot "
    "reached only 900 homes by October, and the first cold week was already over.",
    # the thing named as the subject, started in an earlier paragraph
    "I started a night-bus pass for shift workers in March; 900 riders bought it in the first month.\n\n"
    "I try to say when something does not work. The night-bus pass was my idea and it sold too slowly "
    "in winter; I said so at the regional review.",
    # the thing named in the paragraph before the writer's sentence
    "Proposed a monthly fuel pass for the 400 people who live on their boats; 260 signed up in two months.\n\n"
    "If you read one story, read the fuel pass. I noticed that boat dwellers were our most loyal customers, "
    "wrote the proposal myself, and priced it so it pays for itself at four fills a month.",
    # the thing named as the subject, told back with "it"
    "In January I proposed replacing the three ports' declaration systems with a single window by 2029, "
    "and the port board adopted it in July.\n\n"
    "The single window is a multi-year strategy across three ports, and it exists because I proposed it.",
)

TWO_STARTS = (
    "I proposed a parcel locker at every station; 40 stations have one.\n\n"
    "The delivery app was my idea: I pitched it to the director in May and 3,000 customers use it.",
    "I started a night-bus pass for shift workers in March; 900 riders bought it.\n\n"
    "The weekend minibus was my idea, and 200 families ride it each Saturday.",
)


@pytest.mark.parametrize("text", RETOLD)
def test_a_start_told_again_is_listed_once(text):
    started = _started(text)
    assert len(started) == 1, started
    assert not _fires(text)


@pytest.mark.parametrize("text", TWO_STARTS)
def test_a_second_start_of_another_thing_stays(text):
    assert len(_started(text)) == 2


def test_a_start_told_back_after_no_start_is_still_read():
    # "I proposed it" after a finding: the story is named by the finding, not dropped
    text = ("I read 300 exit surveys myself and found that 40% of leavers could not book evening slots. "
            "I proposed it to the head of operations as an evening rota, and evening bookings rose from 2% to 19%.")
    assert len(_started(text)) == 1
    assert not _fires(text)
