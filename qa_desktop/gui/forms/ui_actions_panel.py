# Generated from ui/actions_panel.ui by build/compile_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QProgressBar, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

class Ui_ActionsPanel(object):
    def setupUi(self, ActionsPanel):
        if not ActionsPanel.objectName():
            ActionsPanel.setObjectName(u"ActionsPanel")
        ActionsPanel.resize(1280, 540)
        self.panel_layout = QHBoxLayout(ActionsPanel)
        self.panel_layout.setObjectName(u"panel_layout")
        self.list_side = QVBoxLayout()
        self.list_side.setObjectName(u"list_side")
        self.heading = QLabel(ActionsPanel)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet(u"font-weight: bold;")

        self.list_side.addWidget(self.heading)

        self.closed_note = QLabel(ActionsPanel)
        self.closed_note.setObjectName(u"closed_note")
        self.closed_note.setWordWrap(True)
        self.closed_note.setTextFormat(Qt.TextFormat.PlainText)
        self.closed_note.setStyleSheet(u"background: #fff4ce; color: #4a3b00; border: 1px solid #e6c860; border-radius: 3px; padding: 4px 6px;")

        self.list_side.addWidget(self.closed_note)

        self.actions = QTableWidget(ActionsPanel)
        if (self.actions.columnCount() < 7):
            self.actions.setColumnCount(7)
        __qtablewidgetitem = QTableWidgetItem()
        self.actions.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.actions.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.actions.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.actions.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.actions.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.actions.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.actions.setHorizontalHeaderItem(6, __qtablewidgetitem6)
        self.actions.setObjectName(u"actions")
        self.actions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.actions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.actions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.actions.setWordWrap(False)
        self.actions.setMinimumSize(QSize(0, 120))
        self.actions.setColumnCount(7)

        self.list_side.addWidget(self.actions)

        self.action_buttons = QHBoxLayout()
        self.action_buttons.setObjectName(u"action_buttons")
        self.new_action = QPushButton(ActionsPanel)
        self.new_action.setObjectName(u"new_action")

        self.action_buttons.addWidget(self.new_action)

        self.mark_done = QPushButton(ActionsPanel)
        self.mark_done.setObjectName(u"mark_done")

        self.action_buttons.addWidget(self.mark_done)

        self.verify = QPushButton(ActionsPanel)
        self.verify.setObjectName(u"verify")

        self.action_buttons.addWidget(self.verify)

        self.reject_verification = QPushButton(ActionsPanel)
        self.reject_verification.setObjectName(u"reject_verification")

        self.action_buttons.addWidget(self.reject_verification)

        self.cancel_action = QPushButton(ActionsPanel)
        self.cancel_action.setObjectName(u"cancel_action")

        self.action_buttons.addWidget(self.cancel_action)

        self.action_buttons_end = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.action_buttons.addItem(self.action_buttons_end)


        self.list_side.addLayout(self.action_buttons)

        self.actions_error = QLabel(ActionsPanel)
        self.actions_error.setObjectName(u"actions_error")
        self.actions_error.setWordWrap(True)
        self.actions_error.setStyleSheet(u"color: #b3261e;")

        self.list_side.addWidget(self.actions_error)

        self.history = QLabel(ActionsPanel)
        self.history.setObjectName(u"history")
        self.history.setWordWrap(True)
        self.history.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.list_side.addWidget(self.history)

        self.evidence_label = QLabel(ActionsPanel)
        self.evidence_label.setObjectName(u"evidence_label")
        self.evidence_label.setStyleSheet(u"font-weight: bold;")

        self.list_side.addWidget(self.evidence_label)

        self.evidence = QListWidget(ActionsPanel)
        self.evidence.setObjectName(u"evidence")
        self.evidence.setMinimumSize(QSize(0, 64))
        self.evidence.setMaximumSize(QSize(16777215, 110))

        self.list_side.addWidget(self.evidence)

        self.evidence_buttons = QHBoxLayout()
        self.evidence_buttons.setObjectName(u"evidence_buttons")
        self.add_evidence = QPushButton(ActionsPanel)
        self.add_evidence.setObjectName(u"add_evidence")

        self.evidence_buttons.addWidget(self.add_evidence)

        self.open_evidence = QPushButton(ActionsPanel)
        self.open_evidence.setObjectName(u"open_evidence")

        self.evidence_buttons.addWidget(self.open_evidence)

        self.remove_evidence = QPushButton(ActionsPanel)
        self.remove_evidence.setObjectName(u"remove_evidence")

        self.evidence_buttons.addWidget(self.remove_evidence)

        self.intake_progress = QProgressBar(ActionsPanel)
        self.intake_progress.setObjectName(u"intake_progress")
        self.intake_progress.setTextVisible(False)

        self.evidence_buttons.addWidget(self.intake_progress)

        self.evidence_buttons_end = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.evidence_buttons.addItem(self.evidence_buttons_end)


        self.list_side.addLayout(self.evidence_buttons)

        self.evidence_error = QLabel(ActionsPanel)
        self.evidence_error.setObjectName(u"evidence_error")
        self.evidence_error.setWordWrap(True)
        self.evidence_error.setStyleSheet(u"color: #b3261e;")

        self.list_side.addWidget(self.evidence_error)

        self.list_side.setStretch(2, 1)

        self.panel_layout.addLayout(self.list_side)

        self.form_side = QVBoxLayout()
        self.form_side.setObjectName(u"form_side")
        self.form_scroll = QScrollArea(ActionsPanel)
        self.form_scroll.setObjectName(u"form_scroll")
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setWidgetResizable(True)
        self.form_host = QWidget()
        self.form_host.setObjectName(u"form_host")
        self.form_layout = QVBoxLayout(self.form_host)
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setContentsMargins(0, 0, 4, 0)
        self.form_heading = QLabel(self.form_host)
        self.form_heading.setObjectName(u"form_heading")
        self.form_heading.setWordWrap(True)
        self.form_heading.setStyleSheet(u"font-weight: bold;")

        self.form_layout.addWidget(self.form_heading)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.kind_label = QLabel(self.form_host)
        self.kind_label.setObjectName(u"kind_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_box = QVBoxLayout()
        self.kind_box.setSpacing(2)
        self.kind_box.setObjectName(u"kind_box")
        self.kind = QComboBox(self.form_host)
        self.kind.setObjectName(u"kind")
        self.kind.setMinimumSize(QSize(0, 30))
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.kind.sizePolicy().hasHeightForWidth())
        self.kind.setSizePolicy(sizePolicy)

        self.kind_box.addWidget(self.kind)

        self.kind_error = QLabel(self.form_host)
        self.kind_error.setObjectName(u"kind_error")
        self.kind_error.setWordWrap(True)
        self.kind_error.setStyleSheet(u"color: #b3261e;")

        self.kind_box.addWidget(self.kind_error)


        self.fields.setLayout(0, QFormLayout.ItemRole.FieldRole, self.kind_box)

        self.cause_label = QLabel(self.form_host)
        self.cause_label.setObjectName(u"cause_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.cause_label)

        self.cause_box = QVBoxLayout()
        self.cause_box.setSpacing(2)
        self.cause_box.setObjectName(u"cause_box")
        self.cause = QComboBox(self.form_host)
        self.cause.setObjectName(u"cause")
        self.cause.setMinimumSize(QSize(0, 30))
        sizePolicy.setHeightForWidth(self.cause.sizePolicy().hasHeightForWidth())
        self.cause.setSizePolicy(sizePolicy)

        self.cause_box.addWidget(self.cause)

        self.cause_error = QLabel(self.form_host)
        self.cause_error.setObjectName(u"cause_error")
        self.cause_error.setWordWrap(True)
        self.cause_error.setStyleSheet(u"color: #b3261e;")

        self.cause_box.addWidget(self.cause_error)


        self.fields.setLayout(1, QFormLayout.ItemRole.FieldRole, self.cause_box)

        self.description_label = QLabel(self.form_host)
        self.description_label.setObjectName(u"description_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description_box = QVBoxLayout()
        self.description_box.setSpacing(2)
        self.description_box.setObjectName(u"description_box")
        self.description = QPlainTextEdit(self.form_host)
        self.description.setObjectName(u"description")
        self.description.setMinimumSize(QSize(0, 54))
        self.description.setMaximumSize(QSize(16777215, 90))
        self.description.setTabChangesFocus(True)

        self.description_box.addWidget(self.description)

        self.description_error = QLabel(self.form_host)
        self.description_error.setObjectName(u"description_error")
        self.description_error.setWordWrap(True)
        self.description_error.setStyleSheet(u"color: #b3261e;")

        self.description_box.addWidget(self.description_error)


        self.fields.setLayout(2, QFormLayout.ItemRole.FieldRole, self.description_box)

        self.owner_label = QLabel(self.form_host)
        self.owner_label.setObjectName(u"owner_label")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.owner_label)

        self.owner_box = QVBoxLayout()
        self.owner_box.setSpacing(2)
        self.owner_box.setObjectName(u"owner_box")
        self.owner = QComboBox(self.form_host)
        self.owner.setObjectName(u"owner")
        self.owner.setMinimumSize(QSize(0, 30))
        sizePolicy.setHeightForWidth(self.owner.sizePolicy().hasHeightForWidth())
        self.owner.setSizePolicy(sizePolicy)

        self.owner_box.addWidget(self.owner)

        self.owner_error = QLabel(self.form_host)
        self.owner_error.setObjectName(u"owner_error")
        self.owner_error.setWordWrap(True)
        self.owner_error.setStyleSheet(u"color: #b3261e;")

        self.owner_box.addWidget(self.owner_error)


        self.fields.setLayout(3, QFormLayout.ItemRole.FieldRole, self.owner_box)

        self.department_label = QLabel(self.form_host)
        self.department_label.setObjectName(u"department_label")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.department_label)

        self.department_box = QVBoxLayout()
        self.department_box.setSpacing(2)
        self.department_box.setObjectName(u"department_box")
        self.department = QLineEdit(self.form_host)
        self.department.setObjectName(u"department")
        self.department.setMinimumSize(QSize(0, 30))

        self.department_box.addWidget(self.department)

        self.department_error = QLabel(self.form_host)
        self.department_error.setObjectName(u"department_error")
        self.department_error.setWordWrap(True)
        self.department_error.setStyleSheet(u"color: #b3261e;")

        self.department_box.addWidget(self.department_error)


        self.fields.setLayout(4, QFormLayout.ItemRole.FieldRole, self.department_box)

        self.due_date_label = QLabel(self.form_host)
        self.due_date_label.setObjectName(u"due_date_label")

        self.fields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.due_date_label)

        self.due_date_box = QVBoxLayout()
        self.due_date_box.setSpacing(2)
        self.due_date_box.setObjectName(u"due_date_box")
        self.due_date_row = QHBoxLayout()
        self.due_date_row.setObjectName(u"due_date_row")
        self.due_date = QDateEdit(self.form_host)
        self.due_date.setObjectName(u"due_date")
        self.due_date.setMinimumSize(QSize(0, 30))
        self.due_date.setCalendarPopup(True)
        self.due_date.setDisplayFormat(u"yyyy-MM-dd")

        self.due_date_row.addWidget(self.due_date)

        self.due_date_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.due_date_row.addItem(self.due_date_gap)


        self.due_date_box.addLayout(self.due_date_row)

        self.due_date_error = QLabel(self.form_host)
        self.due_date_error.setObjectName(u"due_date_error")
        self.due_date_error.setWordWrap(True)
        self.due_date_error.setStyleSheet(u"color: #b3261e;")

        self.due_date_box.addWidget(self.due_date_error)


        self.fields.setLayout(5, QFormLayout.ItemRole.FieldRole, self.due_date_box)

        self.quantity_label = QLabel(self.form_host)
        self.quantity_label.setObjectName(u"quantity_label")

        self.fields.setWidget(6, QFormLayout.ItemRole.LabelRole, self.quantity_label)

        self.quantity_box = QVBoxLayout()
        self.quantity_box.setSpacing(2)
        self.quantity_box.setObjectName(u"quantity_box")
        self.quantity = QLineEdit(self.form_host)
        self.quantity.setObjectName(u"quantity")
        self.quantity.setMinimumSize(QSize(0, 30))

        self.quantity_box.addWidget(self.quantity)

        self.quantity_error = QLabel(self.form_host)
        self.quantity_error.setObjectName(u"quantity_error")
        self.quantity_error.setWordWrap(True)
        self.quantity_error.setStyleSheet(u"color: #b3261e;")

        self.quantity_box.addWidget(self.quantity_error)


        self.fields.setLayout(6, QFormLayout.ItemRole.FieldRole, self.quantity_box)

        self.date_code_from_label = QLabel(self.form_host)
        self.date_code_from_label.setObjectName(u"date_code_from_label")

        self.fields.setWidget(7, QFormLayout.ItemRole.LabelRole, self.date_code_from_label)

        self.date_code_from_box = QVBoxLayout()
        self.date_code_from_box.setSpacing(2)
        self.date_code_from_box.setObjectName(u"date_code_from_box")
        self.date_code_from = QLineEdit(self.form_host)
        self.date_code_from.setObjectName(u"date_code_from")
        self.date_code_from.setMinimumSize(QSize(0, 30))

        self.date_code_from_box.addWidget(self.date_code_from)

        self.date_code_from_error = QLabel(self.form_host)
        self.date_code_from_error.setObjectName(u"date_code_from_error")
        self.date_code_from_error.setWordWrap(True)
        self.date_code_from_error.setStyleSheet(u"color: #b3261e;")

        self.date_code_from_box.addWidget(self.date_code_from_error)


        self.fields.setLayout(7, QFormLayout.ItemRole.FieldRole, self.date_code_from_box)

        self.expected_effect_label = QLabel(self.form_host)
        self.expected_effect_label.setObjectName(u"expected_effect_label")

        self.fields.setWidget(8, QFormLayout.ItemRole.LabelRole, self.expected_effect_label)

        self.expected_effect_box = QVBoxLayout()
        self.expected_effect_box.setSpacing(2)
        self.expected_effect_box.setObjectName(u"expected_effect_box")
        self.expected_effect = QLineEdit(self.form_host)
        self.expected_effect.setObjectName(u"expected_effect")
        self.expected_effect.setMinimumSize(QSize(0, 30))

        self.expected_effect_box.addWidget(self.expected_effect)

        self.expected_effect_error = QLabel(self.form_host)
        self.expected_effect_error.setObjectName(u"expected_effect_error")
        self.expected_effect_error.setWordWrap(True)
        self.expected_effect_error.setStyleSheet(u"color: #b3261e;")

        self.expected_effect_box.addWidget(self.expected_effect_error)


        self.fields.setLayout(8, QFormLayout.ItemRole.FieldRole, self.expected_effect_box)

        self.internal_note_label = QLabel(self.form_host)
        self.internal_note_label.setObjectName(u"internal_note_label")

        self.fields.setWidget(9, QFormLayout.ItemRole.LabelRole, self.internal_note_label)

        self.internal_note_box = QVBoxLayout()
        self.internal_note_box.setSpacing(2)
        self.internal_note_box.setObjectName(u"internal_note_box")
        self.internal_note = QPlainTextEdit(self.form_host)
        self.internal_note.setObjectName(u"internal_note")
        self.internal_note.setMinimumSize(QSize(0, 40))
        self.internal_note.setMaximumSize(QSize(16777215, 70))
        self.internal_note.setTabChangesFocus(True)

        self.internal_note_box.addWidget(self.internal_note)

        self.internal_note_error = QLabel(self.form_host)
        self.internal_note_error.setObjectName(u"internal_note_error")
        self.internal_note_error.setWordWrap(True)
        self.internal_note_error.setStyleSheet(u"color: #b3261e;")

        self.internal_note_box.addWidget(self.internal_note_error)


        self.fields.setLayout(9, QFormLayout.ItemRole.FieldRole, self.internal_note_box)


        self.form_layout.addLayout(self.fields)

        self.form_end = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.form_layout.addItem(self.form_end)

        self.form_scroll.setWidget(self.form_host)

        self.form_side.addWidget(self.form_scroll)

        self.form_error = QLabel(ActionsPanel)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setWordWrap(True)
        self.form_error.setStyleSheet(u"color: #b3261e;")

        self.form_side.addWidget(self.form_error)

        self.form_buttons = QDialogButtonBox(ActionsPanel)
        self.form_buttons.setObjectName(u"form_buttons")

        self.form_side.addWidget(self.form_buttons)

        self.form_side.setStretch(0, 1)

        self.panel_layout.addLayout(self.form_side)

        self.panel_layout.setStretch(0, 3)
        self.panel_layout.setStretch(1, 2)
#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind)
        self.cause_label.setBuddy(self.cause)
        self.description_label.setBuddy(self.description)
        self.owner_label.setBuddy(self.owner)
        self.department_label.setBuddy(self.department)
        self.due_date_label.setBuddy(self.due_date)
        self.quantity_label.setBuddy(self.quantity)
        self.date_code_from_label.setBuddy(self.date_code_from)
        self.expected_effect_label.setBuddy(self.expected_effect)
        self.internal_note_label.setBuddy(self.internal_note)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ActionsPanel)

        QMetaObject.connectSlotsByName(ActionsPanel)
    # setupUi

    def retranslateUi(self, ActionsPanel):
        ___qtablewidgetitem = self.actions.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ActionsPanel", u"No.", None))
        ___qtablewidgetitem1 = self.actions.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ActionsPanel", u"Kind", None))
        ___qtablewidgetitem2 = self.actions.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ActionsPanel", u"Action", None))
        ___qtablewidgetitem3 = self.actions.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ActionsPanel", u"Owner", None))
        ___qtablewidgetitem4 = self.actions.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("ActionsPanel", u"Department", None))
        ___qtablewidgetitem5 = self.actions.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("ActionsPanel", u"Due date", None))
        ___qtablewidgetitem6 = self.actions.horizontalHeaderItem(6)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("ActionsPanel", u"Status", None))
        self.new_action.setText(QCoreApplication.translate("ActionsPanel", u"New action", None))
        self.mark_done.setText(QCoreApplication.translate("ActionsPanel", u"Done\u2026", None))
        self.verify.setText(QCoreApplication.translate("ActionsPanel", u"Verify action\u2026", None))
        self.reject_verification.setText(QCoreApplication.translate("ActionsPanel", u"Send back\u2026", None))
        self.cancel_action.setText(QCoreApplication.translate("ActionsPanel", u"Cancel action\u2026", None))
        self.evidence_label.setText(QCoreApplication.translate("ActionsPanel", u"Evidence", None))
        self.add_evidence.setText(QCoreApplication.translate("ActionsPanel", u"Add evidence\u2026", None))
        self.open_evidence.setText(QCoreApplication.translate("ActionsPanel", u"Open", None))
        self.remove_evidence.setText(QCoreApplication.translate("ActionsPanel", u"Remove", None))
#if QT_CONFIG(tooltip)
        self.remove_evidence.setToolTip(QCoreApplication.translate("ActionsPanel", u"Take the chosen file off the action (until it is verified)", None))
#endif // QT_CONFIG(tooltip)
        self.kind_label.setText(QCoreApplication.translate("ActionsPanel", u"Kind", None))
        self.cause_label.setText(QCoreApplication.translate("ActionsPanel", u"Acts on", None))
        self.description_label.setText(QCoreApplication.translate("ActionsPanel", u"Action", None))
        self.description.setPlaceholderText(QCoreApplication.translate("ActionsPanel", u"What is done, where, to what standard", None))
        self.owner_label.setText(QCoreApplication.translate("ActionsPanel", u"Owner", None))
        self.department_label.setText(QCoreApplication.translate("ActionsPanel", u"Department", None))
        self.department.setPlaceholderText(QCoreApplication.translate("ActionsPanel", u"The department that carries it out", None))
        self.due_date_label.setText(QCoreApplication.translate("ActionsPanel", u"Due date", None))
        self.quantity_label.setText(QCoreApplication.translate("ActionsPanel", u"Covers", None))
        self.quantity.setPlaceholderText(QCoreApplication.translate("ActionsPanel", u"What and how much: lines, products, coils", None))
        self.date_code_from_label.setText(QCoreApplication.translate("ActionsPanel", u"From date code", None))
        self.date_code_from.setPlaceholderText(QCoreApplication.translate("ActionsPanel", u"e.g. 260401", None))
        self.expected_effect_label.setText(QCoreApplication.translate("ActionsPanel", u"Effectiveness expected (%)", None))
        self.expected_effect.setPlaceholderText(QCoreApplication.translate("ActionsPanel", u"0\u2013100", None))
        self.internal_note_label.setText(QCoreApplication.translate("ActionsPanel", u"Internal note", None))
        self.internal_note.setPlaceholderText(QCoreApplication.translate("ActionsPanel", u"Never printed for the customer", None))
        pass
    # retranslateUi
