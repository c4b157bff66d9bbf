"""Document fields by category of wording found on the packets p325-p340 (the forty-third and
forty-fourth blind sets) and the blind writers before them: the engineering past told as the years
of building before the role, as "someone who spent" years in an engineering field, as a move from a
compiler or network operations team, as a QA title the writer speaks from, and as a data-science
past in the forms an engineering past already takes. Each category has small drafts of our own that
should count and ones that should not."""

from __future__ import annotations

from packetcoach import Session, analyze


def draft(paragraph: str) -> str:
    """A short self-assessment whose one story is ``paragraph``."""
    return ("# Self-assessment: Tomas R., PM, Harbour Moorings (L6)\n\n"
            "## The year\n\n" + paragraph + "\n")


def mentions(paragraph: str) -> list[str]:
    text = draft(paragraph)
    report = analyze(text)
    return [text[m.span.start:m.span.end].lower() for m in report.reading.former_engineer_mentions]


def counted(told: tuple[str, ...], quiet: tuple[str, ...]) -> None:
    for sentence in told:
        assert len(mentions(sentence)) == 1, sentence
    for sentence in quiet:
        assert mentions(sentence) == [], sentence


def test_years_of_building_before_the_role_are_the_engineering_past() -> None:
    told = ("I joined the moorings team in March after four years building web front ends for a "
            "ticketing start-up.",
            "I started the year two months into the PM role after five years building the booking "
            "app on Android.",
            "Using what I know from years of writing firmware for tide gauges, I traced the sensor "
            "faults to one cable batch.")
    # a PM's own app, years of building something no engineering, and a team's work stay none
    quiet = ("We launched the berth app after two years building the loyalty app with the marina "
             "owners.",
             "I joined the moorings team after six years building partnerships with boat clubs.",
             "From years of building relationships with harbour masters, I knew whom to call.")
    counted(told, quiet)


def test_someone_who_spent_years_in_an_engineering_field() -> None:
    told = ("As someone who spent eight years on compilers, I am still learning to start from the "
            "skipper rather than the toolchain.",
            "As someone who spent six years in build and release, I think the biggest lever is "
            "still shipping faster.")
    quiet = ("As someone who spent six years in sales, I knew the boat clubs would ask for a "
             "discount.",
             "As someone who spent two years on the harbour board, I knew the fees by heart.")
    counted(told, quiet)


def test_a_move_from_a_compiler_or_network_operations_team() -> None:
    told = ("I joined product from the compiler team last spring, and I own the berth booking "
            "flow.",
            "I came into product from network operations, and I spent too long on uptime.",
            "Coming from data science, I know this document has more numbers than stories.")
    quiet = ("I came into product from operations, and I still walk the pontoons every week.",
             "I joined product from the support team eighteen months ago.")
    counted(told, quiet)


def test_a_qa_title_the_writer_speaks_from() -> None:
    told = ("As a QA lead I was trained to find every defect before anything shipped.",
            "It was a change I would have flagged in a minute as a tester and waved through as a "
            "PM.")
    # a QA title given to someone else stays none
    quiet = ("I hired Dana as a QA lead in May, and release defects fell from 14 to 3.",
             "We brought in a contractor as a tester for the summer release.")
    counted(told, quiet)


def test_a_former_title_of_three_words() -> None:
    assert mentions("As a former build and release engineer, I came into product with a view "
                    "that we must ship weekly.") == ["as a former build and release engineer"]
    # a sales title of the same length is no engineering past
    assert mentions("As a former pre-sales and solutions engineer, I knew the marinas' "
                    "objections.") == []


def test_a_modelling_past_counts_and_a_financial_one_does_not() -> None:
    assert mentions("My modelling years help me talk to the science team, but the calls this "
                    "year were about skippers.") == ["my modelling years"]
    assert mentions("My financial modelling years help me read a berth price.") == []
    text = draft("My data-science background helped me see the tide model was stale.")
    assert len(Session().analyze(text).reading.former_engineer_mentions) == 1


def test_a_network_operations_past_names_infrastructure() -> None:
    # with one infrastructure term beside two of backend's, the past named decides the guess
    deed = (" I added idempotency keys and a dead-letter queue to the booking service, and wrote the "
            "on-call runbooks, and double bookings for 400 skippers fell from 40 to 3 a week.")
    text = draft("I came into product from network operations." + deed)
    assert analyze(text).reading.specialty == "infrastructure"
    # operations alone is no engineering past, and leaves the jargon's guess
    text = draft("I came into product from operations." + deed)
    assert analyze(text).reading.former_engineer_mentions == ()
    assert analyze(text).reading.specialty == "backend"


def memo(label: str, answers: str) -> str:
    return ("# Promotion document: Tomas R., PM, Harbour Moorings (L6)\n\n"
            "## The case\n\nI moved 400 moorings to online booking, and berth complaints fell from 90 "
            "to 12 a quarter.\n\n" + label + "\n\n" + answers + "\n")


ANSWERS = ("- *\"It's one harbour.\"* The same booking runs at three harbours, and complaints fell at "
           "all three.\n- *\"The drop is the new pontoons.\"* The harbour without new pontoons saw the "
           "same fall.")


def test_a_bold_line_naming_the_objections_heads_them() -> None:
    for label in ("**Objections you will hear.**", "__Objections you will hear__",
                  "**Questions I expect, and my answers.**"):
        assert analyze(memo(label, ANSWERS)).reading.objections_section, label
    # a bold line naming something else, bold words inside a longer line, or the bold line with
    # nothing after it head no objections
    for label in ("**What I learned.**", "**Objections you will hear.** And then some lines I add.",
                  "**Next year.**"):
        assert not analyze(memo(label, ANSWERS)).reading.objections_section, label
    bare = ("# Promotion document: Tomas R., PM, Harbour Moorings (L6)\n\n## The case\n\nI moved 400 "
            "moorings to online booking, and berth complaints fell from 90 to 12 a quarter.\n\n"
            "**Objections you will hear.**\n")
    assert not analyze(bare).reading.objections_section
