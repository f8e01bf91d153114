#!/usr/bin/env python3
"""Score bantin's task extraction against hand-checked expected files.

Runs `bantin tasks --content <dir> --format json` over the corpus in
Tests/BantinKitTests/Fixtures/corpus (and over the seed conclusion, scored
against its gold file, whose format is mapped here), then prints precision and
recall per file and overall:

- units: (task ordinal, unit id, role). Units listed in a task's `implied_ok`
  (a topic rule may add them) count neither as hits nor as false positives.
- deadlines: (task ordinal, kind, start, end); deadlines with `inferred: true`
  (the month of a "Nhiệm vụ … tháng MM/YYYY" heading) are scored separately.
- meta: whether the meeting date and the conclusion's period match.
- nd: extra deadlines read from a phrase in the file's `not_dates`.

Standard library only; importable (`score_conclusion`, `validate_expected`,
`expected_to_export`, `gold_to_expected` …) so the scorer can be tested without
Swift. `python3 scripts/extraction_score.py --help` lists the options.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO / "Tests" / "BantinKitTests" / "Fixtures" / "corpus"
# The seed and its gold, as copied unchanged from shared/ into the test fixtures.
DEFAULT_SEED = REPO / "Tests" / "BantinKitTests" / "Fixtures" / "seed.md"
DEFAULT_GOLD = REPO / "Tests" / "BantinKitTests" / "Fixtures" / "gold" / "000_e042ceca0cb7d494.expected.json"

UNIT_IDS = {
    "dang-bo", "dang-uy", "btv", "thuong-truc-du", "vpdu", "bxdd", "ubkt", "ttct",
    "hdnd", "ubnd", "vp-hdnd-ubnd", "phong-kt", "phong-vhxh", "ttpvhcc", "ttdvsnc",
    "bqlda", "bchqs", "cax", "tyt", "truong-hoc", "mttq", "hlhpn", "hnd", "hccb",
    "doan", "cong-doan", "hoi-nct", "hoi-ctd", "nhcsxh", "bcd-bau-cu", "cap-tren",
    # groups
    "chi-bo", "xom", "mttq-doan-the", "cac-co-quan-don-vi",
}
ROLES = {"lead", "support", "advisory", "monitor", "requested", "concerned"}
KINDS = {"due", "event", "period", "recurring"}

# A reader may give one party cell or hamlet its own id ("chi-bo-xom-dong");
# the corpus scores them as the group.
GROUP_PREFIXES = (("chi-bo-", "chi-bo"), ("xom-", "xom"), ("thon-", "xom"), ("to-dan-pho-", "xom"))

# The seed's gold file names units; these are the ids of those names.
GOLD_UNIT_NAMES = {
    "Chi bộ": "chi-bo",
    "Xóm": "xom",
    "Đảng ủy xã": "dang-uy",
    "Ủy ban Kiểm tra Đảng ủy": "ubkt",
    "Ban Xây dựng Đảng": "bxdd",
    "Ủy ban MTTQ xã": "mttq",
    "HĐND xã": "hdnd",
    "UBND xã": "ubnd",
    "Phòng Kinh tế": "phong-kt",
    "Phòng Văn hóa - Xã hội": "phong-vhxh",
    "Trung tâm Phục vụ hành chính công": "ttpvhcc",
    "Trung tâm Dịch vụ Sự nghiệp công": "ttdvsnc",
    "Ban Chỉ huy Quân sự xã": "bchqs",
    "Ban Quản lý dự án": "bqlda",
    "Trạm Y tế xã": "tyt",
    "Công an xã": "cax",
    "Ngân hàng Chính sách xã hội": "nhcsxh",
}


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Lower case without diacritics (đ → d), for lenient phrase comparison."""
    decomposed = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    return " ".join("".join(c for c in decomposed if unicodedata.category(c) != "Mn").split())


def canonical_unit(unit_id: str) -> str:
    for prefix, group in GROUP_PREFIXES:
        if unit_id.startswith(prefix):
            return group
    return unit_id


def stem(source: str) -> str:
    name = os.path.basename(source)
    for suffix in (".expected.json", ".md", ".markdown", ".txt", ".docx", ".pdf"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


# ---------------------------------------------------------------------------
# Expected files


def gold_to_expected(gold: dict) -> dict:
    """The seed's gold file in the corpus's expected shape."""
    meta = gold["meta"]
    period = meta.get("period")
    inferred_month_end = period["end"] if period else None
    tasks = []
    for task in gold["tasks"]:
        deadlines = []
        for deadline in task["deadlines"]:
            entry = {"kind": deadline["kind"], "text": deadline["text"], "inferred": False}
            if "contains" in deadline:
                entry["contains"] = deadline["contains"]
            else:
                entry["start"] = entry["end"] = deadline["date"]
            deadlines.append(entry)
        if inferred_month_end:
            # The gold's "about" says every task inherits the month's end, inferred.
            deadlines.append({"kind": "due", "start": inferred_month_end, "end": inferred_month_end,
                              "text": "tháng 02/2026", "inferred": True})
        tasks.append({
            "ordinal": task["ordinal"],
            "label": task["label"],
            "units": [{"id": GOLD_UNIT_NAMES[u["unit"]], "role": u["role"], "mention": u.get("mention", u["unit"])}
                      for u in task["units"]],
            "implied_ok": [GOLD_UNIT_NAMES[name] for name in task.get("implied_ok", [])],
            "deadlines": deadlines,
        })
    return {
        "source": os.path.basename(gold["source"]),
        "meetingDate": meta["meeting_date"],
        "period": period,
        "tasks": tasks,
        "not_dates": [phrase.split(" (")[0] for phrase in gold.get("not_dates", [])],
    }


def load_corpus(corpus: Path) -> list[tuple[Path, dict]]:
    """(document path, expected) for every NN-name.md with an NN-name.expected.json."""
    pairs = []
    for expected_path in sorted(corpus.glob("*.expected.json")):
        document = corpus / expected_path.name.replace(".expected.json", ".md")
        pairs.append((document, json.loads(expected_path.read_text(encoding="utf-8"))))
    return pairs


def _valid_iso(value) -> bool:
    if not isinstance(value, str) or len(value) != 10:
        return False
    try:
        import datetime
        datetime.date.fromisoformat(value)
        return True
    except ValueError:
        return False


def validate_expected(expected: dict, document_text: str) -> list[str]:
    """Problems in a hand-written expected file: unknown ids, roles or kinds, bad dates,
    phrases that do not occur in the document. An empty list means it is consistent."""
    problems = []
    text = fold(nfc(document_text))
    if not _valid_iso(expected.get("meetingDate")):
        problems.append(f"meetingDate {expected.get('meetingDate')!r} is not YYYY-MM-DD")
    period = expected.get("period")
    if period is not None and not (_valid_iso(period.get("start")) and _valid_iso(period.get("end"))
                                   and period["start"] <= period["end"]):
        problems.append(f"bad period {period!r}")
    ordinals = [task["ordinal"] for task in expected["tasks"]]
    if ordinals != list(range(1, len(ordinals) + 1)):
        problems.append(f"ordinals are not 1…n: {ordinals}")
    for task in expected["tasks"]:
        where = f"task {task['ordinal']}"
        seen = set()
        for unit in task["units"]:
            if unit["id"] not in UNIT_IDS:
                problems.append(f"{where}: unknown unit id {unit['id']!r}")
            if unit["role"] not in ROLES:
                problems.append(f"{where}: unknown role {unit['role']!r}")
            if (unit["id"], unit["role"]) in seen:
                problems.append(f"{where}: duplicate unit {unit['id']}/{unit['role']}")
            seen.add((unit["id"], unit["role"]))
            if fold(unit["mention"]) not in text:
                problems.append(f"{where}: mention {unit['mention']!r} not in the document")
        named = {unit["id"] for unit in task["units"]}
        for unit_id in task.get("implied_ok", []):
            if unit_id not in UNIT_IDS:
                problems.append(f"{where}: unknown implied unit id {unit_id!r}")
            if unit_id in named:
                problems.append(f"{where}: {unit_id} is both named and implied")
        for deadline in task["deadlines"]:
            if deadline["kind"] not in KINDS:
                problems.append(f"{where}: unknown deadline kind {deadline['kind']!r}")
            start, end = deadline.get("start"), deadline.get("end")
            if "contains" in deadline:
                pass
            elif deadline["kind"] == "recurring" and start is None and end is None:
                pass
            elif not (_valid_iso(start) and _valid_iso(end) and start <= end):
                problems.append(f"{where}: bad dates {start!r}..{end!r}")
            elif deadline["kind"] in ("due", "event") and start != end:
                problems.append(f"{where}: {deadline['kind']} must have start == end")
            if fold(deadline["text"]) not in text:
                problems.append(f"{where}: deadline text {deadline['text']!r} not in the document")
    for phrase in expected.get("not_dates", []):
        if fold(phrase) not in text:
            problems.append(f"not_dates phrase {phrase!r} not in the document")
    return problems


# ---------------------------------------------------------------------------
# Scoring


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


@dataclass
class FileScore:
    name: str
    units: Counts = field(default_factory=Counts)
    deadlines: Counts = field(default_factory=Counts)
    inferred: Counts = field(default_factory=Counts)
    meeting_ok: bool = False
    period_ok: bool = False
    not_date_hits: int = 0
    found: bool = True
    details: list[str] = field(default_factory=list)


def _deadline_key(deadline: dict) -> tuple:
    return (deadline["kind"], deadline.get("start"), deadline.get("end"))


def _matches(expected: dict, predicted: dict) -> bool:
    if expected["kind"] != predicted["kind"]:
        return False
    if "contains" in expected:
        start, end = predicted.get("start"), predicted.get("end")
        return start is not None and end is not None and start <= expected["contains"] <= end
    return (expected.get("start"), expected.get("end")) == (predicted.get("start"), predicted.get("end"))


def _match_deadlines(expected: list[dict], predicted: list[dict]) -> tuple[Counts, list, list]:
    """Greedy one-to-one matching; duplicates (same kind and dates) count once."""
    predicted_unique = list({_deadline_key(d): d for d in predicted}.values())
    expected_unique = list({(_deadline_key(d), d.get("contains")): d for d in expected}.values())
    unmatched = list(predicted_unique)
    missed = []
    for want in expected_unique:
        hit = next((got for got in unmatched if _matches(want, got)), None)
        if hit is None:
            missed.append(want)
        else:
            unmatched.remove(hit)
    return Counts(len(expected_unique) - len(missed), len(unmatched), len(missed)), missed, unmatched


def score_conclusion(expected: dict, conclusion: dict | None) -> FileScore:
    """Compare one conclusion of `bantin tasks --format json` with its expected reading."""
    score = FileScore(stem(expected["source"]))
    if conclusion is None:
        score.found = False
        conclusion = {"meetingDate": None, "period": None, "tasks": []}
    score.meeting_ok = conclusion.get("meetingDate") == expected["meetingDate"]
    got_period = conclusion.get("period")
    want_period = expected.get("period")
    score.period_ok = (got_period and (got_period.get("start"), got_period.get("end"))) == (
        want_period and (want_period["start"], want_period["end"]))

    predicted_by_ordinal: dict[int, list[dict]] = {}
    for task in conclusion.get("tasks", []):
        predicted_by_ordinal.setdefault(task["ordinal"], []).append(task)
    expected_by_ordinal = {task["ordinal"]: task for task in expected["tasks"]}
    not_dates = [fold(phrase) for phrase in expected.get("not_dates", [])]

    for ordinal in sorted(set(predicted_by_ordinal) | set(expected_by_ordinal)):
        want = expected_by_ordinal.get(ordinal, {"units": [], "implied_ok": [], "deadlines": []})
        got_tasks = predicted_by_ordinal.get(ordinal, [])

        want_units = {(canonical_unit(u["id"]), u["role"]) for u in want["units"]}
        implied = {canonical_unit(i) for i in want.get("implied_ok", [])}
        named_ids = {unit_id for unit_id, _ in want_units}
        got_units = {(canonical_unit(u["id"]), u["role"]) for t in got_tasks for u in t.get("units", [])}
        got_units = {(i, r) for i, r in got_units if (i, r) in want_units or i not in implied or i in named_ids}
        units = Counts(len(want_units & got_units), len(got_units - want_units), len(want_units - got_units))
        score.units.add(units)
        for unit_id, role in sorted(want_units - got_units):
            score.details.append(f"  {ordinal}: missed unit {unit_id}/{role}")
        for unit_id, role in sorted(got_units - want_units):
            score.details.append(f"  {ordinal}: extra unit {unit_id}/{role}")

        got_deadlines = [d for t in got_tasks for d in t.get("deadlines", [])]
        for inferred, bucket in ((False, score.deadlines), (True, score.inferred)):
            counts, missed, extra = _match_deadlines(
                [d for d in want["deadlines"] if bool(d.get("inferred")) == inferred],
                [d for d in got_deadlines if bool(d.get("inferred")) == inferred])
            bucket.add(counts)
            label = "inferred deadline" if inferred else "deadline"
            for d in missed:
                dates = d.get("contains") or f"{d.get('start')}..{d.get('end')}"
                score.details.append(f"  {ordinal}: missed {label} {d['kind']} {dates} «{d['text']}»")
            for d in extra:
                score.details.append(f"  {ordinal}: extra {label} {d['kind']} {d.get('start')}..{d.get('end')} «{d.get('text', '')}»")
                # An extra deadline read from a phrase listed as not a date.
                text = fold(d.get("text", ""))
                if text and any(text in phrase or phrase in text for phrase in not_dates):
                    score.not_date_hits += 1
                    score.details.append(f"  {ordinal}: not a date, read as {d['kind']}: «{d.get('text', '')}»")
    if not score.meeting_ok:
        score.details.append(f"  meeting date {conclusion.get('meetingDate')} ≠ {expected['meetingDate']}")
    if not score.period_ok:
        score.details.append(f"  period {got_period} ≠ {want_period}")
    return score


def expected_to_export(expected: dict) -> dict:
    """The conclusion `bantin tasks --format json` would print if it read exactly `expected`
    (used to test the scorer: scoring it must give precision = recall = 1)."""
    tasks = []
    for task in expected["tasks"]:
        deadlines = []
        for d in task["deadlines"]:
            if "contains" in d:
                deadlines.append({"kind": d["kind"], "start": d["contains"], "end": d["contains"],
                                  "text": d["text"], "inferred": d.get("inferred", False)})
            else:
                deadlines.append({"kind": d["kind"], "start": d.get("start"), "end": d.get("end"),
                                  "text": d["text"], "inferred": d.get("inferred", False)})
        tasks.append({
            "id": f"{stem(expected['source'])}-nv-{task['ordinal']}",
            "ordinal": task["ordinal"],
            "label": task.get("label", ""),
            "text": "",
            "units": [{"id": u["id"], "name": u["id"], "role": u["role"], "mention": u["mention"]}
                      for u in task["units"]],
            "deadlines": deadlines,
        })
    return {"id": stem(expected["source"]), "source": expected["source"], "title": "",
            "meetingDate": expected["meetingDate"], "period": expected.get("period"), "tasks": tasks}


# ---------------------------------------------------------------------------
# Running bantin


def run_bantin(bantin: str, documents: list[Path], extra_args: list[str], twins: bool = False) -> dict:
    """Copies `documents` into a fresh content folder (so README.md and the expected files are
    not read as conclusions), runs `bantin tasks` over it and returns the parsed JSON."""
    with tempfile.TemporaryDirectory(prefix="bantin-score-") as content:
        for document in documents:
            if twins:
                # A format twin, "NN-name.tcvn3.txt": read as the kind of file it is.
                name = document.name.split(".")[0] + document.suffix
            elif document.suffix in (".md", ".docx", ".pdf"):
                name = document.name
            else:
                # The seed arrives as .txt but is Markdown.
                name = document.stem + ".md"
            shutil.copyfile(document, Path(content) / name)
        command = [bantin, "tasks", "--content", content, "--format", "json", *extra_args]
        result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode != 0:
            sys.stderr.write(result.stderr)
            raise SystemExit(f"`{' '.join(command)}` exited with {result.returncode}")
        if result.stderr.strip():
            sys.stderr.write(result.stderr)
        return json.loads(result.stdout)


def conclusions_by_stem(export: dict) -> dict[str, dict]:
    return {stem(c["source"]): c for c in export.get("conclusions", [])}


# ---------------------------------------------------------------------------
# Report


def _percent(value: float | None) -> str:
    return "   —" if value is None else f"{100 * value:4.0f}"


def format_table(scores: list[FileScore]) -> str:
    header = (f"{'file':<28} {'units P':>7} {'R':>4} {'deadl P':>7} {'R':>4} "
              f"{'infer P':>7} {'R':>4} {'meet':>4} {'per':>3} {'nd':>3}")
    lines = [header, "-" * len(header)]
    total = FileScore("TOTAL")
    meetings = periods = 0
    for s in scores:
        lines.append(f"{s.name[:28]:<28} {_percent(s.units.precision):>7} {_percent(s.units.recall):>4} "
                     f"{_percent(s.deadlines.precision):>7} {_percent(s.deadlines.recall):>4} "
                     f"{_percent(s.inferred.precision):>7} {_percent(s.inferred.recall):>4} "
                     f"{'ok' if s.meeting_ok else 'NO':>4} {'ok' if s.period_ok else 'NO':>3} "
                     f"{s.not_date_hits:>3}" + ("" if s.found else "  (not in export)"))
        total.units.add(s.units)
        total.deadlines.add(s.deadlines)
        total.inferred.add(s.inferred)
        total.not_date_hits += s.not_date_hits
        meetings += s.meeting_ok
        periods += s.period_ok
    lines.append("-" * len(header))
    n = len(scores)
    lines.append(f"{'TOTAL':<28} {_percent(total.units.precision):>7} {_percent(total.units.recall):>4} "
                 f"{_percent(total.deadlines.precision):>7} {_percent(total.deadlines.recall):>4} "
                 f"{_percent(total.inferred.precision):>7} {_percent(total.inferred.recall):>4} "
                 f"{meetings:>2}/{n} {periods}/{n} {total.not_date_hits:>3}")
    lines.append(f"(units tp/fp/fn {total.units.tp}/{total.units.fp}/{total.units.fn}; "
                 f"deadlines {total.deadlines.tp}/{total.deadlines.fp}/{total.deadlines.fn}; "
                 f"inferred {total.inferred.tp}/{total.inferred.fp}/{total.inferred.fn})")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bantin", default=".build/debug/bantin", help="path to the bantin binary")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of NN-*.md + NN-*.expected.json")
    parser.add_argument("--seed", type=Path, default=DEFAULT_SEED, help="the seed conclusion (.txt)")
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="the seed's gold file")
    parser.add_argument("--no-seed", action="store_true", help="score the corpus only")
    parser.add_argument("--export", type=Path, help="score this saved `bantin tasks --format json` output instead of running bantin (must cover corpus and seed)")
    parser.add_argument("--validate", action="store_true", help="only check the expected files against their documents")
    parser.add_argument("--verbose", "-v", action="store_true", help="list every missed and extra item")
    parser.add_argument("--twins", type=Path, help="score the same conclusions in another format: DIR/NN-name.SUFFIX (made by scripts/make-format-fixtures.py --from)")
    parser.add_argument("--suffix", default="python-docx.docx", help="with --twins: python-docx.docx, libreoffice.docx, pdf, txt, tcvn3.txt, vni.txt, cp1258.txt")
    parser.add_argument("bantin_args", nargs="*", help="extra arguments for `bantin tasks` (after --)")
    args = parser.parse_args(argv)

    pairs = load_corpus(args.corpus)
    seed = None
    if not args.no_seed and args.seed.exists() and args.gold.exists():
        seed = (args.seed, gold_to_expected(json.loads(args.gold.read_text(encoding="utf-8"))))

    if args.twins:
        def twin(document: Path) -> Path:
            return args.twins / f"{stem(document.name)}.{args.suffix}"
        pairs = [(twin(d), e) for d, e in pairs if twin(d).exists()]
        seed = (twin(seed[0]), seed[1]) if seed and twin(seed[0]).exists() else None

    problems = 0
    for document, expected in ([] if args.twins else pairs + ([seed] if seed else [])):
        for problem in validate_expected(expected, document.read_text(encoding="utf-8")):
            print(f"{document.name}: {problem}", file=sys.stderr)
            problems += 1
    if args.validate:
        print(f"{len(pairs)} expected files, {problems} problems")
        return 1 if problems else 0

    if args.export:
        export = json.loads(args.export.read_text(encoding="utf-8"))
    else:
        documents = [document for document, _ in pairs] + ([seed[0]] if seed else [])
        export = run_bantin(args.bantin, documents, args.bantin_args, twins=bool(args.twins))
    conclusions = conclusions_by_stem(export)

    scores = []
    for document, expected in pairs + ([seed] if seed else []):
        score = score_conclusion(expected, conclusions.get(stem(document.name.split(".")[0] + ".md")))
        scores.append(score)
    print(format_table(scores))
    if args.verbose:
        for s in scores:
            if s.details:
                print(f"\n{s.name}")
                print("\n".join(s.details))
    return 0


if __name__ == "__main__":
    sys.exit(main())
