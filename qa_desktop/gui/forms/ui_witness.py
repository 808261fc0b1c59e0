# Generated from ui/witness.ui by build/compile_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

class Ui_WitnessForm(object):
    def setupUi(self, WitnessForm):
        if not WitnessForm.objectName():
            WitnessForm.setObjectName(u"WitnessForm")
        WitnessForm.resize(520, 260)
        self.dialog_layout = QVBoxLayout(WitnessForm)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro = QLabel(WitnessForm)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.signer_name_label = QLabel(WitnessForm)
        self.signer_name_label.setObjectName(u"signer_name_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.signer_name_label)

        self.signer_name = QLineEdit(WitnessForm)
        self.signer_name.setObjectName(u"signer_name")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.signer_name)

        self.signer_position_label = QLabel(WitnessForm)
        self.signer_position_label.setObjectName(u"signer_position_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.signer_position_label)

        self.signer_position = QLineEdit(WitnessForm)
        self.signer_position.setObjectName(u"signer_position")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.signer_position)

        self.scan_label = QLabel(WitnessForm)
        self.scan_label.setObjectName(u"scan_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.scan_label)

        self.scan_row = QHBoxLayout()
        self.scan_row.setObjectName(u"scan_row")
        self.scan = QLineEdit(WitnessForm)
        self.scan.setObjectName(u"scan")

        self.scan_row.addWidget(self.scan)

        self.browse = QPushButton(WitnessForm)
        self.browse.setObjectName(u"browse")

        self.scan_row.addWidget(self.browse)


        self.fields.setLayout(2, QFormLayout.ItemRole.FieldRole, self.scan_row)

        self.password_label = QLabel(WitnessForm)
        self.password_label.setObjectName(u"password_label")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password = QLineEdit(WitnessForm)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.password)


        self.dialog_layout.addLayout(self.fields)

        self.error = QLabel(WitnessForm)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(u"color: #b00020;")

        self.dialog_layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(WitnessForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.signer_name_label.setBuddy(self.signer_name)
        self.signer_position_label.setBuddy(self.signer_position)
        self.scan_label.setBuddy(self.scan)
        self.password_label.setBuddy(self.password)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WitnessForm)

        QMetaObject.connectSlotsByName(WitnessForm)
    # setupUi

    def retranslateUi(self, WitnessForm):
        WitnessForm.setWindowTitle(QCoreApplication.translate("WitnessForm", u"Witness the customer's confirmation", None))
        self.signer_name_label.setText(QCoreApplication.translate("WitnessForm", u"Signer's name", None))
        self.signer_position_label.setText(QCoreApplication.translate("WitnessForm", u"Signer's position", None))
        self.scan_label.setText(QCoreApplication.translate("WitnessForm", u"Scan of the signed confirmation", None))
        self.browse.setText(QCoreApplication.translate("WitnessForm", u"Browse\u2026", None))
        self.password_label.setText(QCoreApplication.translate("WitnessForm", u"Your password", None))
    # retranslateUi
