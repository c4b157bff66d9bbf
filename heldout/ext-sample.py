#!/usr/bin/env python3
"""Reproduce the held-out sample behind ext-labels.jsonl.

Prints one line per sampled item: id,source,row,sha1 (row is the 0-based data row index
as read by csv.DictReader, header excluded). Reads the CSVs from the first shared/corpus-ext found beside
the repository or one of its parents (override with the first argument). Text is never printed.

Procedure: one random.Random(20261126) shared across the sources, visited in the order below;
for each source, shuffle the list of all row indices and keep the first N eligible rows in that
shuffled order. A row is ineligible when its text has fewer than 5 whitespace-separated words or
is a question (contains a '?'). Ids are assigned in source order, then ascending row.
"""
import csv
import hashlib
import os
import random
import sys

SEED = 20261126
SOURCES = [  # (relative path, text column, how many)
    ("k8s-annual-reports/k8s_annual_report_items.csv", "text", 60),
    ("medium-snowflake/snowflake_items.csv", "text", 30),
    ("ft-engineering-competencies/ft_competency_items.csv", "text", 30),
    ("staffeng-stories/staffeng_sentences.csv", "sentence", 30),
]


def find_root(here):
    """The first shared/corpus-ext beside the repository or beside one of its parent directories."""
    folder = os.path.dirname(here)
    while True:
        candidate = os.path.join(os.path.dirname(folder), "shared", "corpus-ext")
        if os.path.isdir(candidate):
            return candidate
        if os.path.dirname(folder) == folder:
            return None
        folder = os.path.dirname(folder)


def eligible(text):
    return len(text.split()) >= 5 and "?" not in text


def sample(root):
    rng = random.Random(SEED)
    out = []
    for rel, col, n in SOURCES:
        with open(os.path.join(root, rel), newline="", encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
        order = list(range(len(rows)))
        rng.shuffle(order)
        picked = [i for i in order if eligible(rows[i][col])][:n]
        assert len(picked) == n, rel
        for i in sorted(picked):
            text = rows[i][col]
            out.append((rel, i, col, hashlib.sha1(text.encode("utf-8")).hexdigest()))
    return [("x-%04d" % (k + 1),) + t for k, t in enumerate(out)]


if __name__ == "__main__":
    root = sys.argv[1] if len(sys.argv) > 1 else find_root(os.path.dirname(os.path.abspath(__file__)))
    if root is None or not os.path.isdir(root):
        sys.exit("ext-sample.py: no shared/corpus-ext beside this repository or its parents; give its path")
    print("id,source,row,column,sha1")
    for id_, rel, row, col, sha in sample(root):
        print(f"{id_},{rel},{row},{col},{sha}")
