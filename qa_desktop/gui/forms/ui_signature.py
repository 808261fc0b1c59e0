# Generated from ui/signature.ui by build/compile_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from qa_desktop.gui.signature_pad import SignaturePad

class Ui_SignatureForm(object):
    def setupUi(self, SignatureForm):
        if not SignatureForm.objectName():
            SignatureForm.setObjectName(u"SignatureForm")
        SignatureForm.resize(720, 520)
        self.dialog_layout = QVBoxLayout(SignatureForm)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.statement = QLabel(SignatureForm)
        self.statement.setObjectName(u"statement")
        self.statement.setWordWrap(True)
        self.statement.setTextFormat(Qt.TextFormat.PlainText)
        self.statement.setStyleSheet(u"font-weight: bold;")

        self.dialog_layout.addWidget(self.statement)

        self.pad = SignaturePad(SignatureForm)
        self.pad.setObjectName(u"pad")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.pad.sizePolicy().hasHeightForWidth())
        self.pad.setSizePolicy(sizePolicy)

        self.dialog_layout.addWidget(self.pad)

        self.pad_row = QHBoxLayout()
        self.pad_row.setObjectName(u"pad_row")
        self.pad_error = QLabel(SignatureForm)
        self.pad_error.setObjectName(u"pad_error")
        self.pad_error.setWordWrap(True)
        self.pad_error.setStyleSheet(u"color: #b00020;")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.pad_error.sizePolicy().hasHeightForWidth())
        self.pad_error.setSizePolicy(sizePolicy1)

        self.pad_row.addWidget(self.pad_error)

        self.clear_button = QPushButton(SignatureForm)
        self.clear_button.setObjectName(u"clear_button")
        self.clear_button.setAutoDefault(False)
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy2.setHorizontalStretch(0)
        sizePolicy2.setVerticalStretch(0)
        sizePolicy2.setHeightForWidth(self.clear_button.sizePolicy().hasHeightForWidth())
        self.clear_button.setSizePolicy(sizePolicy2)

        self.pad_row.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.pad_row.setStretch(0, 1)

        self.dialog_layout.addLayout(self.pad_row)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.signer_name_label = QLabel(SignatureForm)
        self.signer_name_label.setObjectName(u"signer_name_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.signer_name_label)

        self.signer_name = QLineEdit(SignatureForm)
        self.signer_name.setObjectName(u"signer_name")
        self.signer_name.setMaxLength(80)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.signer_name)

        self.signer_name_error = QLabel(SignatureForm)
        self.signer_name_error.setObjectName(u"signer_name_error")
        self.signer_name_error.setWordWrap(True)
        self.signer_name_error.setStyleSheet(u"color: #b00020;")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.signer_name_error)

        self.signer_position_label = QLabel(SignatureForm)
        self.signer_position_label.setObjectName(u"signer_position_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.signer_position_label)

        self.signer_position = QLineEdit(SignatureForm)
        self.signer_position.setObjectName(u"signer_position")
        self.signer_position.setMaxLength(80)

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.signer_position)

        self.signer_position_error = QLabel(SignatureForm)
        self.signer_position_error.setObjectName(u"signer_position_error")
        self.signer_position_error.setWordWrap(True)
        self.signer_position_error.setStyleSheet(u"color: #b00020;")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.signer_position_error)


        self.dialog_layout.addLayout(self.fields)

        self.buttons = QDialogButtonBox(SignatureForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.signer_name_label.setBuddy(self.signer_name)
        self.signer_position_label.setBuddy(self.signer_position)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.pad, self.clear_button)
        QWidget.setTabOrder(self.clear_button, self.signer_name)
        QWidget.setTabOrder(self.signer_name, self.signer_position)

        self.retranslateUi(SignatureForm)

        QMetaObject.connectSlotsByName(SignatureForm)
    # setupUi

    def retranslateUi(self, SignatureForm):
        SignatureForm.setWindowTitle(QCoreApplication.translate("SignatureForm", u"Customer's signature", None))
        self.clear_button.setText(QCoreApplication.translate("SignatureForm", u"Clear", None))
        self.signer_name_label.setText(QCoreApplication.translate("SignatureForm", u"Signer's name", None))
        self.signer_position_label.setText(QCoreApplication.translate("SignatureForm", u"Position", None))
    # retranslateUi
