# Generated from ui/proposals.ui by build/compile_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QFrame, QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

class Ui_ProposalsForm(object):
    def setupUi(self, ProposalsForm):
        if not ProposalsForm.objectName():
            ProposalsForm.setObjectName(u"ProposalsForm")
        ProposalsForm.resize(1200, 700)
        ProposalsForm.setSizeGripEnabled(True)
        self.dialog_layout = QVBoxLayout(ProposalsForm)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.case_title = QLabel(ProposalsForm)
        self.case_title.setObjectName(u"case_title")
        self.case_title.setStyleSheet(u"font-weight: bold;")

        self.dialog_layout.addWidget(self.case_title)

        self.closed_note = QLabel(ProposalsForm)
        self.closed_note.setObjectName(u"closed_note")
        self.closed_note.setWordWrap(True)
        self.closed_note.setTextFormat(Qt.TextFormat.PlainText)
        self.closed_note.setStyleSheet(u"background: #fff4ce; color: #4a3b00; border: 1px solid #e6c860; border-radius: 3px; padding: 4px 6px;")

        self.dialog_layout.addWidget(self.closed_note)

        self.splitter = QSplitter(ProposalsForm)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.list_side = QWidget(self.splitter)
        self.list_side.setObjectName(u"list_side")
        self.list_layout = QVBoxLayout(self.list_side)
        self.list_layout.setObjectName(u"list_layout")
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.proposal_list = QTableWidget(self.list_side)
        if (self.proposal_list.columnCount() < 4):
            self.proposal_list.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.proposal_list.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.proposal_list.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.proposal_list.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.proposal_list.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.proposal_list.setObjectName(u"proposal_list")
        self.proposal_list.setMinimumSize(QSize(300, 120))
        self.proposal_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.proposal_list.setAlternatingRowColors(True)
        self.proposal_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.proposal_list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.proposal_list.setWordWrap(False)
        self.proposal_list.setColumnCount(4)
        self.proposal_list.verticalHeader().setVisible(False)

        self.list_layout.addWidget(self.proposal_list)

        self.new_proposal = QPushButton(self.list_side)
        self.new_proposal.setObjectName(u"new_proposal")

        self.list_layout.addWidget(self.new_proposal)

        self.splitter.addWidget(self.list_side)
        self.details_scroll = QScrollArea(self.splitter)
        self.details_scroll.setObjectName(u"details_scroll")
        self.details_scroll.setMinimumSize(QSize(560, 0))
        self.details_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.details_scroll.setWidgetResizable(True)
        self.details_page = QWidget()
        self.details_page.setObjectName(u"details_page")
        self.details_layout = QVBoxLayout(self.details_page)
        self.details_layout.setObjectName(u"details_layout")
        self.details_layout.setContentsMargins(-1, 0, -1, -1)
        self.banner = QLabel(self.details_page)
        self.banner.setObjectName(u"banner")
        self.banner.setWordWrap(True)
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.details_layout.addWidget(self.banner)

        self.heading = QLabel(self.details_page)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet(u"font-weight: bold;")

        self.details_layout.addWidget(self.heading)

        self.summary_caption = QLabel(self.details_page)
        self.summary_caption.setObjectName(u"summary_caption")

        self.details_layout.addWidget(self.summary_caption)

        self.summary = QPlainTextEdit(self.details_page)
        self.summary.setObjectName(u"summary")
        self.summary.setMinimumSize(QSize(0, 56))
        self.summary.setMaximumSize(QSize(16777215, 90))
        self.summary.setTabChangesFocus(True)

        self.details_layout.addWidget(self.summary)

        self.summary_error = QLabel(self.details_page)
        self.summary_error.setObjectName(u"summary_error")
        self.summary_error.setWordWrap(True)
        self.summary_error.setStyleSheet(u"color: #b00020;")

        self.details_layout.addWidget(self.summary_error)

        self.lines = QTableWidget(self.details_page)
        if (self.lines.columnCount() < 7):
            self.lines.setColumnCount(7)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.lines.setHorizontalHeaderItem(0, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.lines.setHorizontalHeaderItem(1, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.lines.setHorizontalHeaderItem(2, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.lines.setHorizontalHeaderItem(3, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.lines.setHorizontalHeaderItem(4, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.lines.setHorizontalHeaderItem(5, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.lines.setHorizontalHeaderItem(6, __qtablewidgetitem10)
        self.lines.setObjectName(u"lines")
        self.lines.setMinimumSize(QSize(0, 110))
        self.lines.setMaximumSize(QSize(16777215, 190))
        self.lines.setColumnCount(7)
        self.lines.horizontalHeader().setStretchLastSection(True)
        self.lines.verticalHeader().setVisible(False)

        self.details_layout.addWidget(self.lines)

        self.line_buttons = QHBoxLayout()
        self.line_buttons.setObjectName(u"line_buttons")
        self.add_line = QPushButton(self.details_page)
        self.add_line.setObjectName(u"add_line")

        self.line_buttons.addWidget(self.add_line)

        self.remove_line = QPushButton(self.details_page)
        self.remove_line.setObjectName(u"remove_line")

        self.line_buttons.addWidget(self.remove_line)

        self.line_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.line_buttons.addItem(self.line_buttons_spacer)

        self.totals = QLabel(self.details_page)
        self.totals.setObjectName(u"totals")

        self.line_buttons.addWidget(self.totals)


        self.details_layout.addLayout(self.line_buttons)

        self.lines_error = QLabel(self.details_page)
        self.lines_error.setObjectName(u"lines_error")
        self.lines_error.setWordWrap(True)
        self.lines_error.setStyleSheet(u"color: #b00020;")

        self.details_layout.addWidget(self.lines_error)

        self.route_group = QGroupBox(self.details_page)
        self.route_group.setObjectName(u"route_group")
        self.route_layout = QVBoxLayout(self.route_group)
        self.route_layout.setObjectName(u"route_layout")
        self.route = QLabel(self.route_group)
        self.route.setObjectName(u"route")
        self.route.setWordWrap(True)
        self.route.setTextFormat(Qt.TextFormat.RichText)
        self.route.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.route_layout.addWidget(self.route)


        self.details_layout.addWidget(self.route_group)

        self.details_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.details_layout.addItem(self.details_spacer)

        self.details_scroll.setWidget(self.details_page)
        self.splitter.addWidget(self.details_scroll)

        self.dialog_layout.addWidget(self.splitter)

        self.action_buttons = QHBoxLayout()
        self.action_buttons.setObjectName(u"action_buttons")
        self.save_draft = QPushButton(ProposalsForm)
        self.save_draft.setObjectName(u"save_draft")

        self.action_buttons.addWidget(self.save_draft)

        self.submit = QPushButton(ProposalsForm)
        self.submit.setObjectName(u"submit")

        self.action_buttons.addWidget(self.submit)

        self.approve = QPushButton(ProposalsForm)
        self.approve.setObjectName(u"approve")

        self.action_buttons.addWidget(self.approve)

        self.reject_proposal = QPushButton(ProposalsForm)
        self.reject_proposal.setObjectName(u"reject_proposal")

        self.action_buttons.addWidget(self.reject_proposal)

        self.print_sheet = QPushButton(ProposalsForm)
        self.print_sheet.setObjectName(u"print_sheet")

        self.action_buttons.addWidget(self.print_sheet)

        self.record_paper = QPushButton(ProposalsForm)
        self.record_paper.setObjectName(u"record_paper")

        self.action_buttons.addWidget(self.record_paper)

        self.form_error = QLabel(ProposalsForm)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setWordWrap(True)
        self.form_error.setStyleSheet(u"color: #b00020;")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.form_error.sizePolicy().hasHeightForWidth())
        self.form_error.setSizePolicy(sizePolicy)

        self.action_buttons.addWidget(self.form_error)

        self.button_box = QDialogButtonBox(ProposalsForm)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.action_buttons.addWidget(self.button_box)


        self.dialog_layout.addLayout(self.action_buttons)

        self.dialog_layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.summary_caption.setBuddy(self.summary)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProposalsForm)

        QMetaObject.connectSlotsByName(ProposalsForm)
    # setupUi

    def retranslateUi(self, ProposalsForm):
        ProposalsForm.setWindowTitle(QCoreApplication.translate("ProposalsForm", u"Handling proposals", None))
        ___qtablewidgetitem = self.proposal_list.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ProposalsForm", u"No.", None))
        ___qtablewidgetitem1 = self.proposal_list.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ProposalsForm", u"State", None))
        ___qtablewidgetitem2 = self.proposal_list.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ProposalsForm", u"Total", None))
        ___qtablewidgetitem3 = self.proposal_list.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ProposalsForm", u"Round", None))
        self.new_proposal.setText(QCoreApplication.translate("ProposalsForm", u"New proposal", None))
#if QT_CONFIG(tooltip)
        self.new_proposal.setToolTip(QCoreApplication.translate("ProposalsForm", u"Start a new handling proposal on the right; Save draft stores it", None))
#endif // QT_CONFIG(tooltip)
        self.summary_caption.setText(QCoreApplication.translate("ProposalsForm", u"Handling proposal (what is proposed, in a sentence or two)", None))
        ___qtablewidgetitem4 = self.lines.horizontalHeaderItem(0)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("ProposalsForm", u"Handling", None))
        ___qtablewidgetitem5 = self.lines.horizontalHeaderItem(1)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("ProposalsForm", u"Quantity", None))
        ___qtablewidgetitem6 = self.lines.horizontalHeaderItem(2)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("ProposalsForm", u"Unit", None))
        ___qtablewidgetitem7 = self.lines.horizontalHeaderItem(3)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("ProposalsForm", u"Amount", None))
        ___qtablewidgetitem8 = self.lines.horizontalHeaderItem(4)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("ProposalsForm", u"Currency", None))
        ___qtablewidgetitem9 = self.lines.horizontalHeaderItem(5)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("ProposalsForm", u"Rate", None))
        ___qtablewidgetitem10 = self.lines.horizontalHeaderItem(6)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("ProposalsForm", u"Reason", None))
        self.add_line.setText(QCoreApplication.translate("ProposalsForm", u"Add line", None))
        self.remove_line.setText(QCoreApplication.translate("ProposalsForm", u"Remove line", None))
        self.route_group.setTitle(QCoreApplication.translate("ProposalsForm", u"Route (who approves, from the authority matrix)", None))
        self.save_draft.setText(QCoreApplication.translate("ProposalsForm", u"Save draft", None))
        self.submit.setText(QCoreApplication.translate("ProposalsForm", u"Submit for approval", None))
#if QT_CONFIG(tooltip)
        self.submit.setToolTip(QCoreApplication.translate("ProposalsForm", u"Route the proposal by the authority matrix; it can no longer be edited without a new round", None))
#endif // QT_CONFIG(tooltip)
        self.approve.setText(QCoreApplication.translate("ProposalsForm", u"Approve\u2026", None))
        self.reject_proposal.setText(QCoreApplication.translate("ProposalsForm", u"Reject\u2026", None))
        self.print_sheet.setText(QCoreApplication.translate("ProposalsForm", u"Print sign-off sheet\u2026", None))
#if QT_CONFIG(tooltip)
        self.print_sheet.setToolTip(QCoreApplication.translate("ProposalsForm", u"Save the proposal's sign-off sheet as a PDF to print and sign", None))
#endif // QT_CONFIG(tooltip)
        self.record_paper.setText(QCoreApplication.translate("ProposalsForm", u"Record paper signature\u2026", None))
#if QT_CONFIG(tooltip)
        self.record_paper.setToolTip(QCoreApplication.translate("ProposalsForm", u"Record a signature given on the printed sign-off sheet, with its scan", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi
