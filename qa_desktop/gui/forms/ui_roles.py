# Generated from ui/roles.ui by build/compile_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

class Ui_RolesForm(object):
    def setupUi(self, RolesForm):
        if not RolesForm.objectName():
            RolesForm.setObjectName(u"RolesForm")
        RolesForm.resize(760, 440)
        self.dialog_layout = QVBoxLayout(RolesForm)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.hint = QLabel(RolesForm)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.dialog_layout.addWidget(self.hint)

        self.body_layout = QHBoxLayout()
        self.body_layout.setObjectName(u"body_layout")
        self.role_list = QTableWidget(RolesForm)
        if (self.role_list.columnCount() < 4):
            self.role_list.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.role_list.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.role_list.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.role_list.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.role_list.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.role_list.setObjectName(u"role_list")
        self.role_list.setMinimumSize(QSize(360, 180))
        self.role_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.role_list.setAlternatingRowColors(True)
        self.role_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.role_list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.role_list.setWordWrap(False)
        self.role_list.setColumnCount(4)
        self.role_list.verticalHeader().setVisible(False)

        self.body_layout.addWidget(self.role_list)

        self.actions_layout = QVBoxLayout()
        self.actions_layout.setObjectName(u"actions_layout")
        self.add_role = QPushButton(RolesForm)
        self.add_role.setObjectName(u"add_role")

        self.actions_layout.addWidget(self.add_role)

        self.rename_role = QPushButton(RolesForm)
        self.rename_role.setObjectName(u"rename_role")

        self.actions_layout.addWidget(self.rename_role)

        self.actions_stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.actions_layout.addItem(self.actions_stretch)


        self.body_layout.addLayout(self.actions_layout)


        self.dialog_layout.addLayout(self.body_layout)

        self.message = QLabel(RolesForm)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.dialog_layout.addWidget(self.message)

        self.button_box = QDialogButtonBox(RolesForm)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialog_layout.addWidget(self.button_box)

        QWidget.setTabOrder(self.role_list, self.add_role)
        QWidget.setTabOrder(self.add_role, self.rename_role)

        self.retranslateUi(RolesForm)

        QMetaObject.connectSlotsByName(RolesForm)
    # setupUi

    def retranslateUi(self, RolesForm):
        RolesForm.setWindowTitle(QCoreApplication.translate("RolesForm", u"Roles", None))
        self.hint.setText(QCoreApplication.translate("RolesForm", u"A new role has no rights until the authority matrix (Tools \u2192 Authority matrix\u2026) gives it some.", None))
        ___qtablewidgetitem = self.role_list.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("RolesForm", u"Code", None))
        ___qtablewidgetitem1 = self.role_list.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("RolesForm", u"English name", None))
        ___qtablewidgetitem2 = self.role_list.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("RolesForm", u"Chinese name", None))
        ___qtablewidgetitem3 = self.role_list.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("RolesForm", u"Active accounts", None))
        self.add_role.setText(QCoreApplication.translate("RolesForm", u"&Add role\u2026", None))
        self.rename_role.setText(QCoreApplication.translate("RolesForm", u"&Rename\u2026", None))
    # retranslateUi
