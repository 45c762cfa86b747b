"""One stats.json for a sharded run, with the same fields, in the same order and with the
same values as the stats.json of one `diplograph build` over the same inputs (only
`seconds` differs, as it does between any two runs), followed by what each shard and the
merges took.

- documents read and skipped, and documents read per language, add up over the shards (a
  document id is in one shard);
- skips and warnings are the shards' own, with the mirror root taken off their paths and
  put back in the order one build meets its inputs (by file path, then line);
- actors, events and mentions are those of the merged graph, counted from its Neo4j CSV
  export (an actor met in two shards is one actor).
"""

import csv
import json
import os
import uuid
from collections import Counter

import shard_inputs

STATS_FILE = "stats.json"


def graph_counts(export_dir):
    """Actors and events by type, and mentions, of the graph exported to `export_dir`."""
    # A frequent event's list of documents is far longer than csv's default field limit.
    # Set here, not at import: on a worker this module arrives by value, its import not rerun.
    csv.field_size_limit(1 << 30)
    actors_by_type, events_by_type, mentions = Counter(), Counter(), 0
    neo4j = os.path.join(export_dir, "neo4j")
    with open(os.path.join(neo4j, "actors.csv"), newline="", encoding="utf-8") as actors:
        for row in csv.DictReader(actors):
            actors_by_type[row["type"]] += 1
    with open(os.path.join(neo4j, "events.csv"), newline="", encoding="utf-8") as events:
        for row in csv.DictReader(events):
            events_by_type[row["type"]] += 1
            mentions += int(row["mentions:int"])
    return {
        "actors": sum(actors_by_type.values()),
        "actors_by_type": dict(sorted(actors_by_type.items())),
        "events": sum(events_by_type.values()),
        "events_by_type": dict(sorted(events_by_type.items())),
        "mentions": mentions,
    }


def _restored(diagnostics, root):
    return [dict(d, file=shard_inputs.original_path(root, d["file"]),
                 message=shard_inputs.original_path(root, d["message"])) for d in diagnostics]


def _in_input_order(diagnostics, text_files):
    """Sorted as one build meets them: by the input's path, then line. A sidecar's problem
    belongs to its text file's place."""
    owner = {shard_inputs.sidecar_of(path): path for path in text_files}
    return sorted(diagnostics,
                  key=lambda d: (shard_inputs.path_order(owner.get(d["file"], d["file"])), d["line"]))


def combined_stats(built, listing_problems, text_files, counts, seconds, merges):
    """The stats of the whole run from each shard's build result (see cli_tasks.build_shard)."""
    built = sorted(built, key=lambda b: b["shard"])
    skipped = [d for b in built for d in _restored(b["stats"]["skipped"], b["root"])]
    warnings = [d for b in built for d in _restored(b["stats"]["warnings"], b["root"])]
    stats = {
        "documents_read": sum(b["stats"]["documents_read"] for b in built),
        "documents_skipped": len(listing_problems) + sum(b["stats"]["documents_skipped"] for b in built),
        "documents_by_language": dict(sorted(sum(
            (Counter(b["stats"].get("documents_by_language", {})) for b in built), Counter()).items())),
        "skipped": list(listing_problems) + _in_input_order(skipped, text_files),
        "warnings": _in_input_order(warnings, text_files),
        "actors": counts["actors"],
        "actors_by_type": counts["actors_by_type"],
        "events": counts["events"],
        "events_by_type": counts["events_by_type"],
        "mentions": counts["mentions"],
        "seconds": round(seconds, 3),
        "shards": [{"shard": b["shard"], "documents_read": b["stats"]["documents_read"],
                    "documents_skipped": b["stats"]["documents_skipped"], "seconds": round(b["seconds"], 3),
                    "worker": b["worker"]} for b in built],
        "merges": [{"merge": m["label"], "shards": m["shards"], "seconds": round(m["seconds"], 3),
                    "worker": m["worker"]} for m in merges],
    }
    return stats


def write_stats(output, stats):
    """Writes stats.json into `output` whole (a temporary file renamed into place)."""
    target = os.path.join(output, STATS_FILE)
    partial = f"{target}.{uuid.uuid4().hex}.part"
    with open(partial, "w", encoding="utf-8") as out:
        out.write(json.dumps(stats, indent=2, ensure_ascii=False) + "\n")
    os.replace(partial, target)


def count_final_graph(final):
    """A task after the last merge: the counts of the graph it wrote (see graph_counts)."""
    return graph_counts(final["export"])
