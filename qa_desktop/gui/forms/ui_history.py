# Generated from ui/history.ui by build/compile_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout

class Ui_HistoryForm(object):
    def setupUi(self, HistoryForm):
        if not HistoryForm.objectName():
            HistoryForm.setObjectName(u"HistoryForm")
        HistoryForm.resize(900, 520)
        HistoryForm.setSizeGripEnabled(True)
        self.dialog_layout = QVBoxLayout(HistoryForm)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.heading = QLabel(HistoryForm)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)

        self.dialog_layout.addWidget(self.heading)

        self.entries = QTableWidget(HistoryForm)
        if (self.entries.columnCount() < 5):
            self.entries.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.entries.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.entries.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.entries.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.entries.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.entries.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.entries.setObjectName(u"entries")
        self.entries.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.entries.setAlternatingRowColors(True)
        self.entries.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.entries.setWordWrap(True)
        self.entries.setColumnCount(5)
        self.entries.horizontalHeader().setStretchLastSection(True)
        self.entries.verticalHeader().setVisible(False)

        self.dialog_layout.addWidget(self.entries)

        self.buttons = QDialogButtonBox(HistoryForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialog_layout.addWidget(self.buttons)


        self.retranslateUi(HistoryForm)

        QMetaObject.connectSlotsByName(HistoryForm)
    # setupUi

    def retranslateUi(self, HistoryForm):
        HistoryForm.setWindowTitle(QCoreApplication.translate("HistoryForm", u"History", None))
        ___qtablewidgetitem = self.entries.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("HistoryForm", u"When", None))
        ___qtablewidgetitem1 = self.entries.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("HistoryForm", u"Who", None))
        ___qtablewidgetitem2 = self.entries.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("HistoryForm", u"What", None))
        ___qtablewidgetitem3 = self.entries.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("HistoryForm", u"Reason", None))
        ___qtablewidgetitem4 = self.entries.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("HistoryForm", u"Changes", None))
    # retranslateUi
