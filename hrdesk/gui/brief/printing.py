"""Print a PDF that lives only in memory: pages rendered by QtPdf straight onto the printer.

No file is written by hrdesk for printing. (The operating system's print spooler may keep the
job until it is printed; that is outside the app, and the README says so.)
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

#: Dots per inch of the page images sent to the printer.
PRINT_DPI = 300

ChoosePrinter = Callable[[QPrinter, QWidget | None], bool]


def _system_dialog(printer: QPrinter, parent: QWidget | None) -> bool:
    dialog = QPrintDialog(printer, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


class PrintDialog:
    """The system print dialog, answerable by tests (``PrintDialog.answer``)."""

    answer: ChoosePrinter | None = None

    @classmethod
    def ask(cls, printer: QPrinter, parent: QWidget | None) -> bool:
        return (cls.answer or _system_dialog)(printer, parent)


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Draw every page of ``document`` on ``printer``, fitted to the printable area. Returns pages printed."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        options = QPdfDocumentRenderOptions()
        first, last = 0, document.pageCount() - 1
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first, last = printer.fromPage() - 1, min(last, printer.toPage() - 1)
        printed = 0
        for index in range(first, last + 1):
            if printed:
                printer.newPage()
            points = document.pagePointSize(index)
            size = QSize(round(points.width() * PRINT_DPI / 72), round(points.height() * PRINT_DPI / 72))
            image = document.render(index, size, options)
            _draw_fitted(painter, image)
            printed += 1
        return printed
    finally:
        painter.end()


def _draw_fitted(painter: QPainter, image: QImage) -> None:
    area = painter.viewport()
    scaled = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
    target = QRect(area.x(), area.y(), scaled.width(), scaled.height())
    painter.drawImage(target, image)
