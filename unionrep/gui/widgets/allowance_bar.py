"""One allowance as a bar, painted by hand: used (solid), pending (hatched), what is left (empty),
the cap as a tick. The numbers are always written beside it, so colour is never the only signal.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from unionrep.core.caps import shown_remaining
from unionrep.gui.texts import num, unit_short

USED = QColor("#2d6cb5")
NEAR = QColor("#b8660b")
OVER = QColor("#b3261e")
PENDING = QColor("#6f8fb8")
TRACK = QColor("#e4e8ee")
TRACK_BORDER = QColor("#b9c1cc")

BAR_HEIGHT = 10


def _t(text: str) -> str:
    return QCoreApplication.translate("AllowanceBar", text)


@dataclass
class BarData:
    label: str
    unit: str
    cap: Fraction | None
    used: Fraction
    pending: Fraction = Fraction(0)
    commitment: bool = False  # "at least" (meetings to attend) rather than "at most"
    near_share: Fraction = Fraction(1, 10)
    explain: list[str] = field(default_factory=list)
    every_rep: bool = False  # scoped to a category (council training), not to a role the rep holds

    @property
    def over(self) -> bool:
        return not self.commitment and self.cap is not None and self.used > self.cap

    @property
    def near(self) -> bool:
        return (not self.commitment and self.cap is not None and not self.over
                and self.cap - self.used <= self.cap * self.near_share)

    def summary(self) -> str:
        """The sentence the bar carries, e.g. '42.5 of 60.81 h used, 6 h pending, 18.31 h left'."""
        u = unit_short(self.unit)
        if self.cap is None:
            text = _t("{used} {unit} used (no cap)").format(used=num(self.used), unit=u)
        elif self.commitment:
            text = _t("{used} of {cap} {unit} done").format(used=num(self.used), cap=num(self.cap), unit=u)
        else:
            text = _t("{used} of {cap} {unit} used").format(used=num(self.used), cap=num(self.cap), unit=u)
        if self.pending:
            text += _t(", {pending} {unit} pending").format(pending=num(self.pending), unit=u)
        if self.cap is not None and not self.commitment:
            if self.over:
                text += _t(" — over by {over} {unit}").format(over=num(self.used - self.cap), unit=u)
            else:
                left = shown_remaining(self.cap, self.used)
                text += _t(", {left} {unit} left").format(left=num(left), unit=u)
        return text


class AllowanceBar(QWidget):
    def __init__(self, data: BarData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._apply()

    def set_data(self, data: BarData) -> None:
        self.data = data
        self._apply()
        self.update()

    def _apply(self) -> None:
        summary = self.data.summary()
        self.setAccessibleName(f"{self.data.label}: {summary}")
        self.setToolTip("\n".join([f"{self.data.label}: {summary}", *self.data.explain]))

    def sizeHint(self) -> QSize:
        fm = QFontMetrics(self.font())
        return QSize(360, fm.height() + BAR_HEIGHT + 7)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    def _fill_colour(self) -> QColor:
        if self.data.over:
            return OVER
        if self.data.near:
            return NEAR
        return USED

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = QFontMetrics(self.font())
        width = self.width()
        # text line: label on the left, the numbers on the right
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        p.setPen(self.palette().color(self.foregroundRole()))
        # the numbers matter more than the label: the label gives way first
        summary_text = self.data.summary()
        summary_w = fm.horizontalAdvance(summary_text)
        label_w = QFontMetrics(bold).horizontalAdvance(self.data.label) + 4
        if label_w + 12 + summary_w > width:
            label_w = max(min(label_w, width // 3), width - 12 - summary_w)
        label = QFontMetrics(bold).elidedText(self.data.label, Qt.TextElideMode.ElideRight, label_w)
        p.drawText(QRectF(0, 0, label_w, fm.height()), Qt.AlignmentFlag.AlignLeft, label)
        p.setFont(self.font())
        summary = fm.elidedText(summary_text, Qt.TextElideMode.ElideRight, max(0, width - label_w - 12))
        p.drawText(QRectF(label_w + 12, 0, max(0, width - label_w - 12), fm.height()),
                   Qt.AlignmentFlag.AlignRight, summary)
        # the bar
        top = fm.height() + 3
        track = QRectF(0.5, top + 0.5, width - 1, BAR_HEIGHT)
        p.setPen(QPen(TRACK_BORDER, 1))
        p.setBrush(TRACK)
        p.drawRoundedRect(track, 3, 3)
        cap, used, pending = self.data.cap, self.data.used, self.data.pending
        if cap is None or cap <= 0:
            p.end()
            return
        scale_max = max(cap, used + pending)
        inner = track.adjusted(1, 1, -1, -1)

        def x_of(value: Fraction) -> float:
            return inner.left() + float(value / scale_max) * inner.width()

        p.setPen(Qt.PenStyle.NoPen)
        if used > 0:
            p.setBrush(self._fill_colour())
            p.drawRoundedRect(QRectF(inner.left(), inner.top(), x_of(used) - inner.left(), inner.height()),
                              2, 2)
        if pending > 0:
            start = x_of(used)
            rect = QRectF(start, inner.top(), x_of(used + pending) - start, inner.height())
            p.setBrush(QColor(PENDING.red(), PENDING.green(), PENDING.blue(), 90))
            p.drawRect(rect)
            p.setBrush(QBrush(PENDING.darker(120), Qt.BrushStyle.BDiagPattern))
            p.drawRect(rect)
        if scale_max > cap:  # the cap falls inside the bar: mark it
            x = x_of(cap)
            p.setPen(QPen(self.palette().color(self.foregroundRole()), 2))
            p.drawLine(QPointF(x, track.top() - 2), QPointF(x, track.bottom() + 2))
        p.end()
