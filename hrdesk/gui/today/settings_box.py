"""Settings for Today: how many days ahead "Coming up" looks (0 hides the section)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QSpinBox, QWidget

from hrdesk.domain.rotation import COMING_UP_DAYS_RANGE
from hrdesk.settings import COMING_UP_DAYS, Settings


class TodaySettingsBox(QGroupBox):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)  # natural width
        self.days_label = QLabel()
        self.days = QSpinBox()
        self.days.setRange(*COMING_UP_DAYS_RANGE)
        self.days.setValue(settings.get(COMING_UP_DAYS))
        self.days_label.setBuddy(self.days)
        # Saved at once: Today reads it each time it is shown.
        self.days.valueChanged.connect(lambda days: self.settings.set(COMING_UP_DAYS, int(days)))
        form.addRow(self.days_label, self.days)
        self.note = QLabel()
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        self.note.setMinimumWidth(60 * self.note.fontMetrics().averageCharWidth())  # else a narrow column
        form.addRow("", self.note)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Today"))
        self.days_label.setText(self.tr("&Show follow-ups coming up in the next days:"))
        self.days.setSpecialValueText(self.tr("Off"))
        self.days.setAccessibleName(self.tr("Days ahead shown under Coming up on Today"))
        self.note.setText(
            self.tr("Today lists what is due or overdue, then what comes up in these days (0 turns it off).")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
