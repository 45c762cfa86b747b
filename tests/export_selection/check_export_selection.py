#!/usr/bin/python3
"""`diplograph build --exports LIST` and `--compress gzip` on the real binary.

Each check is its own ctest entry: `check_export_selection.py CHECK --binary B --source S`.
A chosen export must be byte-identical to the same file of a full build; compressed RDF is
read back by zcat, serdi and rapper, and by `diplograph merge`.
"""
import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

MARKER = ".diplograph-export-set"


def fail(message):
    print(f"FAIL: {message}")
    sys.exit(1)


def run(*argv, **kwargs):
    return subprocess.run([str(a) for a in argv], capture_output=True, **kwargs)


def build(args, out, *extra):
    done = run(args.binary, "build", args.source / "tests" / "corpus", "-o", out, "--quiet", *extra)
    if done.returncode != 0:
        fail(f"diplograph build {' '.join(map(str, extra))} exited {done.returncode}: {done.stderr.decode()}")
    return out


def files_in(directory):
    return sorted(p.relative_to(directory).as_posix() for p in directory.rglob("*")
                  if p.is_file() and p.name != MARKER)


def check_chosen_exports(args, tmp):
    full = build(args, tmp / "full")
    for choice, expected in (("nt,graphml", ["graph.graphml", "graph.nt"]),
                             ("facts", ["facts.jsonl"]),
                             ("neo4j, dot", ["graph.dot"] + sorted(f"neo4j/{p.name}" for p in (full / "neo4j").iterdir())),
                             ("stats,ttl", ["graph.ttl", "stats.json"])):
        out = build(args, tmp / choice.replace(",", "-").replace(" ", ""), "--exports", choice)
        written = files_in(out)
        if written != expected:
            fail(f"--exports {choice!r} wrote {written}, expected {expected}")
        for name in written:
            if name != "stats.json" and (out / name).read_bytes() != (full / name).read_bytes():
                fail(f"--exports {choice!r}: {name} differs from the full build's")
    everything = files_in(build(args, tmp / "all", "--exports", "all"))
    if everything != files_in(full):
        fail(f"--exports all wrote {everything}, a default build {files_in(full)}")
    print(f"--exports wrote only the chosen files, byte-identical to a full build's ({len(everything)} files in all)")


def check_unknown_export(args, tmp):
    for bad, named in (("nt,pdf", '"pdf"'), ("nt,,ttl", "empty export name"), ("", "empty export name")):
        done = run(args.binary, "build", args.source / "tests" / "corpus", "-o", tmp / "out", "--exports", bad)
        stderr = done.stderr.decode()
        if done.returncode != 2 or named not in stderr or "graphml" not in stderr:
            fail(f"--exports {bad!r}: expected exit 2 naming {named} and the choices, got {done.returncode}: {stderr}")
        if (tmp / "out").exists():
            fail(f"--exports {bad!r} left an output directory behind")
    done = run(args.binary, "build", args.source / "tests" / "corpus", "--format", "nt", "--exports", "nt")
    if done.returncode != 2 or "--exports" not in done.stderr.decode():
        fail(f"--format with --exports must be a usage error: {done.returncode}: {done.stderr.decode()}")
    done = run(args.binary, "build", args.source / "tests" / "corpus", "-o", tmp / "out", "--compress", "zip")
    if done.returncode != 2 or "--compress" not in done.stderr.decode():
        fail(f"--compress zip must be a usage error: {done.returncode}: {done.stderr.decode()}")
    print("an unknown or empty export name, or --exports with --format, is a usage error naming it")


def check_gzip_rdf(args, tmp):
    full = build(args, tmp / "full")
    packed = build(args, tmp / "packed", "--compress", "gzip")
    names = files_in(packed)
    if "graph.nt.gz" not in names or "graph.ttl.gz" not in names or "graph.nt" in names or "graph.ttl" in names:
        fail(f"--compress gzip wrote {names}")
    for name in ("graph.nt", "graph.ttl"):
        if run("gzip", "-t", packed / f"{name}.gz").returncode != 0:
            fail(f"gzip -t rejects {name}.gz")
        plain = run("zcat", packed / f"{name}.gz").stdout
        if plain != (full / name).read_bytes():
            fail(f"zcat {name}.gz is not the uncompressed {name}")
    # The other exports are not compressed and stay the same.
    for name in files_in(full):
        if name not in ("graph.nt", "graph.ttl", "stats.json") and (packed / name).read_bytes() != (full / name).read_bytes():
            fail(f"{name} changed under --compress gzip")
    ttl = run("zcat", packed / "graph.ttl.gz").stdout
    serdi = run("serdi", "-i", "turtle", "-o", "ntriples", "-", input=ttl)
    if serdi.returncode != 0:
        fail(f"serdi rejects the decompressed graph.ttl: {serdi.stderr.decode()}")
    (tmp / "unpacked.nt").write_bytes(run("zcat", packed / "graph.nt.gz").stdout)
    rapper = run("rapper", "-c", "-i", "ntriples", tmp / "unpacked.nt")
    if rapper.returncode != 0:
        fail(f"rapper rejects the decompressed graph.nt: {rapper.stderr.decode()}")
    counted = rapper.stderr.decode()
    again = build(args, tmp / "again", "--compress", "gzip", "--jobs", "1")
    for name in ("graph.nt.gz", "graph.ttl.gz"):
        if (again / name).read_bytes() != (packed / name).read_bytes():
            fail(f"{name} differs between two runs")
    nt_size, gz_size = (full / "graph.nt").stat().st_size, (packed / "graph.nt.gz").stat().st_size
    if gz_size * 4 > nt_size:
        fail(f"graph.nt.gz ({gz_size} bytes) is not much smaller than graph.nt ({nt_size} bytes)")
    print(f"graph.nt {nt_size} -> {gz_size} bytes gzip; zcat gives the plain files; serdi and rapper "
          f"read them (rapper: {counted.strip().splitlines()[-1]}); two runs give the same bytes")


def check_merge_gzip(args, tmp):
    full = build(args, tmp / "full")
    packed = build(args, tmp / "packed", "--compress", "gzip", "--exports", "nt,ttl")
    merged = tmp / "merged"
    done = run(args.binary, "merge", packed, "-o", merged, "--quiet")
    if done.returncode != 0:
        fail(f"merge of a gzip export set exited {done.returncode}: {done.stderr.decode()}")
    for name in files_in(full):
        if name not in ("stats.json", "report.html") and (merged / name).read_bytes() != (full / name).read_bytes():
            fail(f"merge of graph.nt.gz: {name} differs from the build's")
    done = run(args.binary, "merge", packed / "graph.ttl.gz", "-o", tmp / "from-ttl", "--quiet",
               "--exports", "nt", "--compress", "gzip")
    if done.returncode != 0 or files_in(tmp / "from-ttl") != ["graph.nt.gz"]:
        fail(f"merge of graph.ttl.gz into --exports nt --compress gzip: {done.stderr.decode()}")
    if run("zcat", tmp / "from-ttl" / "graph.nt.gz").stdout != (full / "graph.nt").read_bytes():
        fail("merge of graph.ttl.gz did not give the build's graph.nt")
    # A truncated .gz is refused with a message naming it, not merged in part.
    broken = tmp / "broken.nt.gz"
    data = (packed / "graph.nt.gz").read_bytes()
    broken.write_bytes(data[: len(data) // 2])
    done = run(args.binary, "merge", broken, "-o", tmp / "broken-out")
    if done.returncode == 0 or "broken.nt.gz" not in done.stderr.decode():
        fail(f"a truncated graph.nt.gz was not refused by name: {done.returncode}: {done.stderr.decode()}")
    print("merge reads graph.nt.gz and graph.ttl.gz back into the same graph; a truncated one is refused")


CHECKS = {f.__name__[len("check_"):]: f for f in
          (check_chosen_exports, check_unknown_export, check_gzip_rdf, check_merge_gzip)}

if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("check", choices=sorted(CHECKS))
    parser.add_argument("--binary", required=True)
    parser.add_argument("--source", required=True, type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        CHECKS[args.check](args, Path(tmp))
