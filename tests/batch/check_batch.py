#!/usr/bin/python3
"""Batch use of the real `diplograph` binary: JSON Lines and standard input, a single
format streamed to standard output, stats.json and the summary line, merge of shards,
and hostile text. Each check is its own ctest entry: `check_batch.py CHECK --binary B
--source S`. Outputs are read back with real parsers.
"""
import argparse
import csv
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path


def fail(message):
    print(f"FAIL: {message}")
    sys.exit(1)


def run(binary, *args, stdin=None):
    return subprocess.run([binary, *map(str, args)], input=stdin, capture_output=True)


def jsonl(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


ARTICLE = {"id": "berita-1", "title": "Raisi ke Moskow", "published": "2024-03-05T09:00:00+07:00",
           "url": "https://example.org/berita-1", "source": "Antara", "lang": "id",
           "text": "Presiden Iran Ebrahim Raisi mengunjungi Rusia pada Selasa (5/3).\n"
                   "Raisi bertemu Presiden Rusia Vladimir Putin di Moskow."}


def facts_of(text):
    return [json.loads(line) for line in text.splitlines()]


def check_jsonl_inputs(args, tmp):
    corpus = tmp / "in.jsonl"
    corpus.write_text(jsonl([ARTICLE]) + "{broken\n" + '{"id": "tanpa-teks"}\n' + "\n" + jsonl([ARTICLE]),
                      encoding="utf-8")
    out = tmp / "out"
    done = run(args.binary, "build", corpus, "-o", out)
    stderr = done.stderr.decode()
    if done.returncode != 0:
        fail(f"exit {done.returncode}: {stderr}")
    for where in (f"{corpus}:2:", f"{corpus}:3:", f"{corpus}:5:"):
        if not any(line.startswith(where) and ": error: " in line for line in stderr.splitlines()):
            fail(f"no error naming {where} in: {stderr}")
    relations = [r for r in facts_of((out / "facts.jsonl").read_text(encoding="utf-8")) if r["kind"] == "relation"]
    if not relations:
        fail("no relation read from the JSON Lines document")
    for r in relations:
        if r["doc"] != "berita-1" or r["doc_published"] != "2024-03-05" or r["doc_source"] != "Antara":
            fail(f"document metadata missing from a relation record: {r}")
    # The publication date anchors "Selasa (5/3)" to 2024.
    if not any(r["type"] == "visit" and (r["date"] or "").startswith("2024-03") for r in relations):
        fail(f"the visit is not dated from the publication date: {relations}")
    triples = subprocess.run(["serdi", "-i", "ntriples", "-o", "ntriples", str(out / "graph.nt")],
                             capture_output=True, text=True)
    if triples.returncode != 0 or '"Raisi ke Moskow"@id' not in triples.stdout or \
            "2024-03-05" not in triples.stdout:
        fail(f"the document's title and date are not in graph.nt: {triples.stderr}")
    if run(args.binary, "build", corpus, "-o", tmp / "strict", "--strict").returncode != 3:
        fail("--strict with skipped records must exit 3")
    print("JSON Lines read with metadata; bad lines reported by line number and skipped")


def check_stdin_and_stream(args, tmp):
    text = ARTICLE["text"].encode()
    as_text = run(args.binary, "build", "-", "--format", "nt", stdin=text)
    if as_text.returncode != 0:
        fail(f"exit {as_text.returncode}: {as_text.stderr.decode()}")
    parsed = subprocess.run(["serdi", "-i", "ntriples", "-o", "ntriples", "-"], input=as_text.stdout,
                            capture_output=True)
    if parsed.returncode != 0 or b"document/stdin" not in as_text.stdout:
        fail(f"stdin text did not stream as N-Triples: {parsed.stderr.decode()}")
    ttl = run(args.binary, "build", "-", "--format", "ttl", "-o", "-", stdin=text)
    if subprocess.run(["rapper", "-q", "-i", "turtle", "-c", "-", "http://example.org/"], input=ttl.stdout,
                      capture_output=True).returncode != 0:
        fail("--format ttl did not stream valid Turtle")
    as_jsonl = run(args.binary, "build", "-", "--stdin-format", "jsonl", "--format", "jsonl", "-q",
                   stdin=jsonl([ARTICLE]).encode())
    records = facts_of(as_jsonl.stdout.decode())
    if as_jsonl.returncode != 0 or not any(r["kind"] == "relation" for r in records) or as_jsonl.stderr:
        fail(f"stdin JSON Lines did not stream as facts quietly: {as_jsonl.stderr.decode()}")
    # A directory build and a stream of the same format agree byte for byte.
    corpus = args.source / "tests" / "corpus"
    streamed = run(args.binary, "build", corpus, "--format", "nt", "-q").stdout
    run(args.binary, "build", corpus, "-o", tmp / "dir", "-q")
    if streamed != (tmp / "dir" / "graph.nt").read_bytes():
        fail("--format nt differs from graph.nt of a directory build")
    for bad in (["build", corpus], ["build", corpus, "-o", "-"], ["build", corpus, "--format", "xml"],
                ["build", corpus, "--format", "nt", "-o", tmp / "x"], ["build", corpus, "-o", tmp, "-q", "-v"]):
        if run(args.binary, *bad).returncode != 2:
            fail(f"usage error not exit 2: {bad}")
    print("standard input read as text and JSON Lines; nt, ttl and jsonl streamed to standard output")


def check_stats_and_summary(args, tmp):
    corpus = tmp / "corpus"
    corpus.mkdir()
    for name in ("000_dd08180b361cfff3.txt", "001_f66068220d7170c8.txt"):
        (corpus / name).write_bytes((args.source / "tests" / "corpus" / name).read_bytes())
    (corpus / "kosong.txt").write_bytes(b"")
    out = tmp / "out"
    done = run(args.binary, "build", corpus, "-o", out)
    stderr = done.stderr.decode().splitlines()
    if done.returncode != 0 or not stderr[-1].startswith("diplograph: 2 documents read, 1 skipped;"):
        fail(f"no closing summary line: {stderr}")
    if any("\r" in line for line in stderr):
        fail("a progress bar was drawn although stderr is not a terminal")
    stats = json.loads((out / "stats.json").read_text(encoding="utf-8"))
    if stats["documents_read"] != 2 or stats["documents_skipped"] != 1:
        fail(f"wrong document counts: {stats}")
    if "kosong.txt" not in stats["skipped"][0]["file"] or "empty" not in stats["skipped"][0]["message"]:
        fail(f"the skip reason is not recorded: {stats['skipped']}")
    facts = facts_of((out / "facts.jsonl").read_text(encoding="utf-8"))
    entities = [r for r in facts if r["kind"] == "entity"]
    if stats["actors"] != len(entities) or sum(stats["actors_by_type"].values()) != len(entities):
        fail("actor counts do not match facts.jsonl")
    if stats["events"] != sum(stats["events_by_type"].values()) or stats["events"] == 0:
        fail("event counts by type do not add up")
    if not isinstance(stats["seconds"], (int, float)) or stats["seconds"] < 0:
        fail("no time taken")
    quiet = run(args.binary, "build", corpus, "-o", tmp / "quiet", "--quiet")
    if any(not line.startswith(str(corpus)) for line in quiet.stderr.decode().splitlines()):
        fail(f"--quiet printed more than errors: {quiet.stderr.decode()}")
    verbose = run(args.binary, "build", corpus, "-o", tmp / "verbose", "--verbose").stderr.decode()
    if "wrote" not in verbose or "stats.json" not in verbose:
        fail(f"--verbose does not list the files written: {verbose}")
    print("stats.json counts match the exports; summary line; --quiet and --verbose")


# Text that tries to break out of every export syntax: quotes and escapes (N-Triples,
# Turtle, JSON, CSV), markup (GraphML, GEXF), Cypher quote and comment sequences, spreadsheet
# formulas, line breaks, control characters and a right-to-left override.
HOSTILE = ["\"'); MATCH (n) DETACH DELETE n //", "=HYPERLINK(\"http://evil.example/\",\"klik\")", "+1+1", "-2-2",
           "@SUM(A1)", "<b>&amp;</b> & </graphml>", "back\\slash \\u0022 \\n", "baris\nbaru\r\n",
           "kontrol\x01\x07\x1b[31m", "arah \u202edesrever\u202c", "tab\tdan,koma;titik koma", "]]> --> \"\"\" '''"]


def hostile_id(number, nasty):
    # Document ids refuse control characters (tested in robustness.document_ids_validated);
    # everything else hostile stays in them.
    return f"doc-{number}-" + "".join(ch for ch in nasty if ord(ch) >= 0x20 and not 0x7f <= ord(ch) <= 0x9f)


def hostile_corpus():
    records = []
    for number, nasty in enumerate(HOSTILE):
        # Control characters mark a text as binary (it is skipped, tested in e2e.bad_input);
        # they stay in the metadata, which no such check guards.
        said = "".join(ch for ch in nasty if ch in "\t\r\n" or ord(ch) >= 0x20)
        text = (f"Presiden Iran Ebrahim Raisi mengunjungi Rusia pada 5 Maret 2024 dan berkata \"{said}\".\n"
                f"Raisi bertemu Presiden Rusia Vladimir Putin di Moskow; {said} kata {said}.\n")
        records.append({"id": hostile_id(number, nasty), "title": nasty, "published": "2024-03-05",
                        "url": f"https://example.org/{number}?q={nasty}", "source": nasty, "lang": "id",
                        "text": text})
    return jsonl(records)


def check_hostile(args, tmp):
    corpus = tmp / "hostile.jsonl"
    corpus.write_text(hostile_corpus(), encoding="utf-8")
    out = tmp / "out"
    done = run(args.binary, "build", corpus, "-o", out, "-q")
    if done.returncode != 0:
        fail(f"exit {done.returncode}: {done.stderr.decode()}")
    stats = json.loads((out / "stats.json").read_text(encoding="utf-8"))
    facts = facts_of((out / "facts.jsonl").read_text(encoding="utf-8"))
    relations = [r for r in facts if r["kind"] == "relation"]
    if stats["documents_read"] != len(HOSTILE) or not relations:
        fail(f"hostile documents were not all read: {stats}")
    if not any("DETACH DELETE" in r["evidence"] for r in relations):
        fail("the hostile sentences did not reach the facts as evidence")
    if {r["doc"] for r in relations} != {hostile_id(n, h) for n, h in enumerate(HOSTILE)}:
        fail("document ids did not survive the facts export unchanged")
    schemas = args.source / "tests" / "schemas"
    parsers = [
        ["serdi", "-i", "ntriples", "-o", "ntriples", out / "graph.nt"],
        ["serdi", "-i", "turtle", "-o", "ntriples", out / "graph.ttl"],
        ["rapper", "-q", "-i", "ntriples", "-c", out / "graph.nt"],
        ["rapper", "-q", "-i", "turtle", "-c", out / "graph.ttl"],
        ["xmllint", "--noout", "--schema", schemas / "graphml" / "graphml.xsd", out / "graph.graphml"],
        ["xmllint", "--noout", "--relaxng", schemas / "gexf-1.3" / "gexf.rng", out / "graph.gexf"],
    ]
    for command in parsers:
        parsed = subprocess.run(list(map(str, command)), capture_output=True, text=True)
        if parsed.returncode != 0:
            fail(f"{command[0]} rejected {command[-1]}: {parsed.stderr[:2000]}")
    nt = subprocess.run(["serdi", "-i", "ntriples", "-o", "ntriples", str(out / "graph.nt")],
                        capture_output=True, text=True).stdout
    if nt.count("\n") != len((out / "graph.nt").read_text(encoding="utf-8").splitlines()):
        fail("serdi read a different number of triples than graph.nt has lines")
    for path in sorted((out / "neo4j").glob("*.csv")):
        with open(path, newline="", encoding="utf-8") as handle:
            rows = list(csv.reader(handle, strict=True))
        width = len(rows[0])
        for number, row in enumerate(rows[1:], 2):
            if len(row) != width:
                fail(f"{path.name}:{number}: {len(row)} cells, the header has {width}")
            for cell in row:
                numeric = cell.lstrip("-").replace(".", "", 1).isdigit()
                if cell[:1] in ("=", "+", "-", "@", "\t", "\r") and not numeric:
                    fail(f"{path.name}:{number}: a cell starts with a formula character: {cell!r}")
                if "\n" in cell or "\x1b" in cell:
                    fail(f"{path.name}:{number}: a cell holds a line break or control character: {cell!r}")
    cypher = (out / "neo4j" / "import.cypher").read_text(encoding="utf-8")
    if "DETACH DELETE" in cypher:
        fail("hostile text reached import.cypher")
    print(f"{len(HOSTILE)} hostile documents: every export parses with serdi, rapper, xmllint, json and csv")


# Files of an output directory that record the run, not the graph: stats.json holds the time;
# report.html shows what the run read and skipped, and a merge writes none.
RUN_RECORDS = {"stats.json", "report.html"}


def export_files(directory):
    """Every graph export of an output directory, by relative path."""
    return {p.relative_to(directory).as_posix(): p.read_bytes()
            for p in sorted(directory.rglob("*")) if p.is_file() and p.name not in RUN_RECORDS}


def same_exports(expected, actual, what):
    want, got = export_files(expected), export_files(actual)
    if set(want) != set(got):
        fail(f"{what}: files differ: {sorted(set(want) ^ set(got))}")
    differing = [name for name in want if want[name] != got[name]]
    if differing:
        fail(f"{what}: not byte-identical to one run: {differing}")


def build_shards(args, tmp, shard_count):
    """The sample corpus dealt round-robin into shards, each built by its own process."""
    articles = sorted((args.source / "tests" / "corpus").glob("*.txt"))
    shards = []
    for number in range(shard_count):
        shard = tmp / f"shard-{number}"
        shard.mkdir()
        for article in articles[number::shard_count]:
            for part in (article, article.with_suffix(".meta.json")):
                if part.exists():
                    (shard / part.name).write_bytes(part.read_bytes())
        out = tmp / f"out-{number}"
        done = run(args.binary, "build", shard, "-o", out, "-q", "--jobs", "1")
        if done.returncode != 0:
            fail(f"shard {number}: exit {done.returncode}: {done.stderr.decode()}")
        shards.append(out)
    whole = tmp / "whole"
    done = run(args.binary, "build", args.source / "tests" / "corpus", "-o", whole, "-q")
    if done.returncode != 0:
        fail(f"one run: exit {done.returncode}: {done.stderr.decode()}")
    return shards, whole


def merge(args, out, *exports, expect=0, options=()):
    done = run(args.binary, "merge", *exports, "-o", out, "-q", *options)
    if done.returncode != expect:
        fail(f"merge {' '.join(map(str, exports))}: exit {done.returncode}, expected {expect}: "
             f"{done.stderr.decode()}")
    return done


def check_merge_shards(args, tmp):
    shards, whole = build_shards(args, tmp, 3)
    merge(args, tmp / "merged", *shards)
    same_exports(whole, tmp / "merged", "3 shards merged")
    merge(args, tmp / "reversed", *reversed(shards))
    same_exports(whole, tmp / "reversed", "3 shards merged in reverse order")
    # Turtle and N-Triples read alike: name the files instead of the directories.
    merge(args, tmp / "from-files", shards[1] / "graph.ttl", shards[0] / "graph.nt", shards[2] / "graph.ttl")
    same_exports(whole, tmp / "from-files", "shards merged from graph.ttl and graph.nt")
    # A daily batch: yesterday's merged graph plus today's shard.
    merge(args, tmp / "day-1", shards[0], shards[1])
    merge(args, tmp / "day-2", tmp / "day-1", shards[2])
    same_exports(whole, tmp / "day-2", "merged in two steps")
    facts = facts_of((tmp / "merged" / "facts.jsonl").read_text(encoding="utf-8"))
    print(f"3 shards ({', '.join(str(len(list((tmp / f'shard-{n}').glob('*.txt')))) for n in range(3))} "
          f"articles) merged into {len(facts)} facts, byte-identical to one run")


def check_merge_idempotent(args, tmp):
    shards, whole = build_shards(args, tmp, 2)
    merge(args, tmp / "self", whole, whole)
    same_exports(whole, tmp / "self", "an export merged with itself")
    merge(args, tmp / "again", whole, *shards, tmp / "self")
    same_exports(whole, tmp / "again", "an export merged with its own shards")
    streamed = run(args.binary, "merge", *shards, "--format", "nt")
    if streamed.returncode != 0 or streamed.stdout != (whole / "graph.nt").read_bytes():
        fail(f"merge --format nt did not stream the one-run graph.nt: {streamed.stderr.decode()}")
    print("merging is idempotent, and --format nt streams the merged N-Triples")


def check_merge_bad_exports(args, tmp):
    shards, whole = build_shards(args, tmp, 2)
    broken = tmp / "broken.nt"
    lines = (whole / "graph.nt").read_bytes().splitlines(keepends=True)
    broken.write_bytes(b"".join(lines[:10]) + lines[10][: len(lines[10]) // 2] + b"\n")
    edited = tmp / "edited.nt"
    # A hand edit that keeps the syntax but breaks the link between an IRI and its content.
    text = (whole / "graph.nt").read_text(encoding="utf-8")
    edited.write_text(text.replace('<https://diplograph.example.org/ontology#key> "iran"',
                                   '<https://diplograph.example.org/ontology#key> "irak"'), encoding="utf-8")
    foreign = tmp / "foreign.ttl"
    foreign.write_text('@prefix ex: <http://example.org/> .\nex:a ex:b "c" .\n', encoding="utf-8")
    missing = tmp / "missing.nt"
    done = merge(args, tmp / "merged", broken, shards[0], edited, foreign, missing, shards[1],
                 options=["--skip-bad-exports"])
    stderr = done.stderr.decode()
    if not re.search(re.escape(str(broken)) + r":1[12](:\d+)?: error: ", stderr):
        fail(f"no file:line:column diagnostic for the truncated export in: {stderr}")
    for needle in (f"{edited}: error: <https://diplograph.example.org/id/actor/iran>",
                   f"{foreign}: error: <http://example.org/a>", f"{missing}: error: cannot open"):
        if needle not in stderr:
            fail(f"no diagnostic {needle!r} in: {stderr}")
    if stderr.count("export skipped") != 4:
        fail(f"expected 4 skipped exports: {stderr}")
    same_exports(whole, tmp / "merged", "the good exports merged around bad ones")
    merge(args, tmp / "strict", shards[0], broken, expect=3, options=["--strict", "--skip-bad-exports"])
    # When nothing at all can be read, nothing is written: an empty graph would replace
    # the earlier exports in the output directory.
    before = export_files(tmp / "merged")
    merge(args, tmp / "merged", broken, missing, expect=1)
    if export_files(tmp / "merged") != before:
        fail("a merge that read no export replaced the exports already in its output directory")
    done = run(args.binary, "merge", shards[0], "-o", tmp / "merged" / "graph.nt" / "x", "-q")
    if done.returncode == 0 or export_files(tmp / "merged") != before:
        fail("a merge that cannot write must fail and leave earlier exports alone")
    print("bad exports are reported with file and place, skipped, and the rest merged")


PREF_LABEL = re.compile(r'^<([^>]*)> <http://www\.w3\.org/2004/02/skos/core#prefLabel> "(.*)"@([A-Za-z0-9-]+) \.$')


def pref_labels(export):
    """Every actor's skos:prefLabel by language, as serdi reads graph.nt."""
    parsed = subprocess.run(["serdi", "-i", "ntriples", "-o", "ntriples", str(export / "graph.nt")],
                            capture_output=True, text=True)
    if parsed.returncode != 0:
        fail(f"serdi cannot read {export / 'graph.nt'}: {parsed.stderr}")
    labels = {}
    for line in parsed.stdout.splitlines():
        found = PREF_LABEL.match(line)
        if found:
            node, text, lang = found.groups()
            if lang in labels.setdefault(node, {}):
                fail(f"<{node}> has two skos:prefLabel tagged {lang}")
            labels[node][lang] = text
    if not labels:
        fail(f"no skos:prefLabel in {export / 'graph.nt'}")
    return labels


ENGLISH_ARTICLE = {"id": "news-en", "lang": "en", "published": "2024-03-05",
                   "text": "French Foreign Minister Jean Morel visited the United States on Tuesday.\n"
                           "Morel met officials in Washington to discuss trade."}
INDONESIAN_ARTICLE = {"id": "berita-id", "lang": "id", "published": "2024-03-06",
                      "text": "Menteri Luar Negeri Prancis Jean Morel mengunjungi Amerika Serikat pada Rabu.\n"
                              "Morel bertemu para pejabat di Washington."}


def check_labels_per_language(args, tmp):
    outs = {}
    for name, article in (("en", ENGLISH_ARTICLE), ("id", INDONESIAN_ARTICLE), ("both", None)):
        corpus = tmp / f"{name}.jsonl"
        corpus.write_text(jsonl([article] if article else [ENGLISH_ARTICLE, INDONESIAN_ARTICLE]),
                          encoding="utf-8")
        outs[name] = tmp / f"out-{name}"
        done = run(args.binary, "build", corpus, "-o", outs[name], "-q")
        if done.returncode != 0:
            fail(f"build {name}: exit {done.returncode}: {done.stderr.decode()}")
    states = "https://diplograph.example.org/id/actor/united-states"
    person = "https://diplograph.example.org/id/actor/jean-morel"
    # Read only in English, the state still has the gazetteer's Indonesian label.
    english = pref_labels(outs["en"])
    if english.get(states) != {"en": "United States", "id": "Amerika Serikat"}:
        fail(f"the English-only build labels <{states}> {english.get(states)}")
    if english.get(person) != {"en": "Jean Morel"}:
        fail(f"the English-only build labels <{person}> {english.get(person)}")
    # An English-only and an Indonesian-only build merged: one actor with both labels, the
    # same bytes as one build of both.
    merge(args, tmp / "merged", outs["en"], outs["id"])
    merged = pref_labels(tmp / "merged")
    if merged.get(person) != {"en": "Jean Morel", "id": "Jean Morel"}:
        fail(f"the merged graph labels <{person}> {merged.get(person)}")
    if merged.get(states) != {"en": "United States", "id": "Amerika Serikat"}:
        fail(f"the merged graph labels <{states}> {merged.get(states)}")
    same_exports(outs["both"], tmp / "merged", "an English and an Indonesian build merged")
    if subprocess.run(["rapper", "-q", "-i", "turtle", "-c", str(tmp / "merged" / "graph.ttl")],
                      capture_output=True).returncode != 0:
        fail("rapper rejects the merged graph.ttl")
    print(f"{len(merged)} actors, one skos:prefLabel per language; English-only and "
          f"Indonesian-only builds merge into one actor with both labels")


CHECKS = {f.__name__[len("check_"):]: f for f in
          (check_jsonl_inputs, check_stdin_and_stream, check_stats_and_summary, check_hostile,
           check_merge_shards, check_merge_idempotent, check_merge_bad_exports,
           check_labels_per_language)}

if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("check", choices=sorted(CHECKS))
    parser.add_argument("--binary", required=True)
    parser.add_argument("--source", required=True, type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        CHECKS[args.check](args, Path(tmp))
    print("PASS")
