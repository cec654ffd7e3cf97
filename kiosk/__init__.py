"""Jisr (جسر): offline-first service kiosk."""

__version__ = "0.1.0"
