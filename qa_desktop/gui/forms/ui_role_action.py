# Generated from ui/role_action.ui by build/compile_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_RoleActionForm(object):
    def setupUi(self, RoleActionForm):
        if not RoleActionForm.objectName():
            RoleActionForm.setObjectName(u"RoleActionForm")
        RoleActionForm.resize(480, 280)
        self.dialog_layout = QVBoxLayout(RoleActionForm)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro = QLabel(RoleActionForm)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.code_label = QLabel(RoleActionForm)
        self.code_label.setObjectName(u"code_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.code_label)

        self.code = QLineEdit(RoleActionForm)
        self.code.setObjectName(u"code")
        self.code.setMaxLength(32)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.code)

        self.code_error = QLabel(RoleActionForm)
        self.code_error.setObjectName(u"code_error")
        self.code_error.setWordWrap(True)
        self.code_error.setStyleSheet(u"color: #b00020;")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.code_error)

        self.name_en_label = QLabel(RoleActionForm)
        self.name_en_label.setObjectName(u"name_en_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.name_en_label)

        self.name_en = QLineEdit(RoleActionForm)
        self.name_en.setObjectName(u"name_en")
        self.name_en.setMaxLength(80)

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.name_en)

        self.name_en_error = QLabel(RoleActionForm)
        self.name_en_error.setObjectName(u"name_en_error")
        self.name_en_error.setWordWrap(True)
        self.name_en_error.setStyleSheet(u"color: #b00020;")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.name_en_error)

        self.name_zh_label = QLabel(RoleActionForm)
        self.name_zh_label.setObjectName(u"name_zh_label")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.name_zh_label)

        self.name_zh = QLineEdit(RoleActionForm)
        self.name_zh.setObjectName(u"name_zh")
        self.name_zh.setMaxLength(80)

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.name_zh)

        self.name_zh_error = QLabel(RoleActionForm)
        self.name_zh_error.setObjectName(u"name_zh_error")
        self.name_zh_error.setWordWrap(True)
        self.name_zh_error.setStyleSheet(u"color: #b00020;")

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.name_zh_error)

        self.admin_password_label = QLabel(RoleActionForm)
        self.admin_password_label.setObjectName(u"admin_password_label")

        self.fields.setWidget(6, QFormLayout.ItemRole.LabelRole, self.admin_password_label)

        self.admin_password = QLineEdit(RoleActionForm)
        self.admin_password.setObjectName(u"admin_password")
        self.admin_password.setMaxLength(128)
        self.admin_password.setEchoMode(QLineEdit.EchoMode.Password)

        self.fields.setWidget(6, QFormLayout.ItemRole.FieldRole, self.admin_password)

        self.admin_password_error = QLabel(RoleActionForm)
        self.admin_password_error.setObjectName(u"admin_password_error")
        self.admin_password_error.setWordWrap(True)
        self.admin_password_error.setStyleSheet(u"color: #b00020;")

        self.fields.setWidget(7, QFormLayout.ItemRole.FieldRole, self.admin_password_error)


        self.dialog_layout.addLayout(self.fields)

        self.message = QLabel(RoleActionForm)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(u"color: #b00020;")

        self.dialog_layout.addWidget(self.message)

        self.stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.stretch)

        self.buttons = QDialogButtonBox(RoleActionForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.code_label.setBuddy(self.code)
        self.name_en_label.setBuddy(self.name_en)
        self.name_zh_label.setBuddy(self.name_zh)
        self.admin_password_label.setBuddy(self.admin_password)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.code, self.name_en)
        QWidget.setTabOrder(self.name_en, self.name_zh)
        QWidget.setTabOrder(self.name_zh, self.admin_password)

        self.retranslateUi(RoleActionForm)

        QMetaObject.connectSlotsByName(RoleActionForm)
    # setupUi

    def retranslateUi(self, RoleActionForm):
        RoleActionForm.setWindowTitle(QCoreApplication.translate("RoleActionForm", u"Role", None))
        self.code_label.setText(QCoreApplication.translate("RoleActionForm", u"Code", None))
        self.name_en_label.setText(QCoreApplication.translate("RoleActionForm", u"English name", None))
        self.name_zh_label.setText(QCoreApplication.translate("RoleActionForm", u"Chinese name", None))
        self.admin_password_label.setText(QCoreApplication.translate("RoleActionForm", u"Your password", None))
    # retranslateUi
