# Generated from ui/checklist_templates.ui by build/compile_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QLabel, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

class Ui_ChecklistTemplatesForm(object):
    def setupUi(self, ChecklistTemplatesForm):
        if not ChecklistTemplatesForm.objectName():
            ChecklistTemplatesForm.setObjectName(u"ChecklistTemplatesForm")
        ChecklistTemplatesForm.resize(1240, 640)
        ChecklistTemplatesForm.setSizeGripEnabled(True)
        self.dialog_layout = QVBoxLayout(ChecklistTemplatesForm)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.heading = QLabel(ChecklistTemplatesForm)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)

        self.dialog_layout.addWidget(self.heading)

        self.splitter = QSplitter(ChecklistTemplatesForm)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.versions_pane = QWidget(self.splitter)
        self.versions_pane.setObjectName(u"versions_pane")
        self.versions_layout = QVBoxLayout(self.versions_pane)
        self.versions_layout.setObjectName(u"versions_layout")
        self.versions_layout.setContentsMargins(0, 0, 0, 0)
        self.versions_label = QLabel(self.versions_pane)
        self.versions_label.setObjectName(u"versions_label")

        self.versions_layout.addWidget(self.versions_label)

        self.versions = QTableWidget(self.versions_pane)
        if (self.versions.columnCount() < 5):
            self.versions.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.versions.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.versions.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.versions.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.versions.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.versions.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.versions.setObjectName(u"versions")
        self.versions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.versions.setAlternatingRowColors(True)
        self.versions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.versions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.versions.setColumnCount(5)
        self.versions.horizontalHeader().setStretchLastSection(False)
        self.versions.verticalHeader().setVisible(False)

        self.versions_layout.addWidget(self.versions)

        self.splitter.addWidget(self.versions_pane)
        self.items_pane = QWidget(self.splitter)
        self.items_pane.setObjectName(u"items_pane")
        self.items_layout = QVBoxLayout(self.items_pane)
        self.items_layout.setObjectName(u"items_layout")
        self.items_layout.setContentsMargins(0, 0, 0, 0)
        self.version_info = QLabel(self.items_pane)
        self.version_info.setObjectName(u"version_info")
        self.version_info.setWordWrap(True)

        self.items_layout.addWidget(self.version_info)

        self.items = QTableWidget(self.items_pane)
        if (self.items.columnCount() < 6):
            self.items.setColumnCount(6)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.items.setHorizontalHeaderItem(0, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.items.setHorizontalHeaderItem(1, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.items.setHorizontalHeaderItem(2, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.items.setHorizontalHeaderItem(3, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.items.setHorizontalHeaderItem(4, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.items.setHorizontalHeaderItem(5, __qtablewidgetitem10)
        self.items.setObjectName(u"items")
        self.items.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items.setAlternatingRowColors(True)
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.items.setWordWrap(True)
        self.items.setColumnCount(6)
        self.items.horizontalHeader().setStretchLastSection(False)

        self.items_layout.addWidget(self.items)

        self.splitter.addWidget(self.items_pane)

        self.dialog_layout.addWidget(self.splitter)

        self.message = QLabel(ChecklistTemplatesForm)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(ChecklistTemplatesForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialog_layout.addWidget(self.buttons)

        self.dialog_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.versions_label.setBuddy(self.versions)
        self.version_info.setBuddy(self.items)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ChecklistTemplatesForm)

        QMetaObject.connectSlotsByName(ChecklistTemplatesForm)
    # setupUi

    def retranslateUi(self, ChecklistTemplatesForm):
        ChecklistTemplatesForm.setWindowTitle(QCoreApplication.translate("ChecklistTemplatesForm", u"Checklist templates", None))
        self.heading.setText(QCoreApplication.translate("ChecklistTemplatesForm", u"A visit keeps the checklist version it was planned with. A new version is never a change to an old one: visits planned after it is stored are filled against it.", None))
        self.versions_label.setText(QCoreApplication.translate("ChecklistTemplatesForm", u"Versions", None))
        ___qtablewidgetitem = self.versions.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ChecklistTemplatesForm", u"Code", None))
        ___qtablewidgetitem1 = self.versions.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ChecklistTemplatesForm", u"Version", None))
        ___qtablewidgetitem2 = self.versions.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ChecklistTemplatesForm", u"Checklist", None))
        ___qtablewidgetitem3 = self.versions.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ChecklistTemplatesForm", u"Current", None))
        ___qtablewidgetitem4 = self.versions.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("ChecklistTemplatesForm", u"Visits", None))
        ___qtablewidgetitem5 = self.items.horizontalHeaderItem(0)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("ChecklistTemplatesForm", u"English label", None))
        ___qtablewidgetitem6 = self.items.horizontalHeaderItem(1)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("ChecklistTemplatesForm", u"Chinese label", None))
        ___qtablewidgetitem7 = self.items.horizontalHeaderItem(2)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("ChecklistTemplatesForm", u"Kind", None))
        ___qtablewidgetitem8 = self.items.horizontalHeaderItem(3)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("ChecklistTemplatesForm", u"Required", None))
        ___qtablewidgetitem9 = self.items.horizontalHeaderItem(4)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("ChecklistTemplatesForm", u"Unit", None))
        ___qtablewidgetitem10 = self.items.horizontalHeaderItem(5)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("ChecklistTemplatesForm", u"Choices", None))
    # retranslateUi
