# Generated from ui/account_action.ui by build/compile_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_AccountActionForm(object):
    def setupUi(self, AccountActionForm):
        if not AccountActionForm.objectName():
            AccountActionForm.setObjectName(u"AccountActionForm")
        AccountActionForm.resize(480, 360)
        self.dialog_layout = QVBoxLayout(AccountActionForm)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro = QLabel(AccountActionForm)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.user_id_label = QLabel(AccountActionForm)
        self.user_id_label.setObjectName(u"user_id_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.user_id_label)

        self.user_id = QLineEdit(AccountActionForm)
        self.user_id.setObjectName(u"user_id")
        self.user_id.setMaxLength(32)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.user_id)

        self.user_id_error = QLabel(AccountActionForm)
        self.user_id_error.setObjectName(u"user_id_error")
        self.user_id_error.setWordWrap(True)
        self.user_id_error.setStyleSheet(u"color: #b00020;")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.user_id_error)

        self.display_name_label = QLabel(AccountActionForm)
        self.display_name_label.setObjectName(u"display_name_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.display_name_label)

        self.display_name = QLineEdit(AccountActionForm)
        self.display_name.setObjectName(u"display_name")
        self.display_name.setMaxLength(80)

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.display_name)

        self.display_name_error = QLabel(AccountActionForm)
        self.display_name_error.setObjectName(u"display_name_error")
        self.display_name_error.setWordWrap(True)
        self.display_name_error.setStyleSheet(u"color: #b00020;")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.display_name_error)

        self.position_label = QLabel(AccountActionForm)
        self.position_label.setObjectName(u"position_label")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.position_label)

        self.position = QLineEdit(AccountActionForm)
        self.position.setObjectName(u"position")
        self.position.setMaxLength(80)

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.position)

        self.position_error = QLabel(AccountActionForm)
        self.position_error.setObjectName(u"position_error")
        self.position_error.setWordWrap(True)
        self.position_error.setStyleSheet(u"color: #b00020;")

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.position_error)

        self.roles_label = QLabel(AccountActionForm)
        self.roles_label.setObjectName(u"roles_label")

        self.fields.setWidget(6, QFormLayout.ItemRole.LabelRole, self.roles_label)

        self.roles = QGroupBox(AccountActionForm)
        self.roles.setObjectName(u"roles")
        self.roles.setFlat(True)
        self.roles_layout = QVBoxLayout(self.roles)
        self.roles_layout.setObjectName(u"roles_layout")
        self.roles_layout.setContentsMargins(0, 0, -1, -1)

        self.fields.setWidget(6, QFormLayout.ItemRole.FieldRole, self.roles)

        self.roles_error = QLabel(AccountActionForm)
        self.roles_error.setObjectName(u"roles_error")
        self.roles_error.setWordWrap(True)
        self.roles_error.setStyleSheet(u"color: #b00020;")

        self.fields.setWidget(7, QFormLayout.ItemRole.FieldRole, self.roles_error)

        self.new_password_label = QLabel(AccountActionForm)
        self.new_password_label.setObjectName(u"new_password_label")

        self.fields.setWidget(8, QFormLayout.ItemRole.LabelRole, self.new_password_label)

        self.new_password = QLineEdit(AccountActionForm)
        self.new_password.setObjectName(u"new_password")
        self.new_password.setMaxLength(128)
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)

        self.fields.setWidget(8, QFormLayout.ItemRole.FieldRole, self.new_password)

        self.new_password_error = QLabel(AccountActionForm)
        self.new_password_error.setObjectName(u"new_password_error")
        self.new_password_error.setWordWrap(True)
        self.new_password_error.setStyleSheet(u"color: #b00020;")

        self.fields.setWidget(9, QFormLayout.ItemRole.FieldRole, self.new_password_error)

        self.repeat_password_label = QLabel(AccountActionForm)
        self.repeat_password_label.setObjectName(u"repeat_password_label")

        self.fields.setWidget(10, QFormLayout.ItemRole.LabelRole, self.repeat_password_label)

        self.repeat_password = QLineEdit(AccountActionForm)
        self.repeat_password.setObjectName(u"repeat_password")
        self.repeat_password.setMaxLength(128)
        self.repeat_password.setEchoMode(QLineEdit.EchoMode.Password)

        self.fields.setWidget(10, QFormLayout.ItemRole.FieldRole, self.repeat_password)

        self.repeat_password_error = QLabel(AccountActionForm)
        self.repeat_password_error.setObjectName(u"repeat_password_error")
        self.repeat_password_error.setWordWrap(True)
        self.repeat_password_error.setStyleSheet(u"color: #b00020;")

        self.fields.setWidget(11, QFormLayout.ItemRole.FieldRole, self.repeat_password_error)

        self.reason_label = QLabel(AccountActionForm)
        self.reason_label.setObjectName(u"reason_label")

        self.fields.setWidget(12, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason = QLineEdit(AccountActionForm)
        self.reason.setObjectName(u"reason")
        self.reason.setMaxLength(200)

        self.fields.setWidget(12, QFormLayout.ItemRole.FieldRole, self.reason)

        self.reason_error = QLabel(AccountActionForm)
        self.reason_error.setObjectName(u"reason_error")
        self.reason_error.setWordWrap(True)
        self.reason_error.setStyleSheet(u"color: #b00020;")

        self.fields.setWidget(13, QFormLayout.ItemRole.FieldRole, self.reason_error)

        self.admin_password_label = QLabel(AccountActionForm)
        self.admin_password_label.setObjectName(u"admin_password_label")

        self.fields.setWidget(14, QFormLayout.ItemRole.LabelRole, self.admin_password_label)

        self.admin_password = QLineEdit(AccountActionForm)
        self.admin_password.setObjectName(u"admin_password")
        self.admin_password.setMaxLength(128)
        self.admin_password.setEchoMode(QLineEdit.EchoMode.Password)

        self.fields.setWidget(14, QFormLayout.ItemRole.FieldRole, self.admin_password)

        self.admin_password_error = QLabel(AccountActionForm)
        self.admin_password_error.setObjectName(u"admin_password_error")
        self.admin_password_error.setWordWrap(True)
        self.admin_password_error.setStyleSheet(u"color: #b00020;")

        self.fields.setWidget(15, QFormLayout.ItemRole.FieldRole, self.admin_password_error)


        self.dialog_layout.addLayout(self.fields)

        self.message = QLabel(AccountActionForm)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(u"color: #b00020;")

        self.dialog_layout.addWidget(self.message)

        self.stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.stretch)

        self.buttons = QDialogButtonBox(AccountActionForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.user_id_label.setBuddy(self.user_id)
        self.display_name_label.setBuddy(self.display_name)
        self.position_label.setBuddy(self.position)
        self.roles_label.setBuddy(self.roles)
        self.new_password_label.setBuddy(self.new_password)
        self.repeat_password_label.setBuddy(self.repeat_password)
        self.reason_label.setBuddy(self.reason)
        self.admin_password_label.setBuddy(self.admin_password)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.user_id, self.display_name)
        QWidget.setTabOrder(self.display_name, self.position)
        QWidget.setTabOrder(self.position, self.new_password)
        QWidget.setTabOrder(self.new_password, self.repeat_password)
        QWidget.setTabOrder(self.repeat_password, self.reason)
        QWidget.setTabOrder(self.reason, self.admin_password)

        self.retranslateUi(AccountActionForm)

        QMetaObject.connectSlotsByName(AccountActionForm)
    # setupUi

    def retranslateUi(self, AccountActionForm):
        AccountActionForm.setWindowTitle(QCoreApplication.translate("AccountActionForm", u"Account", None))
        self.user_id_label.setText(QCoreApplication.translate("AccountActionForm", u"User id", None))
        self.display_name_label.setText(QCoreApplication.translate("AccountActionForm", u"Name", None))
        self.position_label.setText(QCoreApplication.translate("AccountActionForm", u"Position", None))
        self.roles_label.setText(QCoreApplication.translate("AccountActionForm", u"Roles", None))
        self.new_password_label.setText(QCoreApplication.translate("AccountActionForm", u"Temporary password", None))
        self.repeat_password_label.setText(QCoreApplication.translate("AccountActionForm", u"Temporary password again", None))
        self.reason_label.setText(QCoreApplication.translate("AccountActionForm", u"Reason", None))
        self.admin_password_label.setText(QCoreApplication.translate("AccountActionForm", u"Your password", None))
    # retranslateUi
