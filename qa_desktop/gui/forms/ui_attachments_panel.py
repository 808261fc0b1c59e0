# Generated from ui/attachments_panel.ui by build/compile_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout

class Ui_AttachmentsPanel(object):
    def setupUi(self, AttachmentsPanel):
        if not AttachmentsPanel.objectName():
            AttachmentsPanel.setObjectName(u"AttachmentsPanel")
        AttachmentsPanel.resize(900, 260)
        AttachmentsPanel.setAcceptDrops(True)
        self.panel_layout = QVBoxLayout(AttachmentsPanel)
        self.panel_layout.setSpacing(4)
        self.panel_layout.setObjectName(u"panel_layout")
        self.drop_hint = QLabel(AttachmentsPanel)
        self.drop_hint.setObjectName(u"drop_hint")
        self.drop_hint.setStyleSheet(u"color: palette(placeholder-text);")
        self.drop_hint.setWordWrap(True)

        self.panel_layout.addWidget(self.drop_hint)

        self.files = QTableWidget(AttachmentsPanel)
        if (self.files.columnCount() < 3):
            self.files.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.files.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.files.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.files.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.files.setObjectName(u"files")
        self.files.setMinimumSize(QSize(0, 120))
        self.files.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.SelectedClicked)
        self.files.setAlternatingRowColors(True)
        self.files.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.files.setIconSize(QSize(64, 64))
        self.files.setWordWrap(False)

        self.panel_layout.addWidget(self.files)

        self.attachments_error = QLabel(AttachmentsPanel)
        self.attachments_error.setObjectName(u"attachments_error")
        self.attachments_error.setStyleSheet(u"color: #b3261e;")
        self.attachments_error.setTextFormat(Qt.TextFormat.PlainText)
        self.attachments_error.setWordWrap(True)
        self.attachments_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.panel_layout.addWidget(self.attachments_error)

        self.file_buttons = QHBoxLayout()
        self.file_buttons.setObjectName(u"file_buttons")
        self.add_files = QPushButton(AttachmentsPanel)
        self.add_files.setObjectName(u"add_files")

        self.file_buttons.addWidget(self.add_files)

        self.open_file = QPushButton(AttachmentsPanel)
        self.open_file.setObjectName(u"open_file")

        self.file_buttons.addWidget(self.open_file)

        self.remove_files = QPushButton(AttachmentsPanel)
        self.remove_files.setObjectName(u"remove_files")

        self.file_buttons.addWidget(self.remove_files)

        self.intake_progress = QProgressBar(AttachmentsPanel)
        self.intake_progress.setObjectName(u"intake_progress")
        self.intake_progress.setMaximumSize(QSize(240, 16777215))
        self.intake_progress.setFormat(u"%v / %m")

        self.file_buttons.addWidget(self.intake_progress)

        self.cancel_intake = QPushButton(AttachmentsPanel)
        self.cancel_intake.setObjectName(u"cancel_intake")

        self.file_buttons.addWidget(self.cancel_intake)

        self.file_buttons_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.file_buttons.addItem(self.file_buttons_gap)


        self.panel_layout.addLayout(self.file_buttons)


        self.retranslateUi(AttachmentsPanel)

        QMetaObject.connectSlotsByName(AttachmentsPanel)
    # setupUi

    def retranslateUi(self, AttachmentsPanel):
        AttachmentsPanel.setTitle(QCoreApplication.translate("AttachmentsPanel", u"Attachments", None))
        self.drop_hint.setText(QCoreApplication.translate("AttachmentsPanel", u"The complaint letter or e-mail, the customer's photos: drop files here, or click Add files. They are saved with the complaint.", None))
        ___qtablewidgetitem = self.files.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("AttachmentsPanel", u"File", None))
        ___qtablewidgetitem1 = self.files.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("AttachmentsPanel", u"Caption", None))
        ___qtablewidgetitem2 = self.files.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("AttachmentsPanel", u"Size", None))
#if QT_CONFIG(tooltip)
        self.add_files.setToolTip(QCoreApplication.translate("AttachmentsPanel", u"Choose files to attach; you can also drop them onto this section", None))
#endif // QT_CONFIG(tooltip)
        self.add_files.setText(QCoreApplication.translate("AttachmentsPanel", u"Add files\u2026", None))
#if QT_CONFIG(tooltip)
        self.open_file.setToolTip(QCoreApplication.translate("AttachmentsPanel", u"Open a copy of the selected file with this PC's viewer", None))
#endif // QT_CONFIG(tooltip)
        self.open_file.setText(QCoreApplication.translate("AttachmentsPanel", u"Open", None))
#if QT_CONFIG(tooltip)
        self.remove_files.setToolTip(QCoreApplication.translate("AttachmentsPanel", u"Remove the selected files from the complaint when it is saved", None))
#endif // QT_CONFIG(tooltip)
        self.remove_files.setText(QCoreApplication.translate("AttachmentsPanel", u"Remove", None))
        self.cancel_intake.setText(QCoreApplication.translate("AttachmentsPanel", u"Stop adding", None))
    # retranslateUi
