#!/usr/bin/env python3
"""Checks the benchmark corpus generator on a small size: the files are valid UTF-8 text,
they differ from one another, they use many states and persons (so the graph would grow),
and the same seed gives the same files (so two benchmark runs measure the same input).

Usage: check_corpus.py GENERATOR SCRATCH_DIR
"""
import hashlib
import re
import shutil
import subprocess
import sys
from pathlib import Path


def generate(generator, directory, seed):
    shutil.rmtree(directory, ignore_errors=True)
    subprocess.run([sys.executable, str(generator), str(directory), "--megabytes", "0.3", "--seed", str(seed)],
                   check=True, stdout=subprocess.DEVNULL)
    return sorted(directory.rglob("*.txt"))


def fail(message):
    sys.exit(f"check_corpus: {message}")


def main():
    generator, scratch = Path(sys.argv[1]), Path(sys.argv[2])
    files = generate(generator, scratch / "a", 7)
    if len(files) < 50:
        fail(f"only {len(files)} files for 0.3 MB")
    texts = []
    for path in files:
        data = path.read_bytes()
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            fail(f"{path}: not UTF-8: {error}")
        if "\0" in text or not text.strip():
            fail(f"{path}: empty or binary")
        texts.append(text)
    if sum(len(t.encode()) for t in texts) < 300_000:
        fail("fewer bytes than asked for")
    if len({hashlib.sha256(t.encode()).digest() for t in texts}) != len(texts):
        fail("two generated files are identical")
    # The five samples are all about a handful of states; the generated ones must not be.
    samples = (Path(__file__).resolve().parents[1] / "corpus").glob("*.txt")
    sample_words = set(re.findall(r"\w+", " ".join(p.read_text(encoding="utf-8") for p in samples)))
    new_words = set(re.findall(r"\w+", " ".join(texts))) - sample_words
    if len(new_words) < 200:
        fail(f"only {len(new_words)} words that the samples do not have: not varied enough")
    again = generate(generator, scratch / "b", 7)
    if [p.read_bytes() for p in again] != [p.encode() for p in texts]:
        fail("the same seed gave different files")
    print(f"{len(files)} files, {len(new_words)} words beyond the samples' vocabulary; deterministic")
    shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
