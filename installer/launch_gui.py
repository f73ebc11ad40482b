"""Entry point of the bundled ``kesos-desktop`` program (PyInstaller needs a script, not a function)."""

import sys

from kesos_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
