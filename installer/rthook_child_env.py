"""PyInstaller runtime hook: programs the bundled app starts use their own libraries, not the bundle's.

On Linux the bootloader puts ``_internal`` on ``LD_LIBRARY_PATH`` (saving any previous value in
``LD_LIBRARY_PATH_ORIG``). This process read that at start, so restoring it here changes only what
children inherit: pg_dump/pg_restore, xdg-open, a PDF viewer, which would otherwise load the
bundle's copies of libssl, libpq's dependencies or Qt and may fail on another distribution.
"""

import os
import sys

if sys.platform.startswith("linux") and getattr(sys, "frozen", False):
    _original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if _original is None:
        os.environ.pop("LD_LIBRARY_PATH", None)
    else:
        os.environ["LD_LIBRARY_PATH"] = _original
