"""The brief shown inside the app, from memory: QPdfDocument reads a QBuffer, never a file."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QWidget


class PdfPreview(QPdfView):
    """A scrolling, multi-page view of PDF bytes held in memory."""

    def __init__(self, parent: QWidget | None = None) -> None:
        # QPdfView takes no parent as well (Qt's nullptr); PySide6's stubs require one.
        super().__init__(parent)  # type: ignore[arg-type]
        self.setPageMode(QPdfView.PageMode.MultiPage)
        self.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.setDocument(self.pdf)

    def show_pdf(self, data: bytes) -> bool:
        """Show ``data``; False if QtPdf cannot read it."""
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf.close()
        self.pdf.load(buffer)  # the document reads from the buffer for as long as it is open
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
        self._buffer = buffer
        return self.pdf.status() == QPdfDocument.Status.Ready

    def clear(self) -> None:
        """Forget the document and its bytes (when the dialog closes or the vault locks)."""
        self.pdf.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.setData(QByteArray())
            self._buffer.deleteLater()
            self._buffer = None

    @property
    def page_count(self) -> int:
        return self.pdf.pageCount()
