# Generated from ui/paper_signature.ui by build/compile_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_PaperSignatureForm(object):
    def setupUi(self, PaperSignatureForm):
        if not PaperSignatureForm.objectName():
            PaperSignatureForm.setObjectName(u"PaperSignatureForm")
        PaperSignatureForm.resize(500, 380)
        self.dialog_layout = QVBoxLayout(PaperSignatureForm)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.heading = QLabel(PaperSignatureForm)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet(u"font-weight: bold;")

        self.dialog_layout.addWidget(self.heading)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.signer_label = QLabel(PaperSignatureForm)
        self.signer_label.setObjectName(u"signer_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.signer_label)

        self.signer = QComboBox(PaperSignatureForm)
        self.signer.setObjectName(u"signer")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.signer)

        self.decision_label = QLabel(PaperSignatureForm)
        self.decision_label.setObjectName(u"decision_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.decision_label)

        self.decision_layout = QHBoxLayout()
        self.decision_layout.setObjectName(u"decision_layout")
        self.approved = QRadioButton(PaperSignatureForm)
        self.approved.setObjectName(u"approved")
        self.approved.setChecked(True)

        self.decision_layout.addWidget(self.approved)

        self.rejected = QRadioButton(PaperSignatureForm)
        self.rejected.setObjectName(u"rejected")

        self.decision_layout.addWidget(self.rejected)

        self.decision_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.decision_layout.addItem(self.decision_spacer)


        self.fields.setLayout(1, QFormLayout.ItemRole.FieldRole, self.decision_layout)

        self.comment_label = QLabel(PaperSignatureForm)
        self.comment_label.setObjectName(u"comment_label")
        self.comment_label.setWordWrap(True)

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.comment_label)

        self.comment = QPlainTextEdit(PaperSignatureForm)
        self.comment.setObjectName(u"comment")
        self.comment.setMinimumSize(QSize(0, 60))
        self.comment.setMaximumSize(QSize(16777215, 90))
        self.comment.setTabChangesFocus(True)

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.comment)

        self.scan_label = QLabel(PaperSignatureForm)
        self.scan_label.setObjectName(u"scan_label")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.scan_label)

        self.scan_layout = QHBoxLayout()
        self.scan_layout.setObjectName(u"scan_layout")
        self.scan_name = QLabel(PaperSignatureForm)
        self.scan_name.setObjectName(u"scan_name")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.scan_name.sizePolicy().hasHeightForWidth())
        self.scan_name.setSizePolicy(sizePolicy)

        self.scan_layout.addWidget(self.scan_name)

        self.choose_scan = QPushButton(PaperSignatureForm)
        self.choose_scan.setObjectName(u"choose_scan")

        self.scan_layout.addWidget(self.choose_scan)


        self.fields.setLayout(3, QFormLayout.ItemRole.FieldRole, self.scan_layout)

        self.password_label = QLabel(PaperSignatureForm)
        self.password_label.setObjectName(u"password_label")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password = QLineEdit(PaperSignatureForm)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.password)


        self.dialog_layout.addLayout(self.fields)

        self.meaning = QLabel(PaperSignatureForm)
        self.meaning.setObjectName(u"meaning")
        self.meaning.setWordWrap(True)

        self.dialog_layout.addWidget(self.meaning)

        self.error = QLabel(PaperSignatureForm)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(u"color: #b00020;")

        self.dialog_layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(PaperSignatureForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.signer_label.setBuddy(self.signer)
        self.comment_label.setBuddy(self.comment)
        self.scan_label.setBuddy(self.choose_scan)
        self.password_label.setBuddy(self.password)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.signer, self.approved)
        QWidget.setTabOrder(self.approved, self.rejected)
        QWidget.setTabOrder(self.rejected, self.comment)
        QWidget.setTabOrder(self.comment, self.choose_scan)
        QWidget.setTabOrder(self.choose_scan, self.password)

        self.retranslateUi(PaperSignatureForm)

        QMetaObject.connectSlotsByName(PaperSignatureForm)
    # setupUi

    def retranslateUi(self, PaperSignatureForm):
        PaperSignatureForm.setWindowTitle(QCoreApplication.translate("PaperSignatureForm", u"Record paper signature", None))
        self.signer_label.setText(QCoreApplication.translate("PaperSignatureForm", u"Signed by", None))
        self.decision_label.setText(QCoreApplication.translate("PaperSignatureForm", u"Decision on the sheet", None))
        self.approved.setText(QCoreApplication.translate("PaperSignatureForm", u"Approved", None))
        self.rejected.setText(QCoreApplication.translate("PaperSignatureForm", u"Rejected", None))
        self.comment_label.setText(QCoreApplication.translate("PaperSignatureForm", u"Comment written on the sheet (required for a rejection)", None))
        self.scan_label.setText(QCoreApplication.translate("PaperSignatureForm", u"Scan of the signed sheet", None))
        self.scan_name.setText(QCoreApplication.translate("PaperSignatureForm", u"No file chosen", None))
        self.choose_scan.setText(QCoreApplication.translate("PaperSignatureForm", u"Choose file\u2026", None))
        self.password_label.setText(QCoreApplication.translate("PaperSignatureForm", u"Your password (you record it)", None))
        self.meaning.setText(QCoreApplication.translate("PaperSignatureForm", u"You record what the signer wrote on the printed sheet; your password signs the record as yours, never as theirs.", None))
    # retranslateUi
