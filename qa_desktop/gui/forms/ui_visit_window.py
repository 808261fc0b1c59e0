# Generated from ui/visit_window.ui by build/compile_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QTableWidgetItem, QVBoxLayout, QWidget

from qa_desktop.gui.visit_checklist import VisitChecklist
from qa_desktop.gui.visit_coils import VisitCoilTable

class Ui_VisitForm(object):
    def setupUi(self, VisitForm):
        if not VisitForm.objectName():
            VisitForm.setObjectName(u"VisitForm")
        VisitForm.resize(1300, 860)
        self.dialog_layout = QVBoxLayout(VisitForm)
        self.dialog_layout.setSpacing(6)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.header = QFrame(VisitForm)
        self.header.setObjectName(u"header")
        self.header.setFrameShape(QFrame.Shape.StyledPanel)
        self.header_layout = QGridLayout(self.header)
        self.header_layout.setObjectName(u"header_layout")
        self.header_layout.setHorizontalSpacing(10)
        self.header_layout.setVerticalSpacing(2)
        self.header_layout.setContentsMargins(-1, 4, -1, 4)
        self.title = QLabel(self.header)
        self.title.setObjectName(u"title")
        self.title.setStyleSheet(u"font-weight: bold; font-size: 11pt;")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)

        self.header_layout.addWidget(self.title, 0, 0, 1, 3)

        self.state = QLabel(self.header)
        self.state.setObjectName(u"state")
        self.state.setStyleSheet(u"font-weight: bold; padding: 2px 8px;")
        self.state.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.header_layout.addWidget(self.state, 0, 3, 1, 1, Qt.AlignmentFlag.AlignRight)

        self.appointment_label = QLabel(self.header)
        self.appointment_label.setObjectName(u"appointment_label")
        self.appointment_label.setStyleSheet(u"color: #555;")

        self.header_layout.addWidget(self.appointment_label, 1, 0, 1, 1)

        self.appointment = QLabel(self.header)
        self.appointment.setObjectName(u"appointment")
        self.appointment.setTextFormat(Qt.TextFormat.PlainText)

        self.header_layout.addWidget(self.appointment, 1, 1, 1, 1)

        self.contact_label = QLabel(self.header)
        self.contact_label.setObjectName(u"contact_label")
        self.contact_label.setStyleSheet(u"color: #555;")

        self.header_layout.addWidget(self.contact_label, 1, 2, 1, 1)

        self.contact = QLabel(self.header)
        self.contact.setObjectName(u"contact")
        self.contact.setTextFormat(Qt.TextFormat.PlainText)

        self.header_layout.addWidget(self.contact, 1, 3, 1, 1)

        self.site_label = QLabel(self.header)
        self.site_label.setObjectName(u"site_label")
        self.site_label.setStyleSheet(u"color: #555;")

        self.header_layout.addWidget(self.site_label, 2, 0, 1, 1)

        self.site = QLabel(self.header)
        self.site.setObjectName(u"site")
        self.site.setTextFormat(Qt.TextFormat.PlainText)
        self.site.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.site.sizePolicy().hasHeightForWidth())
        self.site.setSizePolicy(sizePolicy)

        self.header_layout.addWidget(self.site, 2, 1, 1, 1)

        self.template_label = QLabel(self.header)
        self.template_label.setObjectName(u"template_label")
        self.template_label.setStyleSheet(u"color: #555;")

        self.header_layout.addWidget(self.template_label, 2, 2, 1, 1)

        self.template = QLabel(self.header)
        self.template.setObjectName(u"template")
        self.template.setTextFormat(Qt.TextFormat.PlainText)

        self.header_layout.addWidget(self.template, 2, 3, 1, 1)

        self.header_layout.setColumnStretch(1, 1)
        self.header_layout.setColumnStretch(3, 1)

        self.dialog_layout.addWidget(self.header)

        self.scroll_area = QScrollArea(VisitForm)
        self.scroll_area.setObjectName(u"scroll_area")
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_host = QWidget()
        self.scroll_host.setObjectName(u"scroll_host")
        self.scroll_layout = QVBoxLayout(self.scroll_host)
        self.scroll_layout.setObjectName(u"scroll_layout")
        self.scroll_layout.setContentsMargins(0, 0, 6, 0)
        self.checklist_group = QGroupBox(self.scroll_host)
        self.checklist_group.setObjectName(u"checklist_group")
        self.checklist_layout = QVBoxLayout(self.checklist_group)
        self.checklist_layout.setObjectName(u"checklist_layout")
        self.required_note = QLabel(self.checklist_group)
        self.required_note.setObjectName(u"required_note")
        self.required_note.setWordWrap(True)
        self.required_note.setStyleSheet(u"color: #555;")

        self.checklist_layout.addWidget(self.required_note)

        self.checklist = VisitChecklist(self.checklist_group)
        self.checklist.setObjectName(u"checklist")

        self.checklist_layout.addWidget(self.checklist)


        self.scroll_layout.addWidget(self.checklist_group)

        self.coils_group = QGroupBox(self.scroll_host)
        self.coils_group.setObjectName(u"coils_group")
        self.coils_layout = QVBoxLayout(self.coils_group)
        self.coils_layout.setSpacing(4)
        self.coils_layout.setObjectName(u"coils_layout")
        self.coils = VisitCoilTable(self.coils_group)
        if (self.coils.columnCount() < 10):
            self.coils.setColumnCount(10)
        __qtablewidgetitem = QTableWidgetItem()
        self.coils.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.coils.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.coils.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.coils.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.coils.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.coils.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.coils.setHorizontalHeaderItem(6, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.coils.setHorizontalHeaderItem(7, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.coils.setHorizontalHeaderItem(8, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.coils.setHorizontalHeaderItem(9, __qtablewidgetitem9)
        self.coils.setObjectName(u"coils")
        self.coils.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.coils.setAlternatingRowColors(True)

        self.coils_layout.addWidget(self.coils)

        self.coils_error = QLabel(self.coils_group)
        self.coils_error.setObjectName(u"coils_error")
        self.coils_error.setStyleSheet(u"color: #b3261e;")
        self.coils_error.setTextFormat(Qt.TextFormat.PlainText)
        self.coils_error.setWordWrap(True)

        self.coils_layout.addWidget(self.coils_error)

        self.coil_buttons = QHBoxLayout()
        self.coil_buttons.setObjectName(u"coil_buttons")
        self.add_coil = QPushButton(self.coils_group)
        self.add_coil.setObjectName(u"add_coil")
        self.add_coil.setMinimumSize(QSize(0, 34))

        self.coil_buttons.addWidget(self.add_coil)

        self.remove_coil = QPushButton(self.coils_group)
        self.remove_coil.setObjectName(u"remove_coil")
        self.remove_coil.setMinimumSize(QSize(0, 34))

        self.coil_buttons.addWidget(self.remove_coil)

        self.take_coils = QPushButton(self.coils_group)
        self.take_coils.setObjectName(u"take_coils")
        self.take_coils.setMinimumSize(QSize(0, 34))

        self.coil_buttons.addWidget(self.take_coils)

        self.coil_buttons_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.coil_buttons.addItem(self.coil_buttons_gap)


        self.coils_layout.addLayout(self.coil_buttons)

        self.totals = QLabel(self.coils_group)
        self.totals.setObjectName(u"totals")
        self.totals.setTextFormat(Qt.TextFormat.PlainText)
        self.totals.setWordWrap(True)

        self.coils_layout.addWidget(self.totals)


        self.scroll_layout.addWidget(self.coils_group)

        self.findings_group = QGroupBox(self.scroll_host)
        self.findings_group.setObjectName(u"findings_group")
        self.findings_layout = QVBoxLayout(self.findings_group)
        self.findings_layout.setSpacing(4)
        self.findings_layout.setObjectName(u"findings_layout")
        self.findings = QPlainTextEdit(self.findings_group)
        self.findings.setObjectName(u"findings")
        self.findings.setMinimumSize(QSize(0, 80))
        self.findings.setMaximumSize(QSize(16777215, 140))
        self.findings.setTabChangesFocus(True)

        self.findings_layout.addWidget(self.findings)

        self.findings_error = QLabel(self.findings_group)
        self.findings_error.setObjectName(u"findings_error")
        self.findings_error.setStyleSheet(u"color: #b3261e;")
        self.findings_error.setWordWrap(True)

        self.findings_layout.addWidget(self.findings_error)


        self.scroll_layout.addWidget(self.findings_group)

        self.photos_group = QGroupBox(self.scroll_host)
        self.photos_group.setObjectName(u"photos_group")
        self.photos_group_layout = QVBoxLayout(self.photos_group)
        self.photos_group_layout.setSpacing(4)
        self.photos_group_layout.setObjectName(u"photos_group_layout")
        self.photosArea = QWidget(self.photos_group)
        self.photosArea.setObjectName(u"photosArea")
        self.photos_layout = QVBoxLayout(self.photosArea)
        self.photos_layout.setObjectName(u"photos_layout")
        self.photos_layout.setContentsMargins(0, 0, 0, 0)

        self.photos_group_layout.addWidget(self.photosArea)

        self.photos_error = QLabel(self.photos_group)
        self.photos_error.setObjectName(u"photos_error")
        self.photos_error.setStyleSheet(u"color: #b3261e;")
        self.photos_error.setTextFormat(Qt.TextFormat.PlainText)
        self.photos_error.setWordWrap(True)

        self.photos_group_layout.addWidget(self.photos_error)


        self.scroll_layout.addWidget(self.photos_group)

        self.confirmation_group = QGroupBox(self.scroll_host)
        self.confirmation_group.setObjectName(u"confirmation_group")
        self.confirmation_layout = QHBoxLayout(self.confirmation_group)
        self.confirmation_layout.setObjectName(u"confirmation_layout")
        self.confirmation_state = QLabel(self.confirmation_group)
        self.confirmation_state.setObjectName(u"confirmation_state")
        self.confirmation_state.setWordWrap(True)
        self.confirmation_state.setTextFormat(Qt.TextFormat.PlainText)
        sizePolicy.setHeightForWidth(self.confirmation_state.sizePolicy().hasHeightForWidth())
        self.confirmation_state.setSizePolicy(sizePolicy)

        self.confirmation_layout.addWidget(self.confirmation_state)

        self.customer_signs = QPushButton(self.confirmation_group)
        self.customer_signs.setObjectName(u"customer_signs")
        self.customer_signs.setMinimumSize(QSize(0, 40))

        self.confirmation_layout.addWidget(self.customer_signs)

        self.signed_on_paper = QPushButton(self.confirmation_group)
        self.signed_on_paper.setObjectName(u"signed_on_paper")
        self.signed_on_paper.setMinimumSize(QSize(0, 40))

        self.confirmation_layout.addWidget(self.signed_on_paper)


        self.scroll_layout.addWidget(self.confirmation_group)

        self.record_end = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.scroll_layout.addItem(self.record_end)

        self.scroll_area.setWidget(self.scroll_host)

        self.dialog_layout.addWidget(self.scroll_area)

        self.form_error = QLabel(VisitForm)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setStyleSheet(u"color: #b3261e;")
        self.form_error.setTextFormat(Qt.TextFormat.PlainText)
        self.form_error.setWordWrap(True)

        self.dialog_layout.addWidget(self.form_error)

        self.bottom_row = QHBoxLayout()
        self.bottom_row.setObjectName(u"bottom_row")
        self.status_line = QLabel(VisitForm)
        self.status_line.setObjectName(u"status_line")
        self.status_line.setStyleSheet(u"color: #555;")
        self.status_line.setTextFormat(Qt.TextFormat.PlainText)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.status_line.sizePolicy().hasHeightForWidth())
        self.status_line.setSizePolicy(sizePolicy1)

        self.bottom_row.addWidget(self.status_line)

        self.buttons = QDialogButtonBox(VisitForm)
        self.buttons.setObjectName(u"buttons")

        self.bottom_row.addWidget(self.buttons)


        self.dialog_layout.addLayout(self.bottom_row)


        self.retranslateUi(VisitForm)

        QMetaObject.connectSlotsByName(VisitForm)
    # setupUi

    def retranslateUi(self, VisitForm):
        VisitForm.setWindowTitle(QCoreApplication.translate("VisitForm", u"Site visit", None))
        self.appointment_label.setText(QCoreApplication.translate("VisitForm", u"Appointment", None))
        self.contact_label.setText(QCoreApplication.translate("VisitForm", u"Contact", None))
        self.site_label.setText(QCoreApplication.translate("VisitForm", u"Customer's site", None))
        self.template_label.setText(QCoreApplication.translate("VisitForm", u"Checklist", None))
        self.checklist_group.setTitle(QCoreApplication.translate("VisitForm", u"Checklist", None))
        self.required_note.setText(QCoreApplication.translate("VisitForm", u"Items in bold are required before the visit can be finished.", None))
        self.coils_group.setTitle(QCoreApplication.translate("VisitForm", u"Coil lines found on site", None))
        ___qtablewidgetitem = self.coils.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("VisitForm", u"Coil / lot no.", None))
        ___qtablewidgetitem1 = self.coils.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("VisitForm", u"Heat no.", None))
        ___qtablewidgetitem2 = self.coils.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("VisitForm", u"Grade", None))
        ___qtablewidgetitem3 = self.coils.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("VisitForm", u"Specification", None))
        ___qtablewidgetitem4 = self.coils.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("VisitForm", u"Weight\n"
"(kg)", None))
        ___qtablewidgetitem5 = self.coils.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("VisitForm", u"Quantity\n"
"used", None))
        ___qtablewidgetitem6 = self.coils.horizontalHeaderItem(6)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("VisitForm", u"Quantity\n"
"unused", None))
        ___qtablewidgetitem7 = self.coils.horizontalHeaderItem(7)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("VisitForm", u"Defective\n"
"among used", None))
        ___qtablewidgetitem8 = self.coils.horizontalHeaderItem(8)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("VisitForm", u"Defective\n"
"among unused", None))
        ___qtablewidgetitem9 = self.coils.horizontalHeaderItem(9)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("VisitForm", u"Unit", None))
        self.add_coil.setText(QCoreApplication.translate("VisitForm", u"Add line", None))
#if QT_CONFIG(tooltip)
        self.remove_coil.setToolTip(QCoreApplication.translate("VisitForm", u"Remove the lines of the selected cells", None))
#endif // QT_CONFIG(tooltip)
        self.remove_coil.setText(QCoreApplication.translate("VisitForm", u"Remove line", None))
#if QT_CONFIG(tooltip)
        self.take_coils.setToolTip(QCoreApplication.translate("VisitForm", u"Add the coils of the complaint that are not listed yet", None))
#endif // QT_CONFIG(tooltip)
        self.take_coils.setText(QCoreApplication.translate("VisitForm", u"Take the complaint's coils", None))
        self.findings_group.setTitle(QCoreApplication.translate("VisitForm", u"Findings (internal)", None))
        self.findings.setPlaceholderText(QCoreApplication.translate("VisitForm", u"What you saw on site and concluded", None))
        self.photos_group.setTitle(QCoreApplication.translate("VisitForm", u"Photos", None))
        self.confirmation_group.setTitle(QCoreApplication.translate("VisitForm", u"Customer's confirmation", None))
        self.customer_signs.setText(QCoreApplication.translate("VisitForm", u"Customer signs\u2026", None))
#if QT_CONFIG(tooltip)
        self.customer_signs.setToolTip(QCoreApplication.translate("VisitForm", u"The customer confirms the coil lines' quantities, and only those, by signing", None))
#endif // QT_CONFIG(tooltip)
        self.signed_on_paper.setText(QCoreApplication.translate("VisitForm", u"Signed on paper\u2026", None))
#if QT_CONFIG(tooltip)
        self.signed_on_paper.setToolTip(QCoreApplication.translate("VisitForm", u"The customer signed the printed confirmation sheet: record the signer and its scan", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi
