"""The one function that writes report files: a whole new folder, switched in with one atomic rename.

The report is written, complete, into a fresh hidden folder beside ``--out``
(``.framing-PID-RANDOM``); then that folder and ``--out`` swap names in one
system call (``renameat2(RENAME_EXCHANGE)`` on Linux; where it is missing, two
renames, and the next run finishes a switch a crash cut short). A crash at any
moment therefore leaves ``--out`` holding either the old complete report or the
new complete one, never a mix, and files of the old report the new one does not
have (the PDF and charts of a report written without ``--no-pdf``) go with it.
Hidden ``.framing-*`` folders that a killed run left behind are removed by the
next run that writes beside them.

``--out`` must be a new folder, an empty one, or one that holds only report files
(an earlier report): framing replaces the whole folder, so it refuses a folder
holding anything else, such as the story's own files.
"""

from __future__ import annotations

import ctypes
import errno
import os
import secrets
import shutil
import sys
from collections.abc import Mapping
from pathlib import Path

from ..errors import InputError

__all__ = ["write_reports", "write_one", "check_out_folder", "sweep_stale", "REPORT_NAMES", "STAGING_PREFIX"]

#: The files a report consists of (besides its ``.png`` charts), in a folder per story for a story set.
REPORT_NAMES = frozenset({"report.json", "report.html", "report.pdf", "findings.csv", "ranking.txt", "handout.pdf"})
#: How the hidden folders a report is written into begin (``.framing-PID-RANDOM``).
STAGING_PREFIX = ".framing-"
_COMPLETE = "complete"  # in a staging folder: every file of "new" is written
_TARGET = "target"  # in a staging folder: the name of the folder it is for
_RENAME_EXCHANGE = 2  # from <linux/fs.h>
_AT_FDCWD = -100
_OPEN: set[str] = set()  # this process's staging folders in use (another thread's is never swept)


def write_reports(files: Mapping[str, bytes], out_dir: str | Path) -> list[Path]:
    """Replace the folder ``out_dir`` with one holding exactly ``{relative name: content}``, atomically.

    Returns the paths written. On any failure ``out_dir`` is left as it was.
    """
    target = Path(os.path.realpath(out_dir))  # a link to a folder: the report goes where it points
    for name in files:
        if Path(name).is_absolute() or ".." in Path(name).parts or not Path(name).parts:
            raise InputError(f"{name!r}: a report file name must be a relative path inside the report folder.")
    check_out_folder(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    sweep_stale(target.parent)
    staging = target.parent / f"{STAGING_PREFIX}{os.getpid()}-{secrets.token_hex(4)}"
    _OPEN.add(str(staging))
    try:
        staging.mkdir()
        (staging / _TARGET).write_text(target.name, encoding="utf-8")
        _write_tree(files, staging / "new")
        (staging / _COMPLETE).touch()
        _switch(staging, target)
    except OSError as error:
        raise _named(error, staging, target) from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        _OPEN.discard(str(staging))
    return [target / name for name in files]


def check_out_folder(out_dir: str | Path) -> None:
    """Refuse an ``--out`` that is a file, or a folder holding anything but report files.

    Called before a story is analysed, so that a wrong ``--out`` costs nothing.
    """
    target = Path(os.path.realpath(out_dir))
    if not target.exists():
        return
    if not target.is_dir():
        raise InputError(f"{target}: exists and is not a folder; give --out a folder path.")
    foreign = _foreign_entry(target, depth=2)
    if foreign is not None:
        raise InputError(
            f"{target}: holds {foreign.relative_to(target)}, which is not part of a framing report; framing replaces "
            "the whole --out folder, so give it a new or empty folder (never the story folder)."
        )


def _foreign_entry(folder: Path, depth: int) -> Path | None:
    """The first entry of ``folder`` that a report does not consist of (sub-folders ``depth`` deep allowed)."""
    for entry in sorted(folder.iterdir()):
        if entry.is_symlink():
            return entry
        if entry.is_dir():
            inside = _foreign_entry(entry, depth - 1) if depth > 0 else entry
            if inside is not None:
                return inside
        elif entry.name not in REPORT_NAMES and entry.suffix.lower() != ".png":
            return entry
    return None


def sweep_stale(folder: Path) -> None:
    """Remove the ``.framing-*`` folders of runs that ended without cleaning up, finishing a cut-short switch."""
    try:
        entries = [e for e in folder.iterdir() if e.name.startswith(STAGING_PREFIX) and e.is_dir()]
    except OSError:
        return
    for entry in entries:
        if str(entry) in _OPEN or _owner_alive(entry.name):
            continue
        _finish_switch(entry)
        shutil.rmtree(entry, ignore_errors=True)


def _owner_alive(name: str) -> bool:
    """Whether the process named in a staging folder's name is running (and is not this one)."""
    pid_text = name[len(STAGING_PREFIX) :].split("-", 1)[0]
    if not pid_text.isdigit() or int(pid_text) == os.getpid():
        return False  # this process has no staging folder open here; a name without a pid is a stale one
    try:
        os.kill(int(pid_text), 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def _finish_switch(staging: Path) -> None:
    """After a crash between the two renames of the fallback switch: put a complete report back in place."""
    try:
        target = staging.parent / (staging / _TARGET).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return
    if target.exists() or os.sep in target.name or target.name in ("", ".", ".."):
        return
    for candidate in ("new", "old"):
        if (staging / candidate).is_dir() and (candidate == "old" or (staging / _COMPLETE).exists()):
            os.rename(staging / candidate, target)
            return


def _write_tree(files: Mapping[str, bytes], root: Path) -> None:
    """Write every file under ``root``, each flushed to disk before the switch makes it visible."""
    root.mkdir()
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())


def _switch(staging: Path, target: Path) -> None:
    """Put ``staging/new`` in the place of ``target``, which then holds the old report, if any, in ``staging``."""
    new = staging / "new"
    if not target.exists():
        os.rename(new, target)
    elif not _exchange(new, target):
        os.rename(target, staging / "old")  # a crash here: the next run's sweep moves "new" into place
        try:
            os.rename(new, target)
        except BaseException:
            os.rename(staging / "old", target)
            raise
    _sync_folder(target.parent)


def _exchange(first: Path, second: Path) -> bool:
    """Swap two paths in one step (Linux); False where the system cannot, so the caller falls back."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    status = renameat2(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE)
    if status == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EXDEV):
        return False
    raise OSError(code, os.strerror(code), str(second))


def _sync_folder(folder: Path) -> None:
    """Flush a folder's entries (the rename) to disk where the system allows."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def _named(error: OSError, staging: Path, target: Path) -> OSError:
    """The same error naming the report file or folder it was for, never the hidden folder that is removed."""
    where = str(target)
    if error.filename:
        path = Path(os.fsdecode(error.filename))
        for inside in (staging / "new", staging):
            if path == inside or inside in path.parents:
                where = str(target / path.relative_to(inside)) if inside.name == "new" else str(target)
                break
        else:
            where = str(path)
    return OSError(error.errno, error.strerror or str(error), where)


def write_one(path: str | Path, content: bytes) -> Path:
    """Write one file (such as the handout next to a notebook) into a folder that holds other things too.

    Unlike :func:`write_reports` it leaves the rest of the folder alone: the file is written beside its
    destination under a hidden name and renamed into place (atomic), so the old file or the new one is there,
    never half of one. Returns the path written.
    """
    target = Path(os.path.realpath(path))
    if target.is_dir():
        raise InputError(f"{target}: is a folder; give the path of the file to write.")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.parent / f"{STAGING_PREFIX}{os.getpid()}-{secrets.token_hex(4)}-{target.name}"
    try:
        partial.write_bytes(content)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target
