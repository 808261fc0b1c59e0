# Generated from ui/containment_panel.ui by build/compile_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QFrame, QGroupBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from qa_desktop.gui.containment_table import ContainmentTable

class Ui_ContainmentPanel(object):
    def setupUi(self, ContainmentPanel):
        if not ContainmentPanel.objectName():
            ContainmentPanel.setObjectName(u"ContainmentPanel")
        ContainmentPanel.resize(1300, 560)
        self.panel_layout = QVBoxLayout(ContainmentPanel)
        self.panel_layout.setSpacing(4)
        self.panel_layout.setObjectName(u"panel_layout")
        self.panel_layout.setContentsMargins(4, 4, 4, 4)
        self.scroll_area = QScrollArea(ContainmentPanel)
        self.scroll_area.setObjectName(u"scroll_area")
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_host = QWidget()
        self.scroll_host.setObjectName(u"scroll_host")
        self.scroll_layout = QVBoxLayout(self.scroll_host)
        self.scroll_layout.setSpacing(4)
        self.scroll_layout.setObjectName(u"scroll_layout")
        self.scroll_layout.setContentsMargins(0, 0, 6, 0)
        self.intro = QLabel(self.scroll_host)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setStyleSheet(u"color: #555;")

        self.scroll_layout.addWidget(self.intro)

        self.lines = ContainmentTable(self.scroll_host)
        if (self.lines.columnCount() < 9):
            self.lines.setColumnCount(9)
        __qtablewidgetitem = QTableWidgetItem()
        self.lines.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.lines.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.lines.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.lines.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.lines.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.lines.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.lines.setHorizontalHeaderItem(6, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.lines.setHorizontalHeaderItem(7, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.lines.setHorizontalHeaderItem(8, __qtablewidgetitem8)
        self.lines.setObjectName(u"lines")
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.lines.setAlternatingRowColors(True)

        self.scroll_layout.addWidget(self.lines)

        self.lines_error = QLabel(self.scroll_host)
        self.lines_error.setObjectName(u"lines_error")
        self.lines_error.setStyleSheet(u"color: #b3261e;")
        self.lines_error.setTextFormat(Qt.TextFormat.PlainText)
        self.lines_error.setWordWrap(True)

        self.scroll_layout.addWidget(self.lines_error)

        self.line_buttons = QHBoxLayout()
        self.line_buttons.setObjectName(u"line_buttons")
        self.add_line = QPushButton(self.scroll_host)
        self.add_line.setObjectName(u"add_line")
        self.add_line.setMinimumSize(QSize(0, 32))

        self.line_buttons.addWidget(self.add_line)

        self.remove_line = QPushButton(self.scroll_host)
        self.remove_line.setObjectName(u"remove_line")
        self.remove_line.setMinimumSize(QSize(0, 32))

        self.line_buttons.addWidget(self.remove_line)

        self.take_visit = QPushButton(self.scroll_host)
        self.take_visit.setObjectName(u"take_visit")
        self.take_visit.setMinimumSize(QSize(0, 32))

        self.line_buttons.addWidget(self.take_visit)

        self.line_buttons_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.line_buttons.addItem(self.line_buttons_gap)


        self.scroll_layout.addLayout(self.line_buttons)

        self.visit_note = QLabel(self.scroll_host)
        self.visit_note.setObjectName(u"visit_note")
        self.visit_note.setStyleSheet(u"color: #8a5300;")
        self.visit_note.setTextFormat(Qt.TextFormat.PlainText)
        self.visit_note.setWordWrap(True)

        self.scroll_layout.addWidget(self.visit_note)

        self.totals_group = QGroupBox(self.scroll_host)
        self.totals_group.setObjectName(u"totals_group")
        self.totals_layout = QVBoxLayout(self.totals_group)
        self.totals_layout.setSpacing(2)
        self.totals_layout.setObjectName(u"totals_layout")
        self.totals = QTableWidget(self.totals_group)
        if (self.totals.columnCount() < 7):
            self.totals.setColumnCount(7)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.totals.setHorizontalHeaderItem(0, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.totals.setHorizontalHeaderItem(1, __qtablewidgetitem10)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.totals.setHorizontalHeaderItem(2, __qtablewidgetitem11)
        __qtablewidgetitem12 = QTableWidgetItem()
        self.totals.setHorizontalHeaderItem(3, __qtablewidgetitem12)
        __qtablewidgetitem13 = QTableWidgetItem()
        self.totals.setHorizontalHeaderItem(4, __qtablewidgetitem13)
        __qtablewidgetitem14 = QTableWidgetItem()
        self.totals.setHorizontalHeaderItem(5, __qtablewidgetitem14)
        __qtablewidgetitem15 = QTableWidgetItem()
        self.totals.setHorizontalHeaderItem(6, __qtablewidgetitem15)
        self.totals.setObjectName(u"totals")
        self.totals.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.totals.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.totals.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.totals_layout.addWidget(self.totals, 0, Qt.AlignmentFlag.AlignLeft)

        self.totals_note = QLabel(self.totals_group)
        self.totals_note.setObjectName(u"totals_note")
        self.totals_note.setTextFormat(Qt.TextFormat.PlainText)
        self.totals_note.setWordWrap(True)
        self.totals_note.setStyleSheet(u"color: #555;")

        self.totals_layout.addWidget(self.totals_note)


        self.scroll_layout.addWidget(self.totals_group)

        self.lines_end = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.scroll_layout.addItem(self.lines_end)

        self.scroll_area.setWidget(self.scroll_host)

        self.panel_layout.addWidget(self.scroll_area)

        self.form_error = QLabel(ContainmentPanel)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setStyleSheet(u"color: #b3261e;")
        self.form_error.setTextFormat(Qt.TextFormat.PlainText)
        self.form_error.setWordWrap(True)

        self.panel_layout.addWidget(self.form_error)

        self.bottom_row = QHBoxLayout()
        self.bottom_row.setObjectName(u"bottom_row")
        self.status_line = QLabel(ContainmentPanel)
        self.status_line.setObjectName(u"status_line")
        self.status_line.setStyleSheet(u"color: #555;")
        self.status_line.setTextFormat(Qt.TextFormat.PlainText)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.status_line.sizePolicy().hasHeightForWidth())
        self.status_line.setSizePolicy(sizePolicy)

        self.bottom_row.addWidget(self.status_line)

        self.buttons = QDialogButtonBox(ContainmentPanel)
        self.buttons.setObjectName(u"buttons")

        self.bottom_row.addWidget(self.buttons)


        self.panel_layout.addLayout(self.bottom_row)


        self.retranslateUi(ContainmentPanel)

        QMetaObject.connectSlotsByName(ContainmentPanel)
    # setupUi

    def retranslateUi(self, ContainmentPanel):
        self.intro.setText(QCoreApplication.translate("ContainmentPanel", u"Suspect material at every place it can be: how much was checked, put on HOLD, found defective and released as OK (with how it is marked). Held, defective and released are counted among the quantity checked.", None))
        ___qtablewidgetitem = self.lines.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ContainmentPanel", u"Place", None))
        ___qtablewidgetitem1 = self.lines.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ContainmentPanel", u"Coil / lot no.", None))
        ___qtablewidgetitem2 = self.lines.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ContainmentPanel", u"Quantity\n"
"checked", None))
        ___qtablewidgetitem3 = self.lines.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ContainmentPanel", u"Held\n"
"(HOLD)", None))
        ___qtablewidgetitem4 = self.lines.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("ContainmentPanel", u"Found\n"
"defective", None))
        ___qtablewidgetitem5 = self.lines.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("ContainmentPanel", u"Released\n"
"as OK", None))
        ___qtablewidgetitem6 = self.lines.horizontalHeaderItem(6)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("ContainmentPanel", u"Unit", None))
        ___qtablewidgetitem7 = self.lines.horizontalHeaderItem(7)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("ContainmentPanel", u"Marking of\n"
"OK material", None))
        ___qtablewidgetitem8 = self.lines.horizontalHeaderItem(8)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("ContainmentPanel", u"Result", None))
        self.add_line.setText(QCoreApplication.translate("ContainmentPanel", u"Add line", None))
#if QT_CONFIG(tooltip)
        self.remove_line.setToolTip(QCoreApplication.translate("ContainmentPanel", u"Remove the lines of the selected cells", None))
#endif // QT_CONFIG(tooltip)
        self.remove_line.setText(QCoreApplication.translate("ContainmentPanel", u"Remove line", None))
#if QT_CONFIG(tooltip)
        self.take_visit.setToolTip(QCoreApplication.translate("ContainmentPanel", u"Add the quantities used and unused that the finished site visit counted, or bring in what it counts now", None))
#endif // QT_CONFIG(tooltip)
        self.take_visit.setText(QCoreApplication.translate("ContainmentPanel", u"Take from the site visit", None))
        self.totals_group.setTitle(QCoreApplication.translate("ContainmentPanel", u"Totals per place", None))
        ___qtablewidgetitem9 = self.totals.horizontalHeaderItem(0)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("ContainmentPanel", u"Place", None))
        ___qtablewidgetitem10 = self.totals.horizontalHeaderItem(1)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("ContainmentPanel", u"Unit", None))
        ___qtablewidgetitem11 = self.totals.horizontalHeaderItem(2)
        ___qtablewidgetitem11.setText(QCoreApplication.translate("ContainmentPanel", u"Quantity\n"
"checked", None))
        ___qtablewidgetitem12 = self.totals.horizontalHeaderItem(3)
        ___qtablewidgetitem12.setText(QCoreApplication.translate("ContainmentPanel", u"Held\n"
"(HOLD)", None))
        ___qtablewidgetitem13 = self.totals.horizontalHeaderItem(4)
        ___qtablewidgetitem13.setText(QCoreApplication.translate("ContainmentPanel", u"Found\n"
"defective", None))
        ___qtablewidgetitem14 = self.totals.horizontalHeaderItem(5)
        ___qtablewidgetitem14.setText(QCoreApplication.translate("ContainmentPanel", u"Released\n"
"as OK", None))
        ___qtablewidgetitem15 = self.totals.horizontalHeaderItem(6)
        ___qtablewidgetitem15.setText(QCoreApplication.translate("ContainmentPanel", u"Neither defective\n"
"nor released", None))
        pass
    # retranslateUi
