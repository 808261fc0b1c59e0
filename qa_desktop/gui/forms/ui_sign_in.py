# Generated from ui/sign_in.ui by build/compile_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_SignInForm(object):
    def setupUi(self, SignInForm):
        if not SignInForm.objectName():
            SignInForm.setObjectName(u"SignInForm")
        SignInForm.resize(440, 300)
        self.dialog_layout = QVBoxLayout(SignInForm)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro = QLabel(SignInForm)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.user_id_label = QLabel(SignInForm)
        self.user_id_label.setObjectName(u"user_id_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.user_id_label)

        self.user_id = QLineEdit(SignInForm)
        self.user_id.setObjectName(u"user_id")
        self.user_id.setMaxLength(32)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.user_id)

        self.user_id_error = QLabel(SignInForm)
        self.user_id_error.setObjectName(u"user_id_error")
        self.user_id_error.setWordWrap(True)
        self.user_id_error.setStyleSheet(u"color: #b00020;")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.user_id_error)

        self.display_name_label = QLabel(SignInForm)
        self.display_name_label.setObjectName(u"display_name_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.display_name_label)

        self.display_name = QLineEdit(SignInForm)
        self.display_name.setObjectName(u"display_name")
        self.display_name.setMaxLength(80)

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.display_name)

        self.display_name_error = QLabel(SignInForm)
        self.display_name_error.setObjectName(u"display_name_error")
        self.display_name_error.setWordWrap(True)
        self.display_name_error.setStyleSheet(u"color: #b00020;")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.display_name_error)

        self.position_label = QLabel(SignInForm)
        self.position_label.setObjectName(u"position_label")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.position_label)

        self.position = QLineEdit(SignInForm)
        self.position.setObjectName(u"position")
        self.position.setMaxLength(80)

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.position)

        self.position_error = QLabel(SignInForm)
        self.position_error.setObjectName(u"position_error")
        self.position_error.setWordWrap(True)
        self.position_error.setStyleSheet(u"color: #b00020;")

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.position_error)

        self.password_label = QLabel(SignInForm)
        self.password_label.setObjectName(u"password_label")

        self.fields.setWidget(6, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password = QLineEdit(SignInForm)
        self.password.setObjectName(u"password")
        self.password.setMaxLength(128)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.fields.setWidget(6, QFormLayout.ItemRole.FieldRole, self.password)

        self.password_error = QLabel(SignInForm)
        self.password_error.setObjectName(u"password_error")
        self.password_error.setWordWrap(True)
        self.password_error.setStyleSheet(u"color: #b00020;")

        self.fields.setWidget(7, QFormLayout.ItemRole.FieldRole, self.password_error)

        self.new_password_label = QLabel(SignInForm)
        self.new_password_label.setObjectName(u"new_password_label")

        self.fields.setWidget(8, QFormLayout.ItemRole.LabelRole, self.new_password_label)

        self.new_password = QLineEdit(SignInForm)
        self.new_password.setObjectName(u"new_password")
        self.new_password.setMaxLength(128)
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)

        self.fields.setWidget(8, QFormLayout.ItemRole.FieldRole, self.new_password)

        self.new_password_error = QLabel(SignInForm)
        self.new_password_error.setObjectName(u"new_password_error")
        self.new_password_error.setWordWrap(True)
        self.new_password_error.setStyleSheet(u"color: #b00020;")

        self.fields.setWidget(9, QFormLayout.ItemRole.FieldRole, self.new_password_error)

        self.repeat_password_label = QLabel(SignInForm)
        self.repeat_password_label.setObjectName(u"repeat_password_label")

        self.fields.setWidget(10, QFormLayout.ItemRole.LabelRole, self.repeat_password_label)

        self.repeat_password = QLineEdit(SignInForm)
        self.repeat_password.setObjectName(u"repeat_password")
        self.repeat_password.setMaxLength(128)
        self.repeat_password.setEchoMode(QLineEdit.EchoMode.Password)

        self.fields.setWidget(10, QFormLayout.ItemRole.FieldRole, self.repeat_password)

        self.repeat_password_error = QLabel(SignInForm)
        self.repeat_password_error.setObjectName(u"repeat_password_error")
        self.repeat_password_error.setWordWrap(True)
        self.repeat_password_error.setStyleSheet(u"color: #b00020;")

        self.fields.setWidget(11, QFormLayout.ItemRole.FieldRole, self.repeat_password_error)


        self.dialog_layout.addLayout(self.fields)

        self.message = QLabel(SignInForm)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(u"color: #b00020;")

        self.dialog_layout.addWidget(self.message)

        self.stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.stretch)

        self.buttons = QDialogButtonBox(SignInForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.user_id_label.setBuddy(self.user_id)
        self.display_name_label.setBuddy(self.display_name)
        self.position_label.setBuddy(self.position)
        self.password_label.setBuddy(self.password)
        self.new_password_label.setBuddy(self.new_password)
        self.repeat_password_label.setBuddy(self.repeat_password)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.user_id, self.display_name)
        QWidget.setTabOrder(self.display_name, self.position)
        QWidget.setTabOrder(self.position, self.password)
        QWidget.setTabOrder(self.password, self.new_password)
        QWidget.setTabOrder(self.new_password, self.repeat_password)

        self.retranslateUi(SignInForm)

        QMetaObject.connectSlotsByName(SignInForm)
    # setupUi

    def retranslateUi(self, SignInForm):
        SignInForm.setWindowTitle(QCoreApplication.translate("SignInForm", u"Sign in", None))
        self.user_id_label.setText(QCoreApplication.translate("SignInForm", u"User id", None))
        self.display_name_label.setText(QCoreApplication.translate("SignInForm", u"Name", None))
        self.position_label.setText(QCoreApplication.translate("SignInForm", u"Position", None))
        self.password_label.setText(QCoreApplication.translate("SignInForm", u"Password", None))
        self.new_password_label.setText(QCoreApplication.translate("SignInForm", u"New password", None))
        self.repeat_password_label.setText(QCoreApplication.translate("SignInForm", u"New password again", None))
    # retranslateUi
