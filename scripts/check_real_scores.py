#!/usr/bin/env python3
"""Require the task-extraction scores the project promises on its text sets (part of `make test`).

Scores a built `bantin` with scripts/real_score.py (the vendored scorer of ../shared/real) on

  * Tests/BantinKitTests/Fixtures/real       real public texts: the cases before 301, and those
                                             before 401 (with the once held-out 301-315), at tasks
                                             found >= 97 %, units F1 >= 0.91, deadlines F1 >= 0.97;
                                             the once held-out 401-421 at tasks found >= 98 %,
                                             units F1 >= 0.88, deadlines F1 >= 0.91;
                                             the once held-out 501-539 at tasks found >= 77 %,
                                             units F1 >= 0.68, deadlines F1 >= 0.44 (below the
                                             issue's floor: what the reader reaches, see below);
                                             the once held-out 601-628 at tasks found >= 67 %,
                                             units F1 >= 0.59, deadlines F1 >= 0.53 (likewise);
                                             the once held-out 701-730 at tasks found >= 70 %,
                                             units F1 >= 0.72, deadlines F1 >= 0.67 (likewise);
                                             the once held-out 801-830 at tasks found >= 68 %,
                                             units F1 >= 0.80, deadlines F1 >= 0.86 (likewise);
                                             the once held-out 901-930 at tasks found >= 50 %,
                                             units F1 >= 0.46, deadlines F1 >= 0.65 (likewise);
                                             and the whole real set at no false date;
  * Tests/BantinKitTests/Fixtures/synthetic  our own unsectioned conclusions: every task found,
                                             units F1 >= 0.98, deadlines F1 >= 0.98;

and in both sets not one false date (`not_dates` violation). Prints one summary line per set and
exits 1 when a set falls short, naming the measure. Standard library only.

    python3 scripts/check_real_scores.py --bantin .build/debug/bantin
    python3 scripts/check_real_scores.py --bantin .build/debug/bantin -v     # the scorer's table per case
"""

import argparse
import importlib.util
import os
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(REPO, "Tests", "BantinKitTests", "Fixtures")

def case_number(name):
    """The number a case folder starts with ("301-donphong-…" → 301)."""
    head = name.split("-", 1)[0]
    return int(head) if head.isdigit() else 0


# (label, folder, which cases, least share of tasks found, least units F1, least deadlines F1):
# slightly below what the reader reaches (real before 301: 228/229 tasks, units F1 0.919, deadlines
# F1 0.981; real before 401, with 301-315: 265/266, 0.93, 0.98; the once held-out 401-421, after the
# rules made from them: 53/53, 0.889, 0.917 — they were at 32/53, 0.48, 0.55 with 2 false dates when
# they joined; the once held-out 501-539, after the rules made from them: 67/89, 0.679, 0.414, and
# after the general rules of round 8 (extraction8): 70/89, 0.70, 0.47 — they
# were at 52/89, 0.56, 0.31 with 4 false dates when they joined, and their bar stays below the
# floor until the reader reaches it; the once held-out 701-730, after the rules of round 9
# (extraction9): 55/77, 0.74, 0.69 — they were at 44/77, 0.51, 0.45 with 2 false dates when they joined;
# the once held-out 801-830, after the general rules of round 10 (extraction10): 41/58, 0.83, 0.89 —
# they were at 31/58, 0.53, 0.29 with no false date when they joined; the once held-out 901-930,
# after the three date rules and the wrapped-line rule written from them: 46/89, 0.47, 0.67 — they
# were at 41/89, 0.45, 0.61
# with 4 false dates when they joined (after round 10, which did not see them);
# synthetic: every task, 1.00, 1.00), never below the floor of 85 % and 0.85 once reached.
# A set that grows keeps its old cases' bar.
SETS = [
    ("real<301", "real", lambda name: case_number(name) < 301, 0.97, 0.91, 0.97),
    ("real<401", "real", lambda name: case_number(name) < 401, 0.97, 0.91, 0.97),
    ("real401+", "real", lambda name: 401 <= case_number(name) < 501, 0.98, 0.88, 0.91),
    ("real501+", "real", lambda name: 501 <= case_number(name) < 601, 0.77, 0.68, 0.44),
    ("real601+", "real", lambda name: 601 <= case_number(name) < 701, 0.67, 0.59, 0.53),
    ("real701+", "real", lambda name: 701 <= case_number(name) < 801, 0.70, 0.72, 0.67),
    ("real801+", "real", lambda name: 801 <= case_number(name) < 901, 0.68, 0.80, 0.86),
    ("real901+", "real", lambda name: case_number(name) >= 901, 0.50, 0.46, 0.65),
    ("real", "real", lambda name: True, 0.0, 0.0, 0.0),
    ("synthetic", "synthetic", lambda name: True, 1.0, 0.98, 0.98),
]


def load_scorer():
    spec = importlib.util.spec_from_file_location("real_score", os.path.join(REPO, "scripts", "real_score.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score_set(scorer, bantin, folder, selects=lambda name: True):
    """The scorer's summary over the cases of `folder` that `selects` names, and the cases that
    could not be run."""
    total = scorer.empty_counts()
    failures = []
    for case_dir in scorer.find_cases(folder):
        if not selects(os.path.basename(case_dir)):
            continue
        gold, doc_text, _ = scorer.load_case(case_dir)
        out, err = scorer.run_tool(bantin, case_dir, 120.0)
        if err:
            failures.append("%s: %s" % (os.path.basename(case_dir), err))
            counts = scorer.gold_totals(gold)
        else:
            counts = scorer.score_case(gold, doc_text, out, None)
        for key in total:
            total[key] += counts[key]
    return scorer.summarize(total), failures


def shortfalls(summary, tasks_min, units_min, deadlines_min):
    found, expected = summary["tasks"]["found"], summary["tasks"]["expected"]
    problems = []
    if expected and found / expected < tasks_min:
        problems.append("tasks found %d/%d < %d%%" % (found, expected, round(tasks_min * 100)))
    if summary["units"]["f1"] < units_min:
        problems.append("units F1 %.2f < %.2f" % (summary["units"]["f1"], units_min))
    if summary["deadlines"]["f1"] < deadlines_min:
        problems.append("deadlines F1 %.2f < %.2f" % (summary["deadlines"]["f1"], deadlines_min))
    if summary["not_date_violations"]:
        problems.append("%d false dates (not_dates)" % summary["not_date_violations"])
    return problems


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bantin", default=os.path.join(REPO, ".build", "debug", "bantin"), help="the built bantin")
    parser.add_argument("--verbose", "-v", action="store_true", help="print the scorer's table for each set first")
    args = parser.parse_args(argv)
    bantin = os.path.abspath(args.bantin)
    if not os.access(bantin, os.X_OK):
        print("check_real_scores.py: error: bantin not found at %s (build it first)" % bantin, file=sys.stderr)
        return 2
    scorer = load_scorer()
    failed = False
    for name, folder_name, selects, tasks_min, units_min, deadlines_min in SETS:
        folder = os.path.join(FIXTURES, folder_name)
        if args.verbose and name in ("real<301", "synthetic"):
            scorer.main(["--bantin", bantin, "--cases", folder, "-v"])
        summary, errors = score_set(scorer, bantin, folder, selects)
        print("%-9s %s" % (name, scorer.summary_line(summary)))
        problems = shortfalls(summary, tasks_min, units_min, deadlines_min) + errors
        for problem in problems:
            print("check_real_scores.py: error: %s set: %s" % (name, problem), file=sys.stderr)
        failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
