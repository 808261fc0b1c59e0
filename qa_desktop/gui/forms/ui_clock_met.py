# Generated from ui/clock_met.ui by build/compile_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QDateTimeEdit, QDialogButtonBox, QHBoxLayout, QLabel, QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_ClockMetForm(object):
    def setupUi(self, ClockMetForm):
        if not ClockMetForm.objectName():
            ClockMetForm.setObjectName(u"ClockMetForm")
        ClockMetForm.resize(500, 300)
        self.dialog_layout = QVBoxLayout(ClockMetForm)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.heading = QLabel(ClockMetForm)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet(u"font-weight: bold;")

        self.dialog_layout.addWidget(self.heading)

        self.met_at_label = QLabel(ClockMetForm)
        self.met_at_label.setObjectName(u"met_at_label")

        self.dialog_layout.addWidget(self.met_at_label)

        self.met_at_row = QHBoxLayout()
        self.met_at_row.setObjectName(u"met_at_row")
        self.met_at = QDateTimeEdit(ClockMetForm)
        self.met_at.setObjectName(u"met_at")
        self.met_at.setMinimumSize(QSize(0, 32))
        self.met_at.setCalendarPopup(True)
        self.met_at.setDisplayFormat(u"yyyy-MM-dd HH:mm")

        self.met_at_row.addWidget(self.met_at)

        self.met_at_zone = QLabel(ClockMetForm)
        self.met_at_zone.setObjectName(u"met_at_zone")

        self.met_at_row.addWidget(self.met_at_zone)

        self.met_at_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.met_at_row.addItem(self.met_at_gap)


        self.dialog_layout.addLayout(self.met_at_row)

        self.met_at_entered = QLabel(ClockMetForm)
        self.met_at_entered.setObjectName(u"met_at_entered")
        self.met_at_entered.setWordWrap(True)

        self.dialog_layout.addWidget(self.met_at_entered)

        self.met_at_error = QLabel(ClockMetForm)
        self.met_at_error.setObjectName(u"met_at_error")
        self.met_at_error.setWordWrap(True)
        self.met_at_error.setStyleSheet(u"color: #b3261e;")

        self.dialog_layout.addWidget(self.met_at_error)

        self.note_label = QLabel(ClockMetForm)
        self.note_label.setObjectName(u"note_label")

        self.dialog_layout.addWidget(self.note_label)

        self.note = QPlainTextEdit(ClockMetForm)
        self.note.setObjectName(u"note")
        self.note.setMinimumSize(QSize(0, 70))
        self.note.setTabChangesFocus(True)

        self.dialog_layout.addWidget(self.note)

        self.note_error = QLabel(ClockMetForm)
        self.note_error.setObjectName(u"note_error")
        self.note_error.setWordWrap(True)
        self.note_error.setStyleSheet(u"color: #b3261e;")

        self.dialog_layout.addWidget(self.note_error)

        self.error = QLabel(ClockMetForm)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(u"color: #b3261e;")

        self.dialog_layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(ClockMetForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.met_at_label.setBuddy(self.met_at)
        self.note_label.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.met_at, self.note)

        self.retranslateUi(ClockMetForm)

        QMetaObject.connectSlotsByName(ClockMetForm)
    # setupUi

    def retranslateUi(self, ClockMetForm):
        self.met_at_label.setText(QCoreApplication.translate("ClockMetForm", u"When it was met", None))
        self.note_label.setText(QCoreApplication.translate("ClockMetForm", u"What was done", None))
        pass
    # retranslateUi
