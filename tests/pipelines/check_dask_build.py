#!/usr/bin/python3
"""pipelines/dask_build.py on a real Dask LocalCluster (2 worker processes) against one
`diplograph build` of the same inputs: every export file must be byte-identical and
stats.json equal but for the run time, whatever the number of shards, and when a worker is
killed in the middle of a shard's build. Each check is its own ctest entry:
`check_dask_build.py CHECK --binary B --source S`.
"""
import argparse
import contextlib
import csv
import hashlib
import io
import json
import logging
import re
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path


def fail(message):
    print(f"FAIL: {message}")
    sys.exit(1)


@contextlib.contextmanager
def local_cluster():
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=":0",
                      silence_logs=logging.CRITICAL) as cluster, Client(cluster) as client:
        yield cluster, client


def driver(args):
    sys.path.insert(0, str(args.source / "pipelines"))
    import dask_build

    return dask_build


def run_driver(args, *arguments, expect=0):
    """Runs the driver in this process; returns its stderr."""
    stderr = io.StringIO()
    with contextlib.redirect_stderr(stderr):
        status = driver(args).main([*map(str, arguments), "--binary", args.binary])
    if status != expect:
        fail(f"dask_build {' '.join(map(str, arguments))} exited {status}, not {expect}: {stderr.getvalue()}")
    return stderr.getvalue()


def one_build(args, inputs, output):
    done = subprocess.run([args.binary, "build", *map(str, inputs), "-o", str(output), "--quiet"],
                          capture_output=True, text=True)
    if done.returncode != 0:
        fail(f"diplograph build exited {done.returncode}: {done.stderr}")


def export_files(directory):
    return sorted(str(p.relative_to(directory)) for p in directory.rglob("*") if p.is_file() and p.name != "stats.json")


def same_result(whole, sharded, what):
    """Every export file byte for byte, and stats.json but for the run time."""
    files = export_files(whole)
    if len(files) < 10 or export_files(sharded) != files:
        fail(f"{what}: export files {export_files(sharded)} instead of {files}")
    for name in files:
        if (whole / name).read_bytes() != (sharded / name).read_bytes():
            fail(f"{what}: {name} differs from one build's")
    one = json.loads((whole / "stats.json").read_text(encoding="utf-8"))
    many = json.loads((sharded / "stats.json").read_text(encoding="utf-8"))
    for key, value in one.items():
        if key != "seconds" and many.get(key) != value:
            fail(f"{what}: stats.json {key} is {many.get(key)!r}, one build says {value!r}")
    if sum(s["documents_read"] for s in many["shards"]) != one["documents_read"]:
        fail(f"{what}: the shards' documents do not add up: {many['shards']}")
    return one


def generated_corpus(args, root, megabytes=0.8):
    """A corpus made by the benchmark generator: a few hundred articles in directories."""
    subprocess.run([sys.executable, str(args.source / "tests" / "benchmark" / "generate_corpus.py"), str(root),
                    "--megabytes", str(megabytes), "--seed", "11"], check=True, stdout=subprocess.DEVNULL)
    return root


def add_hostile_inputs(corpus, extra):
    """Moves every third article into a JSON Lines dump and adds documents that must be
    skipped or warned about, with the same outcome in every shard count: duplicate ids
    (within a dump, across dumps, a record named like a text file), broken lines, an
    empty file, broken UTF-8, a sidecar that is not JSON, a date that cannot be used."""
    extra.mkdir()
    texts = sorted(corpus.rglob("*.txt"))
    records = []
    for path in texts[::3]:
        records.append({"id": f"rec-{path.stem}", "text": path.read_text(encoding="utf-8"), "source": "generated"})
        path.unlink()
    records.insert(5, {"id": "tanpa-teks"})
    records.insert(9, dict(records[2], id="rec-kemarin", published="kemarin"))  # kept, with a warning
    records.insert(9, dict(records[3]))  # the same id again: skipped
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    lines.insert(7, "{broken")
    lines.insert(11, "")
    (extra / "dump.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    kept = sorted(corpus.rglob("*.txt"))
    (extra / "more.jsonl").write_text(
        json.dumps(records[20]) + "\n" + json.dumps({"id": kept[4].name, "text": "Presiden Iran datang."}) + "\n",
        encoding="utf-8")
    (corpus / "kosong.txt").write_bytes(b"")
    (corpus / "rusak.txt").write_bytes("Presiden Iran mengunjungi Rusia.\n".encode() + b"\xff\xfe broken\n")
    (corpus / "sidecar.txt").write_text("Presiden Iran mengunjungi Rusia.\n", encoding="utf-8")
    (corpus / "sidecar.meta.json").write_text("{not json", encoding="utf-8")


def shard_of(document_id, shards):
    """The documented assignment: blake2b (8 bytes, big-endian) of the id, modulo shards."""
    return int.from_bytes(hashlib.blake2b(document_id.encode(), digest_size=8).digest(), "big") % shards


def check_shard_assignment(work, shards):
    """Each shard's export holds exactly the documents whose id hashes to it."""
    seen = 0
    for export in sorted(work.glob("run-*/shard-*/export-*/neo4j/documents.csv")):
        shard = int(export.parts[-4].split("-")[1])
        with export.open(newline="", encoding="utf-8") as documents:
            for row in csv.DictReader(documents):
                seen += 1
                if shard_of(row["id"], shards) != shard:
                    fail(f"document {row['id']} built in shard {shard}, not {shard_of(row['id'], shards)}")
    return seen


def check_shards_match_one_run(args, tmp):
    sample = args.source / "tests" / "corpus"
    one_build(args, [sample], tmp / "sample-whole")
    corpus = generated_corpus(args, tmp / "generated")
    add_hostile_inputs(corpus, tmp / "extra")
    dumps = sorted((tmp / "extra").glob("*.jsonl"))
    one_build(args, [corpus, *dumps], tmp / "generated-whole")
    with local_cluster() as (cluster, _):
        address = cluster.scheduler_address
        for shards in (2, 3, 7):
            out = tmp / f"sample-{shards}"
            run_driver(args, sample, "-o", out, "--scheduler", address, "--shards", shards)
            sample_stats = same_result(tmp / "sample-whole", out, f"sample corpus in {shards} shards")
            out = tmp / f"generated-{shards}"
            run_driver(args, corpus, tmp / "extra" / "*.jsonl", "-o", out, "--scheduler", address, "--shards", shards,
                       "--keep-work", "--work-dir", tmp / f"work-{shards}")
            stats = same_result(tmp / "generated-whole", out, f"generated corpus in {shards} shards")
            if check_shard_assignment(tmp / f"work-{shards}", shards) != stats["documents_read"]:
                fail(f"the shards' documents.csv do not hold the {stats['documents_read']} documents read")
        # One shard: its export is moved into place unmerged.
        run_driver(args, sample, "-o", tmp / "sample-1", "--scheduler", address, "--shards", 1)
        same_result(tmp / "sample-whole", tmp / "sample-1", "sample corpus in 1 shard")
        strict = run_driver(args, sample, tmp / "extra" / "*.jsonl", "-o", tmp / "strict", "--scheduler", address,
                            "--strict", expect=3)
        if "dask_build: " not in strict or not (tmp / "strict" / "graph.nt").is_file():
            fail(f"--strict with skipped documents did not still write the exports: {strict}")
    skips = {s["message"].split(";")[0] for s in stats["skipped"]}
    if stats["documents_skipped"] < 7 or not stats["warnings"] or not any("already read" in s for s in skips):
        fail(f"the generated corpus did not exercise skips and warnings: {stats['skipped']}")
    print(f"sample corpus ({sample_stats['documents_read']} documents) and generated corpus "
          f"({stats['documents_read']} read, {stats['documents_skipped']} skipped) in 1, 2, 3 and 7 shards: "
          f"every export byte-identical to one build, stats.json equal but for the time")


def diplograph_children(pid):
    import psutil

    with contextlib.suppress(psutil.Error):
        return [c for c in psutil.Process(pid).children(recursive=True) if c.name() == "diplograph"
                and "build" in c.cmdline()]
    return []


def check_killed_worker(args, tmp):
    import psutil

    corpus = generated_corpus(args, tmp / "generated")
    one_build(args, [corpus], tmp / "whole")
    with local_cluster() as (cluster, client):
        outcome = {}
        run = threading.Thread(target=lambda: outcome.update(stderr=run_driver(
            args, corpus, "-o", tmp / "sharded", "--scheduler", cluster.scheduler_address, "--shards", 2,
            "--keep-work", "--work-dir", tmp / "work", "-v")))
        run.start()
        killed = None
        deadline = time.monotonic() + 120
        while killed is None and run.is_alive() and time.monotonic() < deadline:
            for worker_pid in client.run(os.getpid).values():
                builds = diplograph_children(worker_pid)
                if builds and builds[0].is_running():
                    killed = (worker_pid, builds[0].pid, next(a for a in builds[0].cmdline() if "/shard-" in a))
                    os.kill(worker_pid, signal.SIGKILL)
                    break
            time.sleep(0.01)
        run.join()
    if killed is None:
        fail("no shard build was seen running on a worker, so none was killed")
    worker_pid, build_pid, root = killed
    with contextlib.suppress(psutil.NoSuchProcess):
        if psutil.Process(build_pid).status() != psutil.STATUS_ZOMBIE:
            fail(f"the build {build_pid} of the killed worker {worker_pid} kept running")
    if "stderr" not in outcome:
        fail("the run did not complete after its worker was killed")
    same_result(tmp / "whole", tmp / "sharded", "2 shards with a worker killed mid-build")
    shard = Path(root).parent
    attempts = sorted(shard.glob("export-*.log"))
    finished = [a for a in attempts if (a.with_suffix("") / "stats.json").is_file()]
    if len(attempts) < 2 or len(finished) != 1:
        fail(f"{shard.name}: expected an interrupted attempt and a finished one, found {len(attempts)} attempts, "
             f"{len(finished)} finished")
    print(f"worker {worker_pid} killed while building {shard.name} (diplograph pid {build_pid}, which died with it); "
          f"the shard ran again ({len(attempts)} attempts) and the exports are byte-identical to one build")


def check_failed_shard_reported(args, tmp):
    """On the driver's own LocalCluster (no --scheduler)."""
    sample = args.source / "tests" / "corpus"
    stderr = run_driver(args, sample, "-o", tmp / "out", "--workers", 2, "--shards", 2, "--retries", 1,
                        "--lexicon", tmp / "no-lexicon", "--work-dir", tmp / "work", expect=1)
    reports = [line for line in stderr.splitlines() if re.match(r"dask_build: error: shard \d+ failed", line)]
    shards = sorted((tmp / "work").glob("run-*/shard-*"))
    if not shards or len(reports) != len(shards) or not all("diplograph build exited with status 1" in r for r in reports):
        fail(f"each failed shard is not reported once with diplograph's status: {stderr}")
    if str(tmp / "no-lexicon") not in stderr:
        fail(f"the report does not quote diplograph's message naming the lexicon: {stderr}")
    if (tmp / "out").exists():
        fail("a failed run wrote its output directory")
    for shard in shards:
        if len(list(shard.glob("export-*.log"))) != 2:
            fail(f"{shard.name} was not tried exactly twice (1 retry)")
    print("a shard failing on every attempt is retried once, then reported; nothing is written")


CHECKS = {name[len("check_"):]: function for name, function in globals().items() if name.startswith("check_")
          and name != "check_shard_assignment"}

if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("check", choices=sorted(CHECKS))
    parser.add_argument("--binary", required=True)
    parser.add_argument("--source", required=True, type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        CHECKS[args.check](args, Path(tmp))
    print("PASS")
