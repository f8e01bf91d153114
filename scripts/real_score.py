#!/usr/bin/env python3
# Vendored unchanged from ../shared/real/score.py so that CI (a clean clone, without ../shared) can score the real set.
"""Score a built `bantin` executable against the real texts beside this file.

Usage:
    python3 score.py --bantin PATH [--cases DIR] [--only NN] [--json] [--verbose]

For every case folder beside this script (NN-name/ with content/ and expected.json), or
under --cases DIR, it runs

    PATH tasks --site SITE --format json

on a temporary copy SITE of the case folder that leaves out expected.json
(so the tool can neither read the answers nor write into the cases),
and compares the output with expected.json. Standard library only.

Matching rules:
  * tasks   - output tasks are aligned to gold tasks by the gold task's `anchor`
              phrase (folded: lower case, no diacritics, đ→d, collapsed spaces).
              An output task that contains no anchor is placed by where its text
              starts in the document (a piece of a split gold task is attributed
              to the gold task it lies in).  A gold task counts as "found" when
              one output task contains its anchor and no other gold anchor.
  * units   - names and ids are folded and mapped through an alias table built
              from domain.md §3.  A gold unit found anywhere in the aligned
              output tasks is a true positive; an output unit that is neither a
              gold unit nor in implied_ok is a false positive.  Role accuracy is
              measured over matched units (gold `role` or any of `roles_ok`).
  * deadlines - output deadlines with inferred=true are left out of P/R.  due /
              event gold: an output due/event whose end (or start) is the gold
              date (or one of `also_ok`).  period gold with start/end: an output
              period with the same start and end, or an output due ending on
              the gold end.  period gold with `contains`: an output period, due
              or event whose [start,end] contains that date.  recurring gold:
              any output recurring deadline in the task.  `deadlines_ok` are
              readings that are accepted but not required.
  * not_date violations - an output deadline whose text contains the date-like
              part of a `not_dates` phrase.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------
# Text folding
# --------------------------------------------------------------------------

_DASHES = re.compile("[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]")
_QUOTES = {"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2018": "'", "\u2019": "'", "\u00ab": '"', "\u00bb": '"'}


def fold(text):
    """Lower case, strip diacritics (đ→d), unify dashes/quotes, drop Markdown
    emphasis/heading marks, collapse whitespace."""
    if text is None:
        return ""
    s = unicodedata.normalize("NFC", str(text))
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    s = s.lower()
    for k, v in _QUOTES.items():
        s = s.replace(k, v)
    s = _DASHES.sub("-", s)
    s = s.replace("\u00a0", " ")
    s = re.sub(r"[*_`]", "", s)      # Markdown emphasis: "**Thứ sáu**, …" reads "Thứ sáu, …"
    s = re.sub(r"[#>]", " ", s)       # heading / quote marks
    s = re.sub(r"\s+", " ", s).strip()
    return s


# --------------------------------------------------------------------------
# Unit alias table (domain.md §3).  Ordered: the first key whose pattern
# matches the folded name wins, so specific bodies come before generic ones.
# Patterns run on fold(name) with '-', '_' and ':' in ids turned into spaces.
# --------------------------------------------------------------------------

UNIT_ALIASES = [
    ("tinh-uy", [r"\btinh uy\b"]),
    ("ubnd-tinh", [r"\b(ubnd|uy ban nhan dan) (tinh|thanh pho)\b"]),
    ("so-nganh", [r"\bcac so\b", r"\bso, nganh\b", r"\bso nganh\b"]),
    ("bau-cu", [r"\buy ban bau cu\b", r"\bban chi dao bau cu\b", r"\bbcd bau cu\b", r"\bban bau cu\b",
                r"\bto bau cu\b", r"\bbau cu\b"]),
    ("ubkt", [r"\buy ban kiem tra\b", r"\bubkt", r"\bco quan uy ban kiem tra\b"]),
    ("mttq", [r"\buy ban (mat tran|mttq)", r"\bubmttq", r"\bmttq", r"\bmat tran( to quoc)?\b", r"\bbttmttq\b"]),
    ("vp-hdnd-ubnd", [r"\bvan phong (hdnd|ubnd|hoi dong nhan dan|uy ban nhan dan)", r"\bvp ?(hdnd|ubnd)\b",
                      r"\bvp hdnd ubnd\b"]),
    ("vpdu", [r"\bvan phong dang uy\b", r"\bvpdu\b", r"\bvp dang uy\b", r"\bvp du\b", r"^van phong$",
              r"\bchanh van phong\b"]),
    ("bxdd", [r"\bban xay dung dang\b", r"\bban xdd\b", r"\bbxdd\b"]),
    ("thuong-truc-du", [r"\bthuong truc dang uy\b", r"\btt dang uy\b", r"\bttdu\b", r"\bthuong truc du\b",
                        r"^thuong truc$"]),
    ("btv", [r"\bban thuong vu\b", r"\bbtv\b"]),
    ("ttct", [r"\btrung tam chinh tri\b", r"\bttct\b"]),
    ("chi-bo", [r"\bchi bo\b", r"\bchi uy\b", r"\bchi, dang bo\b", r"\bbtcb\b"]),
    ("bchqs", [r"\bban chi huy quan su\b", r"\bban chqs\b", r"\bbchqs\b", r"\bbch quan su\b", r"\bquan su\b",
               r"\bchqs\b", r"\bchi huy truong\b"]),
    ("dang-uy", [r"\bban chap hanh dang\b", r"^ban chap hanh( xa)?$", r"\bbch dang\b", r"^bch( xa)?$", r"\bdang uy\b",
                 r"\bcap uy\b", r"^du$", r"\bdang uy vien\b"]),
    ("dang-bo", [r"\bdang bo\b"]),
    ("hdnd", [r"\bhdnd\b", r"\bhoi dong nhan dan\b"]),
    ("ttpvhcc", [r"\btrung tam phuc vu hanh chinh cong\b", r"\bttpvhcc\b", r"\btrung tam pvhcc\b",
                 r"\btrung tam hcc\b", r"\bbo phan (mot cua|tiep nhan)", r"\bphuc vu hanh chinh cong\b",
                 r"\btt pvhcc\b"]),
    ("ttdvsnc", [r"\btrung tam (dich vu|cung ung dich vu)", r"\btt ?dvsnc\b", r"\bttdvsnc\b"]),
    ("bqlda", [r"\bban quan ly du an\b", r"\bbqlda\b", r"\bban qlda\b"]),
    ("phong-kt", [r"\bphong kinh te\b", r"\bphong kt\b", r"\bphong kt ?- ?ht"]),
    ("phong-vhxh", [r"\bphong van hoa\b", r"\bphong vh ?-? ?xh\b", r"\bvhxh\b", r"\bvh-xh\b"]),
    ("tyt", [r"\btram y te\b", r"\btyt\b", r"^y te( xa)?$"]),
    # The catalogue's "Kiểm lâm" (BuiltinUnits): a ranger station, team or officer by any of its names.
    ("kiem-lam", [r"\bkiem lam\b"]),
    ("cax", [r"\bcong an\b", r"\bca xa\b", r"\bcax\b"]),
    ("hlhpn", [r"\bhoi (lien hiep )?phu nu\b", r"\bhoi lhpn\b", r"\bhlhpn\b", r"\blhpn\b", r"^phu nu( xa)?$"]),
    ("hnd", [r"\bhoi nong dan\b", r"\bhoi nd\b", r"^hnd$", r"\bhnd xa\b"]),
    ("hccb", [r"\bhoi cuu chien binh\b", r"\bhoi ccb\b", r"\bhccb\b", r"\bccb\b", r"\bcuu chien binh\b"]),
    ("hnct", [r"\bhoi nguoi cao tuoi\b", r"\bhoi nct\b", r"\bhnct\b"]),
    ("hctd", [r"\bhoi chu thap do\b", r"\bhoi ctd\b", r"\bhctd\b"]),
    ("hkh", [r"\bhoi khuyen hoc\b", r"\bhkh\b"]),
    ("cong-doan", [r"\bcong doan\b", r"\bcdcs\b"]),
    ("doan", [r"\bdoan (thanh nien|tncs|tn|xa)\b", r"\bdtn\b", r"^doan$", r"\bchi doan\b", r"\btncs\b"]),
    ("doan-the", [r"\bdoan the\b", r"\bto chuc chinh tri ?- ?xa hoi\b", r"^cac hoi\b", r"\bhoi, doan the\b"]),
    ("nhcsxh", [r"\bngan hang chinh sach\b", r"\bngan hang csxh\b", r"\bnh ?csxh\b"]),
    ("truong-hoc", [r"\btruong (thcs|thpt|mn|mam non|th|tieu hoc|hoc|pho thong|trung hoc)\b", r"\bcac truong\b",
                    r"\bnha truong\b", r"\btruong hoc\b", r"^truong$", r"\bco so giao duc\b"]),
    ("hamlet", [r"\b(thon|xom|ap|khom|buon|soc|to dan pho|khu pho|tdp|khoi pho)\b", r"\bkhu dan cu\b"]),
    ("all", [r"\bcac co quan, don vi\b", r"\bco quan, don vi\b", r"\bthu truong cac co quan\b", r"^tat ca\b",
             r"^all( units)?$", r"\bhe thong chinh tri\b"]),
    ("ubnd", [r"\bubnd\b", r"\buy ban nhan dan\b", r"^uy ban( xa)?$", r"\bchinh quyen\b"]),
]
_COMPILED_ALIASES = [(key, [re.compile(p) for p in pats]) for key, pats in UNIT_ALIASES]


def unit_key(text):
    """Canonical key for a unit name or id; 'raw:<folded>' when unknown."""
    if text is None:
        return None
    s = fold(text)
    s = re.sub(r"[_:/]", " ", s)
    s = re.sub(r"(?<=[a-z0-9])-(?=[a-z0-9])", " ", s)  # ids and "VH-XH", not " - "
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r"^(cac|toan the|dong chi|d/c|dc)\s+", "", s)
    if not s:
        return None
    for key, pats in _COMPILED_ALIASES:
        for p in pats:
            if p.search(s):
                return key
    return "raw:" + s


def output_unit_keys(unit):
    """Keys for an output unit: its name's key, plus its id's key when that is
    a known key (or when the name gives nothing known)."""
    name_key = unit_key(unit.get("name"))
    id_key = unit_key(unit.get("id"))
    keys = set()
    if name_key:
        keys.add(name_key)
    if id_key and (not id_key.startswith("raw:") or not keys or all(k.startswith("raw:") for k in keys)):
        keys.add(id_key)
    known = {k for k in keys if not k.startswith("raw:")}
    return known if known else keys


ROLE_SYNONYMS = {
    "lead": "lead", "chu tri": "lead", "owner": "lead", "executor": "lead", "main": "lead", "primary": "lead",
    "responsible": "lead",
    "support": "support", "phoi hop": "support", "coordinate": "support", "coordinator": "support",
    "partner": "support", "supporting": "support", "cooperate": "support",
    "advisory": "advisory", "advisor": "advisory", "adviser": "advisory", "advise": "advisory",
    "tham muu": "advisory", "drafter": "advisory",
    "monitor": "monitor", "theo doi": "monitor", "follow-up": "monitor", "followup": "monitor",
    "oversight": "monitor", "supervise": "monitor", "supervisor": "monitor",
    "requested": "requested", "request": "requested", "de nghi": "requested",
    "concerned": "concerned", "mentioned": "concerned", "target": "concerned", "audience": "concerned",
    "other": "concerned", "related": "concerned", "involved": "concerned", "participant": "concerned",
}


def norm_role(role):
    if role is None:
        return None
    r = fold(role).replace("_", " ")
    return ROLE_SYNONYMS.get(r, r)


# --------------------------------------------------------------------------
# not_dates: the date-like part of each phrase
# --------------------------------------------------------------------------

_COMPOUND = re.compile(r"\d+(?:\s?[/.\-]\s?\d+)+")
_DOCNUM = re.compile(r"\b\d+-[A-Za-zĐđ]+(?:/[A-Za-zĐđ\-]+)?")
_PERCENT = re.compile(r"\d+(?:[.,]\d+)?\s?%")
_YEAR = re.compile(r"(?<!\d)(?:1[89]|2[0-9])\d\d(?!\d)")
_ROMAN = re.compile(r"\b[IVXLC]{2,}\b")


def not_date_keys(entry):
    """Folded substrings whose presence in an output deadline's text is a
    violation.  An entry may be a string or {"text": ..., "key": ...}."""
    if isinstance(entry, dict):
        keys = entry.get("key")
        if isinstance(keys, str):
            keys = [keys]
        return [fold(k) for k in keys or [entry.get("text", "")]]
    phrase = re.sub(r"\(.*?\)", " ", entry)  # explanations in parentheses
    keys = []
    for rx in (_COMPOUND, _DOCNUM, _PERCENT):
        keys += [m.group(0) for m in rx.finditer(phrase)]
    if not keys:
        keys += [m.group(0) for m in _YEAR.finditer(phrase)]
    if not keys:
        keys += [m.group(0) for m in _ROMAN.finditer(phrase)]
    if not keys:
        keys = [phrase]
    # drop keys contained in a longer key
    keys = [fold(k) for k in keys]
    return sorted({k for k in keys if not any(k != o and k in o for o in keys)})


def contains_key(folded_text, key):
    return re.search(r"(?<![0-9a-z])" + re.escape(key) + r"(?![0-9a-z])", folded_text) is not None


# --------------------------------------------------------------------------
# Gold loading
# --------------------------------------------------------------------------


def find_cases(cases_dir):
    out = []
    for name in sorted(os.listdir(cases_dir)):
        path = os.path.join(cases_dir, name)
        if os.path.isdir(path) and os.path.isfile(os.path.join(path, "expected.json")):
            out.append(path)
    return out


def load_case(case_dir):
    with open(os.path.join(case_dir, "expected.json"), encoding="utf-8") as f:
        gold = json.load(f)
    content_dir = os.path.join(case_dir, "content")
    docs = []
    # A case whose content is not Markdown (a .docx, a PDF, a legacy-encoded file) carries the
    # same conclusion as Markdown in reference.md, for the anchor positions; the tool never sees it.
    reference = os.path.join(case_dir, "reference.md")
    if os.path.isfile(reference):
        with open(reference, encoding="utf-8") as f:
            return gold, f.read(), ["reference.md"]
    for root, _, files in os.walk(content_dir):
        for fn in sorted(files):
            if fn.endswith(".md"):
                with open(os.path.join(root, fn), encoding="utf-8") as f:
                    docs.append((fn, f.read()))
    doc_text = "\n".join(t for _, t in docs)
    return gold, doc_text, [fn for fn, _ in docs]


def gold_positions(gold, folded_doc):
    """Start position of each gold task in the folded document, plus the end
    of the tasks section."""
    positions = []
    cursor = 0
    start_at = 0
    ts = gold.get("structure", {}).get("tasks_start")
    if ts:
        p = folded_doc.find(fold(ts))
        if p >= 0:
            start_at = p
            cursor = p
    for t in gold["tasks"]:
        marker = fold(t.get("start") or t["anchor"])
        p = folded_doc.find(marker, cursor)
        if p < 0:
            p = folded_doc.find(fold(t["anchor"]), cursor)
        if p < 0:
            raise ValueError("anchor not found in document: %r" % t["anchor"])
        positions.append(p)
        cursor = p + 1
    end = len(folded_doc)
    te = gold.get("structure", {}).get("tasks_end")
    if te:
        p = folded_doc.find(fold(te), cursor)
        if p >= 0:
            end = p
    return start_at, positions, end


_LABEL_PREFIX = re.compile(
    r"^\s*(?:(?:mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi(?: mot| hai| ba)?) la[,:]?|thu (?:nhat|hai|ba|tu|nam|sau|"
    r"bay|tam|chin|muoi)[,:]?|\d+[.)\-:]|[a-z]\)|[ivx]+[.\-]|[-+•])\s*")


def locate(folded_doc, text, first_task_pos):
    """Position where an output task's text starts in the folded document,
    or -1."""
    t = fold(text)
    if not t:
        return -1
    candidates = [t]
    stripped = _LABEL_PREFIX.sub("", t, count=1)
    if stripped != t:
        candidates.append(stripped)
    for cand in candidates:
        for n in (60, 40, 25):
            prefix = cand[:n]
            if len(prefix) < 12:
                continue
            p = folded_doc.find(prefix, first_task_pos)
            if p >= 0:
                return p
            p = folded_doc.find(prefix)
            if p >= 0:
                return p
    return -1


# --------------------------------------------------------------------------
# Deadline matching
# --------------------------------------------------------------------------


def _d(s):
    if not s or not isinstance(s, str):
        return None
    try:
        return date.fromisoformat(s[:10])
    except ValueError:
        return None


def deadline_matches(g, o):
    kind = (o.get("kind") or "").lower()
    ostart, oend = _d(o.get("start")), _d(o.get("end"))
    gk = g["kind"]
    if gk == "recurring":
        return kind == "recurring"
    if gk in ("due", "event"):
        if kind not in ("due", "event"):
            return False
        got = oend or ostart
        wanted = {_d(g["date"])} | {_d(x) for x in g.get("also_ok", [])}
        return got is not None and got in wanted
    if gk == "period":
        if "contains" in g:
            if kind not in ("period", "due", "event"):
                return False
            lo, hi = ostart or oend, oend or ostart
            c = _d(g["contains"])
            return lo is not None and lo <= c <= hi
        gs, ge = _d(g["start"]), _d(g["end"])
        if kind == "period":
            return ostart == gs and oend == ge
        if kind == "due":
            return oend == ge or (oend is None and ostart == ge)
        return False
    return False


# --------------------------------------------------------------------------
# Scoring one case
# --------------------------------------------------------------------------


def empty_counts():
    return {"unit_tp": 0, "unit_fp": 0, "unit_fn": 0, "role_ok": 0, "role_n": 0,
            "dl_tp": 0, "dl_fp": 0, "dl_fn": 0, "tasks_found": 0, "tasks_expected": 0,
            "tasks_output": 0, "not_date_violations": 0, "meeting_ok": 0, "meeting_n": 0,
            "period_ok": 0, "period_n": 0, "inferred_ok": 0, "inferred_n": 0}


def gold_totals(gold):
    c = empty_counts()
    c["tasks_expected"] = len(gold["tasks"])
    for t in gold["tasks"]:
        c["unit_fn"] += len({unit_key(u["unit"]) for u in t.get("units", [])})
        c["dl_fn"] += len(t.get("deadlines", []))
    c["meeting_n"] = 1
    if gold["meta"].get("period"):
        c["period_n"] = 1
        c["inferred_n"] = len(gold["tasks"])
    return c


def pick_conclusion(out, gold):
    concs = out.get("conclusions") if isinstance(out, dict) else None
    if not isinstance(concs, list) or not concs:
        return None
    src = os.path.basename(gold.get("source", ""))
    for c in concs:
        if isinstance(c, dict) and os.path.basename(str(c.get("source", ""))) == src:
            return c
    return concs[0] if isinstance(concs[0], dict) else None


def score_case(gold, doc_text, out, details):
    c = empty_counts()
    c["tasks_expected"] = len(gold["tasks"])
    c["meeting_n"] = 1
    folded_doc = fold(doc_text)
    tasks_start, positions, tasks_end = gold_positions(gold, folded_doc)
    anchors = [fold(t["anchor"]) for t in gold["tasks"]]
    conc = pick_conclusion(out, gold)
    out_tasks = []
    if conc is not None:
        out_tasks = [t for t in (conc.get("tasks") or []) if isinstance(t, dict)]
        if conc.get("meetingDate") == gold["meta"].get("meeting_date"):
            c["meeting_ok"] = 1
    c["tasks_output"] = len(out_tasks)

    gperiod = gold["meta"].get("period")
    if gperiod:
        c["period_n"] = 1
        c["inferred_n"] = len(gold["tasks"])
        op = (conc or {}).get("period") or {}
        if isinstance(op, dict) and op.get("start") == gperiod["start"] and op.get("end") == gperiod["end"]:
            c["period_ok"] = 1

    # Align output tasks to gold tasks.
    assigned = [[] for _ in gold["tasks"]]      # gold index -> output tasks
    out_assign = []                            # output task -> list of gold indexes
    found = [False] * len(gold["tasks"])
    for ot in out_tasks:
        ft = fold(ot.get("text") or "")
        hits = [i for i, a in enumerate(anchors) if a and a in ft]
        if len(hits) == 1:
            found[hits[0]] = True
        if not hits:
            p = locate(folded_doc, ot.get("text") or "", positions[0] if positions else 0)
            if p >= 0 and positions and positions[0] <= p < tasks_end:
                idx = max(i for i, q in enumerate(positions) if q <= p)
                hits = [idx]
        out_assign.append(hits)
        for i in hits:
            assigned[i].append(ot)
    c["tasks_found"] = sum(found)

    # Units and deadlines per gold task.
    for i, gt in enumerate(gold["tasks"]):
        gunits = {}
        for u in gt.get("units", []):
            gunits.setdefault(unit_key(u["unit"]), u)
        outs_units = [u for ot in assigned[i] for u in (ot.get("units") or []) if isinstance(u, dict)]
        tp_keys = set()
        for gk_, gu in gunits.items():
            matches = [u for u in outs_units if gk_ in output_unit_keys(u)]
            if matches:
                tp_keys.add(gk_)
                c["role_n"] += 1
                ok_roles = {gu["role"]} | set(gu.get("roles_ok", []))
                if any(norm_role(u.get("role")) in ok_roles for u in matches):
                    c["role_ok"] += 1
                elif details is not None:
                    details.append("  task %s: role of %s: got %s, want %s" % (
                        gt["ordinal"], gu["unit"], sorted({str(u.get("role")) for u in matches}), gu["role"]))
            elif details is not None:
                details.append("  task %s: missed unit %s (%s)" % (gt["ordinal"], gu["unit"], gu.get("mention", "")))
        c["unit_tp"] += len(tp_keys)
        c["unit_fn"] += len(gunits) - len(tp_keys)

        gdl = gt.get("deadlines", [])
        okdl = gt.get("deadlines_ok", [])
        outs_dl = [d for ot in assigned[i] for d in (ot.get("deadlines") or [])
                   if isinstance(d, dict) and not d.get("inferred")]
        for g in gdl:
            if any(deadline_matches(g, o) for o in outs_dl):
                c["dl_tp"] += 1
            else:
                c["dl_fn"] += 1
                if details is not None:
                    details.append("  task %s: missed deadline %s %s (%s)" % (
                        gt["ordinal"], g["kind"], g.get("date") or g.get("contains") or
                        "%s..%s" % (g.get("start"), g.get("end")) if g["kind"] != "recurring" else "",
                        g.get("text", "")))
        if gperiod:
            inferred = [d for ot in assigned[i] for d in (ot.get("deadlines") or [])
                        if isinstance(d, dict) and d.get("inferred")]
            if any(_d(d.get("end")) == _d(gperiod["end"]) for d in inferred):
                c["inferred_ok"] += 1

    # False positives, counted per output task against the gold tasks it was
    # aligned to (unaligned output tasks: everything is a false positive).
    for ot, hits in zip(out_tasks, out_assign):
        allowed = set()
        gdl, okdl = [], []
        for i in hits:
            gt = gold["tasks"][i]
            allowed |= {unit_key(u["unit"]) for u in gt.get("units", [])}
            allowed |= {unit_key(n) for n in gt.get("implied_ok", [])}
            gdl += gt.get("deadlines", [])
            okdl += gt.get("deadlines_ok", [])
        seen = set()
        for u in ot.get("units") or []:
            if not isinstance(u, dict):
                continue
            keys = output_unit_keys(u)
            ident = tuple(sorted(keys))
            if ident in seen:
                continue
            seen.add(ident)
            if not keys & allowed:
                c["unit_fp"] += 1
                if details is not None:
                    details.append("  output task %s: extra unit %r (id %r) -> %s" % (
                        ot.get("ordinal"), u.get("name"), u.get("id"), "/".join(sorted(keys))))
        for d in ot.get("deadlines") or []:
            if not isinstance(d, dict) or d.get("inferred"):
                continue
            if any(deadline_matches(g, d) for g in gdl + okdl):
                continue
            c["dl_fp"] += 1
            if details is not None:
                details.append("  output task %s: extra deadline %s %s..%s %r" % (
                    ot.get("ordinal"), d.get("kind"), d.get("start"), d.get("end"), d.get("text")))

    # not_date violations: any output deadline (inferred or not).
    nd_keys = [k for e in gold.get("not_dates", []) for k in not_date_keys(e)]
    for ot in out_tasks:
        for d in ot.get("deadlines") or []:
            if not isinstance(d, dict):
                continue
            ft = fold(d.get("text") or "")
            hit = [k for k in nd_keys if contains_key(ft, k)]
            if hit:
                c["not_date_violations"] += 1
                if details is not None:
                    details.append("  output task %s: not-date violation %r (matches %s)" % (
                        ot.get("ordinal"), d.get("text"), ", ".join(hit)))
    return c


# --------------------------------------------------------------------------
# Reporting
# --------------------------------------------------------------------------


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def ratio(a, b):
    return a / b if b else 0.0


def summarize(c):
    up, ur, uf = prf(c["unit_tp"], c["unit_fp"], c["unit_fn"])
    dp, dr, df = prf(c["dl_tp"], c["dl_fp"], c["dl_fn"])
    return {
        "units": {"precision": round(up, 4), "recall": round(ur, 4), "f1": round(uf, 4),
                  "tp": c["unit_tp"], "fp": c["unit_fp"], "fn": c["unit_fn"]},
        "roles": {"accuracy": round(ratio(c["role_ok"], c["role_n"]), 4), "correct": c["role_ok"],
                  "matched": c["role_n"]},
        "deadlines": {"precision": round(dp, 4), "recall": round(dr, 4), "f1": round(df, 4),
                      "tp": c["dl_tp"], "fp": c["dl_fp"], "fn": c["dl_fn"]},
        "tasks": {"found": c["tasks_found"], "expected": c["tasks_expected"], "output": c["tasks_output"]},
        "not_date_violations": c["not_date_violations"],
        "meeting_date": {"correct": c["meeting_ok"], "cases": c["meeting_n"]},
        "period": {"correct": c["period_ok"], "cases": c["period_n"]},
        "inferred_month_default": {"tasks_with_default": c["inferred_ok"], "tasks": c["inferred_n"]},
    }


def summary_line(s):
    return ("units P=%.2f R=%.2f F1=%.2f | roles=%.2f | deadlines P=%.2f R=%.2f F1=%.2f | tasks %d/%d | "
            "not_date_violations=%d" % (
                s["units"]["precision"], s["units"]["recall"], s["units"]["f1"], s["roles"]["accuracy"],
                s["deadlines"]["precision"], s["deadlines"]["recall"], s["deadlines"]["f1"],
                s["tasks"]["found"], s["tasks"]["expected"], s["not_date_violations"]))


def run_tool(bantin, case_dir, timeout):
    """Run the tool on a private copy of the case (without expected.json), so
    it can neither read the answers nor write into the cases."""
    with tempfile.TemporaryDirectory(prefix="bantin-score-") as tmp:
        site = os.path.join(tmp, os.path.basename(case_dir))
        shutil.copytree(case_dir, site, ignore=shutil.ignore_patterns("expected.json", "reference.md"))
        return _run_tool_in(bantin, site, tmp, timeout)


def _run_tool_in(bantin, site, cwd, timeout):
    cmd = [bantin, "tasks", "--site", site, "--format", "json"]
    try:
        proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout, cwd=cwd)
    except subprocess.TimeoutExpired:
        return None, "timed out after %ss" % timeout
    except OSError as e:
        return None, "could not run: %s" % e
    if proc.returncode != 0:
        err = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        return None, "exit status %d%s" % (proc.returncode, (": " + err[-1]) if err else "")
    try:
        data = json.loads(proc.stdout.decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as e:
        return None, "invalid JSON: %s" % e
    if not isinstance(data, dict) or not isinstance(data.get("conclusions"), list):
        return None, "JSON has no 'conclusions' list"
    return data, None


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bantin", required=True, help="path of the built bantin executable")
    ap.add_argument("--cases", default=HERE, help="folder holding the case folders")
    ap.add_argument("--only", action="append", default=[], help="run only cases whose name starts with this")
    ap.add_argument("--json", action="store_true", help="print the summary (and per-case scores) as JSON")
    ap.add_argument("--verbose", "-v", action="store_true", help="list misses and false positives per case")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds allowed per case")
    args = ap.parse_args(argv)

    bantin = args.bantin
    if not os.path.isfile(bantin) and os.sep not in bantin and shutil.which(bantin):
        bantin = shutil.which(bantin)
    if not (os.path.isfile(bantin) and os.access(bantin, os.X_OK)):
        print("score.py: bantin executable not found or not executable: %s" % bantin, file=sys.stderr)
        return 2
    bantin = os.path.abspath(bantin)

    total = empty_counts()
    per_case = {}
    rows = []
    for case_dir in find_cases(args.cases):
        name = os.path.basename(case_dir)
        if args.only and not any(name.startswith(o) for o in args.only):
            continue
        gold, doc_text, _ = load_case(case_dir)
        details = [] if args.verbose else None
        out, err = run_tool(bantin, case_dir, args.timeout)
        if err:
            c = gold_totals(gold)
            if not args.json:
                print("%s: ERROR %s" % (name, err))
        else:
            c = score_case(gold, doc_text, out, details)
        for k in total:
            total[k] += c[k]
        s = summarize(c)
        if err:
            s["error"] = err
        per_case[name] = s
        rows.append((name, s, details))

    summary = summarize(total)
    if args.json:
        print(json.dumps({"summary": summary, "summary_line": summary_line(summary), "cases": per_case},
                         ensure_ascii=False, indent=2))
        return 0

    hdr = "%-30s %14s %5s %14s %7s %4s %4s %4s" % (
        "case", "units P/R/F1", "roles", "dl P/R/F1", "tasks", "ND", "mtg", "inf")
    print(hdr)
    print("-" * len(hdr))
    for name, s, details in rows:
        inf = s["inferred_month_default"]
        inf_s = "%d/%d" % (inf["tasks_with_default"], inf["tasks"]) if inf["tasks"] else "-"
        print("%-30s %4.2f/%4.2f/%4.2f %5.2f %4.2f/%4.2f/%4.2f %3d/%-3d %4d %4s %4s%s" % (
            name[:30], s["units"]["precision"], s["units"]["recall"], s["units"]["f1"], s["roles"]["accuracy"],
            s["deadlines"]["precision"], s["deadlines"]["recall"], s["deadlines"]["f1"],
            s["tasks"]["found"], s["tasks"]["expected"], s["not_date_violations"],
            "ok" if s["meeting_date"]["correct"] else "no", inf_s,
            "  (output tasks: %d)" % s["tasks"]["output"] if s["tasks"]["output"] != s["tasks"]["expected"] else ""))
        if details:
            for line in details:
                print(line)
    print("-" * len(hdr))
    inf = summary["inferred_month_default"]
    print("meeting dates %d/%d | conclusion period %d/%d | inferred month default on %d/%d tasks" % (
        summary["meeting_date"]["correct"], summary["meeting_date"]["cases"], summary["period"]["correct"],
        summary["period"]["cases"], inf["tasks_with_default"], inf["tasks"]))
    print(summary_line(summary))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # e.g. piped into head
        sys.exit(0)
