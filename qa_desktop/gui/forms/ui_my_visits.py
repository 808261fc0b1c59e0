# Generated from ui/my_visits.ui by build/compile_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QDialogButtonBox, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout

class Ui_MyVisitsForm(object):
    def setupUi(self, MyVisitsForm):
        if not MyVisitsForm.objectName():
            MyVisitsForm.setObjectName(u"MyVisitsForm")
        MyVisitsForm.resize(1000, 640)
        self.dialog_layout = QVBoxLayout(MyVisitsForm)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.mine_group = QGroupBox(MyVisitsForm)
        self.mine_group.setObjectName(u"mine_group")
        self.mine_layout = QVBoxLayout(self.mine_group)
        self.mine_layout.setObjectName(u"mine_layout")
        self.mine = QTableWidget(self.mine_group)
        if (self.mine.columnCount() < 5):
            self.mine.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.mine.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.mine.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.mine.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.mine.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.mine.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.mine.setObjectName(u"mine")
        self.mine.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mine.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.mine.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.mine.setAlternatingRowColors(True)
        self.mine.setWordWrap(False)

        self.mine_layout.addWidget(self.mine)

        self.mine_row = QHBoxLayout()
        self.mine_row.setObjectName(u"mine_row")
        self.mine_empty = QLabel(self.mine_group)
        self.mine_empty.setObjectName(u"mine_empty")
        self.mine_empty.setWordWrap(True)

        self.mine_row.addWidget(self.mine_empty)

        self.mine_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.mine_row.addItem(self.mine_gap)

        self.show_all = QCheckBox(self.mine_group)
        self.show_all.setObjectName(u"show_all")

        self.mine_row.addWidget(self.show_all)


        self.mine_layout.addLayout(self.mine_row)


        self.dialog_layout.addWidget(self.mine_group)

        self.case_group = QGroupBox(MyVisitsForm)
        self.case_group.setObjectName(u"case_group")
        self.case_layout = QVBoxLayout(self.case_group)
        self.case_layout.setObjectName(u"case_layout")
        self.of_case = QTableWidget(self.case_group)
        if (self.of_case.columnCount() < 5):
            self.of_case.setColumnCount(5)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.of_case.setHorizontalHeaderItem(0, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.of_case.setHorizontalHeaderItem(1, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.of_case.setHorizontalHeaderItem(2, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.of_case.setHorizontalHeaderItem(3, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.of_case.setHorizontalHeaderItem(4, __qtablewidgetitem9)
        self.of_case.setObjectName(u"of_case")
        self.of_case.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.of_case.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.of_case.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.of_case.setAlternatingRowColors(True)
        self.of_case.setWordWrap(False)

        self.case_layout.addWidget(self.of_case)


        self.dialog_layout.addWidget(self.case_group)

        self.actions = QHBoxLayout()
        self.actions.setObjectName(u"actions")
        self.open_visit = QPushButton(MyVisitsForm)
        self.open_visit.setObjectName(u"open_visit")
        self.open_visit.setMinimumSize(QSize(0, 34))

        self.actions.addWidget(self.open_visit)

        self.plan_visit = QPushButton(MyVisitsForm)
        self.plan_visit.setObjectName(u"plan_visit")
        self.plan_visit.setMinimumSize(QSize(0, 34))

        self.actions.addWidget(self.plan_visit)

        self.reschedule = QPushButton(MyVisitsForm)
        self.reschedule.setObjectName(u"reschedule")
        self.reschedule.setMinimumSize(QSize(0, 34))

        self.actions.addWidget(self.reschedule)

        self.cancel_visit = QPushButton(MyVisitsForm)
        self.cancel_visit.setObjectName(u"cancel_visit")
        self.cancel_visit.setMinimumSize(QSize(0, 34))

        self.actions.addWidget(self.cancel_visit)

        self.actions_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions.addItem(self.actions_gap)

        self.refresh = QPushButton(MyVisitsForm)
        self.refresh.setObjectName(u"refresh")
        self.refresh.setMinimumSize(QSize(0, 34))

        self.actions.addWidget(self.refresh)


        self.dialog_layout.addLayout(self.actions)

        self.message = QLabel(MyVisitsForm)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.dialog_layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(MyVisitsForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialog_layout.addWidget(self.buttons)


        self.retranslateUi(MyVisitsForm)

        QMetaObject.connectSlotsByName(MyVisitsForm)
    # setupUi

    def retranslateUi(self, MyVisitsForm):
        MyVisitsForm.setWindowTitle(QCoreApplication.translate("MyVisitsForm", u"Site visits", None))
        self.mine_group.setTitle(QCoreApplication.translate("MyVisitsForm", u"My visits", None))
        ___qtablewidgetitem = self.mine.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("MyVisitsForm", u"Case no.", None))
        ___qtablewidgetitem1 = self.mine.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("MyVisitsForm", u"Customer", None))
        ___qtablewidgetitem2 = self.mine.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("MyVisitsForm", u"Appointment", None))
        ___qtablewidgetitem3 = self.mine.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("MyVisitsForm", u"Customer's site", None))
        ___qtablewidgetitem4 = self.mine.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("MyVisitsForm", u"State", None))
        self.show_all.setText(QCoreApplication.translate("MyVisitsForm", u"Show finished and cancelled visits", None))
        ___qtablewidgetitem5 = self.of_case.horizontalHeaderItem(0)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("MyVisitsForm", u"Visit no.", None))
        ___qtablewidgetitem6 = self.of_case.horizontalHeaderItem(1)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("MyVisitsForm", u"Who goes", None))
        ___qtablewidgetitem7 = self.of_case.horizontalHeaderItem(2)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("MyVisitsForm", u"Appointment", None))
        ___qtablewidgetitem8 = self.of_case.horizontalHeaderItem(3)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("MyVisitsForm", u"Customer's site", None))
        ___qtablewidgetitem9 = self.of_case.horizontalHeaderItem(4)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("MyVisitsForm", u"State", None))
        self.open_visit.setText(QCoreApplication.translate("MyVisitsForm", u"&Open visit", None))
        self.plan_visit.setText(QCoreApplication.translate("MyVisitsForm", u"&Plan a site visit\u2026", None))
        self.reschedule.setText(QCoreApplication.translate("MyVisitsForm", u"&Reschedule\u2026", None))
        self.cancel_visit.setText(QCoreApplication.translate("MyVisitsForm", u"&Cancel visit\u2026", None))
        self.refresh.setText(QCoreApplication.translate("MyVisitsForm", u"Re&fresh", None))
    # retranslateUi
