"""Kesos Desktop: administrasi Dinas Sosial (NIPD, TEGAR, PPKS)."""

__version__ = "0.1.0"
APP_NAME = "Kesos Desktop"
APP_ID = "kesos-desktop"
ORG_NAME = "Kesos"
ORG_DOMAIN = "kesos.local"
