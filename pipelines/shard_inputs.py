"""Which document goes to which shard, and the input tree each shard's build reads.

The inputs are listed the way `diplograph build` lists them (directories searched for
`.txt` and `.jsonl` files, a named file read as JSON Lines when it ends in `.jsonl` and as
text otherwise), plus glob patterns, expanded here because a scheduler or an Airflow task
gets its arguments without a shell.

A document's shard is a hash of its id (a text file's name, a JSON Lines record's "id"),
so a document always lands in the same shard, and two documents with the same id land in
the same one: the build of that shard then skips the second exactly as one build of
everything would.

Each shard's build reads a mirror of the inputs under `WORK/shard-NNN/input/`: the
absolute path of every input file is repeated below that root, text files (and their
`.meta.json` sidecars) as symbolic links, JSON Lines files as copies in which the records
of other shards are blank lines. So every document keeps its id, its line number and its
place in the build's path order, and the build's diagnostics name the original file and
line once the mirror root is taken off (`original_path`).
"""

import glob
import hashlib
import json
import os
import uuid
from dataclasses import dataclass, field

JSONL_EXTENSION = ".jsonl"
DIRECTORY_EXTENSIONS = (".txt", JSONL_EXTENSION)  # what `build` reads from a directory
GLOB_CHARACTERS = "*?["


class UsageError(Exception):
    """An input the driver cannot shard (standard input)."""


@dataclass
class InputListing:
    """Every input file, by absolute path, and the inputs that named nothing.

    `problems` are diagnostics in the form of stats.json's `skipped` entries, in the
    order the inputs were given, as `build` reports inputs it cannot list.
    """

    text_files: list = field(default_factory=list)
    jsonl_files: list = field(default_factory=list)
    problems: list = field(default_factory=list)


def path_order(path):
    """Sort key of a path as std::filesystem::path compares them: element by element, bytes."""
    return tuple(os.fsencode(path).split(b"/"))


def list_inputs(inputs):
    """Lists the files of `inputs` (paths, directories, glob patterns) as `build` would."""
    listing = InputListing()
    files = set()
    for given in inputs:
        if given == "-":
            raise UsageError("standard input cannot be split into shards; give files or directories")
        if os.path.exists(given):
            matches = [given]
        elif any(c in given for c in GLOB_CHARACTERS):
            matches = sorted(glob.glob(given, recursive=True))
            if not matches:
                listing.problems.append(_problem(given, "no file matches this pattern"))
        else:
            listing.problems.append(_problem(given, "no such file or directory"))
            matches = []
        for match in matches:
            files.update(_files_below(os.path.abspath(match)))
    for path in sorted(files, key=path_order):
        is_jsonl = os.path.splitext(path)[1] == JSONL_EXTENSION
        (listing.jsonl_files if is_jsonl else listing.text_files).append(path)
    return listing


def _problem(file, message):
    return {"file": file, "line": 0, "column": 0, "message": message}


def _files_below(path):
    if not os.path.isdir(path):
        return [path]
    found = []
    # Like build: symbolic links to files count, links to directories are not followed.
    for root, _, names in os.walk(path):
        for name in names:
            candidate = os.path.join(root, name)
            if os.path.splitext(name)[1] in DIRECTORY_EXTENSIONS and os.path.isfile(candidate):
                found.append(candidate)
    return found


def shard_of(document_id, shards):
    """The shard (0 .. shards-1) of a document id (bytes); the same in every process."""
    digest = hashlib.blake2b(document_id, digest_size=8).digest()
    return int.from_bytes(digest, "big") % shards


def text_file_shard(path, shards):
    """A text file's id is its file name (see read_text_document)."""
    return shard_of(os.fsencode(os.path.basename(path)), shards)


def record_shard(line, shards):
    """The shard of one JSON Lines line: by its "id"; a line without one (broken JSON, a
    blank line) by its bytes, so it still lands somewhere for its build to report."""
    try:
        record = json.loads(line)
    except ValueError:
        record = None
    if isinstance(record, dict) and isinstance(record.get("id"), str):
        return shard_of(record["id"].encode("utf-8", "surrogatepass"), shards)
    return shard_of(line.rstrip(b"\r\n"), shards)


def sidecar_of(text_file):
    """The metadata sidecar `build` looks for beside a text file (path.replace_extension)."""
    return os.path.splitext(text_file)[0] + ".meta.json"


def shard_directory(work_dir, shard):
    return os.path.join(work_dir, f"shard-{shard:03d}")


def mirror_root(work_dir, shard):
    return os.path.join(shard_directory(work_dir, shard), "input")


def mirrored(root, path):
    """Where the absolute `path` appears in the mirror below `root`."""
    return root + path


def original_path(root, text):
    """`text` (a path or a message naming paths) with the mirror root taken off."""
    return text.replace(root, "")


def split_jsonl(source, shards, work_dir):
    """Writes one copy of the JSON Lines file `source` into each shard's mirror, keeping the
    shard's records and blanking the others' lines. Returns the number of lines per shard."""
    outputs = []
    for shard in range(shards):
        target = mirrored(mirror_root(work_dir, shard), source)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        temporary = f"{target}.{uuid.uuid4().hex}.part"
        outputs.append((open(temporary, "wb"), temporary, target))
    counts = [0] * shards
    try:
        with open(source, "rb") as lines:
            for line in lines:  # split at b"\n" only, as build does
                home = record_shard(line, shards)
                counts[home] += 1
                for shard, (out, _, _) in enumerate(outputs):
                    out.write(line if shard == home else b"\n")
    finally:
        for out, _, _ in outputs:
            out.close()
    for _, temporary, target in outputs:
        os.replace(temporary, target)  # a retried split replaces, never appends
    return counts


def _text_file_list(work_dir, shard):
    return os.path.join(shard_directory(work_dir, shard), "text-files")


def write_text_file_list(work_dir, shard, text_files):
    """Leaves shard `shard`'s text files in its directory (NUL-separated: names may hold
    newlines), so a task carries a shard number, not a list of a million paths."""
    os.makedirs(shard_directory(work_dir, shard), exist_ok=True)
    with open(_text_file_list(work_dir, shard), "wb") as out:
        out.write(b"".join(os.fsencode(path) + b"\0" for path in text_files))


def read_text_file_list(work_dir, shard):
    with open(_text_file_list(work_dir, shard), "rb") as listed:
        return [os.fsdecode(path) for path in listed.read().split(b"\0")[:-1]]


def link_text_files(root, text_files):
    """Links each text file, and its sidecar when there is one, into the mirror `root`."""
    for text_file in text_files:
        for path in (text_file, sidecar_of(text_file)):
            if path != text_file and not os.path.lexists(path):
                continue
            link = mirrored(root, path)
            os.makedirs(os.path.dirname(link), exist_ok=True)
            try:
                os.symlink(path, link)
            except FileExistsError:  # an earlier attempt of this shard made it
                pass
