# Generated from ui/case_window.ui by build/compile_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import QMetaObject, Qt
from PySide6.QtWidgets import QDialogButtonBox, QHBoxLayout, QLabel, QSizePolicy, QSpacerItem, QTabWidget, QVBoxLayout

class Ui_CaseForm(object):
    def setupUi(self, CaseForm):
        if not CaseForm.objectName():
            CaseForm.setObjectName(u"CaseForm")
        CaseForm.resize(1300, 820)
        self.case_layout = QVBoxLayout(CaseForm)
        self.case_layout.setObjectName(u"case_layout")
        self.header_row = QHBoxLayout()
        self.header_row.setObjectName(u"header_row")
        self.title = QLabel(CaseForm)
        self.title.setObjectName(u"title")
        self.title.setStyleSheet(u"font-size: 14pt; font-weight: bold;")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.header_row.addWidget(self.title)

        self.state_badge = QLabel(CaseForm)
        self.state_badge.setObjectName(u"state_badge")
        self.state_badge.setStyleSheet(u"padding: 2px 8px; border-radius: 8px; background: #dbe7f7; color: #123c69;")

        self.header_row.addWidget(self.state_badge)

        self.header_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header_row.addItem(self.header_spacer)

        self.due_line = QLabel(CaseForm)
        self.due_line.setObjectName(u"due_line")
        self.due_line.setWordWrap(True)

        self.header_row.addWidget(self.due_line)


        self.case_layout.addLayout(self.header_row)

        self.subtitle = QLabel(CaseForm)
        self.subtitle.setObjectName(u"subtitle")
        self.subtitle.setWordWrap(True)
        self.subtitle.setStyleSheet(u"color: #555;")

        self.case_layout.addWidget(self.subtitle)

        self.tabs = QTabWidget(CaseForm)
        self.tabs.setObjectName(u"tabs")
        self.tabs.setDocumentMode(True)

        self.case_layout.addWidget(self.tabs)

        self.footer_row = QHBoxLayout()
        self.footer_row.setObjectName(u"footer_row")
        self.status_line = QLabel(CaseForm)
        self.status_line.setObjectName(u"status_line")
        self.status_line.setWordWrap(True)

        self.footer_row.addWidget(self.status_line)

        self.buttons = QDialogButtonBox(CaseForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.footer_row.addWidget(self.buttons)


        self.case_layout.addLayout(self.footer_row)


        self.retranslateUi(CaseForm)

        QMetaObject.connectSlotsByName(CaseForm)
    # setupUi

    def retranslateUi(self, CaseForm):
        pass
    # retranslateUi
