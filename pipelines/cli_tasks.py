"""The tasks a Dask worker runs: `diplograph build` of one shard, `diplograph merge` of two
exports, and moving a lone shard's export into place. Each runs the real command line in
a child process, so a worker needs the `diplograph` binary and nothing of this project.

Every attempt writes to a directory or file of its own (`export-<random>`): when a worker
dies mid-task, the task runs again elsewhere, and a late write of the dead attempt can
never mix with the new one. The child is also told to die with its worker
(`setpriv --pdeathsig`), so a killed worker leaves no build running.
"""

import json
import os
import shutil
import subprocess
import time
import uuid

import shard_inputs

LOG_TAIL_BYTES = 2000  # how much of a failed command's stderr its error quotes
REPORT_FILE = "report.html"
STATS_FILE = "stats.json"


def command_settings(binary, work_dir, jobs, build_options, merge_options):
    """How every task calls diplograph: the binary (a path, or a name on the workers'
    PATH), the work directory all workers share, threads per command, and the options
    passed through to every build (lexicon, document limit, base IRI) and merge (base IRI).
    A plain dict: task arguments must unpickle on workers that lack these modules."""
    return {"binary": binary, "work_dir": work_dir, "jobs": jobs, "build_options": list(build_options),
            "merge_options": list(merge_options)}


def _worker_address():
    try:
        from distributed import get_worker

        return get_worker().address
    except (ImportError, ValueError):
        return "(not on a worker)"


def _run(arguments, log_path, stdout=subprocess.DEVNULL):
    """Runs `arguments`, stderr to `log_path`; returns the seconds it took."""
    # setpriv (util-linux) sets the parent-death signal and execs diplograph: no Python
    # code runs between fork and exec in this multithreaded worker.
    guard = ["setpriv", "--pdeathsig", "KILL"] if shutil.which("setpriv") else []
    started = time.monotonic()
    with open(log_path, "wb") as log:
        status = subprocess.run(guard + arguments, stdout=stdout, stderr=log).returncode
    if status != 0:
        with open(log_path, "rb") as log:
            log.seek(max(0, os.path.getsize(log_path) - LOG_TAIL_BYTES))
            tail = log.read().decode("utf-8", "replace").strip()
        raise ChildProcessError(f"diplograph {arguments[1]} exited with status {status}: {tail}")
    return time.monotonic() - started


def split_jsonl(source, shards, settings):
    """Writes the shards' copies of one JSON Lines input; the lines each shard received."""
    return shard_inputs.split_jsonl(source, shards, settings["work_dir"])


def build_shard(shard, settings):
    """Builds shard `shard`: its text files (listed by the driver in the shard's directory,
    see shard_inputs.write_text_file_list) and its records of every JSON Lines input."""
    text_files = shard_inputs.read_text_file_list(settings["work_dir"], shard)
    root = shard_inputs.mirror_root(settings["work_dir"], shard)
    os.makedirs(root, exist_ok=True)
    shard_inputs.link_text_files(root, text_files)
    # A directory is searched for .txt and .jsonl only; other text files are named.
    named = [shard_inputs.mirrored(root, path) for path in text_files if os.path.splitext(path)[1] != ".txt"]
    export = os.path.join(shard_inputs.shard_directory(settings["work_dir"], shard), f"export-{uuid.uuid4().hex}")
    seconds = _run([settings["binary"], "build", root, *named, "-o", export, "--quiet", "--jobs", str(settings["jobs"]),
                    *settings["build_options"]], export + ".log")
    with open(os.path.join(export, STATS_FILE), encoding="utf-8") as stats:
        return {"shard": shard, "export": export, "root": root, "stats": json.load(stats), "seconds": seconds,
                "worker": _worker_address()}


def merge_pair(label, left, right, settings, output=None):
    """Merges two finished exports (a shard's or a merge's). The last merge writes every
    format to `output`; the ones below it write only graph.nt, all the next merge reads."""
    arguments = [settings["binary"], "merge", left["export"], right["export"], "--strict", "--quiet",
                 *settings["merge_options"]]
    if output is not None:
        # The top merge runs alone: diplograph's default --jobs, every core of its machine.
        seconds = _run(arguments + ["-o", output],
                       os.path.join(settings["work_dir"], f"{label}-{uuid.uuid4().hex}.log"))
        export = output
    else:
        export = os.path.join(settings["work_dir"], f"{label}-{uuid.uuid4().hex}.nt")
        with open(export + ".part", "wb") as stream:
            seconds = _run(arguments + ["--format", "nt"], export + ".log", stdout=stream)
        os.replace(export + ".part", export)
    return {"label": label, "export": export, "seconds": seconds, "worker": _worker_address(),
            "shards": left.get("shards", [left.get("shard")]) + right.get("shards", [right.get("shard")])}


def write_report(output, settings):
    """Writes report.html of the finished run into `output`, after its stats.json: the
    page a single build writes, made by `diplograph report` from the merged export and
    the run's combined stats, so that it is the same bytes as one build's."""
    report = os.path.join(output, REPORT_FILE)
    seconds = _run([settings["binary"], "report", output, "-o", report, "--quiet", *settings["merge_options"]],
                   os.path.join(settings["work_dir"], f"report-{uuid.uuid4().hex}.log"))
    return {"seconds": seconds, "worker": _worker_address()}


def publish_export(built, output):
    """With one shard there is nothing to merge: its exports move into `output`, each file
    replaced whole (stats.json is written for the whole run afterwards)."""
    started = time.monotonic()
    source = built["export"]
    for directory, _, names in os.walk(source):
        target_directory = os.path.join(output, os.path.relpath(directory, source))
        os.makedirs(target_directory, exist_ok=True)
        for name in names:
            if directory == source and name == STATS_FILE:
                continue
            target = os.path.join(target_directory, name)
            partial = f"{target}.{uuid.uuid4().hex}.part"
            try:
                os.link(os.path.join(directory, name), partial)  # no copy on one filesystem
            except OSError:
                shutil.copyfile(os.path.join(directory, name), partial)
            os.replace(partial, target)
    return {"label": "publish", "export": output, "seconds": time.monotonic() - started,
            "worker": _worker_address(), "shards": [built["shard"]]}
