# Generated from ui/checklist_editor.ui by build/compile_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

class Ui_ChecklistEditorForm(object):
    def setupUi(self, ChecklistEditorForm):
        if not ChecklistEditorForm.objectName():
            ChecklistEditorForm.setObjectName(u"ChecklistEditorForm")
        ChecklistEditorForm.resize(1200, 680)
        ChecklistEditorForm.setSizeGripEnabled(True)
        self.dialog_layout = QVBoxLayout(ChecklistEditorForm)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.heading = QLabel(ChecklistEditorForm)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet(u"font-weight: bold;")

        self.dialog_layout.addWidget(self.heading)

        self.names_row = QHBoxLayout()
        self.names_row.setObjectName(u"names_row")
        self.name_en_label = QLabel(ChecklistEditorForm)
        self.name_en_label.setObjectName(u"name_en_label")

        self.names_row.addWidget(self.name_en_label)

        self.name_en = QLineEdit(ChecklistEditorForm)
        self.name_en.setObjectName(u"name_en")

        self.names_row.addWidget(self.name_en)

        self.name_zh_label = QLabel(ChecklistEditorForm)
        self.name_zh_label.setObjectName(u"name_zh_label")

        self.names_row.addWidget(self.name_zh_label)

        self.name_zh = QLineEdit(ChecklistEditorForm)
        self.name_zh.setObjectName(u"name_zh")

        self.names_row.addWidget(self.name_zh)


        self.dialog_layout.addLayout(self.names_row)

        self.name_error = QLabel(ChecklistEditorForm)
        self.name_error.setObjectName(u"name_error")
        self.name_error.setWordWrap(True)
        self.name_error.setStyleSheet(u"color: #b3261e;")

        self.dialog_layout.addWidget(self.name_error)

        self.splitter = QSplitter(ChecklistEditorForm)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.items_pane = QWidget(self.splitter)
        self.items_pane.setObjectName(u"items_pane")
        self.items_layout = QHBoxLayout(self.items_pane)
        self.items_layout.setObjectName(u"items_layout")
        self.items_layout.setContentsMargins(0, 0, 0, 0)
        self.items = QTableWidget(self.items_pane)
        if (self.items.columnCount() < 7):
            self.items.setColumnCount(7)
        __qtablewidgetitem = QTableWidgetItem()
        self.items.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.items.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.items.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.items.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.items.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.items.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.items.setHorizontalHeaderItem(6, __qtablewidgetitem6)
        self.items.setObjectName(u"items")
        self.items.setAlternatingRowColors(True)
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items.setColumnCount(7)
        self.items.horizontalHeader().setStretchLastSection(False)

        self.items_layout.addWidget(self.items)

        self.item_buttons = QVBoxLayout()
        self.item_buttons.setObjectName(u"item_buttons")
        self.add_item = QPushButton(self.items_pane)
        self.add_item.setObjectName(u"add_item")

        self.item_buttons.addWidget(self.add_item)

        self.remove_item = QPushButton(self.items_pane)
        self.remove_item.setObjectName(u"remove_item")

        self.item_buttons.addWidget(self.remove_item)

        self.move_up = QPushButton(self.items_pane)
        self.move_up.setObjectName(u"move_up")

        self.item_buttons.addWidget(self.move_up)

        self.move_down = QPushButton(self.items_pane)
        self.move_down.setObjectName(u"move_down")

        self.item_buttons.addWidget(self.move_down)

        self.item_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.item_buttons.addItem(self.item_buttons_spacer)


        self.items_layout.addLayout(self.item_buttons)

        self.splitter.addWidget(self.items_pane)
        self.choices_group = QGroupBox(self.splitter)
        self.choices_group.setObjectName(u"choices_group")
        self.choices_layout = QHBoxLayout(self.choices_group)
        self.choices_layout.setObjectName(u"choices_layout")
        self.choices = QTableWidget(self.choices_group)
        if (self.choices.columnCount() < 3):
            self.choices.setColumnCount(3)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.choices.setHorizontalHeaderItem(0, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.choices.setHorizontalHeaderItem(1, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.choices.setHorizontalHeaderItem(2, __qtablewidgetitem9)
        self.choices.setObjectName(u"choices")
        self.choices.setAlternatingRowColors(True)
        self.choices.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.choices.setColumnCount(3)
        self.choices.horizontalHeader().setStretchLastSection(True)

        self.choices_layout.addWidget(self.choices)

        self.choice_buttons = QVBoxLayout()
        self.choice_buttons.setObjectName(u"choice_buttons")
        self.add_choice = QPushButton(self.choices_group)
        self.add_choice.setObjectName(u"add_choice")

        self.choice_buttons.addWidget(self.add_choice)

        self.remove_choice = QPushButton(self.choices_group)
        self.remove_choice.setObjectName(u"remove_choice")

        self.choice_buttons.addWidget(self.remove_choice)

        self.choice_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.choice_buttons.addItem(self.choice_buttons_spacer)


        self.choices_layout.addLayout(self.choice_buttons)

        self.splitter.addWidget(self.choices_group)

        self.dialog_layout.addWidget(self.splitter)

        self.items_error = QLabel(ChecklistEditorForm)
        self.items_error.setObjectName(u"items_error")
        self.items_error.setWordWrap(True)
        self.items_error.setStyleSheet(u"color: #b3261e;")
        self.items_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.items_error)

        self.buttons = QDialogButtonBox(ChecklistEditorForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.buttons)

        self.dialog_layout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.name_en_label.setBuddy(self.name_en)
        self.name_zh_label.setBuddy(self.name_zh)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ChecklistEditorForm)

        QMetaObject.connectSlotsByName(ChecklistEditorForm)
    # setupUi

    def retranslateUi(self, ChecklistEditorForm):
        ChecklistEditorForm.setWindowTitle(QCoreApplication.translate("ChecklistEditorForm", u"New checklist version", None))
        self.name_en_label.setText(QCoreApplication.translate("ChecklistEditorForm", u"Name (English)", None))
        self.name_zh_label.setText(QCoreApplication.translate("ChecklistEditorForm", u"Name (Chinese)", None))
        ___qtablewidgetitem = self.items.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ChecklistEditorForm", u"Key", None))
        ___qtablewidgetitem1 = self.items.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ChecklistEditorForm", u"Kind", None))
        ___qtablewidgetitem2 = self.items.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ChecklistEditorForm", u"English label", None))
        ___qtablewidgetitem3 = self.items.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ChecklistEditorForm", u"Chinese label", None))
        ___qtablewidgetitem4 = self.items.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("ChecklistEditorForm", u"Required", None))
        ___qtablewidgetitem5 = self.items.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("ChecklistEditorForm", u"Unit", None))
        ___qtablewidgetitem6 = self.items.horizontalHeaderItem(6)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("ChecklistEditorForm", u"Choices", None))
        self.add_item.setText(QCoreApplication.translate("ChecklistEditorForm", u"&Add item", None))
        self.remove_item.setText(QCoreApplication.translate("ChecklistEditorForm", u"&Remove item", None))
        self.move_up.setText(QCoreApplication.translate("ChecklistEditorForm", u"Move &up", None))
        self.move_down.setText(QCoreApplication.translate("ChecklistEditorForm", u"Move &down", None))
        self.choices_group.setTitle(QCoreApplication.translate("ChecklistEditorForm", u"Choices of the selected item", None))
        ___qtablewidgetitem7 = self.choices.horizontalHeaderItem(0)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("ChecklistEditorForm", u"Code", None))
        ___qtablewidgetitem8 = self.choices.horizontalHeaderItem(1)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("ChecklistEditorForm", u"English", None))
        ___qtablewidgetitem9 = self.choices.horizontalHeaderItem(2)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("ChecklistEditorForm", u"Chinese", None))
        self.add_choice.setText(QCoreApplication.translate("ChecklistEditorForm", u"Add &choice", None))
        self.remove_choice.setText(QCoreApplication.translate("ChecklistEditorForm", u"Remove c&hoice", None))
    # retranslateUi
