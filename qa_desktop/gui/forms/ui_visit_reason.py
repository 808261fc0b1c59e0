# Generated from ui/visit_reason.ui by build/compile_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

class Ui_VisitReasonForm(object):
    def setupUi(self, VisitReasonForm):
        if not VisitReasonForm.objectName():
            VisitReasonForm.setObjectName(u"VisitReasonForm")
        VisitReasonForm.resize(480, 260)
        self.dialog_layout = QVBoxLayout(VisitReasonForm)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.heading = QLabel(VisitReasonForm)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet(u"font-weight: bold;")

        self.dialog_layout.addWidget(self.heading)

        self.reason_label = QLabel(VisitReasonForm)
        self.reason_label.setObjectName(u"reason_label")

        self.dialog_layout.addWidget(self.reason_label)

        self.reason = QPlainTextEdit(VisitReasonForm)
        self.reason.setObjectName(u"reason")
        self.reason.setMinimumSize(QSize(0, 70))
        self.reason.setTabChangesFocus(True)

        self.dialog_layout.addWidget(self.reason)

        self.error = QLabel(VisitReasonForm)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(u"color: #b3261e;")

        self.dialog_layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(VisitReasonForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.reason_label.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(VisitReasonForm)

        QMetaObject.connectSlotsByName(VisitReasonForm)
    # setupUi

    def retranslateUi(self, VisitReasonForm):
        self.reason_label.setText(QCoreApplication.translate("VisitReasonForm", u"Reason", None))
        pass
    # retranslateUi
