"""The eval result as a readable table (terminal and markdown share one layout)."""

from __future__ import annotations

from typing import Any


def render_table(result: dict[str, Any], confusions: int = 5) -> str:
    lines = [f"corpus {result['corpus']} · profile {result['profile']}", "",
             "| label | precision | recall | F1 | support | n |", "|---|---|---|---|---|---|"]
    for name, s in result["signals"].items():
        lines.append(f"| {name} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} | {s['support']} | {s['n']} |")
    p = result["principles"]
    lines.append(f"| principles (micro) | {p['precision']:.3f} | {p['recall']:.3f} | {p['f1']:.3f} | {p['support']} | {p['n']} |")
    lines += ["", "| accuracy of | value | n |", "|---|---|---|"]
    for name in ("verb_class", "verb", "specialty"):
        lines.append(f"| {name.replace('_', ' ')} | {result[name]['accuracy']:.3f} | {result[name]['n']} |")
    lines.append(f"| ready | {result['signals']['ready']['accuracy']:.3f} | {result['signals']['ready']['n']} |")
    packets = result.get("packets", {})
    if packets:
        lines += ["", "| packet field | accuracy / F1 | n |", "|---|---|---|"]
        for name, s in packets.items():
            value = s.get("f1", s.get("accuracy"))
            label = "F1" if "f1" in s else "accuracy"
            lines.append(f"| {name} ({label}) | {value:.3f} | {s['n']} |")
    if confusions:
        lines += ["", "Confusions (first few per label; --format json lists all):"]
        for name, cases in result["confusions"].items():
            for kind in ("false_positives", "false_negatives"):
                for case in cases[kind][:confusions]:
                    lines.append(f"  {name} {kind[:-1].replace('_', ' ')}: [{case['id']}] {case['text'][:110]}")
    return "\n".join(lines)
