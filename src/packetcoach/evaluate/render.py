"""The eval result as readable tables, the labelled sets side by side (terminal and markdown share
one layout)."""

from __future__ import annotations

from typing import Any

MEASURES = (  # (label, section, key, how to show it)
    ("ready accuracy", "ready", "accuracy", "n"),
    ("ready accuracy, claims only", "ready", "claims_accuracy", "claims_n"),
    ("false ready (share of not-ready items judged ready)", "ready", "false_ready", None),
    ("verb class", "verb_class", "accuracy", "n"),
    ("verb", "verb", "accuracy", "n"),
    ("specialty", "specialty", "accuracy", "n"),
    ("item kind", "kind", "accuracy", "n"),
    ("a right principle among those named", "principles", "hit_rate", "hit_n"),
    ("principles named that are right", "principles", "named_right", "named"),
    ("primary principle", "principles", "primary", "primary_n"),
)


def _header(names: list[str], what: str) -> list[str]:
    return [f"| {what} | " + " | ".join(names) + " |", "|---" * (len(names) + 1) + "|"]


def _prf(s: dict[str, Any] | None) -> str:
    if not s or not s.get("n"):
        return "-"
    return f"{s['precision']:.3f} / {s['recall']:.3f} / {s['f1']:.3f} ({s['support']})"


def _measure(result: dict[str, Any], section: str, key: str, count: str | None) -> str:
    data = result.get(section) or {}
    if not data.get("n") or (count and not data.get(count)):
        return "-"
    return f"{data[key]:.3f}" + (f" ({data[count]})" if count else "")


def item_tables(sets: dict[str, dict[str, Any]]) -> list[str]:
    names = list(sets)
    first = next(iter(sets.values()))
    lines = ["Item signals: precision / recall / F1 (support)", ""] + _header(names, "signal")
    for signal in first["signals"]:
        if signal == "ready":
            continue
        lines.append(f"| {signal} | " + " | ".join(_prf(sets[n]["signals"].get(signal)) for n in names) + " |")
    lines.append("| principles (micro) | " + " | ".join(_prf(sets[n]["principles"]) for n in names) + " |")
    lines += ["", "Readiness, slots, kinds and principles: accuracy (n)", ""] + _header(names, "measure")
    for label, section, key, count in MEASURES:
        lines.append(f"| {label} | " + " | ".join(_measure(sets[n], section, key, count) for n in names) + " |")
    return lines


def _field(s: dict[str, Any] | None) -> str:
    if not s:
        return "-"
    if "packets" in s:
        return f"{s['right']}/{s['packets']} · F1 {s['f1']:.3f}"
    return f"{s['right']}/{s['n']}"


def packet_table(sets: dict[str, dict[str, Any]]) -> list[str]:
    names = [n for n in sets if sets[n].get("packets")]
    if not names:
        return []
    fields: list[str] = []
    for name in names:
        fields += [f for f in sets[name]["packets"] if f not in fields]
    lines = ["", "Document fields: packets right (lists of items: packets right · item F1)", ""]
    lines += _header(names, "field")
    for field in fields:
        lines.append(f"| {field} | " + " | ".join(_field(sets[n]["packets"].get(field)) for n in names) + " |")
    return lines


def _finding(s: dict[str, Any] | None) -> str:
    if not s:
        return "-"
    return f"{s['fires']}/{s['packets']} · {s['false']} false · P {s['precision']:.3f}"


def findings_table(sets: dict[str, dict[str, Any]]) -> list[str]:
    """The document findings a packet label decides: how often each fires, and how often the
    labels say it is false (docs/accuracy.md, "What each figure means")."""
    names = [n for n in sets if sets[n].get("document_findings")]
    if not names:
        return []
    rules: dict[str, dict[str, Any]] = {}
    for name in names:
        for rule, counts in sets[name]["document_findings"].items():
            rules.setdefault(rule, counts)
    lines = ["", "Document findings a label decides: fired/packets · false by the labels · precision", ""]
    lines += _header(names, "finding (label)")
    for rule, counts in rules.items():
        lines.append(f"| {rule} {counts['name']} ({counts['label']}) | "
                     + " | ".join(_finding(sets[n]["document_findings"].get(rule)) for n in names) + " |")
    return lines


def external_table(external: dict[str, Any] | None) -> list[str]:
    if external is None:
        return []
    if not external.get("measured"):
        return ["", f"Real public text (corpus-ext): {external.get('reason', 'not measured')}"]
    lines = ["", f"Real public text (corpus-ext at {external['root']})"]
    sample = external.get("sample")
    if sample:
        lines += ["", f"Labelled sample: {sample['n']} items"
                  + (f" ({len(sample['skipped'])} left out: text changed or missing)" if sample["skipped"] else ""),
                  "", "| signal | false alarm | P / R / F1 (support) |", "|---|---|---|"]
        for name, s in sample["signals"].items():
            lines.append(f"| {name} | {s['false_alarm']:.3f} | {_prf(s)} |")
        lines.append(f"| ready | {sample['ready']['false_alarm']:.3f} | {_prf(sample['ready'])} |")
        lines.append(f"| item kind (accuracy) | {sample['kind']['accuracy']:.3f} | n {sample['kind']['n']} |")
    role = external.get("re_role")
    if role and role.get("reports"):
        lines += ["", f"Re-role score of engineering prose (Kubernetes annual reports, {role['reports']} reports): "
                  f"median {role['median']:g}, quartiles {role['low_quartile']}-{role['high_quartile']} "
                  "(lower is right: this text is written in the engineering voice)"]
    return lines


TABLE_CONFUSIONS = 5  # cases per label the table quotes unless told


def quoting_at_most(result: dict[str, Any], count: int) -> dict[str, Any]:
    """The JSON result with at most ``count`` quoted cases per label: the confusions and the
    disagreements quote labelled items, so ``--confusions 0`` keeps a set that must stay unread (a
    held-out or blind set) out of the output, and leaves every figure as it was."""
    def cut(cases: dict[str, Any]) -> dict[str, Any]:
        return {name: cut(value) if isinstance(value, dict) else value[:count] if isinstance(value, list) else value
                for name, value in cases.items()}
    sets = {name: {**figures, "confusions": cut(figures["confusions"]), "disagreements": cut(figures["disagreements"])}
            for name, figures in result["sets"].items()}
    trimmed = {**result, "sets": sets}
    sample = (result.get("external") or {}).get("sample")
    if sample:
        trimmed["external"] = {**result["external"], "sample": {**sample, "confusions": cut(sample["confusions"])}}
    return trimmed


def confusion_lines(sets: dict[str, dict[str, Any]], external: dict[str, Any] | None, count: int) -> list[str]:
    lines = ["", "Confusions (first few per label; --format json lists all):"]
    groups = [(name, result["confusions"]) for name, result in sets.items()]
    if external and external.get("sample"):
        groups.append(("ext", external["sample"]["confusions"]))
    for set_name, confusions in groups:
        for name, cases in confusions.items():
            for kind in ("false_positives", "false_negatives"):
                for case in cases[kind][:count]:
                    extra = f" [{case['principle']}]" if "principle" in case else ""
                    lines.append(f"  {set_name} {name}{extra} {kind[:-1].replace('_', ' ')}: "
                                 f"[{case['id']}] {case['text'][:110]}")
    return lines


def render_table(result: dict[str, Any], confusions: int = 5) -> str:
    sets = result["sets"]
    described = " · ".join(f"{name} ({sets[name]['items']} items"
                           + (f", {len(sets[name].get('per_packet', {}))} packets)" if sets[name].get("packets")
                              else ")") for name in sets)
    lines = [f"profile {result['profile']} · {described}", ""]
    lines += item_tables(sets) + packet_table(sets) + findings_table(sets) + external_table(result.get("external"))
    if confusions:
        lines += confusion_lines(sets, result.get("external"), confusions)
    return "\n".join(lines)
