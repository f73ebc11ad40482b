import sys

from kesos_desktop.app import main

sys.exit(main())
