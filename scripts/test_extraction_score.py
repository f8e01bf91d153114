#!/usr/bin/env python3
"""Tests of extraction_score.py: the expected files are consistent, a perfect export scores 1,
and each kind of mistake in an altered export is counted where it should be.

Run: python3 scripts/test_extraction_score.py
"""

import copy
import io
import json
import os
import stat
import sys
import tempfile
import unittest
from contextlib import redirect_stdout
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import extraction_score as es  # noqa: E402


def perfect_export(pairs):
    return {"conclusions": [es.expected_to_export(expected) for _, expected in pairs]}


class ExpectedFilesTests(unittest.TestCase):
    def setUp(self):
        self.pairs = es.load_corpus(es.DEFAULT_CORPUS)

    def test_corpus_has_at_least_14_documents_each_with_4_to_12_tasks(self):
        self.assertGreaterEqual(len(self.pairs), 14)
        for document, expected in self.pairs:
            self.assertTrue(document.exists(), document)
            self.assertEqual(expected["source"], document.name)
            self.assertTrue(4 <= len(expected["tasks"]) <= 12, document.name)
            lines = document.read_text(encoding="utf-8").count("\n")
            self.assertTrue(40 <= lines <= 120, f"{document.name}: {lines} lines")

    def test_expected_files_agree_with_their_documents(self):
        for document, expected in self.pairs:
            with self.subTest(document.name):
                self.assertEqual(es.validate_expected(expected, document.read_text(encoding="utf-8")), [])

    def test_seed_gold_maps_to_the_expected_shape(self):
        if not es.DEFAULT_GOLD.exists():
            self.skipTest("no seed gold file")
        expected = es.gold_to_expected(json.loads(es.DEFAULT_GOLD.read_text(encoding="utf-8")))
        self.assertEqual(expected["meetingDate"], "2026-01-29")
        self.assertEqual(len(expected["tasks"]), 8)
        self.assertIn({"id": "ttpvhcc", "role": "lead", "mention": "Trung tâm Phục vụ hành chính công"},
                      expected["tasks"][4]["units"])
        self.assertEqual(es.validate_expected(expected, es.DEFAULT_SEED.read_text(encoding="utf-8")), [])

    def test_validation_reports_bad_entries(self):
        document, expected = self.pairs[0]
        broken = copy.deepcopy(expected)
        broken["tasks"][0]["units"][0]["id"] = "ubnd-xa"
        broken["tasks"][0]["deadlines"][0]["end"] = "2026-02-30"
        broken["not_dates"].append("không có trong văn bản")
        problems = es.validate_expected(broken, document.read_text(encoding="utf-8"))
        self.assertEqual(len(problems), 3, problems)


class ScoringTests(unittest.TestCase):
    def setUp(self):
        self.pairs = es.load_corpus(es.DEFAULT_CORPUS)
        self.expected = self.pairs[0][1]  # 01-thang-01-2026

    def test_perfect_export_scores_one_everywhere(self):
        pairs = list(self.pairs)
        if es.DEFAULT_GOLD.exists():
            pairs.append((es.DEFAULT_SEED, es.gold_to_expected(json.loads(es.DEFAULT_GOLD.read_text(encoding="utf-8")))))
        conclusions = es.conclusions_by_stem(perfect_export(pairs))
        for _, expected in pairs:
            with self.subTest(expected["source"]):
                score = es.score_conclusion(expected, conclusions[es.stem(expected["source"])])
                for counts in (score.units, score.deadlines):
                    self.assertEqual((counts.fp, counts.fn), (0, 0))
                    self.assertEqual(counts.precision, 1.0)
                    self.assertEqual(counts.recall, 1.0)
                self.assertEqual((score.inferred.fp, score.inferred.fn), (0, 0))
                self.assertTrue(score.meeting_ok and score.period_ok)
                self.assertEqual(score.not_date_hits, 0)

    def test_altered_export_counts_each_mistake(self):
        got = es.expected_to_export(self.expected)
        task1, task2, task3 = got["tasks"][0], got["tasks"][1], got["tasks"][2]
        task1["units"].pop(0)                                   # missed bxdd/lead
        task1["units"][0]["role"] = "lead"                      # ubkt support → lead: one fp, one fn
        task1["units"].append({"id": "dang-uy", "role": "lead", "mention": "Đảng ủy"})  # implied_ok: ignored
        task1["units"].append({"id": "chi-bo-xom-dong", "role": "concerned", "mention": "x"})  # = chi-bo/concerned, duplicate
        task2["deadlines"][0]["start"] = task2["deadlines"][0]["end"] = "2026-02-04"  # wrong event day
        task3["deadlines"].append({"kind": "event", "start": "2025-03-12", "end": "2025-03-12",
                                   "text": "năm 2025", "inferred": False})  # a not-date read as a date
        got["tasks"][3]["deadlines"] = [d for d in got["tasks"][3]["deadlines"] if not d["inferred"]]  # inferred missed
        got["meetingDate"] = "2026-12-26"

        score = es.score_conclusion(self.expected, got)
        units_total = sum(len(t["units"]) for t in self.expected["tasks"])
        self.assertEqual((score.units.tp, score.units.fp, score.units.fn), (units_total - 2, 1, 2))
        deadlines_total = sum(1 for t in self.expected["tasks"] for d in t["deadlines"] if not d["inferred"])
        self.assertEqual((score.deadlines.tp, score.deadlines.fp, score.deadlines.fn), (deadlines_total - 1, 2, 1))
        self.assertEqual((score.inferred.tp, score.inferred.fp, score.inferred.fn), (len(self.expected["tasks"]) - 1, 0, 1))
        self.assertEqual(score.not_date_hits, 1)
        self.assertFalse(score.meeting_ok)
        self.assertTrue(score.period_ok)

    def test_split_tasks_with_one_ordinal_are_merged(self):
        got = es.expected_to_export(self.expected)
        first = got["tasks"][0]
        half = dict(first, id=first["id"] + "-2", units=first["units"][2:], deadlines=[])
        first["units"] = first["units"][:2]
        got["tasks"].insert(1, half)
        score = es.score_conclusion(self.expected, got)
        self.assertEqual((score.units.fp, score.units.fn), (0, 0))

    def test_missing_conclusion_is_all_misses(self):
        score = es.score_conclusion(self.expected, None)
        self.assertFalse(score.found)
        self.assertEqual(score.units.tp, 0)
        self.assertEqual(score.units.fn, sum(len(t["units"]) for t in self.expected["tasks"]))
        self.assertIsNone(score.units.precision)

    def test_period_containing_a_gold_day_matches(self):
        want = [{"kind": "period", "contains": "2026-02-17", "text": "dịp Tết", "inferred": False}]
        hit = [{"kind": "period", "start": "2026-02-10", "end": "2026-02-26"}]
        miss = [{"kind": "period", "start": "2026-02-18", "end": "2026-02-26"}]
        self.assertEqual(es._match_deadlines(want, hit)[0].tp, 1)
        self.assertEqual(es._match_deadlines(want, miss)[0].tp, 0)


class CommandLineTests(unittest.TestCase):
    def test_runs_a_bantin_binary_over_a_copy_of_the_corpus(self):
        pairs = es.load_corpus(es.DEFAULT_CORPUS)
        with tempfile.TemporaryDirectory() as work:
            export_path = Path(work) / "export.json"
            export_path.write_text(json.dumps(perfect_export(pairs), ensure_ascii=False), encoding="utf-8")
            # A stand-in for bantin: prints the conclusions whose files are in --content, and fails
            # if README.md or an expected file was copied there.
            fake = Path(work) / "bantin"
            fake.write_text(f"""#!/usr/bin/env python3
import json, os, sys
args = sys.argv[1:]
assert args[0] == "tasks" and args[args.index("--format") + 1] == "json"
names = sorted(os.listdir(args[args.index("--content") + 1]))
assert all(n.endswith(".md") and n[:2].isdigit() for n in names), names
export = json.load(open({str(export_path)!r}, encoding="utf-8"))
wanted = {{n[:-3] for n in names}}
print(json.dumps({{"conclusions": [c for c in export["conclusions"] if c["source"][:-3] in wanted]}}))
""", encoding="utf-8")
            fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
            out = io.StringIO()
            with redirect_stdout(out):
                status = es.main(["--bantin", str(fake), "--no-seed"])
        self.assertEqual(status, 0)
        total = [line for line in out.getvalue().splitlines() if line.startswith("TOTAL")][0]
        self.assertEqual(total.split()[1:7], ["100"] * 6)


if __name__ == "__main__":
    unittest.main()
