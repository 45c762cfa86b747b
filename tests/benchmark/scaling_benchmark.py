#!/usr/bin/env python3
"""Scaling benchmark of issue 14: the cost of one document grows linearly with its size.

    python3 tests/benchmark/scaling_benchmark.py                 # writes docs/scaling.md
    python3 tests/benchmark/scaling_benchmark.py --no-doc        # print the table only

Two series, each doubling the input at every step, built from the bundled sample articles
(tests/corpus) so that the text is real news with its density of actors and relations:

1. Sentences per document: one document of N distinct sentences (each body sentence of
   the samples, numbered so that no paragraph repeats), N = 12,500 ... 100,000.
2. Length of one sentence: one document whose only "sentence" is the sample articles with
   every full stop made a comma, 0.5 ... 4 MB (read in pieces: docs/pipelines.md).

Each document is built alone with `diplograph build --jobs 1 --format jsonl -o -` (the
extraction, the graph and the facts export; the other exports are measured by
run_benchmark.py), under /usr/bin/time for wall time and peak RSS, best of three runs.
Linear cost means each doubling at most about doubles the time: the table gives the ratio.
"""

import argparse
import re
import subprocess
import tempfile
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[2]
BEGIN, END = "<!-- scaling:begin -->", "<!-- scaling:end -->"


def body_sentences():
    """The sample articles' body sentences (long lines, no photo captions)."""
    sentences = []
    for article in sorted((SOURCE / "tests" / "corpus").glob("*.txt")):
        for line in article.read_text().splitlines():
            if len(line) > 150 and "(foto" not in line.lower():
                sentences += [s.strip() + "." for s in re.split(r"(?<=[.!?])\s", line)
                              if len(s.strip()) > 40]
    return sentences


def many_sentences(count):
    sentences = body_sentences()
    return "\n".join(f"{sentences[i % len(sentences)][:-1]} ({i})." for i in range(count)) + "\n"


def one_sentence(size):
    text = re.sub(r"[.!?](\s|$)", ", ", " ".join(body_sentences()))
    return ((text + " ") * (size // len(text) + 1))[:size].rsplit(" ", 1)[0] + ".\n"


def measure(binary, text, tmp):
    path = Path(tmp) / "document.txt"
    path.write_text(text)
    best = None
    for _ in range(3):
        done = subprocess.run(["/usr/bin/time", "-f", "%e %M", binary, "build", path, "--jobs",
                               "1", "--max-document-bytes", str(64 << 20), "--format", "jsonl",
                               "-o", "-", "-q"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                              check=True)
        seconds, kilobytes = done.stderr.strip().splitlines()[-1].split()
        run = (float(seconds), int(kilobytes) // 1024)
        best = run if best is None or run[0] < best[0] else best
    return best


def series(binary, label, sizes, make, unit, tmp):
    rows, previous = [], None
    for size in sizes:
        text = make(size)
        seconds, megabytes = measure(binary, text, tmp)
        ratio = f"{seconds / previous:.2f}" if previous and previous > 0.05 else ""
        rows.append(f"| {label} | {unit(size)} | {len(text.encode()) / 1e6:.1f} MB | "
                    f"{seconds:.2f} | {ratio} | {megabytes} |")
        print(rows[-1], flush=True)
        previous = seconds
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--binary", default=SOURCE / "build" / "release" / "src" / "cli" /
                        "diplograph")
    parser.add_argument("--no-doc", action="store_true", help="do not write docs/scaling.md")
    args = parser.parse_args()
    rows = ["| series | size | input | seconds | x previous | peak RSS (MB) |",
            "|---|---:|---:|---:|---:|---:|"]
    with tempfile.TemporaryDirectory() as tmp:
        rows += series(args.binary, "sentences per document", [12_500, 25_000, 50_000, 100_000],
                       many_sentences, lambda n: f"{n:,} sentences", tmp)
        rows += series(args.binary, "one sentence's length",
                       [500_000, 1_000_000, 2_000_000, 4_000_000], one_sentence,
                       lambda n: f"{n / 1e6:g} MB", tmp)
    if args.no_doc:
        return
    doc = SOURCE / "docs" / "scaling.md"
    text = doc.read_text()
    head, rest = text.split(BEGIN)
    _, tail = rest.split(END)
    doc.write_text(head + BEGIN + "\n" + "\n".join(rows) + "\n" + END + tail)


if __name__ == "__main__":
    main()
