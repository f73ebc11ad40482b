"""PPKS dashboard: a bar chart and tables (category x kecamatan/desa, sex x age, year, verification).

Every number is clickable: ``drill`` carries list filters, which the page applies to the record list.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kesos_desktop.formatting import format_number
from kesos_desktop.i18n import tr
from kesos_desktop.models.db import Database
from kesos_desktop.services import ppks, wilayah
from kesos_desktop.services.auth import Actor
from kesos_desktop.tasks import Op
from kesos_desktop.views.common.record_list import format_count

_FILTERS = Qt.ItemDataRole.UserRole


def _item(value: Any, filters: dict[str, Any] | None = None, *, bold: bool = False) -> QTableWidgetItem:
    text = format_count(value) if isinstance(value, int) else str(value)
    it = QTableWidgetItem(text)
    it.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if isinstance(value, int):
        it.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if filters is not None and (not isinstance(value, int) or value > 0):
        it.setData(_FILTERS, filters)
        from kesos_desktop.views import style

        it.setForeground(QBrush(QColor(style.ACCENT)))  # clickable, in the link (accent) colour
        it.setToolTip(QCoreApplication.translate("kesos", "Klik untuk membuka data di balik angka ini"))
    if bold:
        f = QFont()
        f.setBold(True)
        it.setFont(f)
    return it


def _table(name: str) -> QTableWidget:
    t = QTableWidget(objectName=name)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.verticalHeader().hide()
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.setAlternatingRowColors(True)
    return t


class DashboardWidget(QWidget):
    drill = Signal(dict)  # list filters, e.g. {"category": "LUT", "kecamatan": "61.07.02"}

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._data: ppks.Dashboard | None = None
        self._area: str | None = None
        self.loaded = False

        self.area_combo = QComboBox(objectName="area")
        self.area_combo.addItem(self.tr("Semua kecamatan"), None)
        scope = actor.scope_code or wilayah.office_scope(db)
        if not scope or wilayah.level_of(scope) < wilayah.KECAMATAN:
            for r in wilayah.regions_at_level(db, wilayah.KECAMATAN, scope):
                self.area_combo.addItem(r.name, r.code)
        self.area_combo.currentIndexChanged.connect(lambda _i: self.set_area(self.area_combo.currentData()))
        refresh = QPushButton(self.tr("Muat ulang"))
        refresh.clicked.connect(self.reload)
        from kesos_desktop.views.icons import decorate

        decorate(refresh, "refresh", QKeySequence.StandardKey.Refresh)
        self.summary = QLabel(objectName="summary")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Wilayah:")))
        top.addWidget(self.area_combo)
        top.addWidget(refresh)
        top.addSpacing(16)
        top.addWidget(self.summary, 1)

        self.chart = QChart()
        self.chart.legend().hide()
        self.chart.setTitle(self.tr("Jumlah PPKS per kategori"))
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(230)

        self.matrix = _table("matrix")
        self.sex_age = _table("sex_age")
        self.years = _table("years")
        self.progress = _table("progress")
        for t in (self.matrix, self.sex_age, self.years, self.progress):
            t.cellClicked.connect(lambda r, c, t=t: self._clicked(t, r, c))
        self.matrix.horizontalHeader().sectionClicked.connect(self._area_header_clicked)

        g = QGridLayout()
        box = QGroupBox(self.tr("Kategori × wilayah (klik judul kecamatan untuk rincian desa)"))
        QVBoxLayout(box).addWidget(self.matrix)
        g.addWidget(box, 0, 0, 2, 1)
        for row, (title, table) in enumerate(
            (
                (self.tr("Jenis kelamin × kelompok umur"), self.sex_age),
                (self.tr("Tahun pendataan"), self.years),
            )
        ):
            b = QGroupBox(title)
            QVBoxLayout(b).addWidget(table)
            g.addWidget(b, row, 1)
        b = QGroupBox(self.tr("Kemajuan verifikasi per wilayah"))
        QVBoxLayout(b).addWidget(self.progress)
        g.addWidget(b, 2, 0, 1, 2)
        g.setColumnStretch(0, 3)
        g.setColumnStretch(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.chart_view)
        layout.addLayout(g, 1)

    # --- loading -------------------------------------------------------------------------------

    def reload(self) -> None:
        db, actor, area = self._db, self._actor, self._area
        Op(self, lambda: ppks.dashboard(db, actor, area=area)).success(self.show_data).run()

    def set_area(self, code: str | None) -> None:
        self._area = code
        i = self.area_combo.findData(code)
        if i >= 0 and i != self.area_combo.currentIndex():
            self.area_combo.blockSignals(True)
            self.area_combo.setCurrentIndex(i)
            self.area_combo.blockSignals(False)
        self.reload()

    def _area_filter(self, code: str) -> dict[str, Any]:
        return {"desa": code} if wilayah.level_of(code) == wilayah.DESA else {"kecamatan": code}

    def show_data(self, d: ppks.Dashboard) -> None:
        self._data = d
        self.loaded = True
        verified = sum(v for (_a, s), v in d.status_by_area.items() if s == ppks.VERIFIED)
        pct = format_number(100 * verified / d.total, 1) if d.total else "0"
        self.summary.setText(
            self.tr("Total {total} data · diverifikasi {verified} ({pct}%) · perlu pembaruan {stale}").format(
                total=format_count(d.total), verified=format_count(verified), pct=pct, stale=format_count(d.stale)
            )
        )
        cats = ppks.categories()
        areas = [(c, n) for c, n in d.areas if any(k[1] == c for k in d.by_category_area)] or d.areas
        self._areas = areas
        m = self.matrix
        m.clear()
        m.setRowCount(len(cats) + 1)
        m.setColumnCount(len(areas) + 2)
        m.setHorizontalHeaderLabels([self.tr("Kategori"), *[n for _c, n in areas], self.tr("Jumlah")])
        base = {"kecamatan": self._area} if self._area else {}
        col_totals = [0] * len(areas)
        for r, c in enumerate(cats):
            m.setItem(r, 0, _item(f"{c.code} — {c.name}", {**base, "category": c.code}))
            row_total = 0
            for j, (code, _n) in enumerate(areas):
                n = d.by_category_area.get((c.code, code), 0)
                row_total += n
                col_totals[j] += n
                m.setItem(r, j + 1, _item(n, {**self._area_filter(code), "category": c.code}))
            m.setItem(r, len(areas) + 1, _item(row_total, {**base, "category": c.code}, bold=True))
        last = len(cats)
        m.setItem(last, 0, _item(self.tr("Jumlah (keanggotaan kategori)"), None, bold=True))
        for j, (code, _n) in enumerate(areas):
            m.setItem(last, j + 1, _item(col_totals[j], self._area_filter(code), bold=True))
        m.setItem(last, len(areas) + 1, _item(sum(col_totals), dict(base), bold=True))

        groups = list(ppks.AGE_GROUPS)
        s = self.sex_age
        s.clear()
        s.setRowCount(3)
        s.setColumnCount(len(groups) + 2)
        s.setHorizontalHeaderLabels([self.tr("Jenis kelamin"), *groups, self.tr("Jumlah")])
        for r, (sex, label) in enumerate((("L", self.tr("Laki-laki")), ("P", self.tr("Perempuan")))):
            s.setItem(r, 0, _item(label, {**base, "sex": sex}))
            for j, g in enumerate(groups):
                s.setItem(r, j + 1, _item(d.by_sex_age.get((sex, g), 0), {**base, "sex": sex, "age": g}))
            s.setItem(r, len(groups) + 1, _item(sum(v for (sx, _g), v in d.by_sex_age.items() if sx == sex),
                                                 {**base, "sex": sex}, bold=True))  # fmt: skip
        s.setItem(2, 0, _item(self.tr("Jumlah"), None, bold=True))
        for j, g in enumerate(groups):
            s.setItem(2, j + 1, _item(sum(v for (_s, gg), v in d.by_sex_age.items() if gg == g), {**base, "age": g},
                                      bold=True))  # fmt: skip
        s.setItem(2, len(groups) + 1, _item(d.total, dict(base), bold=True))

        y = self.years
        y.clear()
        years = sorted(d.by_year)
        y.setRowCount(len(years))
        y.setColumnCount(2)
        y.setHorizontalHeaderLabels([self.tr("Tahun"), self.tr("Jumlah")])
        for r, year in enumerate(years):
            y.setItem(r, 0, _item(str(year), {**base, "year": year}))
            y.setItem(r, 1, _item(d.by_year[year], {**base, "year": year}))

        p = self.progress
        p.clear()
        p.setRowCount(len(areas))
        p.setColumnCount(len(ppks.STATUSES) + 3)
        p.setHorizontalHeaderLabels(
            [self.tr("Wilayah"), *[tr(ppks.STATUS_LABELS[s]) for s in ppks.STATUSES], self.tr("Jumlah"), "% "
             + self.tr("diverifikasi")]
        )  # fmt: skip
        for r, (code, name) in enumerate(areas):
            af = self._area_filter(code)
            p.setItem(r, 0, _item(name, af))
            total = 0
            for j, st in enumerate(ppks.STATUSES):
                n = d.status_by_area.get((code, st), 0)
                total += n
                p.setItem(r, j + 1, _item(n, {**af, "status": st}))
            p.setItem(r, len(ppks.STATUSES) + 1, _item(total, af, bold=True))
            done = d.status_by_area.get((code, ppks.VERIFIED), 0)
            p.setItem(r, len(ppks.STATUSES) + 2, _item(f"{100 * done / total:.0f}%" if total else "—"))
        self._update_chart(d)

    def _update_chart(self, d: ppks.Dashboard) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        cats = ppks.categories()
        totals = [sum(v for (c, _a), v in d.by_category_area.items() if c == cat.code) for cat in cats]
        bar = QBarSet(self.tr("PPKS"))
        bar.setColor(QColor("#3b7dd8"))
        for v in totals:
            bar.append(v)
        series = QBarSeries()
        series.append(bar)
        series.clicked.connect(self._bar_clicked)
        self.chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append([c.code for c in cats])
        x.setLabelsFont(QFont(self.font().family(), 7))
        y = QValueAxis()
        y.setRange(0, max(totals or [0]) * 1.1 or 1)
        y.setLabelFormat("%d")
        self.chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)

    # --- clicks --------------------------------------------------------------------------------

    def _bar_clicked(self, index: int, _barset: QBarSet) -> None:
        cats = ppks.categories()
        if 0 <= index < len(cats):
            base = {"kecamatan": self._area} if self._area else {}
            self.drill.emit({**base, "category": cats[index].code})

    def _clicked(self, table: QTableWidget, row: int, col: int) -> None:
        item = table.item(row, col)
        filters = item.data(_FILTERS) if item is not None else None
        if filters is not None:
            self.drill.emit({k: v for k, v in dict(filters).items() if v is not None})

    def _area_header_clicked(self, section: int) -> None:
        areas = getattr(self, "_areas", [])
        if 1 <= section <= len(areas):
            code = areas[section - 1][0]
            if wilayah.level_of(code) == wilayah.KECAMATAN:
                self.set_area(code)
