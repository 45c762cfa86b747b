#!/usr/bin/env python3
"""Generates a large benchmark corpus of Indonesian diplomacy news from the sample articles.

Why not copy the five sample articles N times: the graph would stop growing after the first
five documents, so a benchmark would measure extraction only and never the cost of a graph
(and of its exports) that grows with the corpus the way a real one does. Each generated
article therefore:

- starts from one sample article, drops some of its paragraphs, shuffles the body and
  borrows paragraphs from the other samples, so sentences meet in new combinations;
- replaces every state name and capital the lexicon knows (ontology/lexicon/gazetteer/states.tsv)
  by another state's name or capital, consistently within the article (the same source state
  always becomes the same target state), with a skewed choice so that some states are
  frequent and most are rare, as in real news;
- replaces the persons of the samples by names synthesised from syllables, drawn from a
  pool that grows with the corpus (new people keep appearing, well-known ones recur), keeping
  short forms consistent ("Kim Jong Un" ... "Kim" -> "Ra Sun Ho" ... "Ra");
- shifts years, rotates month names and redraws day numbers and other figures.

Deterministic: the same --seed and --megabytes give byte-identical files, so two benchmark
runs measure the same input. Files are spread over subdirectories of 1000 so that no
directory listing gets huge.
"""

import argparse
import bisect
import os
import random
import re
import sys
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[2]
SAMPLES = SOURCE / "tests" / "corpus"
GOLD = SOURCE / "tests" / "gold"
STATES = SOURCE / "ontology" / "lexicon" / "gazetteer" / "states.tsv"

MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember"]

# Syllables of the synthesised person names: a mix of East Asian, Slavic, Arabic and
# Indonesian sounds, so that names look like names and rarely collide with lexicon words.
ONSETS = ["b", "ch", "d", "f", "g", "h", "j", "k", "kh", "l", "m", "n", "p", "r", "s",
          "sh", "t", "v", "w", "y", "z", "br", "dr", "gr", "kr", "st", "tr"]
NUCLEI = ["a", "e", "i", "o", "u", "ai", "ao", "ei", "ia", "ou", "ya", "yu"]
CODAS = ["", "", "", "n", "ng", "r", "s", "l", "m", "k", "v", "d"]


def read_states():
    """(names, capitals) of every state in the lexicon; labels first so they are preferred."""
    states = []
    for line in STATES.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 6 or cols[0] == "key":
            continue
        # The Indonesian label ("id=Korea Utara" among the other languages' labels) first.
        local = [l[3:] for l in cols[4].split("|") if l.startswith("id=")]
        label = local[0] if local else cols[3]
        names = [label] + [n for n in cols[5].split("|") if n and n != label]
        capitals = [c for c in (cols[6].split("|") if len(cols) > 6 else []) if c]
        states.append((names, capitals))
    return states


def read_persons():
    """The persons of the samples, from the gold annotations: lists of surface names."""
    persons = {}
    for path in sorted(GOLD.glob("*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) >= 4 and cols[0] == "entity" and cols[2] == "Person":
                persons.setdefault(cols[1], set()).update(n for n in cols[3].split("|") if n)
    return [sorted(names, key=len, reverse=True) for _, names in sorted(persons.items())]


def read_samples():
    """Each sample as (title line, body paragraphs); blank lines are dropped."""
    samples = []
    for path in sorted(SAMPLES.glob("*.txt")):
        lines = [l for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]
        samples.append((lines[0], lines[1:]))
    return samples


def word_regex(words):
    """One regex matching any of `words` as whole words, longest first."""
    alternatives = sorted(set(words), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(w) for w in alternatives) + r")(?![\w-])")


class Generator:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.states = read_states()
        self.persons = read_persons()
        self.samples = read_samples()
        # Which state a surface name belongs to, and whether it is a capital.
        self.state_of = {}
        for index, (names, capitals) in enumerate(self.states):
            for name in names:
                self.state_of.setdefault(name, (index, False))
            for capital in capitals:
                self.state_of.setdefault(capital, (index, True))
        self.state_pattern = word_regex(self.state_of)
        # Person surfaces: full name -> (person, first word?, last word?).
        self.person_of = {}
        for index, names in enumerate(self.persons):
            for name in names:
                self.person_of.setdefault(name, index)
        self.person_pattern = word_regex(self.person_of)
        # Zipf-like weights over a random order of the states: a few dominate the news.
        order = list(range(len(self.states)))
        self.rng.shuffle(order)
        self.state_order = order
        self.state_cumulative = []
        total = 0.0
        for rank in range(len(order)):
            total += 1.0 / (rank + 1) ** 0.9
            self.state_cumulative.append(total)
        self.person_pool = []  # synthesised people seen so far, in order of first appearance

    def pick_state(self):
        x = self.rng.random() * self.state_cumulative[-1]
        return self.state_order[bisect.bisect_left(self.state_cumulative, x)]

    def syllable(self):
        return self.rng.choice(ONSETS) + self.rng.choice(NUCLEI) + self.rng.choice(CODAS)

    def new_person(self):
        words = []
        for _ in range(self.rng.choice([2, 2, 3])):
            word = "".join(self.syllable() for _ in range(self.rng.choice([1, 2, 2, 3])))
            words.append(word.capitalize())
        return words

    def pick_person(self):
        # A new person a quarter of the time; otherwise someone already in the news, the
        # recent and the early ones more often (a rough preferential attachment).
        if not self.person_pool or self.rng.random() < 0.25:
            self.person_pool.append(self.new_person())
            return self.person_pool[-1]
        n = len(self.person_pool)
        return self.person_pool[min(n - 1, int(n * self.rng.random() ** 3))]

    def article(self, number):
        rng = self.rng
        template = number % len(self.samples)
        title, body = self.samples[template]
        paragraphs = [p for p in body if rng.random() < 0.85] or body[:1]
        for _ in range(rng.randint(1, 3)):
            _, other = self.samples[rng.randrange(len(self.samples))]
            paragraphs.insert(rng.randrange(len(paragraphs) + 1), rng.choice(other))
        if rng.random() < 0.5:
            rng.shuffle(paragraphs)
        text = "\n\n".join([title] + paragraphs) + "\n"

        # States: each source state maps to one target state for the whole article.
        state_map = {}

        def replace_state(match):
            source, is_capital = self.state_of[match.group(1)]
            if source not in state_map:
                target = self.pick_state()
                while target in state_map.values() and len(state_map) < len(self.states) - 1:
                    target = self.pick_state()
                state_map[source] = target
            names, capitals = self.states[state_map[source]]
            if is_capital and capitals:
                return capitals[0]
            # Alternate label and other names so short forms and variants appear too.
            return names[0] if len(names) == 1 or rng.random() < 0.8 else rng.choice(names[1:])

        text = self.state_pattern.sub(replace_state, text)

        # Persons: full names and their first/last-word short forms stay consistent.
        person_map = {}

        def replace_person(match):
            surface = match.group(1)
            source = self.person_of[surface]
            if source not in person_map:
                person_map[source] = self.pick_person()
            target = person_map[source]
            full = self.persons[source][0].split()
            words = surface.replace("-", " ").split()
            if len(words) > 1:
                return " ".join(target)
            if words[0] == full[-1] and len(full) > 1:
                return target[-1]
            return target[0]

        text = self.person_pattern.sub(replace_person, text)

        # Dates and figures: a per-article year shift and month rotation; days redrawn.
        year_shift = rng.randint(-12, 1)
        month_shift = rng.randrange(12)
        text = re.sub(r"\b(19[5-9]\d|20[0-2]\d)\b", lambda m: str(int(m.group(1)) + year_shift), text)
        text = re.sub(r"\b(" + "|".join(MONTHS) + r")\b",
                      lambda m: MONTHS[(MONTHS.index(m.group(1)) + month_shift) % 12], text)
        text = re.sub(r"\((\d{1,2})/(\d{1,2})\)",
                      lambda m: "(%d/%d)" % (rng.randint(1, 28), rng.randint(1, 12)), text)
        text = re.sub(r"(?<![\d/-])\b([1-9]\d?)\b(?![/\d])",
                      lambda m: str(rng.randint(2, 99)), text)
        # A number before a month name is a day of the month: keep it a valid one.
        text = re.sub(r"\b\d{1,2}( (?:" + "|".join(MONTHS) + r")\b)",
                      lambda m: str(rng.randint(1, 28)) + m.group(1), text)
        return text


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path, help="directory to write into (created; must be empty)")
    parser.add_argument("--megabytes", type=float, default=100.0, help="stop once this many MB (10^6 bytes) are written")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    args.output.mkdir(parents=True, exist_ok=True)
    if any(args.output.iterdir()):
        sys.exit(f"{args.output}: not empty; the benchmark wants exactly the generated files")
    generator = Generator(args.seed)
    target = int(args.megabytes * 1_000_000)
    written = 0
    number = 0
    while written < target:
        data = generator.article(number).encode("utf-8")
        directory = args.output / f"{number // 1000:03d}"
        if number % 1000 == 0:
            directory.mkdir()
        (directory / f"g{number:06d}.txt").write_bytes(data)
        written += len(data)
        number += 1
    print(f"{number} files, {written} bytes, {len(generator.person_pool)} synthesised persons -> {args.output}")


if __name__ == "__main__":
    main()
