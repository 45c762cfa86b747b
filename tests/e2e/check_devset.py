#!/usr/bin/python3
"""Quality gates on the development set: the real `diplograph` binary on the articles of
../shared/devset (40 Indonesian in id/, 14 English in en/), scored by the project's copy of
the reference scorer.

`check_devset.py --binary B --source S --devset D --language id|en|mixed`: `id` and `en`
build D/<language>/corpus and hold the scores to that language's floors; `mixed` builds both
folders in one run and checks that each language scores exactly what it scores alone (one
gazetteer, one graph) and that an actor named in both languages is one actor. The articles
are not part of the project (they stay in ../shared); when the folder is absent (a fresh
clone elsewhere) the check says so and exits 77, which ctest reports as skipped.
"""
import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

SKIPPED = 77

# The floors: what the extraction reaches today minus a small margin, so a change that loses
# quality fails. They only go up. Issue 11's targets (Indonesian) are entity F1 0.90,
# relation F1 0.70 and dates agreeing on half of the dated relations; issue 12's (English)
# entity F1 0.88 and relation F1 0.65. Measured when the floors were set: Indonesian 0.929 /
# 0.710 / dates 51 of 80 (every target of issue 11 reached), English 0.972 / 0.678 / dates
# 21 of 33.
FLOORS = {
    "id": {"entity_f1": 0.92, "relation_f1": 0.70, "date_share": 0.62},
    "en": {"entity_f1": 0.95, "relation_f1": 0.665, "date_share": 0.6},
}


def build(binary, corpora, out):
    run = subprocess.run([binary, "build", *map(str, corpora), "-o", str(out), "--quiet"],
                         capture_output=True, text=True)
    if run.returncode != 0:
        print(f"FAIL: diplograph build exited {run.returncode}: {run.stderr}")
        sys.exit(1)
    return out / "facts.jsonl"


def score(source, gold, facts):
    scorer = source / "tests" / "gold" / "score.py"
    scored = subprocess.run([sys.executable, str(scorer), str(gold), str(facts), "--json"],
                            capture_output=True, text=True)
    if scored.returncode != 0:
        print(f"FAIL: {scored.stderr}")
        sys.exit(1)
    summary = json.loads(scored.stdout)
    return {"entity_f1": summary["entities"]["f1"], "relation_f1": summary["relations"]["f1"],
            "date_share": summary["dates"]}


def check_floors(language, measured):
    print(language + ": " + " ".join(f"{name} {value:.3f}" for name, value in measured.items()))
    below = [f"{name} {measured[name]:.3f} < {floor}" for name, floor in FLOORS[language].items()
             if measured[name] < floor]
    if below:
        print(f"FAIL: {language} development-set quality below the floor: " + ", ".join(below))
        sys.exit(1)


def check_mixed(args, devset, tmp):
    apart = {lang: score(args.source, devset / lang / "gold",
                         build(args.binary, [devset / lang / "corpus"], tmp / lang))
             for lang in ("id", "en")}
    mixed_facts = build(args.binary, [devset / "id" / "corpus", devset / "en" / "corpus"], tmp / "mixed")
    for lang in ("id", "en"):
        together = score(args.source, devset / lang / "gold", mixed_facts)
        print(f"{lang}: apart {apart[lang]} together {together}")
        if together != apart[lang]:
            print(f"FAIL: {lang} scores differ when built with the other language")
            sys.exit(1)
    # An actor named in both languages ("Amerika Serikat", "United States") is one actor
    # whose documents come from both folders.
    documents = {lang: {p.name for p in (devset / lang / "corpus").glob("*.txt")} for lang in ("id", "en")}
    shared = []
    for line in mixed_facts.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record.get("kind") != "entity" or record.get("type") != "State":
            continue
        docs = set(record.get("docs", []))
        if docs & documents["id"] and docs & documents["en"]:
            shared.append(record["key"])
    print(f"states named in both languages, one actor each: {len(shared)} ({', '.join(sorted(shared)[:8])} ...)")
    if len(shared) < 5:
        print("FAIL: states named in Indonesian and English articles did not become one actor")
        sys.exit(1)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--source", required=True, type=Path)
    parser.add_argument("--devset", type=Path, help="the devset root holding id/ and en/")
    parser.add_argument("--language", choices=["id", "en", "mixed"], default="id")
    args = parser.parse_args()
    devset = args.devset or args.source.parent / "shared" / "devset"
    languages = ["id", "en"] if args.language == "mixed" else [args.language]
    for lang in languages:
        if not (devset / lang / "corpus").is_dir() or not (devset / lang / "gold").is_dir():
            print(f"SKIPPED: no development set at {devset / lang} (it lives in ../shared, outside the project)")
            sys.exit(SKIPPED)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        if args.language == "mixed":
            check_mixed(args, devset, tmp)
        else:
            lang = args.language
            check_floors(lang, score(args.source, devset / lang / "gold",
                                     build(args.binary, [devset / lang / "corpus"], tmp / "out")))
    print("PASS")


if __name__ == "__main__":
    main()
