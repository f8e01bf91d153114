#!/usr/bin/env python3
"""Check the real-text test set (Tests/BantinKitTests/Fixtures/real) for format errors.

Each case folder NN-name/ must hold content/<file>.md (the text), SOURCE.md (where it
comes from) and expected.json (a hand-checked reading in the format of
../shared/real/README.md).  This script checks what a reading must satisfy before
score.py can use it:

  * the layout and the fields of expected.json (kinds, roles, ISO dates, ordinals);
  * every canonical unit name maps to a known key of score.py's alias table
    (names outside it belong in `uncatalogued` / `implied_ok`);
  * every task anchor occurs exactly once in the folded text, tasks appear in
    document order and `start`, `tasks_start`, `tasks_end` are found;
  * every `not_dates` key occurs in the text and none of them is part of a
    deadline the reading itself requires or accepts.

Text folding, unit keys and not-date keys are score.py's own (one home per
rule), imported from scripts/real_score.py (a copy of ../shared/real/score.py) or from --score.  Standard library
only.  Exit status 1 when a case has an error, each error printed as
`<case>: error: <what>`.

    python3 scripts/check_real_cases.py                      # the repository set
    python3 scripts/check_real_cases.py --cases /work/holdout
"""

import argparse
import importlib.util
import json
import os
import sys
from datetime import date

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_CASES = os.path.join(REPO, "Tests", "BantinKitTests", "Fixtures", "real")
DEFAULT_SCORE = os.path.join(REPO, "scripts", "real_score.py")

ROLES = {"lead", "support", "advisory", "monitor", "requested", "concerned"}
KINDS = {"due", "event", "period", "recurring"}


def load_score(path):
    if not os.path.isfile(path):
        sys.exit("check_real_cases.py: error: score.py not found at %s (pass --score PATH)" % path)
    spec = importlib.util.spec_from_file_location("real_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def iso(value):
    try:
        return date.fromisoformat(value) if isinstance(value, str) and len(value) == 10 else None
    except ValueError:
        return None


class Case:
    """The errors found in one case folder."""

    def __init__(self, path, score):
        self.path = path
        self.name = os.path.basename(path)
        self.score = score
        self.errors = []

    def error(self, message):
        self.errors.append(message)

    def check(self):
        exp_path = os.path.join(self.path, "expected.json")
        try:
            with open(exp_path, encoding="utf-8") as f:
                expected = json.load(f)
        except (OSError, ValueError) as e:
            self.error("expected.json cannot be read: %s" % e)
            return self.errors
        self.check_files(expected)
        if self.errors:
            return self.errors
        _, text, _ = self.score.load_case(self.path)
        folded = self.score.fold(text)
        self.check_meta(expected)
        tasks = expected.get("tasks")
        if not isinstance(tasks, list):
            self.error("'tasks' must be a list")
            return self.errors
        for i, task in enumerate(tasks, 1):
            self.check_task(i, task)
        self.check_positions(expected, folded)
        self.check_not_dates(expected, folded)
        return self.errors

    def check_files(self, expected):
        source_md = os.path.join(self.path, "SOURCE.md")
        if not os.path.isfile(source_md):
            self.error("SOURCE.md is missing")
        else:
            with open(source_md, encoding="utf-8") as f:
                if "**Where**" not in f.read():
                    self.error("SOURCE.md has no '**Where**' line")
        source = expected.get("source", "")
        prefix = self.name + "/content/"
        if not source.startswith(prefix):
            self.error("'source' must start with %r, is %r" % (prefix, source))
        elif not os.path.isfile(os.path.join(os.path.dirname(self.path), source)):
            self.error("'source' names a missing file: %s" % source)
        for key in ("about", "meta", "structure", "tasks", "not_dates"):
            if key not in expected:
                self.error("expected.json has no %r" % key)

    def check_meta(self, expected):
        meta = expected["meta"]
        if not meta.get("type"):
            self.error("meta.type is empty")
        md = meta.get("meeting_date")
        if md is not None and iso(md) is None:
            self.error("meta.meeting_date is not an ISO date: %r" % md)
        self.check_span("meta.period", meta.get("period"), optional=True)

    def check_span(self, where, span, optional=False):
        if span is None and optional:
            return
        if not isinstance(span, dict) or iso(span.get("start")) is None or iso(span.get("end")) is None:
            self.error("%s needs ISO 'start' and 'end': %r" % (where, span))
        elif iso(span["start"]) > iso(span["end"]):
            self.error("%s starts after it ends: %r" % (where, span))

    def check_task(self, i, task):
        where = "task %d" % i
        if task.get("ordinal") != i:
            self.error("%s: ordinal is %r" % (where, task.get("ordinal")))
        if not task.get("anchor"):
            self.error("%s: no anchor" % where)
        for u in task.get("units", []):
            if not isinstance(u, dict) or not u.get("unit") or not u.get("mention"):
                self.error("%s: a unit needs 'unit' and 'mention': %r" % (where, u))
                continue
            if u.get("role") not in ROLES or not set(u.get("roles_ok", [])) <= ROLES:
                self.error("%s: unknown role in %r" % (where, u))
            if self.score.unit_key(u["unit"]).startswith("raw:"):
                self.error("%s: %r is not a canonical unit of score.py (use uncatalogued/implied_ok)" % (where, u["unit"]))
        for name in task.get("implied_ok", []) + task.get("uncatalogued", []):
            if not isinstance(name, str) or not name:
                self.error("%s: implied_ok/uncatalogued entries must be names: %r" % (where, name))
        for key in ("deadlines", "deadlines_ok"):
            for d in task.get(key, []):
                self.check_deadline("%s %s" % (where, key), d)

    def check_deadline(self, where, d):
        kind = d.get("kind") if isinstance(d, dict) else None
        if kind not in KINDS:
            self.error("%s: unknown kind in %r" % (where, d))
        elif kind in ("due", "event"):
            if iso(d.get("date")) is None or any(iso(x) is None for x in d.get("also_ok", [])):
                self.error("%s: %s needs ISO 'date' (and 'also_ok'): %r" % (where, kind, d))
        elif kind == "period":
            if "contains" in d:
                if iso(d["contains"]) is None:
                    self.error("%s: 'contains' is not an ISO date: %r" % (where, d))
            else:
                self.check_span(where, d)
        if not d.get("text"):
            self.error("%s: a deadline needs its 'text'" % where)

    def check_positions(self, expected, folded):
        structure = expected["structure"]
        cursor = 0
        ts = structure.get("tasks_start")
        if ts:
            cursor = folded.find(self.score.fold(ts))
            if cursor < 0:
                self.error("tasks_start not found: %r" % ts)
                cursor = 0
        for i, task in enumerate(expected["tasks"], 1):
            anchor = self.score.fold(task.get("anchor", ""))
            count = folded.count(anchor) if anchor else 0
            if count != 1:
                self.error("task %d: anchor %r occurs %d times in the folded text" % (i, task.get("anchor"), count))
                continue
            at = folded.find(anchor)
            if task.get("start"):
                begin = folded.find(self.score.fold(task["start"]), cursor)
                if begin < 0 or begin > at:
                    self.error("task %d: start %r not found before its anchor" % (i, task["start"]))
                    begin = at
            else:
                begin = at
            if begin < cursor:
                self.error("task %d: out of document order" % i)
            cursor = begin + 1
        te = structure.get("tasks_end")
        if te and folded.find(self.score.fold(te), cursor) < 0:
            self.error("tasks_end not found after the last task: %r" % te)
        try:
            self.score.gold_positions(expected, folded)
        except ValueError as e:
            self.error("score.py cannot place the tasks: %s" % e)

    def check_not_dates(self, expected, folded):
        keys = []
        for entry in expected["not_dates"]:
            if isinstance(entry, dict) and not entry.get("text"):
                self.error("a not_dates entry needs 'text': %r" % entry)
            for key in self.score.not_date_keys(entry):
                if not key or not self.score.contains_key(folded, key):
                    self.error("not_dates key %r does not occur in the text" % key)
                keys.append(key)
        for i, task in enumerate(expected["tasks"], 1):
            for d in task.get("deadlines", []) + task.get("deadlines_ok", []):
                text = self.score.fold(d.get("text", ""))
                clash = [k for k in keys if self.score.contains_key(text, k)]
                if clash:
                    self.error("task %d: deadline %r contains not_dates key(s) %s" % (i, d.get("text"), clash))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cases", default=DEFAULT_CASES, help="folder holding the case folders")
    ap.add_argument("--score", default=DEFAULT_SCORE, help="path of shared/real/score.py")
    args = ap.parse_args(argv)
    score = load_score(args.score)
    names = sorted(n for n in os.listdir(args.cases) if os.path.isdir(os.path.join(args.cases, n)))
    if not names:
        print("check_real_cases.py: error: no case folders in %s" % args.cases, file=sys.stderr)
        return 1
    failed = 0
    tasks = 0
    for name in names:
        errors = Case(os.path.join(args.cases, name), score).check()
        for message in errors:
            print("%s: error: %s" % (name, message))
        failed += bool(errors)
        if not errors:
            with open(os.path.join(args.cases, name, "expected.json"), encoding="utf-8") as f:
                tasks += len(json.load(f)["tasks"])
    print("check_real_cases.py: %d cases, %d tasks, %d with errors" % (len(names), tasks, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
