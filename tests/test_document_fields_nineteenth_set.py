"""Document fields by category of wording found on the packets p141-p148 and the blind writers before
them: the stopped list. Each category has a small draft of our own that should count and one that
should not."""

from __future__ import annotations

from judgment_calls import judged as judged_in


def judged(listed_calls: tuple[str, ...], unlisted_calls: tuple[str, ...]) -> None:
    judged_in(judgment, listed_calls, unlisted_calls)


def judgment(call: str) -> str:
    """A short self-assessment with one win and a judgment section holding the call each test tells."""
    return ("# Self-assessment: Tove R., Senior PM, Library Loans (L6)\n\n## Impact\n\n"
            "- Cut the wait for a reserved e-book from 21 days to 6 for library members by lending "
            "titles in two-week slots.\n\n## Judgment\n\n"
            f"- {call}\n")


def test_a_stop_told_as_a_passive_with_no_call_of_the_writers_is_no_stop() -> None:
    # the writer's own stop, and a passive the item says was the writer's call, are stops; a thing
    # "was switched off" or "was shelved" in the writer's story, with nobody's call named, is not
    # (the writers label such a passive no stop of the writer's)
    judged(("I also spent the spring on audiobook loans, which I grew from 3,000 to 9,000 a month, "
            "and I switched off the printed-catalogue mailer in June.",
            "The audio-only tier was cut on my call in June, after 40 of 2,000 members took it, and "
            "its budget went to lending slots."),
           ("I also spent the spring on audiobook loans, which I grew from 3,000 to 9,000 a month; "
            "a paid audio tier was tried in May and it was switched off in June.",
            "I ran the interviews on kids' accounts with 30 parents, and the reading-badges feature "
            "was shelved in June."))
