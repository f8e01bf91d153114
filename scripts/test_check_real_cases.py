#!/usr/bin/env python3
"""Tests of check_real_cases.py: each broken reading must be reported, a sound one must pass.

Each test copies one real case into a temporary folder, breaks one thing in its
expected.json and runs the checker on that folder.  Standard library only.
"""

import contextlib
import io
import json
import os
import shutil
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_real_cases as crc  # noqa: E402

CASE = "32-nhonmy-ubnd-thongbao-tet-2026"


class CheckRealCasesTests(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="check-real-")
        shutil.copytree(os.path.join(crc.DEFAULT_CASES, CASE), os.path.join(self.tmp, CASE))
        self.path = os.path.join(self.tmp, CASE, "expected.json")
        with open(self.path, encoding="utf-8") as f:
            self.expected = json.load(f)

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def run_check(self):
        with open(self.path, "w", encoding="utf-8") as f:
            json.dump(self.expected, f, ensure_ascii=False)
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            status = crc.main(["--cases", self.tmp])
        return status, out.getvalue()

    def assertReported(self, fragment):
        status, out = self.run_check()
        self.assertEqual(status, 1, out)
        self.assertIn(fragment, out)

    def test_sound_case_passes(self):
        status, out = self.run_check()
        self.assertEqual(status, 0, out)
        self.assertIn("1 cases, 4 tasks, 0 with errors", out)

    def test_anchor_not_in_text(self):
        self.expected["tasks"][0]["anchor"] = "một câu không có trong văn bản"
        self.assertReported("occurs 0 times")

    def test_anchor_not_unique(self):
        self.expected["tasks"][0]["anchor"] = "Quốc kỳ"  # in the title and in the task
        self.assertReported("occurs 2 times")

    def test_tasks_out_of_order(self):
        tasks = self.expected["tasks"]
        tasks[0], tasks[1] = tasks[1], tasks[0]
        tasks[0]["ordinal"], tasks[1]["ordinal"] = 1, 2
        self.assertReported("out of document order")

    def test_unit_outside_the_alias_table(self):
        self.expected["tasks"][2]["units"][0]["unit"] = "Thủ trưởng các đơn vị"
        self.assertReported("is not a canonical unit")

    def test_unknown_role_and_kind(self):
        self.expected["tasks"][2]["units"][0]["role"] = "boss"
        self.expected["tasks"][0]["deadlines"][0]["kind"] = "someday"
        status, out = self.run_check()
        self.assertEqual(status, 1)
        self.assertIn("unknown role", out)
        self.assertIn("unknown kind", out)

    def test_period_ending_before_it_starts(self):
        self.expected["tasks"][0]["deadlines"][0]["end"] = "2026-02-01"
        self.assertReported("starts after it ends")

    def test_not_date_key_missing_from_text(self):
        self.expected["not_dates"].append({"text": "số 99/TB-UBND", "key": "99/TB-UBND"})
        self.assertReported("does not occur in the text")

    def test_not_date_key_inside_an_accepted_deadline(self):
        self.expected["not_dates"].append({"text": "ngày 16/02/2026", "key": "16/02/2026"})
        self.assertReported("contains not_dates key")

    def test_source_must_name_the_content_file(self):
        self.expected["source"] = CASE + "/content/missing.md"
        self.assertReported("names a missing file")


if __name__ == "__main__":
    unittest.main()
