"""Profiles: the rubric as data, loaded strictly.

A profile is one TOML file (see docs/profiles.md). Built-in profiles ship in
``packetcoach/profiles`` and load through the same function as a user's own
file, so a mistake in either is reported the same way: the file, the key, the
problem and the fix. ``extends = "amazon-pm"`` starts from another profile: every key the file sets
replaces the inherited one, and the tables named in ``replace`` are dropped from
the parent first (a company with other principles replaces ``principles``).
"""

# No ``from __future__ import annotations``: typing.NamedTuple compiles a field type given as a
# string (a ForwardRef each) when the class is made, on every start (profile/compile.py says more).
import stat
import os
from typing import Any, NamedTuple

from packetcoach.core import cache
from packetcoach.core.resources import read_package_bytes, read_package_text
from packetcoach.core.errors import ProfileError, closest
from packetcoach.profile.patterns import PatternError, check_patterns

BUILTIN = ("amazon-pm", "generic")
CODE_VERSION = "profile-data/4"  # bump when the shape of the loaded data changes
#: The largest profile file read: the built-in amazon-pm profile is 46 KB.
MAX_PROFILE_BYTES = 1024 * 1024
DEFAULT_PROFILE = "amazon-pm"

STR_LIST = "list of strings"
# The shape of a profile: table -> key -> kind. "*" stands for any key (a named sub-table).
SCHEMA: dict[str, Any] = {
    "profile": {"name": str, "version": str, "description": str, "extends": str,
                "replace": STR_LIST},
    "verbs": {
        "pm": STR_LIST, "technical": STR_LIST, "neutral": STR_LIST, "activity": STR_LIST,
        "stopped": STR_LIST, "initiated": STR_LIST, "routine": STR_LIST, "proposing_new": STR_LIST, "decision_frames": STR_LIST,
        "not_deeds": STR_LIST, "claimed_effects": STR_LIST, "borrowing": STR_LIST, "borrowed": STR_LIST, "opinions": STR_LIST, "hedged_effects": STR_LIST, "phrasal": STR_LIST, "standing": STR_LIST, "aims": STR_LIST, "narrowing": STR_LIST, "narrowed_rest": STR_LIST,
        "cut_objects": STR_LIST, "attempts": STR_LIST, "setbacks": STR_LIST, "copula_frames": STR_LIST, "result_links": STR_LIST, "results": STR_LIST, "rollouts": STR_LIST, "role_labels": STR_LIST, "wishes": STR_LIST,
        "result_labels": STR_LIST, "arguing": STR_LIST, "pushing_for": STR_LIST, "bet_reasons": STR_LIST, "trials": STR_LIST, "founding_firsts": STR_LIST,
        "taken_up": STR_LIST, "case_made": STR_LIST, "case_for": STR_LIST, "case_argued": STR_LIST, "case_changes": STR_LIST, "case_kept": STR_LIST, "plan_writing": STR_LIST, "plan_nouns": STR_LIST, "plan_adopted": STR_LIST, "plan_won": STR_LIST,
        "plan_taken": STR_LIST, "told_back": STR_LIST, "retold_starts": STR_LIST, "technical_deliverables": STR_LIST,
        "suggestions": {"*": STR_LIST}, "non_technical_objects": {"*": STR_LIST}, "non_technical_heads": {"*": STR_LIST},
        "effort_heads": {"*": STR_LIST}, "object_senses": {"*": STR_LIST}, "object_technical_senses": {"*": STR_LIST},
        "technical_objects": {"*": STR_LIST}, "pm_objects": {"*": STR_LIST},
    },
    "personas": {
        "external": STR_LIST, "internal": STR_LIST, "collaborator_frames": STR_LIST, "persuading": STR_LIST, "developing": STR_LIST, "growing": STR_LIST, "grown": STR_LIST,
        "hiring_parties": STR_LIST,
        "modifiers": STR_LIST, "non_persona_followers": STR_LIST, "party_bodies": STR_LIST, "owned_things": STR_LIST, "working_documents": STR_LIST,
        "non_persona_prefixes": STR_LIST, "former_marks": STR_LIST, "compound_heads": STR_LIST, "not_held": STR_LIST, "headcount_marks": STR_LIST, "rival_modifiers": STR_LIST, "portfolio_words": STR_LIST, "software_in_engineering": STR_LIST, "reach_frames": STR_LIST, "software_words": STR_LIST, "software_prefixes": STR_LIST, "machine_parts": STR_LIST,
        "person_suffixes": STR_LIST, "not_people": STR_LIST, "people_nouns": STR_LIST, "people_on": STR_LIST, "felt_measures": STR_LIST, "party_organisations": STR_LIST,
        "owner_words": STR_LIST, "measure_owners": STR_LIST, "research": STR_LIST, "counterparty_frames": STR_LIST, "negotiating": STR_LIST, "count_frames": STR_LIST, "surveys": STR_LIST, "share_marks": STR_LIST, "enabling": STR_LIST, "enabled": STR_LIST, "letting": STR_LIST, "giving": STR_LIST, "now_words": STR_LIST, "telling": STR_LIST, "people_relatives": STR_LIST, "one_of_party": STR_LIST, "own_roles": STR_LIST, "comparison_marks": STR_LIST, "comparison_prefixes": STR_LIST,
        "other_persuaders": STR_LIST, "dealings": STR_LIST, "senior_titles": STR_LIST, "approvals": STR_LIST, "teams": STR_LIST,
        "defining_owners": STR_LIST, "defining_nouns": STR_LIST, "defining_subjects": STR_LIST, "defining_verbs": STR_LIST, "defined_party_counters": STR_LIST, "defined_party_plural_leads": STR_LIST,
    },
    "measures": {
        "business": STR_LIST, "technical": STR_LIST, "change": STR_LIST,
        "non_result_followers": STR_LIST, "kept_plans": STR_LIST, "remit_after_now": STR_LIST, "habit_holders": STR_LIST, "scope": STR_LIST, "not_yet": STR_LIST, "aims_ahead": STR_LIST, "promises_ahead": STR_LIST, "hopes_ahead": STR_LIST, "mistaken": STR_LIST,
        "technical_counts": STR_LIST, "customer": STR_LIST, "input": STR_LIST,
        "customer_modifiers": STR_LIST, "made_by_people": STR_LIST, "felt_by_people": STR_LIST, "technical_modifiers": STR_LIST, "results": STR_LIST, "party_results": STR_LIST, "count_results": STR_LIST, "product_uses": STR_LIST, "product_use_tails": STR_LIST, "party_switches": STR_LIST,
        "money": STR_LIST, "endings": STR_LIST, "into_verbs": STR_LIST, "idioms": STR_LIST, "party_contacts": STR_LIST,
        "party_losses": STR_LIST, "party_spared": STR_LIST, "launched_with": STR_LIST, "measure_verbs": STR_LIST, "work_queues": STR_LIST, "decision_objects": STR_LIST,
        "staff": STR_LIST, "staff_moves": STR_LIST, "staff_movers": STR_LIST, "resources": STR_LIST,
        "given_back": STR_LIST, "party_moves": STR_LIST, "adopting": STR_LIST, "count_losses": STR_LIST,
        "levels_held": STR_LIST, "level_marks": STR_LIST,
        "compared_baselines": STR_LIST, "system_times": STR_LIST, "team_units": STR_LIST,
        "missed_targets": STR_LIST, "targets": STR_LIST, "lower_better": STR_LIST,
        "interval_cues": STR_LIST, "not_significant": STR_LIST, "staff_loads": STR_LIST, "staff_hours": STR_LIST, "pager_words": STR_LIST, "pager_cues": STR_LIST, "pager_signs": STR_LIST, "other_senses": {"*": STR_LIST}, "felt_acts": STR_LIST,
        "nobody_harmed": STR_LIST, "harm_verbs": STR_LIST, "periods": STR_LIST, "effects": STR_LIST, "releases": STR_LIST,
        "delivery_verbs": STR_LIST, "delivery_marks": STR_LIST, "delivery_plans": STR_LIST, "time_losses": STR_LIST,
        "data_span_leads": STR_LIST, "risks_closed": STR_LIST, "risk_closers": STR_LIST,
    },
    "phrases": {"*": STR_LIST},
    "stops": {name: STR_LIST for name in (
        "cutting", "cut_scope", "interruptions", "leavings", "framings", "trades", "persuading", "refused", "refusing",
        "refusal_phrases", "proposals", "held", "overruling", "kept", "proposing", "proposing_a_stop", "asking",
        "explaining", "proposed_aims", "proposal_verbs", "particles", "states", "putting", "sellers",
        "falls", "fall_leads", "records", "waits", "deferrals", "unbuilt", "credited", "flows", "freeing", "freed_things",
        "refusal_titles", "stop_titles", "talking_out", "pushing_back", "phases", "asks", "closings", "deed_kinds",
        "evidence_answers", "built_anyway", "story_things", "undoings", "lapsing", "announcing", "agreements", "bare_proposals", "switching_off", "found_that", "migrating", "closing", "closed_things", "closed_sales")},  # lists the analysis or a phrase rule reads (checked in api.check_options)
    "metrics": {
        "number_words": STR_LIST, "multiplier_words": STR_LIST,
        "non_metric_prefixes": STR_LIST, "non_metric_suffixes": STR_LIST, "months": STR_LIST,
        "duration_units": STR_LIST, "period_frames": STR_LIST, "technical_units": STR_LIST, "point_units": STR_LIST,
        "baselines": STR_LIST, "frequency_words": STR_LIST, "multiple_words": STR_LIST, "multiple_marks": STR_LIST,
        "multiple_comparisons": STR_LIST,
        "range_qualifiers": STR_LIST, "range_approximations": STR_LIST, "ratio_links": STR_LIST, "ratio_counts": STR_LIST,
        "then_verbs": STR_LIST, "now_links": STR_LIST, "now_roundings": STR_LIST, "from_nothing": STR_LIST,
        "scope_counts": STR_LIST,
    },
    "acronyms": {"known": STR_LIST, "everyday": STR_LIST},
    "wording": {"weasel_questions": STR_LIST, "weasel_spans": STR_LIST, "hedge_deeds": STR_LIST, "hedge_tellings": STR_LIST,
                "writers": STR_LIST, "hedged_views": STR_LIST, "level_links": STR_LIST},
    "own_action": {"team_owners": STR_LIST, "candidate_team_owners": STR_LIST, "clause_openers": STR_LIST, "lead_outs": STR_LIST, "negations": STR_LIST, "part_openers": STR_LIST, "trade_verbs": STR_LIST},
    "thresholds": {"*": int},
    "specialties": {"*": {"terms": STR_LIST, "context_terms": STR_LIST, "paired_terms": STR_LIST, "past_names": STR_LIST,
                           "worked_on": STR_LIST, "not_systems": STR_LIST}},
    "principles": {"*": {"title": str, "cues": STR_LIST, "requires": STR_LIST, "suffices": STR_LIST,
                         "unless": STR_LIST, "yields_to": STR_LIST, "yields_unless": STR_LIST, "alone": STR_LIST, "before": STR_LIST,
                         "before_cued": STR_LIST, "before_with": {"*": STR_LIST},
                         "weight": int, "weight_with": {"*": int}}},
    "doc_types": {"*": {"title": str, "words_min": int, "words_max": int, "items_min": int,
                        "items_max": int}},
    "ladder": {"*": {"title": str, "scope": STR_LIST, "ambiguity": STR_LIST,
                     "influence": STR_LIST, "team_counts": int, "money_millions": int, "unowned": STR_LIST,
                     "adopters": STR_LIST, "organisation_units": STR_LIST, "organisation_counts": int,
                     "turned_around": bool}},
    "rules": {"*": {"severity": str, "enabled": bool}},
    "document": {"skim_words": int, "item_skim_words": int, "max_engineering_past": int,
                 "stop_weight_percent": int, "expected_principles": STR_LIST, "principles_shown_by_ready": STR_LIST, "principles_shown_by_owned_mistake": STR_LIST, "owned_mistake_kinds": STR_LIST, "owned_mistakes": STR_LIST, "owned_mistake_marks": STR_LIST, "owned_mistake_changes": STR_LIST, "case_headings": STR_LIST, "price_terms": STR_LIST, "failure_announcements": STR_LIST, "unsolved_headings": STR_LIST, "pm_skills": STR_LIST,
                 "non_evidence_headings": STR_LIST, "non_evidence_titles": STR_LIST, "aside_headings": STR_LIST,
                 "initiated_headings": STR_LIST, "proposal_forms": STR_LIST,
                 "stopped_headings": STR_LIST, "story_part_labels": STR_LIST, "role_titles": STR_LIST, "document_titles": STR_LIST,
                 "title_thing_leads": STR_LIST, "title_thing_heads": STR_LIST,
                 "problem_cues": STR_LIST, "mechanism_cues": STR_LIST, "level_claim_words": STR_LIST,
                 "level_names": STR_LIST, "tenet_headings": STR_LIST, "level_marks": STR_LIST, "remit_verbs": STR_LIST, "retell_proof_openers": STR_LIST,
                 "manager_voice_headings": STR_LIST, "writer_voice_headings": STR_LIST, "cowritten_cues": STR_LIST,
                 "speaker_roles": STR_LIST, "speaker_leads": STR_LIST},
    "kinds": {"objection_openers": STR_LIST, "objection_headings": STR_LIST, "claim_headings": STR_LIST, "lesson_headings": STR_LIST,
              "failure_headings": STR_LIST,
              "plan_headings": STR_LIST, "scope_headings": STR_LIST, "lesson": STR_LIST, "skipped_steps": STR_LIST, "career_teachers": STR_LIST, "career_befores": STR_LIST, "lens_openers": STR_LIST, "draft_references": STR_LIST, "found_problems": STR_LIST, "present_changes": STR_LIST, "plan": STR_LIST,
              "scope": STR_LIST, "context_openers": STR_LIST, "opener_particles": STR_LIST, "career_moves": STR_LIST, "opening_arrivals": STR_LIST, "not_yet_links": STR_LIST, "authored_remits": STR_LIST,
              "new_story_openers": STR_LIST, "story_continuers": STR_LIST, "groundwork_verbs": STR_LIST, "bet_verbs": STR_LIST, "taken_on_verbs": STR_LIST, "mistake_titles": STR_LIST, "told_back_times": STR_LIST, "redirects": STR_LIST, "findings": STR_LIST, "finding_relatives": STR_LIST, "finding_closes": STR_LIST, "dig_marks": STR_LIST, "owned_faults": STR_LIST, "fault_nouns": STR_LIST, "state_openers": STR_LIST, "share_openers": STR_LIST, "share_problems": STR_LIST, "share_qualifiers": STR_LIST,
              "document_openers": STR_LIST, "thesis_openers": STR_LIST, "thesis_verbs": STR_LIST, "past_career_verbs": STR_LIST, "career_spans": STR_LIST, "context_headings": STR_LIST, "setting_labels": STR_LIST, "ask_headings": STR_LIST, "misstep_headings": STR_LIST, "thesis_headings": STR_LIST, "manager_views": STR_LIST, "endorsements": STR_LIST, "bylines": STR_LIST, "pronoun_notes": STR_LIST, "level_asks": STR_LIST, "level_ask_reasons": STR_LIST, "summary_openers": STR_LIST, "deed_nouns": STR_LIST,
              "feedback_reports": STR_LIST, "plan_openers": STR_LIST, "reach_scope": STR_LIST, "intent_verbs": STR_LIST, "plain_pasts": STR_LIST, "progressive_states": STR_LIST,
              "reach_verbs": STR_LIST, "reach_things": STR_LIST, "reach_links": STR_LIST,
              "summary_headings": STR_LIST, "closing_headings": STR_LIST, "effort_regrets": STR_LIST},
    "re_role": {"engineering_items_weight": int, "jargon_weight": int, "jargon_cap": int,
                "specialty_penalty": int, "past_penalty": int, "excuse_penalty": int,
                "no_customer_penalty": int, "engineering_terms": STR_LIST},
    "calibration": {
        "tie_margin": int, "split_margin": int, "split_share": int, "split_lead": int, "strong": int, "weak": int,
        "receipts_shown": int, "objections_shown": int, "single_word_cue_percent": int,
        "lower_level_percent": int, "level_items": int, "level_claim_patterns": STR_LIST,
        "header_claim_patterns": STR_LIST, "scope_units": STR_LIST, "not_name_words": STR_LIST,
        "subject_result_verbs": STR_LIST,
        "weights": {"evidence": int, "level_signal": int, "narrative": int, "re_role": int, "principles": int},
        "scope_counts": {"*": int},
        "bar": {"*": {"scope": STR_LIST, "ambiguity": STR_LIST, "influence": STR_LIST}},
        "objections": {"*": {"weight": int, "cues": STR_LIST, "answers": STR_LIST}},
    },
    "lead": {"outcome_margin": float, "retold_figures": int, "metadata_labels": int},
    "verdict": {"min_ready_items": int, "level_dimensions_min": int, "narrative_failures": int,
                "re_role_min": int},
    "plan": {"narrative_days": int, "triage_days": int, "coaching_sessions": str,
             "checklist": {"*": int}},
}
REQUIRED_TABLES = ("profile", "verbs", "personas", "measures", "phrases", "metrics", "thresholds")
EVIDENCE_NAMES = ("result", "decision", "customer_result", "money_result", "claim", "lesson", "plan", "pm_deed",
                  "refused_ask", "revised_after_no", "persuaded_senior", "customer_voice", "steady_result",
                  "saving_only", "team_action", "owned_result", "owned_saving", "unsupported", "bare_activity",
                  "delivered_against",
                  "simplified", "bar_held", "call_against_view", "candour", "credit_shared", "beyond_remit", "big_direction",
                  "person_grown", "staff_cared", "course_taken", "found_in_records", "spend_declined",
                  "time_saved", "bar_unopposed", "spend_cut", "budget_returned", "acted_early", "writer_acts", "objection", "rival_ruled_out", "loss_owned", "loss_stopped", "party_saving", "persuaded_only", "refusal_unasked")  # beyond the signals
SIGNAL_NAMES = (
    "customer", "metric", "business_outcome", "own_action", "technical_lead",
    "technical_metric_only", "activity_only", "cliche", "hedge",
)


class Profile(NamedTuple):
    """A validated profile: its name, where it came from, and its tables (a named tuple, like the
    model's records: core/model.py says why)."""

    name: str
    path: str
    data: dict[str, Any]
    sources: tuple[tuple[str, str], ...] = ()  # (file, hash of its text) for every file it was built from

    def list(self, table: str, key: str) -> tuple[str, ...]:
        return tuple(self.data.get(table, {}).get(key, ()))

    def line_of(self, key: str) -> int | None:
        """The line of the user's file that defines ``key`` (for error messages); None for built-ins."""
        for path, _ in reversed(self.sources):
            if not path.startswith("<builtin>/"):
                try:
                    return _line_of(_source_text(path), key)
                except ProfileError:
                    return None
        return None

    def threshold(self, key: str, default: int) -> int:
        return int(self.data.get("thresholds", {}).get(key, default))

    def table(self, name: str) -> dict[str, Any]:
        return dict(self.data.get(name, {}))


def _line_of(text: str, key: str) -> int | None:
    """The first line that defines ``key``, so errors point where the user looks."""
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if stripped.startswith(key) and stripped[len(key):].lstrip().startswith(("=", "]")):
            return number
        if stripped.startswith("[") and stripped.rstrip("]").endswith(key):
            return number
    return None


def _check(value: Any, shape: Any, dotted: str, path: str, text: str) -> None:
    """Validate one value against its shape; unknown keys get a did-you-mean hint."""
    where = dotted.split(".")[-1]
    if isinstance(shape, dict):
        if not isinstance(value, dict):
            raise ProfileError(path, f"'{dotted}' must be a table", line=_line_of(text, where))
        for key, inner in value.items():
            if key in shape:
                _check(inner, shape[key], f"{dotted}.{key}", path, text)
            elif "*" in shape:
                _check(inner, shape["*"], f"{dotted}.{key}", path, text)
            else:
                close = closest(key, list(shape))
                hint = f"did you mean '{close}'?" if close else f"known keys: {', '.join(shape)}"
                raise ProfileError(path, f"unknown key '{dotted}.{key}'", hint, _line_of(text, key))
        return
    if shape == STR_LIST:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ProfileError(path, f"'{dotted}' must be a list of strings",
                               'write it as ["one", "two"]', _line_of(text, where))
        return
    if shape is int and (isinstance(value, bool) or not isinstance(value, int)):
        raise ProfileError(path, f"'{dotted}' must be a whole number", line=_line_of(text, where))
    if shape is float and isinstance(value, int) and not isinstance(value, bool):
        return  # a whole number is a number too ("outcome_margin = 2")
    if shape is float and not isinstance(value, float):
        raise ProfileError(path, f"'{dotted}' must be a number", line=_line_of(text, where))
    if shape is not int and not isinstance(value, shape):
        raise ProfileError(path, f"'{dotted}' must be a {shape.__name__}", line=_line_of(text, where))


def validate(data: dict[str, Any], path: str, text: str) -> None:
    for key, value in data.items():
        if key not in SCHEMA:
            close = closest(key, list(SCHEMA))
            hint = f"did you mean '{close}'?" if close else f"known tables: {', '.join(SCHEMA)}"
            raise ProfileError(path, f"unknown table '{key}'", hint, _line_of(text, key))
        _check(value, SCHEMA[key], key, path, text)
    for key in ("engineering_past_patterns", "engineering_past_echoes"):
        try:
            check_patterns(data.get("phrases", {}).get(key, []))
        except PatternError as error:
            raise ProfileError(path, f"{key}: {error}", "write a plain phrase pattern", _line_of(text, key)) from None
    for key in ("level_claim_patterns", "header_claim_patterns"):
        patterns = data.get("calibration", {}).get(key, [])
        try:
            check_patterns(patterns)
        except PatternError as error:
            raise ProfileError(path, f"calibration {key}: {error}", "write a plain phrase pattern",
                               _line_of(text, key)) from None
        if any("(?P<level>" not in pattern for pattern in patterns):
            raise ProfileError(path, f"calibration {key}: every pattern needs a (?P<level>...) group",
                               "capture the level, e.g. 'ready for (?P<level>L\\d)'", _line_of(text, key))
    for principle, body in data.get("principles", {}).items():
        for need in [*body.get("requires", []), *body.get("suffices", []), *body.get("unless", []),
                     *body.get("yields_unless", []), *body.get("weight_with", {}), *body.get("alone", []),
                     *body.get("before_with", {})]:
            if need not in SIGNAL_NAMES and need not in EVIDENCE_NAMES:
                raise ProfileError(path, f"principle '{principle}' requires unknown signal '{need}'",
                                   f"signals: {', '.join(SIGNAL_NAMES + EVIDENCE_NAMES)}", _line_of(text, "requires"))
        for other in [*body.get("yields_to", []), *body.get("before", []), *body.get("before_cued", []),
                      *(name for names in body.get("before_with", {}).values() for name in names)]:
            if other not in data.get("principles", {}):
                raise ProfileError(path, f"principle '{principle}' yields to unknown principle '{other}'",
                                   "name a principle of the profile's [principles] tables", _line_of(text, "yields_to"))


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def _read(path: str, text: str, chain: tuple[str, ...], sources: list[tuple[str, str]]) -> dict[str, Any]:
    import tomllib  # noqa: PLC0415 - a profile is parsed once, then loaded from the cache (core/cache.py)

    sources.append((path if path.startswith("<builtin>/") else os.path.abspath(path), cache.digest(text)))
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ProfileError(path, f"not valid TOML: {error}", "check quotes and brackets") from None
    except RecursionError:
        raise ProfileError(path, "nests arrays or tables too deeply for a profile",
                           "a profile nests tables two or three levels deep") from None
    validate(data, path, text)
    parent = data.get("profile", {}).get("extends")
    if parent:
        parent = _parent_of(path, parent, text)
        if parent in chain or parent == path:
            raise ProfileError(path, f"profile extends itself through '{parent}'",
                               line=_line_of(text, "extends"))
        base = _load_data(parent, chain + (path,), sources)
        for table in data["profile"].get("replace", []):
            base.pop(table, None)
        data = _merge(base, data)
        data["profile"].pop("extends", None)
    for table in REQUIRED_TABLES:
        if table not in data:
            raise ProfileError(path, f"missing table [{table}]",
                               'add it, or start from a built-in with extends = "amazon-pm"')
    return data


def _parent_of(path: str, parent: str, text: str) -> str:
    """What ``extends`` names: a built-in profile, or a .toml file beside the extending one.

    A relative path is read from the extending profile's own folder, never from the current
    directory; whatever it names must be a .toml file (after following links) that validates as
    a profile, so ``extends`` cannot be used to read some other file.
    """
    if parent in BUILTIN:
        return parent
    line = _line_of(text, "extends")
    if path.startswith("<builtin>"):
        raise ProfileError(path, f"extends unknown built-in profile '{parent}'", line=line)
    resolved = os.path.realpath(os.path.join(os.path.dirname(os.path.abspath(path)), parent))
    if not resolved.endswith(".toml"):
        raise ProfileError(path, f"extends '{parent}', which is not a profile",
                           f"extend a built-in ({', '.join(BUILTIN)}) or another profile's .toml file", line)
    return resolved


def read_profile_text(path: str) -> str:
    """A profile file's text, read only if it is a regular file of at most MAX_PROFILE_BYTES.

    Opened without blocking (a pipe or device at the path must not hang the run) and checked
    with ``fstat`` on the open file, so what is checked is what is read.
    """
    data = read_profile_bytes(path)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise ProfileError(path, "is not UTF-8 text", "save the profile as UTF-8") from None


def read_profile_bytes(path: str) -> bytes:
    """A profile file's bytes, read as :func:`read_profile_text` reads them (what its cache key hashes)."""
    try:
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise ProfileError(path, "no such profile",
                           f"use one of {', '.join(BUILTIN)} or the path of a .toml file") from None
    except OSError as error:
        raise ProfileError(path, f"cannot read profile: {error.strerror or error}") from None
    with os.fdopen(handle, "rb") as stream:
        info = os.fstat(stream.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise ProfileError(path, "is not a regular file", "give the path of a profile .toml file")
        if info.st_size > MAX_PROFILE_BYTES:
            raise ProfileError(path, f"is {info.st_size:,} bytes, far larger than any profile",
                               f"the limit is {MAX_PROFILE_BYTES:,} bytes")
        data = stream.read(MAX_PROFILE_BYTES + 1)
    if len(data) > MAX_PROFILE_BYTES:
        raise ProfileError(path, "grew past the size limit while it was read")
    return data


def _source_text(name_or_path: str) -> str:
    """The text of a profile file (a built-in by name, or a path); a ProfileError if unreadable."""
    if name_or_path in BUILTIN:
        return read_package_text("profile", "builtin", f"{name_or_path}.toml")
    return read_profile_text(name_or_path)


def _label(name_or_path: str) -> str:
    return f"<builtin>/{name_or_path}.toml" if name_or_path in BUILTIN else name_or_path


def _load_data(name_or_path: str, chain: tuple[str, ...] = (),
               sources: list[tuple[str, str]] | None = None) -> dict[str, Any]:
    return _read(_label(name_or_path), _source_text(name_or_path), chain, [] if sources is None else sources)


def _source_bytes(name_or_path: str) -> bytes:
    """The bytes of a profile file, as :func:`_source_text` reads it: its entry's digest is of them."""
    if name_or_path in BUILTIN:
        return read_package_bytes("profile", "builtin", f"{name_or_path}.toml")
    return read_profile_bytes(name_or_path)


def _unchanged(sources) -> bool:
    """Every file an entry was built from still has the text it had.

    The digest is of the file's bytes (the UTF-8 of its text: the same digest), not of its text
    decoded and encoded again: the built-in profile is 340 KB of text with curly quotes, whose
    round trip cost about as much as hashing it."""
    try:
        return all(cache.digest(_source_bytes(_unlabel(path))) == digest for path, digest in sources)
    except (ProfileError, OSError):
        return False


def _unlabel(label: str) -> str:
    return label[len("<builtin>/"):-len(".toml")] if label.startswith("<builtin>/") else label


def load_profile(name_or_path: str = DEFAULT_PROFILE) -> Profile:
    """Load and validate a built-in profile by name, or a user's profile by path.

    The parsed, merged data comes from the user cache when every file of its ``extends`` chain is
    unchanged (core/cache.py); otherwise it is parsed, validated and stored for next time.
    """
    key = cache.digest(CODE_VERSION, os.path.abspath(name_or_path) if name_or_path not in BUILTIN else name_or_path)
    entry = cache.load("profile", key)
    if isinstance(entry, dict) and entry.get("sources") and _unchanged(entry["sources"]):
        data = entry["data"]
        return Profile(data["profile"]["name"], name_or_path, data, tuple(map(tuple, entry["sources"])))
    sources: list[tuple[str, str]] = []
    data = _load_data(name_or_path, (), sources)
    cache.store("profile", key, {"sources": sources, "data": data})
    return Profile(name=data["profile"]["name"], path=name_or_path, data=data, sources=tuple(sources))
