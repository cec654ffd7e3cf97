"""QR codes drawn as vector squares (no raster image, no Pillow).

The matrix comes from the ``qrcode`` library with error correction level M (15 % of
the code may be dirty or torn and it still reads) and the standard quiet zone of four
light modules on every side, which is part of the matrix and so always kept clear.
"""

from __future__ import annotations

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.pdfgen.canvas import Canvas

#: Light modules around the code; scanners need at least four.
QUIET_ZONE = 4


def qr_matrix(payload: str) -> list[list[bool]]:
    """The QR matrix of ``payload``, quiet zone included (``True`` = dark module)."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=QUIET_ZONE)
    code.add_data(payload)
    code.make(fit=True)
    matrix: list[list[bool]] = [[bool(cell) for cell in row] for row in code.get_matrix()]
    return matrix


def draw_qr(canvas: Canvas, matrix: list[list[bool]], x: float, y: float,
            size: float) -> None:
    """Draw ``matrix`` as a ``size`` x ``size`` square whose lower-left corner is (x, y).

    Each row's runs of dark modules become one rectangle, and all of them one filled
    path, so no hairline seams appear between modules when the page is rasterised.
    """
    count = len(matrix)
    module = size / count
    path = canvas.beginPath()
    for row_index, row in enumerate(matrix):
        top = y + size - row_index * module
        col = 0
        while col < count:
            if not row[col]:
                col += 1
                continue
            start = col
            while col < count and row[col]:
                col += 1
            path.rect(x + start * module, top - module, (col - start) * module, module)
    canvas.saveState()
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()
