"""The first step of every entry point (the app, every CLI command, the self-test): Qt-free.

- umask 077: every file the process creates is private to the user (CLI commands write exports
  and backups too, not only the GUI);
- no core dumps: ``RLIMIT_CORE`` 0, and on Linux ``PR_SET_DUMPABLE`` 0, which also keeps other
  processes of the same user from attaching a debugger or reading this process's memory through
  /proc (a crash must not write keys or case text to disk), as KeePassXC's bootstrap does.

Each step is best effort: where the OS lacks it, the app still runs.
"""

from __future__ import annotations

import contextlib
import sys

from hrdesk.private_files import restrict_umask

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3


def harden_process() -> None:
    restrict_umask()
    disable_core_dumps()


def disable_core_dumps() -> None:
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)


def is_dumpable() -> bool | None:
    """Linux only (None elsewhere): whether the kernel would write a core dump of this process."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    return bool(ctypes.CDLL(None).prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))
