"""The daily report as an A4 PDF (reportlab platypus + reportlab.graphics charts), and
as CSV (one figure per row).

Every title and label is given in French and in Arabic: prefecture supervisors read
both.  Arabic is shaped and put in visual order by :mod:`kiosk.devices.bidi_text` and
drawn with our Noto fonts (:mod:`kiosk.devices.fonts`), exactly as on tickets; chart
axes carry Latin text and digits only (reportlab's charts draw strings without
shaping), and each chart's title above it is bilingual.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from kiosk.devices.fonts import FontSet, register_fonts
from kiosk.devices.layout import aligned_x, draw_line, line_height, text_lines
from kiosk.domain.report import DailyFigures, figure_rows

#: Where visitors with a complaint are sent (the national complaints portal).
COMPLAINTS_PORTAL = "chikaya.ma"
INK = colors.HexColor("#1f3b57")
BAR = colors.HexColor("#2f6f9f")
BAR2 = colors.HexColor("#c0504d")
LIGHT = colors.HexColor("#e8eef4")

#: Outcome and state labels, French and Arabic.
LABELS: dict[str, tuple[str, str]] = {
    "served": ("Servis", "تمت خدمتهم"),
    "no_show": ("Absents à l'appel", "لم يحضروا"),
    "cancelled": ("Annulés", "ملغاة"),
    "called": ("Appelés, non clos", "مُنادى عليهم"),
    "waiting": ("En attente", "في الانتظار"),
    "done": ("Traité", "أُنجز"),
    "documents_missing": ("Pièces manquantes", "وثائق ناقصة"),
    "referred": ("Orienté", "تم التوجيه"),
    "refused": ("Refusé", "مرفوض"),
    "medical": ("Médical", "طبي"),
    "administrative": ("Administratif", "إداري"),
    "customs": ("Douane", "جمركي"),
    "social": ("Social", "اجتماعي"),
    "legal": ("Juridique", "قانوني"),
    "transport": ("Transport", "نقل"),
}

Names = Callable[[str], tuple[str, str]]


def _no_names(service_id: str) -> tuple[str, str]:
    return service_id, ""


class BidiText(Flowable):  # type: ignore[misc]
    """A paragraph in any script, shaped and ordered like ticket text.

    ``align``: left, right, center, or start (right for Arabic, else left).
    """

    def __init__(self, fonts: FontSet, text: str, size: float = 10, bold: bool = False,
                 align: str = "start", color: Any = colors.black) -> None:
        super().__init__()
        self.fonts, self.text, self.size, self.bold = fonts, text, size, bold
        self.align, self.color = align, color
        self._lines: list[Any] = []
        self._width = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._width = avail_width
        self._lines = text_lines(self.fonts, self.text, self.size, avail_width, self.bold)
        return avail_width, sum(line_height(line) for line in self._lines)

    def draw(self) -> None:
        canvas: Canvas = self.canv
        canvas.setFillColor(self.color)
        top = sum(line_height(line) for line in self._lines)
        for line in self._lines:
            ascent = line.size * (1.0 if line.script == "arabic" else 0.98)
            draw_line(canvas, line, aligned_x(line, self.align, 0, self._width),
                      top - ascent)
            top -= line_height(line)


class ReportPdf:
    """Lays :class:`DailyFigures` out on A4 pages."""

    def __init__(self, fonts: FontSet | None = None, names: Names = _no_names,
                 site_name: str | None = None) -> None:
        """``names`` gives a service's (French, Arabic) names; ``site_name`` heads it."""
        self.fonts = fonts or register_fonts()
        self.names = names
        self.site_name = site_name
        self.latin = self.fonts.name("latin")
        self.latin_bold = self.fonts.name("latin", bold=True)

    # -- pieces ---------------------------------------------------------------------

    def text(self, text: str, size: float = 9, bold: bool = False,
             align: str = "start", color: Any = colors.black) -> BidiText:
        return BidiText(self.fonts, text, size, bold, align, color)

    def heading(self, fr: str, ar: str) -> Table:
        """A section title: French at the left, Arabic at the right, on one band."""
        table = Table([[self.text(fr, 12, True, "left", INK),
                        self.text(ar, 12, True, "right", INK)]],
                      colWidths=["50%", "50%"])
        table.setStyle(TableStyle([
            ("LINEBELOW", (0, 0), (-1, -1), 1.2, INK),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
        return table

    def grid(self, header: Sequence[tuple[str, str]], rows: Sequence[Sequence[Any]],
             widths: Sequence[float], numeric_from: int = 1) -> Table:
        """A table with a bilingual header row; numbers right-aligned."""
        data: list[list[Any]] = [[self.text(f"{fr}\n{ar}" if ar else fr, 8, True, "center")
                                  for fr, ar in header]]
        for row in rows:
            data.append([cell if isinstance(cell, Flowable)
                         else self.text(str(cell), 9,
                                        align="right" if i >= numeric_from else "left")
                         for i, cell in enumerate(row)])
        table = Table(data, colWidths=list(widths), repeatRows=1)
        table.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa9b8")),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f6f8fa")]),
        ]))
        return table

    def bars(self, labels: Sequence[str], values: Sequence[int], width: float,
             height: float, horizontal: bool = False, color: Any = BAR,
             axis_title: str = "") -> Drawing:
        """A bar chart with the value printed on each bar."""
        drawing = Drawing(width, height)
        chart: Any = HorizontalBarChart() if horizontal else VerticalBarChart()
        left = 150 if horizontal else 30
        chart.x, chart.y = left, 22 if not horizontal else 12
        chart.width = width - left - 20
        chart.height = height - chart.y - 12
        chart.data = [list(values) or [0]]
        chart.categoryAxis.categoryNames = list(labels) or [""]
        chart.bars[0].fillColor = color
        chart.bars[0].strokeColor = None
        chart.barSpacing = 1
        top = max(values, default=0)
        chart.valueAxis.valueMin = 0
        chart.valueAxis.valueMax = max(1, top + max(1, round(top * 0.15)))
        chart.valueAxis.valueStep = max(1, _nice_step(top))
        chart.valueAxis.labels.fontName = self.latin
        chart.valueAxis.labels.fontSize = 7
        chart.valueAxis.visibleGrid = True
        chart.valueAxis.gridStrokeColor = colors.HexColor("#dde3ea")
        chart.categoryAxis.labels.fontName = self.latin
        chart.categoryAxis.labels.fontSize = 7 if not horizontal else 8
        if horizontal:
            chart.categoryAxis.reverseDirection = True
            chart.categoryAxis.labels.boxAnchor = "e"
            chart.categoryAxis.labels.dx = -4
        chart.barLabelFormat = "%d"
        chart.barLabels.fontName = self.latin_bold
        chart.barLabels.fontSize = 7
        chart.barLabels.nudge = 6
        drawing.add(chart)
        if axis_title:
            drawing.add(String(width - 20, 2, axis_title, fontName=self.latin, fontSize=7,
                               textAnchor="end", fillColor=colors.HexColor("#555555")))
        return drawing

    def chart_block(self, fr: str, ar: str, drawing: Drawing) -> KeepTogether:
        title = Table([[self.text(fr, 9, True, "left"), self.text(ar, 9, True, "right")]],
                      colWidths=["50%", "50%"])
        title.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        return KeepTogether([title, drawing, Spacer(1, 4 * mm)])

    # -- the report -----------------------------------------------------------------

    def story(self, fig: DailyFigures, width: float) -> list[Any]:
        day = fig.day.strftime("%d/%m/%Y")
        where = self.site_name or fig.site or "tous les sites"
        where_ar = self.site_name or fig.site or "جميع المواقع"
        # the site on a line of its own: a Latin name inside the Arabic title would be
        # reordered around it by the bidi algorithm
        out: list[Any] = [
            self.text(f"Rapport journalier · {day}", 17, True, "center", INK),
            Spacer(1, 1 * mm),
            self.text(f"التقرير اليومي · {day}", 17, True, "center", INK),
            Spacer(1, 1 * mm),
            self.text(where, 12, False, "center", INK),
        ]
        if where_ar != where:
            out.append(self.text(where_ar, 12, False, "center", INK))
        out += [
            Spacer(1, 5 * mm),
            self.heading("Synthèse", "ملخص"),
            Spacer(1, 2 * mm),
            self.summary(fig, width),
            Spacer(1, 5 * mm),
        ]
        chart_w = width
        out.append(self.heading("Tickets", "التذاكر"))
        out.append(Spacer(1, 2 * mm))
        services = list(fig.per_service.items())[:14]
        out.append(self.chart_block(
            "Tickets par service", "التذاكر حسب الخدمة",
            self.bars([_short(self.names(s)[0], 34) for s, _ in services],
                      [n for _, n in services], chart_w, 24 + 15 * max(1, len(services)),
                      horizontal=True)))
        hours = list(range(min(fig.per_hour, default=8), max(fig.per_hour, default=17) + 1))
        out.append(self.chart_block(
            "Tickets par heure d'émission", "التذاكر حسب ساعة الإصدار",
            self.bars([f"{h:02d}h" for h in hours], [fig.per_hour.get(h, 0) for h in hours],
                      chart_w, 130)))
        out.append(CondPageBreak(90 * mm))
        out.append(self.heading("Attente et traitement", "الانتظار والمعالجة"))
        out.append(Spacer(1, 2 * mm))
        out.append(self.durations(fig, width))
        out.append(Spacer(1, 3 * mm))
        out.append(self.chart_block(
            "Répartition des temps d'attente (minutes)", "توزيع مدة الانتظار (بالدقائق)",
            self.bars([f"{k} min" for k in fig.wait_distribution],
                      list(fig.wait_distribution.values()), chart_w, 120,
                      axis_title="tickets")))
        out.append(CondPageBreak(60 * mm))
        out.append(self.heading("Par guichet", "حسب الشباك"))
        out.append(Spacer(1, 2 * mm))
        out.append(self.counters(fig, width))
        out.append(Spacer(1, 5 * mm))
        out.append(self.heading("Par service", "حسب الخدمة"))
        out.append(Spacer(1, 2 * mm))
        out.append(self.services(fig, width))
        out.append(Spacer(1, 5 * mm))
        out.append(CondPageBreak(80 * mm))
        out.append(self.heading("Cas de terrain", "حالات الميدان"))
        out.append(Spacer(1, 2 * mm))
        cases = list(fig.field_cases.items())
        out.append(self.chart_block(
            f"Cas enregistrés par type (total {sum(fig.field_cases.values())})",
            f"الحالات المسجلة حسب النوع (المجموع {sum(fig.field_cases.values())})",
            self.bars([LABELS.get(k, (k, ""))[0] for k, _ in cases], [n for _, n in cases],
                      chart_w, 24 + 15 * max(1, len(cases)), horizontal=True, color=BAR2)))
        out.append(CondPageBreak(80 * mm))
        out.append(self.heading("Avis des usagers", "آراء المرتفقين"))
        out.append(Spacer(1, 2 * mm))
        out.extend(self.feedback(fig, width))
        return out

    def summary(self, fig: DailyFigures, width: float) -> Table:
        share = fig.priority_share
        rows = [
            (("Tickets émis", "التذاكر الصادرة"), str(fig.tickets)),
            (("Servis", "تمت خدمتهم"), str(fig.states["served"])),
            (("Absents à l'appel", "لم يحضروا عند المناداة"), str(fig.no_shows)),
            (("Annulés", "ملغاة"), str(fig.states["cancelled"])),
            (("Encore en attente ou appelés", "ما زالت في الانتظار أو مُنادى عليها"),
             str(fig.states["waiting"] + fig.states["called"])),
            (("Prioritaires", "ذات أولوية"),
             f"{fig.priority}" + (f" ({share:.0%})" if share is not None else "")),
            (("Transférés", "محولة"), str(fig.transferred)),
            (("Attente médiane", "الوسيط لمدة الانتظار"), _min(fig.waiting.median)),
            (("Traitement médian", "الوسيط لمدة المعالجة"), _min(fig.handling.median)),
            (("Cas de terrain", "حالات الميدان"), str(sum(fig.field_cases.values()))),
            (("Note moyenne des usagers", "متوسط تقييم المرتفقين"),
             "–" if fig.feedback.average is None
             else f"{fig.feedback.average:.1f} / 5 ({fig.feedback.count})"),
        ]
        half = (len(rows) + 1) // 2
        data = []
        for i in range(half):
            line: list[Any] = []
            for (fr, ar), value in (rows[i], rows[i + half]) if i + half < len(rows) \
                    else (rows[i],):
                line += [self.text(fr, 9), self.text(ar, 9, align="right"),
                         self.text(value, 10, True, "right")]
            data.append(line + [""] * (6 - len(line)))
        w = width / 2
        table = Table(data, colWidths=[w * 0.37, w * 0.37, w * 0.26] * 2)
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#c9d3dd")),
            ("LINEAFTER", (2, 0), (2, -1), 0.8, INK),
            ("RIGHTPADDING", (2, 0), (2, -1), 10)]))
        return table

    def durations(self, fig: DailyFigures, width: float) -> Table:
        rows = []
        kinds = ((("Attente (de l'émission à l'appel)", "الانتظار (من الإصدار إلى المناداة)"),
                  fig.waiting),
                 (("Traitement (de l'appel à la fin)", "المعالجة (من المناداة إلى الانتهاء)"),
                  fig.handling))
        for (fr, ar), d in kinds:
            rows.append([self.text(fr, 9), self.text(ar, 9, align="right"), str(d.count),
                         _min(d.median), _min(d.p90), _min(d.max)])
        return self.grid([("Durée", ""), ("", "المدة"), ("Tickets", "التذاكر"),
                          ("Médiane", "الوسيط"), ("90 %", "90 ٪"), ("Max", "الأقصى")],
                         rows, [width * f for f in (0.27, 0.27, 0.1, 0.12, 0.12, 0.12)],
                         numeric_from=2)

    def counters(self, fig: DailyFigures, width: float) -> Table:
        rows = [[f"{c.counter}", str(c.served), str(c.no_shows), _min(c.handling_median)]
                for c in fig.counters] or [["–", "0", "0", "–"]]
        return self.grid([("Guichet", "الشباك"), ("Servis", "تمت خدمتهم"),
                          ("Absents", "لم يحضروا"), ("Traitement médian", "وسيط المعالجة")],
                         rows, [width * 0.25] * 4, numeric_from=1)

    def services(self, fig: DailyFigures, width: float) -> Table:
        rows: list[list[Any]] = []
        for service_id, count in fig.per_service.items():
            fr, ar = self.names(service_id)
            rows.append([self.text(fr, 8.5, align="left"), self.text(ar, 8.5, align="right"),
                         str(count)])
        return self.grid([("Service", ""), ("", "الخدمة"), ("Tickets", "التذاكر")],
                         rows or [["–", "", "0"]], [width * 0.45, width * 0.4, width * 0.15],
                         numeric_from=2)

    def feedback(self, fig: DailyFigures, width: float) -> list[Any]:
        fb = fig.feedback
        average = "–" if fb.average is None else f"{fb.average:.2f} / 5"
        lines = Table([
            [self.text(f"Avis reçus : {fb.count} · note moyenne : {average}", 9),
             self.text(f"الآراء المتوصل بها: {fb.count} · متوسط التقييم: {average}", 9,
                       align="right")],
            [self.text(f"Commentaires écrits : {fb.comments} (textes non reproduits : "
                       "données personnelles possibles)", 9),
             self.text(f"التعليقات المكتوبة: {fb.comments} (لا تُنشر نصوصها لاحتمال "
                       "تضمنها معطيات شخصية)", 9, align="right")],
            [self.text(f"Réclamations orientées vers {COMPLAINTS_PORTAL} : {fb.complaints}",
                       9),
             self.text(f"الشكايات الموجهة إلى البوابة الوطنية {COMPLAINTS_PORTAL}: "
                       f"{fb.complaints}", 9, align="right")],
        ], colWidths=[width / 2, width / 2])
        lines.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        chart = self.chart_block(
            "Notes données (1 = très insatisfait, 5 = très satisfait)",
            "التقييمات (1 = غير راض تماما، 5 = راض جدا)",
            self.bars([str(r) for r in fb.distribution],
                      list(fb.distribution.values()), width * 0.6, 110))
        return [lines, Spacer(1, 3 * mm), chart]

    def render(self, fig: DailyFigures, path: Path) -> Path:
        """Write the report to ``path`` (A4)."""
        margin = 15 * mm
        doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=margin,
                                rightMargin=margin, topMargin=14 * mm, bottomMargin=16 * mm,
                                title=f"Jisr report {fig.day.isoformat()}",
                                author="Jisr", subject=fig.site or "all sites")
        width = A4[0] - 2 * margin

        def footer(canvas: Canvas, doc: Any) -> None:
            canvas.saveState()
            canvas.setFont(self.latin, 7)
            canvas.setFillColor(colors.HexColor("#666666"))
            canvas.drawString(margin, 9 * mm,
                              f"Jisr · {fig.site or 'all sites'} · {fig.day.isoformat()}")
            canvas.drawRightString(A4[0] - margin, 9 * mm, f"{doc.page}")
            canvas.restoreState()

        doc.build(self.story(fig, width), onFirstPage=footer, onLaterPages=footer)
        return path


def _min(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f} min"


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _nice_step(top: int) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        if top / step <= 8:
            return step
    return max(1, top // 8)


def write_csv(fig: DailyFigures, path: Path) -> Path:
    """One figure per row (section, key, value); UTF-8 with a BOM, for Excel."""
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["section", "key", "value"])
        writer.writerows(figure_rows(fig))
    return path


def write_report(fig: DailyFigures, path: Path, names: Names = _no_names,
                 site_name: str | None = None) -> Path:
    """The report as ``path``'s suffix says: ``.csv``, else PDF."""
    if path.suffix.lower() == ".csv":
        return write_csv(fig, path)
    return ReportPdf(names=names, site_name=site_name).render(fig, path)
