# Generated from ui/users.ui by build/compile_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

class Ui_UsersForm(object):
    def setupUi(self, UsersForm):
        if not UsersForm.objectName():
            UsersForm.setObjectName(u"UsersForm")
        UsersForm.resize(960, 560)
        self.dialog_layout = QVBoxLayout(UsersForm)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro = QLabel(UsersForm)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro)

        self.body_layout = QHBoxLayout()
        self.body_layout.setObjectName(u"body_layout")
        self.user_list = QTableWidget(UsersForm)
        if (self.user_list.columnCount() < 6):
            self.user_list.setColumnCount(6)
        __qtablewidgetitem = QTableWidgetItem()
        self.user_list.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.user_list.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.user_list.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.user_list.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.user_list.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.user_list.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        self.user_list.setObjectName(u"user_list")
        self.user_list.setMinimumSize(QSize(400, 200))
        self.user_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.user_list.setAlternatingRowColors(True)
        self.user_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.user_list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.user_list.setWordWrap(False)
        self.user_list.setColumnCount(6)
        self.user_list.verticalHeader().setVisible(False)

        self.body_layout.addWidget(self.user_list)

        self.actions_layout = QVBoxLayout()
        self.actions_layout.setObjectName(u"actions_layout")
        self.add_user = QPushButton(UsersForm)
        self.add_user.setObjectName(u"add_user")

        self.actions_layout.addWidget(self.add_user)

        self.reset_password = QPushButton(UsersForm)
        self.reset_password.setObjectName(u"reset_password")

        self.actions_layout.addWidget(self.reset_password)

        self.unlock = QPushButton(UsersForm)
        self.unlock.setObjectName(u"unlock")

        self.actions_layout.addWidget(self.unlock)

        self.edit_roles = QPushButton(UsersForm)
        self.edit_roles.setObjectName(u"edit_roles")

        self.actions_layout.addWidget(self.edit_roles)

        self.deactivate = QPushButton(UsersForm)
        self.deactivate.setObjectName(u"deactivate")

        self.actions_layout.addWidget(self.deactivate)

        self.history = QPushButton(UsersForm)
        self.history.setObjectName(u"history")

        self.actions_layout.addWidget(self.history)

        self.actions_gap = QSpacerItem(0, 16, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.actions_layout.addItem(self.actions_gap)

        self.role_list = QPushButton(UsersForm)
        self.role_list.setObjectName(u"role_list")

        self.actions_layout.addWidget(self.role_list)

        self.actions_stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.actions_layout.addItem(self.actions_stretch)


        self.body_layout.addLayout(self.actions_layout)


        self.dialog_layout.addLayout(self.body_layout)

        self.message = QLabel(UsersForm)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.dialog_layout.addWidget(self.message)

        self.button_box = QDialogButtonBox(UsersForm)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialog_layout.addWidget(self.button_box)

        QWidget.setTabOrder(self.user_list, self.add_user)
        QWidget.setTabOrder(self.add_user, self.reset_password)
        QWidget.setTabOrder(self.reset_password, self.unlock)
        QWidget.setTabOrder(self.unlock, self.edit_roles)
        QWidget.setTabOrder(self.edit_roles, self.deactivate)
        QWidget.setTabOrder(self.deactivate, self.role_list)

        self.retranslateUi(UsersForm)

        QMetaObject.connectSlotsByName(UsersForm)
    # setupUi

    def retranslateUi(self, UsersForm):
        UsersForm.setWindowTitle(QCoreApplication.translate("UsersForm", u"Users", None))
        self.intro.setText(QCoreApplication.translate("UsersForm", u"Every change here asks for your password again and is kept in the audit trail. A user id is never reused: a deactivated account stays, with its history.", None))
        ___qtablewidgetitem = self.user_list.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("UsersForm", u"User id", None))
        ___qtablewidgetitem1 = self.user_list.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("UsersForm", u"Name", None))
        ___qtablewidgetitem2 = self.user_list.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("UsersForm", u"Position", None))
        ___qtablewidgetitem3 = self.user_list.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("UsersForm", u"Roles", None))
        ___qtablewidgetitem4 = self.user_list.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("UsersForm", u"State", None))
        ___qtablewidgetitem5 = self.user_list.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("UsersForm", u"Must change password", None))
        self.add_user.setText(QCoreApplication.translate("UsersForm", u"&Add user\u2026", None))
        self.reset_password.setText(QCoreApplication.translate("UsersForm", u"&Reset password\u2026", None))
        self.unlock.setText(QCoreApplication.translate("UsersForm", u"&Unlock\u2026", None))
        self.edit_roles.setText(QCoreApplication.translate("UsersForm", u"R&oles\u2026", None))
        self.deactivate.setText(QCoreApplication.translate("UsersForm", u"&Deactivate\u2026", None))
#if QT_CONFIG(tooltip)
        self.history.setToolTip(QCoreApplication.translate("UsersForm", u"The account's audit trail: created, roles, passwords, locks, keys", None))
#endif // QT_CONFIG(tooltip)
        self.history.setText(QCoreApplication.translate("UsersForm", u"&History\u2026", None))
#if QT_CONFIG(tooltip)
        self.role_list.setToolTip(QCoreApplication.translate("UsersForm", u"The department's roles: add one, or rename one.", None))
#endif // QT_CONFIG(tooltip)
        self.role_list.setText(QCoreApplication.translate("UsersForm", u"Role &list\u2026", None))
    # retranslateUi
