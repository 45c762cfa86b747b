#!/usr/bin/python3
"""`diplograph build` run on a Dask cluster: the inputs split into shards by document,
one `diplograph build` per shard on the workers, the shard exports merged by a tree of
`diplograph merge` calls (pairs, then pairs of pairs), and one stats.json for the run.
The exports are byte-identical to one `diplograph build` of the same inputs, whatever the
number of shards and workers (docs/pipelines.md, "Running on a Dask cluster").

    dask_build.py INPUT... -o DIR [--scheduler tcp://HOST:8786] [--shards N]

INPUT: directories, .txt or .jsonl files, or glob patterns of them. Without --scheduler,
a LocalCluster of --workers processes on this machine runs the tasks. The inputs, the
work directory and DIR must be at the same path on every worker (a shared filesystem).

Exit status as diplograph's: 0 done (skipped documents are in stats.json), 1 a shard or
merge still failing after its retries (nothing is written to DIR), 2 a usage error, 3 with
--strict when any document was skipped.
"""

import argparse
import contextlib
import logging
import os
import shutil
import sys
import time
import uuid

sys.path.insert(0, os.path.dirname(os.path.realpath(__file__)))

import cli_tasks  # noqa: E402  (the modules beside this file)
import shard_inputs  # noqa: E402
import shard_stats  # noqa: E402

SUCCESS, FATAL, USAGE, SKIPPED_STRICT = 0, 1, 2, 3
PROGRAM = "dask_build"


def parse_arguments(argv):
    parser = argparse.ArgumentParser(prog=PROGRAM, description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="+", help="directories, .txt or .jsonl files, or glob patterns")
    parser.add_argument("-o", "--output", required=True, help="directory the exports and stats.json go to")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler (default: a LocalCluster here)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                        help="worker processes of the LocalCluster (default: the number of cores)")
    parser.add_argument("--shards", type=int, help="number of shards (default: the worker threads of the cluster)")
    parser.add_argument("--binary", default="diplograph", help="the diplograph binary on the workers")
    parser.add_argument("--work-dir", help="shared scratch directory (default: OUTPUT.dask-work)")
    parser.add_argument("--keep-work", action="store_true", help="keep the shard exports after a success")
    parser.add_argument("--retries", type=int, default=2, help="retries of a failing task (default: 2)")
    parser.add_argument("-j", "--jobs", type=int, default=1, help="threads of each shard's diplograph build (default: 1; the last merge, alone by then, uses every core of its machine)")
    parser.add_argument("--base-iri", help="passed to every build and merge")
    parser.add_argument("--lexicon", help="passed to every build")
    parser.add_argument("--max-document-bytes", type=int, help="passed to every build")
    parser.add_argument("--strict", action="store_true", help="exit with status 3 when any document was skipped")
    loudness = parser.add_mutually_exclusive_group()
    loudness.add_argument("-q", "--quiet", action="store_true", help="print only errors")
    loudness.add_argument("-v", "--verbose", action="store_true", help="also print each shard and merge")
    args = parser.parse_args(argv)
    if args.shards is not None and args.shards < 1 or args.retries < 0 or args.jobs < 1 or args.workers < 1:
        parser.error("--shards, --jobs and --workers must be at least 1, --retries at least 0")
    return args


def command_settings(args, work_dir):
    shared = ("--base-iri", args.base_iri) if args.base_iri else ()
    build = list(shared)
    if args.lexicon:
        build += ["--lexicon", os.path.abspath(args.lexicon)]
    if args.max_document_bytes is not None:
        build += ["--max-document-bytes", str(args.max_document_bytes)]
    binary = args.binary if os.sep not in args.binary else os.path.abspath(args.binary)
    return cli_tasks.command_settings(binary, work_dir, args.jobs, build, shared)


@contextlib.contextmanager
def connected_client(args):
    """A client of the scheduler at --scheduler, or of a LocalCluster started for this run."""
    import cloudpickle
    from distributed import Client, LocalCluster

    # The task functions travel with the tasks: workers need diplograph, not these modules.
    for module in (cli_tasks, shard_inputs, shard_stats):
        cloudpickle.register_pickle_by_value(module)
    with contextlib.ExitStack() as stack:
        if args.scheduler:
            client = stack.enter_context(Client(args.scheduler))
        else:
            cluster = stack.enter_context(LocalCluster(n_workers=args.workers, threads_per_worker=1,
                                                       dashboard_address=":0", silence_logs=logging.ERROR))
            client = stack.enter_context(Client(cluster))
        yield client


class ShardedRun:
    """The task graph of one run: JSON Lines splits, shard builds, the merge tree and the
    count of the final graph, each task retried `retries` times."""

    def __init__(self, client, listing, shards, settings, output, retries):
        self.client, self.listing, self.shards = client, listing, shards
        self.settings, self.output, self.retries = settings, output, retries
        self.token = uuid.uuid4().hex[:8]
        self.builds, self.merges = {}, []

    def submit(self, function, *arguments, key):
        return self.client.submit(function, *arguments, key=f"{key}-{self.token}", retries=self.retries)

    def split_jsonl(self):
        splits = [self.submit(cli_tasks.split_jsonl, path, self.shards, self.settings, key=f"split-jsonl-{i}")
                  for i, path in enumerate(self.listing.jsonl_files)]
        lines_per_shard = [0] * self.shards
        for lines in self.client.gather(splits):
            lines_per_shard = [a + b for a, b in zip(lines_per_shard, lines)]
        return lines_per_shard

    def build_shards(self, lines_per_shard):
        text_files = [[] for _ in range(self.shards)]
        for path in self.listing.text_files:
            text_files[shard_inputs.text_file_shard(path, self.shards)].append(path)
        # A shard with no document has nothing to add to the merge; with no document at
        # all, shard 0 still builds the empty graph one build would write.
        used = [s for s in range(self.shards) if text_files[s] or lines_per_shard[s]] or [0]
        for shard in used:
            shard_inputs.write_text_file_list(self.settings["work_dir"], shard, text_files[shard])
            self.builds[shard] = self.submit(cli_tasks.build_shard, shard, self.settings, key=f"build-shard-{shard:03d}")

    def merge_tree(self):
        """Pairs, then pairs of pairs; an odd one out waits for the next level. The last
        merge writes every format into the output directory."""
        level = list(self.builds.values())
        if len(level) == 1:
            final = self.submit(cli_tasks.publish_export, level[0], self.output, key="publish")
            self.merges.append(final)
            return final
        depth = 0
        while len(level) > 1:
            depth += 1
            upper = []
            for i in range(0, len(level) - 1, 2):
                label = f"merge-{depth}-{i // 2}"
                output = self.output if len(level) == 2 else None
                upper.append(self.submit(cli_tasks.merge_pair, label, level[i], level[i + 1], self.settings, output,
                                         key=label))
            if len(level) % 2:
                upper.append(level[-1])
            self.merges.extend(upper[: len(level) // 2])
            level = upper
        return level[0]


def report_failures(run):
    """Prints each shard build or merge that failed for its own reason; returns how many."""
    failures = [(f"shard {shard}", future) for shard, future in sorted(run.builds.items()) if future.status == "error"]
    if not failures:  # a merge's own failure; one above a failed merge only passes it up
        failures = [(future.key.rsplit("-", 1)[0], future) for future in run.merges if future.status == "error"][:1]
    for name, future in failures:
        print(f"{PROGRAM}: error: {name} failed after up to {run.retries} retries: {future.exception()}",
              file=sys.stderr)
    if failures:
        print(f"{PROGRAM}: error: nothing written to {run.output}", file=sys.stderr)
    return len(failures)


def run_sharded_build(client, args, listing, work_dir, started):
    from distributed import wait

    settings = command_settings(args, work_dir)
    shards = args.shards or max(1, sum(w["nthreads"] for w in client.scheduler_info()["workers"].values()))
    run = ShardedRun(client, listing, shards, settings, os.path.abspath(args.output), args.retries)
    try:
        lines_per_shard = run.split_jsonl()
    except Exception as error:  # a split still failing after its retries
        print(f"{PROGRAM}: error: splitting the JSON Lines inputs failed: {error}", file=sys.stderr)
        return FATAL, None
    run.build_shards(lines_per_shard)
    final = run.merge_tree()
    counts = run.submit(shard_stats.count_final_graph, final, key="count-graph")
    wait(list(run.builds.values()) + run.merges + [counts])
    if report_failures(run):
        return FATAL, None
    if counts.status == "error":
        print(f"{PROGRAM}: error: counting the merged graph failed: {counts.exception()}; the exports are "
              f"written, stats.json is not", file=sys.stderr)
        return FATAL, None
    built = client.gather(list(run.builds.values()))
    merged = client.gather(run.merges)
    if args.verbose:
        for b in built:
            print(f"{PROGRAM}: shard {b['shard']}: {b['stats']['documents_read']} documents read, "
                  f"{b['stats']['documents_skipped']} skipped in {b['seconds']:.1f} s on {b['worker']}",
                  file=sys.stderr)
        for m in merged:
            print(f"{PROGRAM}: {m['label']} (shards {', '.join(map(str, m['shards']))}): {m['seconds']:.1f} s "
                  f"on {m['worker']}", file=sys.stderr)
    stats = shard_stats.combined_stats(built, listing.problems, listing.text_files, counts.result(),
                                       time.monotonic() - started, merged)
    shard_stats.write_stats(run.output, stats)
    report = run.submit(cli_tasks.write_report, run.output, settings, key="report")
    wait([report])
    if report.status == "error":
        print(f"{PROGRAM}: error: writing report.html failed: {report.exception()}; the exports and "
              f"stats.json are written", file=sys.stderr)
        return FATAL, None
    return SUCCESS, stats


def main(argv=None):
    started = time.monotonic()
    args = parse_arguments(argv)
    try:
        listing = shard_inputs.list_inputs(args.inputs)
    except shard_inputs.UsageError as error:
        print(f"{PROGRAM}: error: {error}", file=sys.stderr)
        return USAGE
    for problem in listing.problems:
        print(f"{problem['file']}: error: {problem['message']}", file=sys.stderr)
    work_dir = os.path.join(os.path.abspath(args.work_dir or args.output.rstrip(os.sep) + ".dask-work"),
                            f"run-{uuid.uuid4().hex[:12]}")
    os.makedirs(work_dir)
    with connected_client(args) as client:
        status, stats = run_sharded_build(client, args, listing, work_dir, started)
    if status != SUCCESS:
        print(f"{PROGRAM}: error: the work directory is kept for a look: {work_dir}", file=sys.stderr)
        return status
    if not args.keep_work:
        shutil.rmtree(work_dir)
        with contextlib.suppress(OSError):
            os.rmdir(os.path.dirname(work_dir))  # the default work directory, when now empty
    if not args.quiet:
        merge_seconds = sum(m["seconds"] for m in stats["merges"])
        print(f"{PROGRAM}: {stats['documents_read']} documents read, {stats['documents_skipped']} skipped; "
              f"{stats['actors']} actors, {stats['events']} events in {stats['seconds']:.1f} s "
              f"({len(stats['shards'])} shards, merging {merge_seconds:.1f} s) -> {args.output}", file=sys.stderr)
    if args.strict and stats["documents_skipped"]:
        return SKIPPED_STRICT
    return SUCCESS


if __name__ == "__main__":
    sys.exit(main())
