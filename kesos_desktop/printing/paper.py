"""Paper sizes the office prints on: A4 (default) and F4/Folio (215 x 330 mm, common in Indonesian offices).

Generators take a portrait ``pagesize`` in points (``paper.points``) and turn it landscape themselves.
"""

from __future__ import annotations

from dataclasses import dataclass

MM = 72 / 25.4


@dataclass(frozen=True)
class PaperSize:
    id: str  # "A4", "F4": also the name Qt's QPageSize gets for a custom size
    width_mm: float
    height_mm: float

    @property
    def points(self) -> tuple[float, float]:
        """Portrait (width, height) in PDF points."""
        return (self.width_mm * MM, self.height_mm * MM)

    @property
    def label(self) -> str:
        return f"{self.id} ({self.width_mm:g} × {self.height_mm:g} mm)"


A4 = PaperSize("A4", 210, 297)
F4 = PaperSize("F4", 215, 330)
PAPERS = {p.id: p for p in (A4, F4)}
