# Generated from ui/conflicts.ui by build/compile_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout

class Ui_ConflictsForm(object):
    def setupUi(self, ConflictsForm):
        if not ConflictsForm.objectName():
            ConflictsForm.setObjectName(u"ConflictsForm")
        ConflictsForm.resize(1000, 540)
        ConflictsForm.setSizeGripEnabled(True)
        self.dialog_layout = QVBoxLayout(ConflictsForm)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.heading = QLabel(ConflictsForm)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)

        self.dialog_layout.addWidget(self.heading)

        self.fields = QTableWidget(ConflictsForm)
        if (self.fields.columnCount() < 5):
            self.fields.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.fields.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.fields.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.fields.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.fields.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.fields.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.fields.setObjectName(u"fields")
        self.fields.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fields.setAlternatingRowColors(True)
        self.fields.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.fields.setWordWrap(True)
        self.fields.setColumnCount(5)
        self.fields.horizontalHeader().setStretchLastSection(False)
        self.fields.verticalHeader().setVisible(False)

        self.dialog_layout.addWidget(self.fields)

        self.error = QLabel(ConflictsForm)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(u"color: #b00020;")

        self.dialog_layout.addWidget(self.error)

        self.choices_row = QHBoxLayout()
        self.choices_row.setObjectName(u"choices_row")
        self.all_ours = QPushButton(ConflictsForm)
        self.all_ours.setObjectName(u"all_ours")

        self.choices_row.addWidget(self.all_ours)

        self.all_theirs = QPushButton(ConflictsForm)
        self.all_theirs.setObjectName(u"all_theirs")

        self.choices_row.addWidget(self.all_theirs)

        self.choices_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.choices_row.addItem(self.choices_spacer)

        self.buttons = QDialogButtonBox(ConflictsForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Apply|QDialogButtonBox.StandardButton.Close)

        self.choices_row.addWidget(self.buttons)


        self.dialog_layout.addLayout(self.choices_row)


        self.retranslateUi(ConflictsForm)

        QMetaObject.connectSlotsByName(ConflictsForm)
    # setupUi

    def retranslateUi(self, ConflictsForm):
        ConflictsForm.setWindowTitle(QCoreApplication.translate("ConflictsForm", u"Visit pack conflicts", None))
        self.heading.setText(QCoreApplication.translate("ConflictsForm", u"These fields were changed both here and on the field laptop since the pack was made. Each keeps this database's value until you choose; nothing is overwritten without a choice.", None))
        ___qtablewidgetitem = self.fields.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ConflictsForm", u"Record", None))
        ___qtablewidgetitem1 = self.fields.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ConflictsForm", u"Field", None))
        ___qtablewidgetitem2 = self.fields.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ConflictsForm", u"This database", None))
        ___qtablewidgetitem3 = self.fields.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ConflictsForm", u"The field laptop", None))
        ___qtablewidgetitem4 = self.fields.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("ConflictsForm", u"Keep", None))
        self.all_ours.setText(QCoreApplication.translate("ConflictsForm", u"Keep all of this database's", None))
        self.all_theirs.setText(QCoreApplication.translate("ConflictsForm", u"Take all of the laptop's", None))
    # retranslateUi
