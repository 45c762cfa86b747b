#!/usr/bin/python3
"""Times pipelines/dask_build.py on the benchmark corpus with 1, 2 and 4 shards on a
LocalCluster of this machine, against one `diplograph build --jobs 2`, and writes the
table into docs/pipelines.md (between the dask-benchmark markers).

    python3 tests/benchmark/dask_benchmark.py --binary build/release/src/cli/diplograph

The corpus is tests/benchmark/generate_corpus.py's (100 MB, seed 7, as in
docs/performance.md), generated into the scratch directory when not there yet. For each
run it records the wall time, the time the shard builds and the merges took as tasks
(from Dask's task stream), the merge tail (from the end of the last shard build to the
end of the run: the part of the wall time only merging), the CPU time other processes
took meanwhile (from /proc/stat; the machine is shared), and whether every export file is
byte-identical to the one-build reference (cmp).
"""
import argparse
import contextlib
import io
import logging
import os
import re
import subprocess
import sys
import time
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[2]
DOC = SOURCE / "docs" / "pipelines.md"
BEGIN, END = "<!-- dask-benchmark:begin -->", "<!-- dask-benchmark:end -->"
TICKS = os.sysconf("SC_CLK_TCK")
sys.path.insert(0, str(SOURCE / "pipelines"))


def log(message):
    print(f"dask_benchmark: {message}", file=sys.stderr, flush=True)


def busy_seconds():
    """CPU-seconds all processes have spent busy since boot (user, nice, system, irq, softirq, steal)."""
    fields = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    return (fields[0] + fields[1] + fields[2] + fields[5] + fields[6] + fields[7]) / TICKS


def tree_cpu_seconds():
    """CPU-seconds of this process, its workers and every child they reaped (diplograph)."""
    import psutil

    total = 0.0
    me = psutil.Process()
    for process in [me, *me.children(recursive=True)]:
        with contextlib.suppress(psutil.Error):
            t = process.cpu_times()
            total += t.user + t.system + t.children_user + t.children_system
    return total


def load_average():
    return ", ".join(Path("/proc/loadavg").read_text().split()[:3])


def differing_files(a, b):
    files = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file() and p.name != "stats.json")
    differ = [str(f) for f in files if subprocess.run(["cmp", "-s", a / f, b / f]).returncode != 0]
    return len(files), differ


def one_build(binary, corpus, output):
    before_busy, started = busy_seconds(), time.monotonic()
    done = subprocess.run(["/usr/bin/time", "-f", "%U %S %M", binary, "build", str(corpus), "-o", str(output),
                           "--jobs", "2", "--quiet"], capture_output=True, text=True, check=True)
    wall = time.monotonic() - started
    user, system, rss = done.stderr.split()[-3:]
    own = float(user) + float(system)
    return {"wall": wall, "others": max(0.0, busy_seconds() - before_busy - own), "rss_mb": int(rss) / 1024}


def sharded_build(client, address, binary, corpus, output, shards):
    import dask_build
    from distributed import get_task_stream

    before_busy, before_own = busy_seconds(), tree_cpu_seconds()
    started = time.monotonic()
    with get_task_stream(client) as stream, contextlib.redirect_stderr(io.StringIO()) as stderr:
        status = dask_build.main([str(corpus), "-o", str(output), "--scheduler", address, "--shards", str(shards),
                                  "--binary", binary, "-v"])
    wall = time.monotonic() - started
    if status != 0:
        sys.exit(f"dask_build exited {status}: {stderr.getvalue()}")
    own = tree_cpu_seconds() - before_own
    spans = {}
    for task in stream.data:
        kind = task["key"].split("-")[0]
        for span in task["startstops"]:
            if span["action"] == "compute":
                spans.setdefault(kind, []).append((span["start"], span["stop"]))
    builds, merges = spans.get("build", []), spans.get("merge", []) + spans.get("publish", [])
    last_build = max(stop for _, stop in builds)
    end = max(stop for _, stop in builds + merges + spans.get("count", []))
    return {"wall": wall, "builds": sum(b - a for a, b in builds), "merges": sum(b - a for a, b in merges),
            "tail": end - last_build, "others": max(0.0, busy_seconds() - before_busy - own)}


def table(corpus_note, reference, runs, machine_note):
    lines = [
        f"Measured by `python3 tests/benchmark/dask_benchmark.py` on {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}"
        f" on commit `{machine_note['commit']}`, Release build, LocalCluster of 2 worker processes x 1 thread, "
        f"`--jobs 1` per diplograph process. {corpus_note}",
        "",
        "| run | wall s | shard builds, task s | merges, task s | merge tail s | merge share of wall | "
        "other processes' CPU s | exports identical to one build |",
        "|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    if reference:
        lines.append(f"| `diplograph build --jobs 2` (one process, reference) | {reference['wall']:.1f} | - | - | - | - | "
                     f"{reference['others']:.1f} | (reference; peak RSS {reference['rss_mb']:.0f} MB) |")
    for shards, run in runs:
        lines.append(f"| dask_build, {shards} shard{'s' if shards > 1 else ''} | {run['wall']:.1f} | {run['builds']:.1f} | "
                     f"{run['merges']:.1f} | {run['tail']:.1f} | {100 * run['tail'] / run['wall']:.0f} % | "
                     f"{run['others']:.1f} | {run['identical']} |")
    lines += ["", f"Load average (1, 5, 15 min): before {machine_note['before']}; after {machine_note['after']}. "
              f"Machine: {os.cpu_count()} cores shared with other work; \"other processes' CPU\" is what they used "
              "during each run (out of 2 x its wall time)."]
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--binary", default=str(SOURCE / "build" / "release" / "src" / "cli" / "diplograph"))
    parser.add_argument("--scratch", type=Path, default=SOURCE / "build" / "dask-benchmark")
    parser.add_argument("--megabytes", type=float, default=100.0)
    parser.add_argument("--shards", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--no-doc", action="store_true", help="print the table only")
    parser.add_argument("--reuse-reference", action="store_true",
                        help="compare with SCRATCH/one-build of an earlier run instead of building and timing it again")
    args = parser.parse_args()
    corpus = args.scratch / "corpus"
    if not corpus.is_dir():
        log(f"generating a {args.megabytes} MB corpus in {corpus}")
        subprocess.run([sys.executable, str(SOURCE / "tests" / "benchmark" / "generate_corpus.py"), str(corpus),
                        "--megabytes", str(args.megabytes), "--seed", "7"], check=True, stdout=subprocess.DEVNULL)
    files = list(corpus.rglob("*.txt"))
    corpus_note = (f"Corpus: {len(files):,} generated articles, {sum(f.stat().st_size for f in files) / 1e6:.1f} MB "
                   f"(`generate_corpus.py --megabytes {args.megabytes:g} --seed 7`).")
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=SOURCE, capture_output=True,
                            text=True).stdout.strip()
    note = {"commit": commit, "before": load_average()}
    if args.reuse_reference and (args.scratch / "one-build" / "graph.nt").is_file():
        reference = None
    else:
        log("one build, --jobs 2")
        reference = one_build(args.binary, corpus, args.scratch / "one-build")
        log(f"one build: {reference}")
    from distributed import Client, LocalCluster

    runs = []
    with LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=":0",
                      silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
        for shards in args.shards:
            log(f"{shards} shards")
            output = args.scratch / f"shards-{shards}"
            run = sharded_build(client, cluster.scheduler_address, args.binary, corpus, output, shards)
            count, differ = differing_files(args.scratch / "one-build", output)
            run["identical"] = f"all {count} files" if not differ else f"**no**: {', '.join(differ)}"
            runs.append((shards, run))
            log(f"{shards} shards: {run}")
    note["after"] = load_average()
    text = table(corpus_note, reference, runs, note)
    print(text)
    if not args.no_doc:
        doc = DOC.read_text(encoding="utf-8")
        doc = re.sub(re.escape(BEGIN) + ".*?" + re.escape(END), lambda _: f"{BEGIN}\n{text}\n{END}", doc, flags=re.S)
        DOC.write_text(doc, encoding="utf-8")


if __name__ == "__main__":
    main()
