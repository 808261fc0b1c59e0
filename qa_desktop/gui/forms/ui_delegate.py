# Generated from ui/delegate.ui by build/compile_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

class Ui_DelegateForm(object):
    def setupUi(self, DelegateForm):
        if not DelegateForm.objectName():
            DelegateForm.setObjectName(u"DelegateForm")
        DelegateForm.resize(480, 320)
        self.dialog_layout = QVBoxLayout(DelegateForm)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.colleague_label = QLabel(DelegateForm)
        self.colleague_label.setObjectName(u"colleague_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.colleague_label)

        self.colleague = QComboBox(DelegateForm)
        self.colleague.setObjectName(u"colleague")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.colleague)

        self.first_day_label = QLabel(DelegateForm)
        self.first_day_label.setObjectName(u"first_day_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.first_day_label)

        self.first_day = QDateEdit(DelegateForm)
        self.first_day.setObjectName(u"first_day")
        self.first_day.setCalendarPopup(True)
        self.first_day.setDisplayFormat(u"yyyy-MM-dd")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.first_day)

        self.last_day_label = QLabel(DelegateForm)
        self.last_day_label.setObjectName(u"last_day_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.last_day_label)

        self.last_day = QDateEdit(DelegateForm)
        self.last_day.setObjectName(u"last_day")
        self.last_day.setCalendarPopup(True)
        self.last_day.setDisplayFormat(u"yyyy-MM-dd")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.last_day)

        self.cap_label = QLabel(DelegateForm)
        self.cap_label.setObjectName(u"cap_label")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.cap_label)

        self.cap_layout = QHBoxLayout()
        self.cap_layout.setObjectName(u"cap_layout")
        self.cap = QLineEdit(DelegateForm)
        self.cap.setObjectName(u"cap")

        self.cap_layout.addWidget(self.cap)

        self.currency = QLabel(DelegateForm)
        self.currency.setObjectName(u"currency")

        self.cap_layout.addWidget(self.currency)


        self.fields.setLayout(3, QFormLayout.ItemRole.FieldRole, self.cap_layout)

        self.reason_label = QLabel(DelegateForm)
        self.reason_label.setObjectName(u"reason_label")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason = QLineEdit(DelegateForm)
        self.reason.setObjectName(u"reason")

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reason)

        self.password_label = QLabel(DelegateForm)
        self.password_label.setObjectName(u"password_label")

        self.fields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password = QLineEdit(DelegateForm)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.password)


        self.dialog_layout.addLayout(self.fields)

        self.meaning = QLabel(DelegateForm)
        self.meaning.setObjectName(u"meaning")
        self.meaning.setWordWrap(True)

        self.dialog_layout.addWidget(self.meaning)

        self.error = QLabel(DelegateForm)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(u"color: #b00020;")

        self.dialog_layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(DelegateForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.colleague_label.setBuddy(self.colleague)
        self.first_day_label.setBuddy(self.first_day)
        self.last_day_label.setBuddy(self.last_day)
        self.cap_label.setBuddy(self.cap)
        self.reason_label.setBuddy(self.reason)
        self.password_label.setBuddy(self.password)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.colleague, self.first_day)
        QWidget.setTabOrder(self.first_day, self.last_day)
        QWidget.setTabOrder(self.last_day, self.cap)
        QWidget.setTabOrder(self.cap, self.reason)
        QWidget.setTabOrder(self.reason, self.password)

        self.retranslateUi(DelegateForm)

        QMetaObject.connectSlotsByName(DelegateForm)
    # setupUi

    def retranslateUi(self, DelegateForm):
        DelegateForm.setWindowTitle(QCoreApplication.translate("DelegateForm", u"Delegate", None))
        self.colleague_label.setText(QCoreApplication.translate("DelegateForm", u"Colleague", None))
        self.first_day_label.setText(QCoreApplication.translate("DelegateForm", u"First day", None))
        self.last_day_label.setText(QCoreApplication.translate("DelegateForm", u"Last day", None))
        self.cap_label.setText(QCoreApplication.translate("DelegateForm", u"Cap", None))
#if QT_CONFIG(tooltip)
        self.cap.setToolTip(QCoreApplication.translate("DelegateForm", u"The most this complaint's proposals may come to for the colleague to sign for you", None))
#endif // QT_CONFIG(tooltip)
        self.reason_label.setText(QCoreApplication.translate("DelegateForm", u"Reason", None))
        self.password_label.setText(QCoreApplication.translate("DelegateForm", u"Your password", None))
        self.meaning.setText(QCoreApplication.translate("DelegateForm", u"From the first to the last day, both included, the colleague may sign the steps of your roles for you; each signature shows it was made by delegation.", None))
    # retranslateUi
