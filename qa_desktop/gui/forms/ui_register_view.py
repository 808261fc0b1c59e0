# Generated from ui/register_view.ui by build/compile_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget

class Ui_RegisterView(object):
    def setupUi(self, RegisterView):
        if not RegisterView.objectName():
            RegisterView.setObjectName(u"RegisterView")
        RegisterView.resize(1200, 700)
        self.rootLayout = QVBoxLayout(RegisterView)
        self.rootLayout.setSpacing(6)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(6, 6, 6, 6)
        self.searchRow = QHBoxLayout()
        self.searchRow.setSpacing(8)
        self.searchRow.setObjectName(u"searchRow")
        self.searchEdit = QLineEdit(RegisterView)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumSize(QSize(180, 0))
        self.searchEdit.setClearButtonEnabled(True)

        self.searchRow.addWidget(self.searchEdit)

        self.dueCombo = QComboBox(RegisterView)
        self.dueCombo.setObjectName(u"dueCombo")
        self.dueCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.dueCombo.setMinimumContentsLength(11)

        self.searchRow.addWidget(self.dueCombo)

        self.repeatCombo = QComboBox(RegisterView)
        self.repeatCombo.setObjectName(u"repeatCombo")
        self.repeatCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.repeatCombo.setMinimumContentsLength(12)

        self.searchRow.addWidget(self.repeatCombo)

        self.fromCheck = QCheckBox(RegisterView)
        self.fromCheck.setObjectName(u"fromCheck")

        self.searchRow.addWidget(self.fromCheck)

        self.fromDate = QDateEdit(RegisterView)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setEnabled(False)
        self.fromDate.setDisplayFormat(u"yyyy-MM-dd")
        self.fromDate.setCalendarPopup(True)

        self.searchRow.addWidget(self.fromDate)

        self.toCheck = QCheckBox(RegisterView)
        self.toCheck.setObjectName(u"toCheck")

        self.searchRow.addWidget(self.toCheck)

        self.toDate = QDateEdit(RegisterView)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setEnabled(False)
        self.toDate.setDisplayFormat(u"yyyy-MM-dd")
        self.toDate.setCalendarPopup(True)

        self.searchRow.addWidget(self.toDate)

        self.clearButton = QPushButton(RegisterView)
        self.clearButton.setObjectName(u"clearButton")

        self.searchRow.addWidget(self.clearButton)

        self.countLabel = QLabel(RegisterView)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setMinimumSize(QSize(120, 0))
        self.countLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.searchRow.addWidget(self.countLabel)


        self.rootLayout.addLayout(self.searchRow)

        self.filterRow = QHBoxLayout()
        self.filterRow.setSpacing(8)
        self.filterRow.setObjectName(u"filterRow")
        self.statusCombo = QComboBox(RegisterView)
        self.statusCombo.setObjectName(u"statusCombo")
        self.statusCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.statusCombo.setMinimumContentsLength(12)

        self.filterRow.addWidget(self.statusCombo)

        self.customerCombo = QComboBox(RegisterView)
        self.customerCombo.setObjectName(u"customerCombo")
        self.customerCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.customerCombo.setMinimumContentsLength(18)
        self.customerCombo.setMaxVisibleItems(25)

        self.filterRow.addWidget(self.customerCombo)

        self.severityCombo = QComboBox(RegisterView)
        self.severityCombo.setObjectName(u"severityCombo")
        self.severityCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.severityCombo.setMinimumContentsLength(9)

        self.filterRow.addWidget(self.severityCombo)

        self.categoryCombo = QComboBox(RegisterView)
        self.categoryCombo.setObjectName(u"categoryCombo")
        self.categoryCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.categoryCombo.setMinimumContentsLength(14)

        self.filterRow.addWidget(self.categoryCombo)

        self.marketCombo = QComboBox(RegisterView)
        self.marketCombo.setObjectName(u"marketCombo")
        self.marketCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.marketCombo.setMinimumContentsLength(8)

        self.filterRow.addWidget(self.marketCombo)

        self.defectCombo = QComboBox(RegisterView)
        self.defectCombo.setObjectName(u"defectCombo")
        self.defectCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.defectCombo.setMinimumContentsLength(14)
        self.defectCombo.setMaxVisibleItems(25)

        self.filterRow.addWidget(self.defectCombo)

        self.ownerCombo = QComboBox(RegisterView)
        self.ownerCombo.setObjectName(u"ownerCombo")
        self.ownerCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.ownerCombo.setMinimumContentsLength(9)
        self.ownerCombo.setMaxVisibleItems(25)

        self.filterRow.addWidget(self.ownerCombo)

        self.productCombo = QComboBox(RegisterView)
        self.productCombo.setObjectName(u"productCombo")
        self.productCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.productCombo.setMinimumContentsLength(14)
        self.productCombo.setMaxVisibleItems(25)

        self.filterRow.addWidget(self.productCombo)

        self.departmentCombo = QComboBox(RegisterView)
        self.departmentCombo.setObjectName(u"departmentCombo")
        self.departmentCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.departmentCombo.setMinimumContentsLength(10)
        self.departmentCombo.setMaxVisibleItems(25)

        self.filterRow.addWidget(self.departmentCombo)

        self.filterStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterStretch)


        self.rootLayout.addLayout(self.filterRow)

        self.table = QTableView(RegisterView)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.rootLayout.addWidget(self.table)

        QWidget.setTabOrder(self.searchEdit, self.dueCombo)
        QWidget.setTabOrder(self.dueCombo, self.repeatCombo)
        QWidget.setTabOrder(self.repeatCombo, self.fromCheck)
        QWidget.setTabOrder(self.fromCheck, self.fromDate)
        QWidget.setTabOrder(self.fromDate, self.toCheck)
        QWidget.setTabOrder(self.toCheck, self.toDate)
        QWidget.setTabOrder(self.toDate, self.clearButton)
        QWidget.setTabOrder(self.clearButton, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.customerCombo)
        QWidget.setTabOrder(self.customerCombo, self.severityCombo)
        QWidget.setTabOrder(self.severityCombo, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.marketCombo)
        QWidget.setTabOrder(self.marketCombo, self.defectCombo)
        QWidget.setTabOrder(self.defectCombo, self.ownerCombo)
        QWidget.setTabOrder(self.ownerCombo, self.productCombo)
        QWidget.setTabOrder(self.productCombo, self.departmentCombo)
        QWidget.setTabOrder(self.departmentCombo, self.table)

        self.retranslateUi(RegisterView)

        QMetaObject.connectSlotsByName(RegisterView)
    # setupUi

    def retranslateUi(self, RegisterView):
        RegisterView.setWindowTitle(QCoreApplication.translate("RegisterView", u"Complaint register", None))
#if QT_CONFIG(tooltip)
        self.searchEdit.setToolTip(QCoreApplication.translate("RegisterView", u"Every word must match. Searches the case no., the customer (its Chinese and English names, and spellings merged into it), product, specification, coil and heat numbers, the defect type (both names, and the words of an \"other\" defect), owner, description, customer request, material no., order no., delivery note, contact, salesperson, mill certificate no. and the customer's complaint no. Status, severity, category and market have filters of their own.", None))
#endif // QT_CONFIG(tooltip)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("RegisterView", u"Search case no., customer, coil, defect, text\u2026 (Ctrl+F)", None))
#if QT_CONFIG(tooltip)
        self.dueCombo.setToolTip(QCoreApplication.translate("RegisterView", u"Response clocks: late (a clock overdue now, or one met late) or due on the department's today", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.repeatCombo.setToolTip(QCoreApplication.translate("RegisterView", u"Repeat complaints: the same customer complained earlier of the same product or defect type", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.fromCheck.setToolTip(QCoreApplication.translate("RegisterView", u"Only complaints received on or after this day (the department's day)", None))
#endif // QT_CONFIG(tooltip)
        self.fromCheck.setText(QCoreApplication.translate("RegisterView", u"Received from", None))
#if QT_CONFIG(tooltip)
        self.toCheck.setToolTip(QCoreApplication.translate("RegisterView", u"Only complaints received on or before this day (the department's day)", None))
#endif // QT_CONFIG(tooltip)
        self.toCheck.setText(QCoreApplication.translate("RegisterView", u"to", u"upper end of the received-date range, as in \"received from \u2026 to \u2026\""))
#if QT_CONFIG(tooltip)
        self.clearButton.setToolTip(QCoreApplication.translate("RegisterView", u"Show every complaint again", None))
#endif // QT_CONFIG(tooltip)
        self.clearButton.setText(QCoreApplication.translate("RegisterView", u"Clear filters", None))
#if QT_CONFIG(tooltip)
        self.statusCombo.setToolTip(QCoreApplication.translate("RegisterView", u"Status", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.customerCombo.setToolTip(QCoreApplication.translate("RegisterView", u"Customer", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.severityCombo.setToolTip(QCoreApplication.translate("RegisterView", u"Severity", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.categoryCombo.setToolTip(QCoreApplication.translate("RegisterView", u"Category", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.marketCombo.setToolTip(QCoreApplication.translate("RegisterView", u"Market", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.defectCombo.setToolTip(QCoreApplication.translate("RegisterView", u"Defect type", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.ownerCombo.setToolTip(QCoreApplication.translate("RegisterView", u"Owner", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.productCombo.setToolTip(QCoreApplication.translate("RegisterView", u"Product", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.departmentCombo.setToolTip(QCoreApplication.translate("RegisterView", u"Responsible department", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi
