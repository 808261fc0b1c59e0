# Generated from ui/pack_export.ui by build/compile_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

class Ui_PackExportForm(object):
    def setupUi(self, PackExportForm):
        if not PackExportForm.objectName():
            PackExportForm.setObjectName(u"PackExportForm")
        PackExportForm.resize(560, 300)
        self.dialog_layout = QVBoxLayout(PackExportForm)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro = QLabel(PackExportForm)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.cases_label = QLabel(PackExportForm)
        self.cases_label.setObjectName(u"cases_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.cases_label)

        self.cases = QLineEdit(PackExportForm)
        self.cases.setObjectName(u"cases")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.cases)

        self.for_user_label = QLabel(PackExportForm)
        self.for_user_label.setObjectName(u"for_user_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.for_user_label)

        self.for_user = QComboBox(PackExportForm)
        self.for_user.setObjectName(u"for_user")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.for_user)

        self.out_label = QLabel(PackExportForm)
        self.out_label.setObjectName(u"out_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.out_label)

        self.out_row = QHBoxLayout()
        self.out_row.setObjectName(u"out_row")
        self.out = QLineEdit(PackExportForm)
        self.out.setObjectName(u"out")

        self.out_row.addWidget(self.out)

        self.browse = QPushButton(PackExportForm)
        self.browse.setObjectName(u"browse")

        self.out_row.addWidget(self.browse)


        self.fields.setLayout(2, QFormLayout.ItemRole.FieldRole, self.out_row)

        self.password_label = QLabel(PackExportForm)
        self.password_label.setObjectName(u"password_label")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password = QLineEdit(PackExportForm)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.password)


        self.dialog_layout.addLayout(self.fields)

        self.error = QLabel(PackExportForm)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)

        self.dialog_layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(PackExportForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.cases_label.setBuddy(self.cases)
        self.for_user_label.setBuddy(self.for_user)
        self.out_label.setBuddy(self.out)
        self.password_label.setBuddy(self.password)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PackExportForm)

        QMetaObject.connectSlotsByName(PackExportForm)
    # setupUi

    def retranslateUi(self, PackExportForm):
        PackExportForm.setWindowTitle(QCoreApplication.translate("PackExportForm", u"Export a visit pack", None))
        self.cases_label.setText(QCoreApplication.translate("PackExportForm", u"Cases", None))
        self.cases.setPlaceholderText(QCoreApplication.translate("PackExportForm", u"CC-2026-0042, CC-2026-0043", None))
        self.for_user_label.setText(QCoreApplication.translate("PackExportForm", u"For", None))
        self.out_label.setText(QCoreApplication.translate("PackExportForm", u"File", None))
        self.browse.setText(QCoreApplication.translate("PackExportForm", u"Browse\u2026", None))
        self.password_label.setText(QCoreApplication.translate("PackExportForm", u"Your password", None))
    # retranslateUi
