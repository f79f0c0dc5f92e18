"""The image viewer: the full-resolution X-ray with zoom, pan, window/level (DICOM) and the heatmap
overlay with an on/off switch and an opacity control.

Mouse: wheel zooms, left-drag pans, right-drag changes window/level (DICOM). Keyboard (when the
image has focus): + and - zoom, 0 fits, arrows pan, H switches the heatmap, W resets the window.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPainter, QPixmap, QShortcut, QTransform
from PySide6.QtWidgets import (QCheckBox, QGraphicsPixmapItem, QGraphicsScene, QGraphicsView,
                               QHBoxLayout, QLabel, QPushButton, QSlider, QVBoxLayout, QWidget)

from ..core.xray.dicom import apply_window
from .imageconv import grey_qimage, heatmap_qimage


class ImageView(QGraphicsView):
    windowDrag = Signal(float, float)  # dx, dy in screen pixels, while the right button is held

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setBackgroundBrush(Qt.GlobalColor.black)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("X-ray image"))
        self.image_item = QGraphicsPixmapItem()
        self.image_item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.heat_item = QGraphicsPixmapItem(self.image_item)
        self.heat_item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self.image_item)
        self._fit = True
        self._right_drag: QPointF | None = None

    def zoom(self, factor: float) -> None:
        current = self.transform().m11()
        if not 0.02 < current * factor < 40:
            return
        self._fit = False
        self.scale(factor, factor)

    @property
    def zoom_level(self) -> float:
        return self.transform().m11()

    def fit(self) -> None:
        self._fit = True
        if not self.image_item.pixmap().isNull():
            self.fitInView(self.image_item, Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        if self._fit:
            self.fit()

    def wheelEvent(self, event) -> None:  # noqa: N802
        self.zoom(1.25 if event.angleDelta().y() > 0 else 0.8)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.RightButton:
            self._right_drag = event.position()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if self._right_drag is not None:
            delta = event.position() - self._right_drag
            self._right_drag = event.position()
            self.windowDrag.emit(delta.x(), delta.y())
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.RightButton:
            self._right_drag = None
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(1.25)
        elif key == Qt.Key.Key_Minus:
            self.zoom(0.8)
        elif key == Qt.Key.Key_0:
            self.fit()
        else:
            super().keyPressEvent(event)


class Viewer(QWidget):
    """The image with its controls. Call :meth:`show_image` with an ImageOutcome, :meth:`clear`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = ImageView(self)
        self.heat_toggle = QCheckBox(self.tr("&Heatmap"))
        self.heat_toggle.setChecked(True)
        self.heat_toggle.setToolTip(self.tr("Show where the model looked (H)"))
        self.opacity = QSlider(Qt.Orientation.Horizontal)
        self.opacity.setRange(0, 100)
        self.opacity.setValue(50)
        self.opacity.setAccessibleName(self.tr("Heatmap opacity"))
        self.opacity.setToolTip(self.tr("Heatmap opacity"))
        self.opacity.setMinimumWidth(70)
        self.opacity.setMaximumWidth(160)
        zoom_in = QPushButton("+")
        zoom_in.setToolTip(self.tr("Zoom in (+)"))
        zoom_in.setAccessibleName(self.tr("Zoom in"))
        zoom_out = QPushButton("−")
        zoom_out.setToolTip(self.tr("Zoom out (−)"))
        zoom_out.setAccessibleName(self.tr("Zoom out"))
        fit = QPushButton(self.tr("Fit"))
        fit.setToolTip(self.tr("Show the whole image (0)"))
        self.reset_window = QPushButton(self.tr("Reset window"))
        self.reset_window.setToolTip(self.tr("Right-drag on the image changes the window "
                                             "(left/right: width, up/down: level). W resets it."))
        self.window_label = QLabel()
        for b in (zoom_in, zoom_out, fit, self.reset_window):
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        zoom_in.clicked.connect(lambda: self.view.zoom(1.25))
        zoom_out.clicked.connect(lambda: self.view.zoom(0.8))
        fit.clicked.connect(self.view.fit)
        self.reset_window.clicked.connect(self.reset_windowing)
        self.heat_toggle.toggled.connect(self._update_heat)
        self.opacity.valueChanged.connect(self._update_heat)
        self.view.windowDrag.connect(self._drag_window)

        # Two rows, so that the longer words of French, Portuguese or Swahili fit a 1024-pixel
        # screen beside the case list and the form.
        heat_row, window_row = QHBoxLayout(), QHBoxLayout()
        opacity_label = QLabel(self.tr("Opacity"))
        heat_row.addWidget(self.heat_toggle)
        heat_row.addWidget(opacity_label)
        heat_row.addWidget(self.opacity)
        # Hidden for a film with no heatmap (not screened): the row's height goes to the image.
        self.heat_controls = (self.heat_toggle, opacity_label, self.opacity)
        heat_row.addStretch(1)
        window_row.addWidget(self.window_label)
        window_row.addStretch(1)
        window_row.addWidget(self.reset_window)
        window_row.addWidget(zoom_out)
        window_row.addWidget(zoom_in)
        window_row.addWidget(fit)
        controls = QVBoxLayout()
        controls.addLayout(heat_row)
        controls.addLayout(window_row)
        self.placeholder = QLabel(self.idle_text())
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.placeholder, 1)
        layout.addWidget(self.view, 1)
        layout.addLayout(controls)
        QShortcut(QKeySequence("H"), self, self.heat_toggle.toggle,
                  context=Qt.ShortcutContext.WindowShortcut)
        QShortcut(QKeySequence("W"), self, self.reset_windowing,
                  context=Qt.ShortcutContext.WindowShortcut)
        self._xray = None
        self._window: tuple[float, float] | None = None
        self._window_timer = QTimer(self, singleShot=True, interval=40)
        self._window_timer.timeout.connect(self._render_window)
        self.case_id: str | None = None
        self.clear()

    # -- public --------------------------------------------------------------------------------

    def idle_text(self) -> str:
        return self.tr("Import an X-ray (Ctrl+O) or choose a case in the list.")

    def clear(self) -> None:
        self._xray, self._window, self.case_id = None, None, None
        self.placeholder.setText(self.idle_text())  # not a stale "Loading the image…"
        self.view.image_item.setPixmap(QPixmap())
        self.view.heat_item.setPixmap(QPixmap())
        for w in self.heat_controls:
            w.show()
        self.view.hide()
        self.placeholder.show()
        self._set_window_controls(False)

    def show_message(self, text: str) -> None:
        self.clear()
        self.placeholder.setText(text)

    def show_image(self, outcome) -> None:
        xray = outcome.xray
        self._xray, self.case_id = xray, outcome.case_id
        self.view.image_item.setPixmap(QPixmap.fromImage(grey_qimage(xray.pixels)))
        rows, cols = xray.shape
        if outcome.heatmap is None:  # not screened: the model never looked, so no heatmap
            self.view.heat_item.setPixmap(QPixmap())
        else:
            heat = QPixmap.fromImage(heatmap_qimage(outcome.heatmap, xray.shape))
            self.view.heat_item.setPixmap(heat)
            self.view.heat_item.setTransform(QTransform.fromScale(cols / heat.width(),
                                                                  rows / heat.height()))
        self.heat_toggle.setEnabled(outcome.heatmap is not None)
        for w in self.heat_controls:
            w.setVisible(outcome.heatmap is not None)
        self.view.scene().setSceneRect(0, 0, cols, rows)
        self.placeholder.hide()
        self.view.show()
        self._window = None
        self._set_window_controls(xray.raw is not None)
        self._update_heat()
        self.view.fit()
        self._place_floating()

    def _place_floating(self) -> None:
        """A message floating over this viewer takes less of it now that an image shows."""
        for w in self.findChildren(QWidget):
            if getattr(w, "placer", None) is not None and w.isVisible():
                w.placer.place()

    def float_room(self) -> int:
        """How tall a message floating over this viewer may be (fit.FloatOver): over an image,
        40% of the image's height (it covered all of it at 1024x600, issue 22); else 3/4."""
        if self._xray is not None and self.view.isVisible():
            return int(self.view.height() * 0.4)
        return self.height() * 3 // 4

    @property
    def heatmap_visible(self) -> bool:
        return self.view.heat_item.isVisible() and self.view.heat_item.opacity() > 0

    @property
    def window(self) -> tuple[float, float] | None:
        return self._window

    def set_window(self, center: float, width: float) -> None:
        self._window = (float(center), max(1.0, float(width)))
        self._window_timer.start()

    def reset_windowing(self) -> None:
        if self._xray is None:
            return
        self._window = None
        self.view.image_item.setPixmap(QPixmap.fromImage(grey_qimage(self._xray.pixels)))
        self._show_window_label()

    # -- internals -----------------------------------------------------------------------------

    def _set_window_controls(self, enabled: bool) -> None:
        self.reset_window.setVisible(enabled)
        self.window_label.setVisible(enabled)
        self._show_window_label()

    def _show_window_label(self) -> None:
        if self._window is None:
            self.window_label.setText(self.tr("Window: original"))
        else:
            c, w = self._window
            self.window_label.setText(self.tr("L %1 / W %2")
                                      .replace("%1", f"{c:.0f}").replace("%2", f"{w:.0f}"))

    def _start_window(self) -> tuple[float, float]:
        if self._window is not None:
            return self._window
        if self._xray.window is not None:
            return self._xray.window
        raw = self._xray.raw
        sample = raw[::4, ::4] if raw.size > 1_000_000 else raw
        lo, hi = (float(v) for v in np.percentile(sample, [0.5, 99.5]))
        return ((lo + hi) / 2, max(hi - lo, 1.0))

    def _drag_window(self, dx: float, dy: float) -> None:
        if self._xray is None or self._xray.raw is None:
            return
        c, w = self._start_window()
        step = max(w / 300.0, 0.5)
        self.set_window(c + dy * step, max(1.0, w + dx * step))

    def _render_window(self) -> None:
        if self._xray is None or self._xray.raw is None or self._window is None:
            return
        pixels = apply_window(self._xray.raw, *self._window)
        if self._xray.inverted:
            pixels = 1.0 - pixels
        self.view.image_item.setPixmap(QPixmap.fromImage(grey_qimage(pixels)))
        self._show_window_label()

    def _update_heat(self) -> None:
        on = self.heat_toggle.isChecked()
        self.view.heat_item.setVisible(on)
        self.view.heat_item.setOpacity(self.opacity.value() / 100.0)
        self.opacity.setEnabled(on and self.heat_toggle.isEnabled())
