#!/usr/bin/env python3
"""A yardstick for the reader's rules on unseen texts (issue 8): how far a plain bag-of-words
sentence classifier gets, trained on some real texts and tried on others.

Not part of bantin and not a test. Four rounds of rules lifted the texts they were written on
and left the next unseen set about where it was (tasks found on first contact: 401-421 51 %,
501-539 58 %, 701-730 57 %, 801-830 53 %). This asks whether plain word statistics do better on
first contact, which says how much of the gap is vocabulary the rules do not know and how much
is the shape of the text.

Each text of a case folder is cut into sentences (lines, then ". X" and "; "); a sentence is a
directive when it holds the `anchor` of a task of the case's `expected.json`. Features: folded
words and the first bigrams, the first three words, the last words of the sentence before, a
list marker, a trailing colon (before and here), length and the sentence's place in the text.
Logistic regression with class weights, 15 passes of SGD, a fixed seed: the same data give the
same figures. Standard library only.

    python3 scripts/directive_baseline.py                      # leave one set (a hundred) out
    python3 scripts/directive_baseline.py --cases /work/heldout9  # train on the repository, try there

Prints, per set left out, sentence precision and recall and the tasks whose sentence it flags.
"""

import argparse
import collections
import json
import math
import os
import random
import re
import unicodedata

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(REPO, "Tests", "BantinKitTests", "Fixtures")
WORD = re.compile(r"[a-z0-9]+")
SENTENCE_BREAK = re.compile(r"(?<=[.;!?])\s+(?=[A-ZĐÀ-Ỹ0-9\"“(\-+•])|;\s+")


def fold(text):
    text = text.replace("đ", "d").replace("Đ", "D").replace("Ð", "D")
    text = unicodedata.normalize("NFD", text)
    return "".join(c for c in text if unicodedata.category(c) != "Mn").lower()


def sentences(text):
    text = unicodedata.normalize("NFC", text)
    if text.startswith("---"):
        end = text.find("\n---", 3)
        if end > 0:
            text = text[end + 4:]
    out = []
    for line in text.split("\n"):
        for part in SENTENCE_BREAK.split(line.strip()):
            if len(part.strip()) > 3:
                out.append(part.strip())
    return out


def features(sents, i):
    s = fold(sents[i])
    words = WORD.findall(s)
    f = collections.Counter()
    for w in words[:40]:
        f["w:" + w] += 1
    for a, b in zip(words[:12], words[1:13]):
        f["b:" + a + "_" + b] += 1
    for w in words[:3]:
        f["first:" + w] += 1
    if i > 0:
        before = fold(sents[i - 1])
        if before.rstrip().endswith(":"):
            f["colon before"] += 1
        for w in WORD.findall(before)[-4:]:
            f["before:" + w] += 1
    if s.rstrip().endswith(":"):
        f["colon"] += 1
    if re.match(r"^\s*([-+•*]|\d+[.)]|[a-zđ][)])", sents[i]):
        f["list marker"] += 1
    f["place:%d" % min(9, int(10 * i / max(1, len(sents))))] += 1
    f["length:%d" % min(6, len(words) // 8)] += 1
    return f


def case_set(name):
    number = int(name.split("-", 1)[0])
    return number // 100 * 100 if number >= 100 else 0


def labelled(folder):
    """(case name, features per sentence, labels, the sentence of each task or None)."""
    cases = []
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if not os.path.isfile(os.path.join(path, "expected.json")):
            continue
        expected = json.load(open(os.path.join(path, "expected.json"), encoding="utf-8"))
        content = os.path.join(path, "content")
        text = "\n".join(open(os.path.join(content, f), encoding="utf-8", errors="replace").read()
                         for f in sorted(os.listdir(content)))
        sents = sentences(text)
        folded = [fold(s) for s in sents]
        labels = [0] * len(sents)
        where = []
        for task in expected.get("tasks", []):
            anchor = fold(task.get("anchor") or "").strip()
            hits = [i for i, s in enumerate(folded) if anchor and (anchor in s or (len(s) > 20 and s in anchor))]
            for i in hits:
                labels[i] = 1
            where.append(hits[0] if hits else None)
        cases.append((name, [features(sents, i) for i in range(len(sents))], labels, where))
    return cases


def train(cases, passes=15, rate=0.2, decay=1e-4):
    items = [(f, y) for _, fs, ys, _ in cases for f, y in zip(fs, ys)]
    positive = sum(y for _, y in items)
    weight_of = {1: len(items) / (2 * max(1, positive)), 0: len(items) / (2 * max(1, len(items) - positive))}
    w = collections.defaultdict(float)
    bias = 0.0
    shuffle = random.Random(1)
    for _ in range(passes):
        shuffle.shuffle(items)
        for f, y in items:
            p = probability(w, bias, f)
            g = (p - y) * weight_of[y]
            bias -= rate * g
            for k, v in f.items():
                w[k] -= rate * (g * v + decay * w[k])
    return w, bias


def probability(w, bias, f):
    z = bias + sum(w.get(k, 0.0) * v for k, v in f.items())
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def score(model, cases, threshold):
    tp = fp = fn = found = tasks = 0
    for _, fs, ys, where in cases:
        flagged = [probability(*model, f) >= threshold for f in fs]
        tp += sum(1 for p, y in zip(flagged, ys) if p and y)
        fp += sum(1 for p, y in zip(flagged, ys) if p and not y)
        fn += sum(1 for p, y in zip(flagged, ys) if y and not p)
        tasks += len(where)
        found += sum(1 for i in where if i is not None and flagged[i])
    return tp / max(1, tp + fp), tp / max(1, tp + fn), found, tasks


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", help="a folder of cases to try, trained on every case of the repository")
    parser.add_argument("--threshold", type=float, default=0.5)
    args = parser.parse_args()
    repository = labelled(os.path.join(FIXTURES, "real"))
    if os.path.isdir(os.path.join(FIXTURES, "heldout")):
        repository += labelled(os.path.join(FIXTURES, "heldout"))
    if args.cases:
        p, r, found, tasks = score(train(repository), labelled(args.cases), args.threshold)
        print(f"{args.cases}: sentences P {p:.2f} R {r:.2f}, tasks whose sentence is flagged {found}/{tasks}")
        return
    total_found = total_tasks = 0
    for left_out in sorted({case_set(c[0]) for c in repository}):
        model = train([c for c in repository if case_set(c[0]) != left_out])
        tried = [c for c in repository if case_set(c[0]) == left_out]
        p, r, found, tasks = score(model, tried, args.threshold)
        total_found += found
        total_tasks += tasks
        print(f"set {left_out:>3}: {len(tried):>3} cases, sentences P {p:.2f} R {r:.2f}, tasks {found}/{tasks}")
    print(f"every set left out in turn: tasks {total_found}/{total_tasks}")


if __name__ == "__main__":
    main()
