#!/usr/bin/python3
"""End-to-end checks of the real `diplograph` binary on the bundled sample corpus.

Each check is its own ctest entry: `check_sample_build.py CHECK --binary B --source S`.
Exports are read back with real parsers: serdi for Turtle, networkx for GraphML,
Python's json for the facts, the reference scorer for quality.
"""
import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path


# Files of the output directory that record the run rather than the graph, neither compared
# nor committed: stats.json holds the time taken; report.html shows what the run read and
# skipped and embeds a 440 KB library (its determinism is checked in tests/export_report).
RUN_RECORDS = {"stats.json", "report.html"}


def build(binary, inputs, out, *extra):
    run = subprocess.run([binary, "build", *map(str, inputs), "-o", str(out), "--quiet", *extra],
                         capture_output=True, text=True)
    return run


def fail(message):
    print(f"FAIL: {message}")
    sys.exit(1)


def built(args, tmp):
    out = Path(tmp) / "out"
    run = build(args.binary, [args.source / "tests" / "corpus"], out)
    if run.returncode != 0:
        fail(f"diplograph build exited {run.returncode}: {run.stderr}")
    return out


def check_turtle(args, tmp):
    out = built(args, tmp)
    run = subprocess.run(["serdi", "-i", "turtle", "-o", "ntriples", str(out / "graph.ttl")],
                         capture_output=True, text=True)
    if run.returncode != 0:
        fail(f"serdi rejected graph.ttl: {run.stderr}")
    triples = [line for line in run.stdout.splitlines() if line.strip()]
    print(f"serdi parsed {len(triples)} triples")
    if len(triples) < 100:
        fail("fewer than 100 triples")
    if not any("actor/north-korea" in t and "iso3166Alpha3" in t and '"PRK"' in t for t in triples):
        fail("north-korea has no ISO code PRK")


def check_graphml(args, tmp):
    import networkx
    out = built(args, tmp)
    graph = networkx.read_graphml(out / "graph.graphml")
    print(f"networkx read {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges")
    if graph.number_of_nodes() < 20 or graph.number_of_edges() < 20:
        fail("fewer than 20 nodes or 20 edges")
    labels = {data.get("label") for _, data in graph.nodes(data=True)}
    for expected in ("Korea Utara", "Iran", "Kim Jong Un"):
        if expected not in labels:
            fail(f"no node labelled {expected!r}; labels: {sorted(map(str, labels))[:20]}")


def check_facts(args, tmp):
    out = built(args, tmp)
    entities, relations = {}, []
    for number, line in enumerate((out / "facts.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        record = json.loads(line)
        if record["kind"] == "entity":
            for key in ("id", "type", "label", "names", "docs"):
                if key not in record:
                    fail(f"facts.jsonl:{number}: entity without {key}")
            entities[record["id"]] = record
        elif record["kind"] == "relation":
            relations.append((number, record))
        else:
            fail(f"facts.jsonl:{number}: unknown kind {record['kind']}")
    for number, r in relations:
        if r["subject"] not in entities or r["object"] not in entities:
            fail(f"facts.jsonl:{number}: relation refers to an unknown entity")
        start, end = r["span"]
        text = (args.source / "tests" / "corpus" / r["doc"]).read_bytes()
        if text[start:end].decode("utf-8") != r["evidence"]:
            fail(f"facts.jsonl:{number}: span {start}-{end} is not the evidence sentence")
    print(f"{len(entities)} entities, {len(relations)} relation records, every span points at its sentence")
    if len(entities) < 20 or len(relations) < 20:
        fail("too few facts")


def check_quality(args, tmp):
    out = built(args, tmp)
    scorer = args.source / "tests" / "gold" / "score.py"
    run = subprocess.run([sys.executable, str(scorer), str(args.source / "tests" / "gold"),
                          str(out / "facts.jsonl"), "--json"], capture_output=True, text=True)
    if run.returncode != 0:
        fail(run.stderr)
    summary = json.loads(run.stdout)
    entity_f1 = summary["entities"]["f1"]
    relation_f1 = summary["relations"]["f1"]
    print(f"entity F1 {entity_f1:.3f} relation F1 {relation_f1:.3f}")
    # Floors that only go up. Issue 11's targets on the re-checked gold are entity F1 0.95 and
    # relation F1 0.85; the relation floor is that target since the extraction reached 0.864.
    if entity_f1 < args.entity_floor or relation_f1 < args.relation_floor:
        fail(f"quality below the floor (entity {args.entity_floor}, relation {args.relation_floor})")


def check_eval_matches_scorer(args, tmp):
    """`diplograph eval` prints exactly the reference scorer's table."""
    out = built(args, tmp)
    gold = args.source / "tests" / "gold"
    scorer = subprocess.run([sys.executable, str(gold / "score.py"), str(gold), str(out / "facts.jsonl")],
                            capture_output=True, text=True)
    ours = subprocess.run([args.binary, "eval", "--gold", str(gold), str(args.source / "tests" / "corpus")],
                          capture_output=True, text=True)
    if scorer.returncode != 0 or ours.returncode != 0:
        fail(f"scorer exit {scorer.returncode}, eval exit {ours.returncode}: {scorer.stderr}{ours.stderr}")
    if scorer.stdout != ours.stdout:
        fail("eval and score.py disagree:\n--- score.py\n" + scorer.stdout + "--- eval\n" + ours.stdout)
    print(ours.stdout.splitlines()[-1])


def check_sidecar_metadata(args, tmp):
    """`article.meta.json` beside `article.txt` gives its metadata; a broken one is named."""
    tmp = Path(tmp)
    corpus = tmp / "corpus"
    corpus.mkdir()
    (corpus / "visit.txt").write_text("Presiden Iran Ebrahim Raisi mengunjungi Rusia pada Selasa.\n", encoding="utf-8")
    (corpus / "visit.meta.json").write_text('{"published": "2024-04-24", "title": "Raisi ke Rusia"}', encoding="utf-8")
    (corpus / "broken.txt").write_text("Presiden Iran Ebrahim Raisi mengunjungi Rusia.\n", encoding="utf-8")
    (corpus / "broken.meta.json").write_text('{"published": ', encoding="utf-8")
    run = build(args.binary, [corpus], tmp / "out")
    if run.returncode != 0:
        fail(run.stderr)
    if not any("broken.meta.json" in line and "not JSON" in line for line in run.stderr.splitlines()):
        fail(f"no message naming the broken sidecar in: {run.stderr}")
    visits = [json.loads(line) for line in (tmp / "out" / "facts.jsonl").read_text(encoding="utf-8").splitlines()
              if '"visit"' in line]
    # Published on Wednesday 2024-04-24: "pada Selasa" is the day before.
    if not any(v["doc"] == "visit.txt" and v["date"] == "2024-04-23" for v in visits):
        fail(f"the sidecar's publication date did not anchor 'Selasa': {visits}")
    print("sidecar metadata anchors relative dates; a broken sidecar is reported by name")


def check_languages(args, tmp):
    """Each document is read in its language: English and Indonesian are built into one graph
    (one actor for a state named in both, evidence tagged @en and @id); a third language is
    skipped with a warning naming the file; --lang forces one language."""
    tmp = Path(tmp)
    corpus = tmp / "corpus"
    corpus.mkdir()
    (corpus / "english.txt").write_text(
        "Iranian President Ebrahim Raisi visited Russia on Tuesday for talks about trade and "
        "security. The United States condemned the visit and said it would watch the two "
        "countries closely in the coming weeks.\n", encoding="utf-8")
    (corpus / "indonesia.txt").write_text(
        "Presiden Iran Ebrahim Raisi mengunjungi Rusia pada hari Selasa untuk membahas "
        "perdagangan dan keamanan. Amerika Serikat mengecam kunjungan tersebut dan mengatakan "
        "akan mengawasi kedua negara dengan saksama.\n", encoding="utf-8")
    (corpus / "french.txt").write_text(
        "Le président iranien Ebrahim Raisi s'est rendu en Russie mardi pour des entretiens sur "
        "le commerce et la sécurité. Les États-Unis ont condamné cette visite.\n", encoding="utf-8")
    (corpus / "stated.txt").write_text(
        "Iranian President Ebrahim Raisi visited Russia on Tuesday for talks about trade.\n", encoding="utf-8")
    (corpus / "stated.meta.json").write_text('{"lang": "de"}', encoding="utf-8")
    run = build(args.binary, [corpus], tmp / "out")
    if run.returncode != 0:
        fail(run.stderr)
    for name, lang in (("french.txt", "fr"), ("stated.txt", "de")):
        expected = f"{corpus / name}: warning: language {lang} not supported; skipped"
        if expected not in run.stderr.splitlines():
            fail(f"no line '{expected}' in: {run.stderr}")
    stats = json.loads((tmp / "out" / "stats.json").read_text(encoding="utf-8"))
    if stats["documents_read"] != 2 or stats["documents_skipped"] != 2:
        fail(f"expected 2 documents read and 2 skipped: {stats}")
    facts = [json.loads(line) for line in (tmp / "out" / "facts.jsonl").read_text(encoding="utf-8").splitlines()]
    visits = {(f["doc"], f["subject"].rsplit("/", 1)[-1], f["object"].rsplit("/", 1)[-1])
              for f in facts if f["kind"] == "relation" and f["type"] == "visit"}
    for doc in ("english.txt", "indonesia.txt"):
        if (doc, "ebrahim-raisi", "russia") not in visits:
            fail(f"no visit ebrahim-raisi -> russia read from {doc}: {visits}")
    states = {f["key"]: f for f in facts if f["kind"] == "entity" and f["type"] == "State"}
    if set(states.get("united-states", {}).get("docs", [])) != {"english.txt", "indonesia.txt"}:
        fail(f"'United States' and 'Amerika Serikat' are not one actor: {states.get('united-states')}")
    turtle = (tmp / "out" / "graph.ttl").read_text(encoding="utf-8")
    for tag in ("@en", "@id"):
        if not any("visited Russia" in line or "mengunjungi Rusia" in line for line in turtle.splitlines()
                   if line.rstrip(" ;.,").endswith(tag)):
            fail(f"no evidence sentence tagged {tag} in graph.ttl")
    forced = build(args.binary, [corpus / "english.txt"], tmp / "forced", "--lang", "id")
    if forced.returncode != 0:
        fail(forced.stderr)
    forced_facts = (tmp / "forced" / "facts.jsonl").read_text(encoding="utf-8")
    if '"visit"' in forced_facts:
        fail("--lang id read the English article with the English frames")
    unknown = build(args.binary, [corpus / "english.txt"], tmp / "unknown", "--lang", "xx")
    if unknown.returncode == 0 or "xx" not in unknown.stderr:
        fail(f"--lang xx was accepted: {unknown.returncode} {unknown.stderr}")
    print("English and Indonesian in one graph; a third language skipped by name; --lang forces")


def check_deterministic(args, tmp):
    first, second = Path(tmp) / "a", Path(tmp) / "b"
    for out, jobs in ((first, "1"), (second, "2")):
        run = build(args.binary, [args.source / "tests" / "corpus"], out, "--jobs", jobs)
        if run.returncode != 0:
            fail(run.stderr)
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file() and p.name not in RUN_RECORDS)
    for name in files:
        if (first / name).read_bytes() != (second / name).read_bytes():
            fail(f"{name} differs between --jobs 1 and --jobs 2")
    print(f"{len(files)} export files byte-identical across runs and job counts")


def check_committed_exports(args, tmp):
    """exports/ in git must be what the current code builds from the sample corpus."""
    out = built(args, tmp)
    inside = subprocess.run(["git", "-C", str(args.source), "rev-parse", "--is-inside-work-tree"],
                            capture_output=True, text=True)
    if inside.returncode != 0:
        print("not a git checkout: nothing committed to compare with")
        return
    stale = []
    for path in sorted(p for p in out.rglob("*") if p.is_file() and p.name not in RUN_RECORDS):
        name = path.relative_to(out).as_posix()
        committed = subprocess.run(["git", "-C", str(args.source), "show", f"HEAD:exports/{name}"],
                                   capture_output=True)
        if committed.returncode != 0 or committed.stdout != path.read_bytes():
            stale.append(name)
    if stale:
        fail("committed exports/ are stale; rebuild with `cmake --workflow --preset sample` and commit: "
             + ", ".join(stale))
    print("committed exports/ match a fresh build")


def check_bad_input(args, tmp):
    tmp = Path(tmp)
    corpus = tmp / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text("Presiden Iran Ebrahim Raisi mengunjungi Rusia.\n", encoding="utf-8")
    (corpus / "broken.txt").write_bytes("Kalimat pertama.\nKorea \xff\xfe Utara\n".encode("latin-1"))
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(b"\x7fELF\x00\x01\x02")
    out = tmp / "out"
    run = build(args.binary, [corpus], out)
    if run.returncode != 0:
        fail(f"a batch with bad documents must still complete; exit {run.returncode}: {run.stderr}")
    for name, where in (("broken.txt", ":2:7:"), ("empty.txt", "empty"), ("binary.txt", "NUL")):
        if not any(name in line and where in line for line in run.stderr.splitlines()):
            fail(f"no message naming {name} ({where}) in: {run.stderr}")
    facts = (out / "facts.jsonl").read_text(encoding="utf-8")
    if "good.txt" not in facts:
        fail("the good document is missing from the facts")
    strict = build(args.binary, [corpus], tmp / "strict", "--strict")
    if strict.returncode != 3:
        fail(f"--strict with skipped documents must exit 3, got {strict.returncode}")
    usage = subprocess.run([args.binary, "build"], capture_output=True, text=True)
    if usage.returncode != 2:
        fail(f"a usage error must exit 2, got {usage.returncode}")
    print("bad documents reported with file and place; the batch went on; exit codes as documented")


CHECKS = {f.__name__[len("check_"):]: f for f in
          (check_turtle, check_graphml, check_facts, check_quality, check_deterministic,
           check_committed_exports, check_bad_input, check_eval_matches_scorer, check_sidecar_metadata,
           check_languages)}

if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("check", choices=sorted(CHECKS))
    parser.add_argument("--binary", required=True)
    parser.add_argument("--source", required=True, type=Path)
    parser.add_argument("--entity-floor", type=float, default=0.98)
    parser.add_argument("--relation-floor", type=float, default=0.85)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        CHECKS[args.check](args, tmp)
    print("PASS")
