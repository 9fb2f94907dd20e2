"""One allowance as a bar, painted by hand: used (solid), pending (hatched), what is left (empty),
the cap as a tick. The numbers are always written beside it, so colour is never the only signal.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from unionrep.core.figures import shown_remaining
from unionrep.gui import colours
from unionrep.gui.texts import num, unit_short

# the bar's colours ("used", "near", "over", "pending", "track", "track_border") come from
# unionrep.gui.colours, a lighter set on a dark palette

BAR_HEIGHT = 10
STRIPE_WIDTH = 2.0  # the pending part's stripes, this wide
STRIPE_STEP = 5.0  # and this far apart
GAP_BEFORE_PENDING = 2.0


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


GAP = 12  # between the label and the numbers on one line


class AllowanceBar(QWidget):
    """The label and the numbers on one line above the bar where they fit; where they do not (a
    narrow window, a long Welsh role name) the numbers move to a line of their own: they are never
    cut short."""

    def __init__(self, data: BarData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = data
        # not Fixed: that would hold it to the height it needs at its preferred width
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._apply()

    def set_data(self, data: BarData) -> None:
        self.data = data
        self._apply()
        self.updateGeometry()
        self.update()

    def _apply(self) -> None:
        summary = self.data.summary()
        # the layout asks for the height at a width many times as the dashboard is laid out: the
        # text and its widths are measured once (again when the data or the font changes)
        self._summary_text = summary
        self._widths: tuple[int, int] | None = None
        self._heights: dict[int, int] = {}
        self.setAccessibleName(f"{self.data.label}: {summary}")
        # what a screen reader says after the name: a warning in words, and how the cap was worked out
        state = (_t("Over the allowance.") if self.data.over else
                 _t("Near the allowance.") if self.data.near else "")
        self.setAccessibleDescription(" ".join([state, *self.data.explain]).strip())
        self.setToolTip("\n".join([f"{self.data.label}: {summary}", *self.data.explain]))

    def _bold(self) -> QFont:
        bold = QFont(self.font())
        bold.setBold(True)
        return bold

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            self._apply()  # texts and their measures afresh
        super().changeEvent(event)

    def _one_line(self, width: int) -> bool:
        if self._widths is None:
            self._widths = (QFontMetrics(self._bold()).horizontalAdvance(self.data.label) + 4,
                            QFontMetrics(self.font()).horizontalAdvance(self._summary_text))
        label_w, summary_w = self._widths
        return label_w + GAP + summary_w <= width

    def _summary_height(self, width: int) -> int:
        """The numbers on lines of their own, wrapped at spaces if even one line is too narrow."""
        rect = QFontMetrics(self.font()).boundingRect(
            QRect(0, 0, max(1, width), 10_000), int(Qt.TextFlag.TextWordWrap), self._summary_text)
        return rect.height()

    def _text_height(self, width: int) -> int:
        fm = QFontMetrics(self.font())
        if self._one_line(width):
            return fm.height()
        return QFontMetrics(self._bold()).height() + self._summary_height(width)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = self._text_height(width) + BAR_HEIGHT + 7
        return height

    def sizeHint(self) -> QSize:
        return QSize(360, self.heightForWidth(360))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, QFontMetrics(self.font()).height() + BAR_HEIGHT + 7)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.height() != self.heightForWidth(self.width()):
            self.updateGeometry()  # one line became two, or two one

    def _fill_colour(self) -> QColor:
        if self.data.over:
            return colours.colour("over", self.palette())
        if self.data.near:
            return colours.colour("near", self.palette())
        return colours.colour("used", self.palette())

    @staticmethod
    def _stripes(p: QPainter, rect: QRectF, shade: QColor) -> None:
        p.save()
        p.setClipRect(rect)
        p.setPen(QPen(shade, STRIPE_WIDTH, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        x = rect.left() - rect.height()
        while x < rect.right():
            p.drawLine(QPointF(x, rect.bottom()), QPointF(x + rect.height(), rect.top()))
            x += STRIPE_STEP
        p.restore()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = QFontMetrics(self.font())
        width = self.width()
        bold = self._bold()
        p.setFont(bold)
        p.setPen(self.palette().color(self.foregroundRole()))
        summary_text = self._summary_text
        if self._one_line(width):
            # label on the left, the numbers on the right
            label_w = QFontMetrics(bold).horizontalAdvance(self.data.label) + 4
            p.drawText(QRectF(0, 0, label_w, fm.height()), Qt.AlignmentFlag.AlignLeft, self.data.label)
            p.setFont(self.font())
            p.drawText(QRectF(label_w + GAP, 0, max(0, width - label_w - GAP), fm.height()),
                       Qt.AlignmentFlag.AlignRight, summary_text)
        else:
            # the label on a line of its own (cut only if wider than the whole bar), the numbers below
            bold_fm = QFontMetrics(bold)
            label = bold_fm.elidedText(self.data.label, Qt.TextElideMode.ElideRight, width)
            p.drawText(QRectF(0, 0, width, bold_fm.height()), Qt.AlignmentFlag.AlignLeft, label)
            p.setFont(self.font())
            p.drawText(QRectF(0, bold_fm.height(), width, self._summary_height(width)),
                       int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap), summary_text)
        # the bar
        top = self._text_height(width) + 3
        track = QRectF(0.5, top + 0.5, width - 1, BAR_HEIGHT)
        p.setPen(QPen(colours.colour("track_border", self.palette()), 1))
        p.setBrush(colours.colour("track", self.palette()))
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
            # stripes of the pending colour on the track, a gap of track from the used part: the
            # stripes, the gaps and the used part each stand 3:1 apart, in colour and in pattern
            start = x_of(used) + (GAP_BEFORE_PENDING if used > 0 else 0)
            rect = QRectF(start, inner.top(), max(0.0, x_of(used + pending) - start), inner.height())
            self._stripes(p, rect, colours.colour("pending", self.palette()))
        if scale_max > cap:  # the cap falls inside the bar: mark it
            x = x_of(cap)
            p.setPen(QPen(self.palette().color(self.foregroundRole()), 2))
            p.drawLine(QPointF(x, track.top() - 2), QPointF(x, track.bottom() + 2))
        p.end()
