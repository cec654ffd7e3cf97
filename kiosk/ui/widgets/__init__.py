"""Reusable touch widgets: keyboard, tiles, checklist rows, QR code, header, overlays."""

from kiosk.ui.widgets.dialogs import MessageBanner, MoreTimeOverlay
from kiosk.ui.widgets.keyboard import OnScreenKeyboard
from kiosk.ui.widgets.pictogram import PictogramView
from kiosk.ui.widgets.qr import QrWidget, qr_matrix
from kiosk.ui.widgets.step_header import StepHeader
from kiosk.ui.widgets.tile import ChecklistItem, TileButton

__all__ = [
    "ChecklistItem",
    "MessageBanner",
    "MoreTimeOverlay",
    "OnScreenKeyboard",
    "PictogramView",
    "QrWidget",
    "StepHeader",
    "TileButton",
    "qr_matrix",
]
