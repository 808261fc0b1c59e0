# Generated from ui/authority_matrix.ui by build/compile_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QTabWidget, QTableWidget, QVBoxLayout, QWidget

class Ui_AuthorityMatrix(object):
    def setupUi(self, AuthorityMatrix):
        if not AuthorityMatrix.objectName():
            AuthorityMatrix.setObjectName(u"AuthorityMatrix")
        AuthorityMatrix.resize(1040, 560)
        AuthorityMatrix.setSizeGripEnabled(True)
        self.dialog_layout = QVBoxLayout(AuthorityMatrix)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.version_info = QLabel(AuthorityMatrix)
        self.version_info.setObjectName(u"version_info")
        self.version_info.setStyleSheet(u"font-weight: bold;")
        self.version_info.setTextFormat(Qt.TextFormat.PlainText)
        self.version_info.setWordWrap(True)

        self.dialog_layout.addWidget(self.version_info)

        self.hint = QLabel(AuthorityMatrix)
        self.hint.setObjectName(u"hint")
        self.hint.setStyleSheet(u"color: palette(placeholder-text);")
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)

        self.dialog_layout.addWidget(self.hint)

        self.tabs = QTabWidget(AuthorityMatrix)
        self.tabs.setObjectName(u"tabs")
        self.actions_tab = QWidget()
        self.actions_tab.setObjectName(u"actions_tab")
        self.actions_layout = QVBoxLayout(self.actions_tab)
        self.actions_layout.setObjectName(u"actions_layout")
        self.actions = QTableWidget(self.actions_tab)
        self.actions.setObjectName(u"actions")
        self.actions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.actions.setAlternatingRowColors(True)
        self.actions.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.actions.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

        self.actions_layout.addWidget(self.actions)

        self.tabs.addTab(self.actions_tab, "")
        self.kinds_tab = QWidget()
        self.kinds_tab.setObjectName(u"kinds_tab")
        self.kinds_layout = QVBoxLayout(self.kinds_tab)
        self.kinds_layout.setObjectName(u"kinds_layout")
        self.approve_kinds = QTableWidget(self.kinds_tab)
        self.approve_kinds.setObjectName(u"approve_kinds")
        self.approve_kinds.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.approve_kinds.setAlternatingRowColors(True)
        self.approve_kinds.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.approve_kinds.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

        self.kinds_layout.addWidget(self.approve_kinds)

        self.tabs.addTab(self.kinds_tab, "")

        self.dialog_layout.addWidget(self.tabs)

        self.reason_layout = QFormLayout()
        self.reason_layout.setObjectName(u"reason_layout")
        self.reason_label = QLabel(AuthorityMatrix)
        self.reason_label.setObjectName(u"reason_label")

        self.reason_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason = QLineEdit(AuthorityMatrix)
        self.reason.setObjectName(u"reason")
        self.reason.setMaxLength(500)

        self.reason_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reason)


        self.dialog_layout.addLayout(self.reason_layout)

        self.form_error = QLabel(AuthorityMatrix)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setStyleSheet(u"color: #b3261e;")
        self.form_error.setTextFormat(Qt.TextFormat.PlainText)
        self.form_error.setWordWrap(True)

        self.dialog_layout.addWidget(self.form_error)

        self.button_box = QDialogButtonBox(AuthorityMatrix)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.reason_label.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.actions)
        QWidget.setTabOrder(self.actions, self.approve_kinds)
        QWidget.setTabOrder(self.approve_kinds, self.reason)

        self.retranslateUi(AuthorityMatrix)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(AuthorityMatrix)
    # setupUi

    def retranslateUi(self, AuthorityMatrix):
        AuthorityMatrix.setWindowTitle(QCoreApplication.translate("AuthorityMatrix", u"Authority matrix", None))
        self.tabs.setTabText(self.tabs.indexOf(self.actions_tab), QCoreApplication.translate("AuthorityMatrix", u"Actions and money limit of each role", None))
        self.tabs.setTabText(self.tabs.indexOf(self.kinds_tab), QCoreApplication.translate("AuthorityMatrix", u"Handling each role may approve", None))
        self.reason_label.setText(QCoreApplication.translate("AuthorityMatrix", u"&Reason for the change:", None))
        self.reason.setPlaceholderText(QCoreApplication.translate("AuthorityMatrix", u"Required: it is kept in the audit trail with the new version", None))
    # retranslateUi
