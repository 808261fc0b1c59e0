# Generated from ui/delegations.ui by build/compile_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

class Ui_DelegationsForm(object):
    def setupUi(self, DelegationsForm):
        if not DelegationsForm.objectName():
            DelegationsForm.setObjectName(u"DelegationsForm")
        DelegationsForm.resize(900, 420)
        self.dialog_layout = QVBoxLayout(DelegationsForm)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.explanation = QLabel(DelegationsForm)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.dialog_layout.addWidget(self.explanation)

        self.list_layout = QHBoxLayout()
        self.list_layout.setObjectName(u"list_layout")
        self.delegation_list = QTableWidget(DelegationsForm)
        if (self.delegation_list.columnCount() < 7):
            self.delegation_list.setColumnCount(7)
        __qtablewidgetitem = QTableWidgetItem()
        self.delegation_list.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.delegation_list.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.delegation_list.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.delegation_list.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.delegation_list.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.delegation_list.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.delegation_list.setHorizontalHeaderItem(6, __qtablewidgetitem6)
        self.delegation_list.setObjectName(u"delegation_list")
        self.delegation_list.setMinimumSize(QSize(400, 160))
        self.delegation_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.delegation_list.setAlternatingRowColors(True)
        self.delegation_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.delegation_list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.delegation_list.setWordWrap(False)
        self.delegation_list.setColumnCount(7)
        self.delegation_list.verticalHeader().setVisible(False)

        self.list_layout.addWidget(self.delegation_list)

        self.actions_layout = QVBoxLayout()
        self.actions_layout.setObjectName(u"actions_layout")
        self.delegate = QPushButton(DelegationsForm)
        self.delegate.setObjectName(u"delegate")

        self.actions_layout.addWidget(self.delegate)

        self.revoke = QPushButton(DelegationsForm)
        self.revoke.setObjectName(u"revoke")

        self.actions_layout.addWidget(self.revoke)

        self.actions_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.actions_layout.addItem(self.actions_spacer)


        self.list_layout.addLayout(self.actions_layout)


        self.dialog_layout.addLayout(self.list_layout)

        self.message = QLabel(DelegationsForm)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.dialog_layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(DelegationsForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialog_layout.addWidget(self.buttons)

        QWidget.setTabOrder(self.delegation_list, self.delegate)
        QWidget.setTabOrder(self.delegate, self.revoke)

        self.retranslateUi(DelegationsForm)

        QMetaObject.connectSlotsByName(DelegationsForm)
    # setupUi

    def retranslateUi(self, DelegationsForm):
        DelegationsForm.setWindowTitle(QCoreApplication.translate("DelegationsForm", u"Delegations", None))
        self.explanation.setText(QCoreApplication.translate("DelegationsForm", u"A delegation lets a colleague sign for you between two days, up to a cap no higher than your own limit. The ones you gave and the ones you hold are listed here.", None))
        ___qtablewidgetitem = self.delegation_list.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("DelegationsForm", u"Given or held", None))
        ___qtablewidgetitem1 = self.delegation_list.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("DelegationsForm", u"Colleague", None))
        ___qtablewidgetitem2 = self.delegation_list.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("DelegationsForm", u"First day", None))
        ___qtablewidgetitem3 = self.delegation_list.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("DelegationsForm", u"Last day", None))
        ___qtablewidgetitem4 = self.delegation_list.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("DelegationsForm", u"Cap", None))
        ___qtablewidgetitem5 = self.delegation_list.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("DelegationsForm", u"Reason", None))
        ___qtablewidgetitem6 = self.delegation_list.horizontalHeaderItem(6)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("DelegationsForm", u"State", None))
        self.delegate.setText(QCoreApplication.translate("DelegationsForm", u"&Delegate\u2026", None))
        self.revoke.setText(QCoreApplication.translate("DelegationsForm", u"&Revoke", None))
#if QT_CONFIG(tooltip)
        self.revoke.setToolTip(QCoreApplication.translate("DelegationsForm", u"End the selected delegation you gave; it stays listed as revoked", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi
