"""Runs every benchmark script in bench/ and prints their figures."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    failed = 0
    # scale.py first: it writes docs/PERFORMANCE.md (the headline table) from its cached databases.
    for script in sorted(HERE.glob("*.py"), key=lambda p: (p.name != "scale.py", p.name)):
        if script.name in ("run_all.py", "__init__.py") or script.name.startswith("_"):
            continue
        print(f"\n=== {script.name} ===", flush=True)
        failed += subprocess.run([sys.executable, str(script)], cwd=HERE.parent).returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
