# Generated from ui/case_overview.ui by build/compile_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QListWidget, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QTableWidget, QVBoxLayout, QWidget

class Ui_CaseOverviewForm(object):
    def setupUi(self, CaseOverviewForm):
        if not CaseOverviewForm.objectName():
            CaseOverviewForm.setObjectName(u"CaseOverviewForm")
        CaseOverviewForm.resize(1280, 560)
        self.outer_layout = QVBoxLayout(CaseOverviewForm)
        self.outer_layout.setObjectName(u"outer_layout")
        self.outer_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(CaseOverviewForm)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.content = QWidget()
        self.content.setObjectName(u"content")
        self.columns = QHBoxLayout(self.content)
        self.columns.setObjectName(u"columns")
        self.left_column = QVBoxLayout()
        self.left_column.setObjectName(u"left_column")
        self.judgement_box = QGroupBox(self.content)
        self.judgement_box.setObjectName(u"judgement_box")
        self.judgement_form = QFormLayout(self.judgement_box)
        self.judgement_form.setObjectName(u"judgement_form")
        self.validity_label = QLabel(self.judgement_box)
        self.validity_label.setObjectName(u"validity_label")

        self.judgement_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.validity_label)

        self.validity = QComboBox(self.judgement_box)
        self.validity.setObjectName(u"validity")

        self.judgement_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.validity)

        self.reason_label = QLabel(self.judgement_box)
        self.reason_label.setObjectName(u"reason_label")

        self.judgement_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason = QPlainTextEdit(self.judgement_box)
        self.reason.setObjectName(u"reason")
        self.reason.setMaximumSize(QSize(16777215, 64))
        self.reason.setTabChangesFocus(True)

        self.judgement_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reason)

        self.severity_label = QLabel(self.judgement_box)
        self.severity_label.setObjectName(u"severity_label")

        self.judgement_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.severity_label)

        self.severity = QComboBox(self.judgement_box)
        self.severity.setObjectName(u"severity")

        self.judgement_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.severity)

        self.department_label = QLabel(self.judgement_box)
        self.department_label.setObjectName(u"department_label")

        self.judgement_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.department_label)

        self.department = QComboBox(self.judgement_box)
        self.department.setObjectName(u"department")
        self.department.setEditable(True)

        self.judgement_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.department)

        self.owner_label = QLabel(self.judgement_box)
        self.owner_label.setObjectName(u"owner_label")

        self.judgement_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.owner_label)

        self.owner = QComboBox(self.judgement_box)
        self.owner.setObjectName(u"owner")
        self.owner.setEditable(True)

        self.judgement_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.owner)

        self.judgement_error = QLabel(self.judgement_box)
        self.judgement_error.setObjectName(u"judgement_error")
        self.judgement_error.setWordWrap(True)
        self.judgement_error.setStyleSheet(u"color: #b3261e;")

        self.judgement_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.judgement_error)

        self.save_judgement = QPushButton(self.judgement_box)
        self.save_judgement.setObjectName(u"save_judgement")

        self.judgement_form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.save_judgement)

        self.validity_error = QLabel(self.judgement_box)
        self.validity_error.setObjectName(u"validity_error")
        self.validity_error.setWordWrap(True)
        self.validity_error.setStyleSheet(u"color: #b3261e;")

        self.judgement_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.validity_error)

        self.reason_error = QLabel(self.judgement_box)
        self.reason_error.setObjectName(u"reason_error")
        self.reason_error.setWordWrap(True)
        self.reason_error.setStyleSheet(u"color: #b3261e;")

        self.judgement_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reason_error)

        self.severity_error = QLabel(self.judgement_box)
        self.severity_error.setObjectName(u"severity_error")
        self.severity_error.setWordWrap(True)
        self.severity_error.setStyleSheet(u"color: #b3261e;")

        self.judgement_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.severity_error)

        self.department_error = QLabel(self.judgement_box)
        self.department_error.setObjectName(u"department_error")
        self.department_error.setWordWrap(True)
        self.department_error.setStyleSheet(u"color: #b3261e;")

        self.judgement_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.department_error)

        self.owner_error = QLabel(self.judgement_box)
        self.owner_error.setObjectName(u"owner_error")
        self.owner_error.setWordWrap(True)
        self.owner_error.setStyleSheet(u"color: #b3261e;")

        self.judgement_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.owner_error)


        self.left_column.addWidget(self.judgement_box)

        self.steps_box = QGroupBox(self.content)
        self.steps_box.setObjectName(u"steps_box")
        self.steps_layout = QVBoxLayout(self.steps_box)
        self.steps_layout.setObjectName(u"steps_layout")
        self.steps = QWidget(self.steps_box)
        self.steps.setObjectName(u"steps")
        self.step_buttons = QVBoxLayout(self.steps)
        self.step_buttons.setObjectName(u"step_buttons")
        self.step_buttons.setContentsMargins(0, 0, 0, 0)

        self.steps_layout.addWidget(self.steps)

        self.no_steps = QLabel(self.steps_box)
        self.no_steps.setObjectName(u"no_steps")
        self.no_steps.setWordWrap(True)
        self.no_steps.setStyleSheet(u"color: #555;")

        self.steps_layout.addWidget(self.no_steps)

        self.no_handling = QPushButton(self.steps_box)
        self.no_handling.setObjectName(u"no_handling")

        self.steps_layout.addWidget(self.no_handling)


        self.left_column.addWidget(self.steps_box)

        self.left_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.left_column.addItem(self.left_spacer)


        self.columns.addLayout(self.left_column)

        self.right_column = QVBoxLayout()
        self.right_column.setObjectName(u"right_column")
        self.clocks_box = QGroupBox(self.content)
        self.clocks_box.setObjectName(u"clocks_box")
        self.clocks_layout = QVBoxLayout(self.clocks_box)
        self.clocks_layout.setObjectName(u"clocks_layout")
        self.clocks = QTableWidget(self.clocks_box)
        self.clocks.setObjectName(u"clocks")
        self.clocks.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.clocks.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.clocks.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.clocks.setMinimumSize(QSize(0, 200))

        self.clocks_layout.addWidget(self.clocks)

        self.clock_buttons = QHBoxLayout()
        self.clock_buttons.setObjectName(u"clock_buttons")
        self.meet = QPushButton(self.clocks_box)
        self.meet.setObjectName(u"meet")

        self.clock_buttons.addWidget(self.meet)

        self.start_clock = QPushButton(self.clocks_box)
        self.start_clock.setObjectName(u"start_clock")

        self.clock_buttons.addWidget(self.start_clock)

        self.pause = QPushButton(self.clocks_box)
        self.pause.setObjectName(u"pause")

        self.clock_buttons.addWidget(self.pause)

        self.resume = QPushButton(self.clocks_box)
        self.resume.setObjectName(u"resume")

        self.clock_buttons.addWidget(self.resume)

        self.clock_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.clock_buttons.addItem(self.clock_spacer)


        self.clocks_layout.addLayout(self.clock_buttons)

        self.clock_error = QLabel(self.clocks_box)
        self.clock_error.setObjectName(u"clock_error")
        self.clock_error.setWordWrap(True)
        self.clock_error.setStyleSheet(u"color: #b3261e;")

        self.clocks_layout.addWidget(self.clock_error)


        self.right_column.addWidget(self.clocks_box)

        self.history_box = QGroupBox(self.content)
        self.history_box.setObjectName(u"history_box")
        self.history_layout = QVBoxLayout(self.history_box)
        self.history_layout.setObjectName(u"history_layout")
        self.history = QListWidget(self.history_box)
        self.history.setObjectName(u"history")
        self.history.setMinimumSize(QSize(0, 100))
        self.history.setWordWrap(True)

        self.history_layout.addWidget(self.history)


        self.right_column.addWidget(self.history_box)


        self.columns.addLayout(self.right_column)

        self.scroll.setWidget(self.content)

        self.outer_layout.addWidget(self.scroll)

#if QT_CONFIG(shortcut)
        self.validity_label.setBuddy(self.validity)
        self.reason_label.setBuddy(self.reason)
        self.severity_label.setBuddy(self.severity)
        self.department_label.setBuddy(self.department)
        self.owner_label.setBuddy(self.owner)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CaseOverviewForm)

        QMetaObject.connectSlotsByName(CaseOverviewForm)
    # setupUi

    def retranslateUi(self, CaseOverviewForm):
        self.judgement_box.setTitle(QCoreApplication.translate("CaseOverviewForm", u"Judgement", None))
        self.validity_label.setText(QCoreApplication.translate("CaseOverviewForm", u"Validity", None))
        self.reason_label.setText(QCoreApplication.translate("CaseOverviewForm", u"Reason (internal)", None))
        self.severity_label.setText(QCoreApplication.translate("CaseOverviewForm", u"Severity", None))
        self.department_label.setText(QCoreApplication.translate("CaseOverviewForm", u"Responsible department", None))
        self.owner_label.setText(QCoreApplication.translate("CaseOverviewForm", u"Owner", None))
        self.save_judgement.setText(QCoreApplication.translate("CaseOverviewForm", u"Save the judgement", None))
        self.steps_box.setTitle(QCoreApplication.translate("CaseOverviewForm", u"Next steps", None))
        self.no_handling.setText(QCoreApplication.translate("CaseOverviewForm", u"No handling needed\u2026", None))
        self.clocks_box.setTitle(QCoreApplication.translate("CaseOverviewForm", u"Response clocks", None))
        self.meet.setText(QCoreApplication.translate("CaseOverviewForm", u"Mark met\u2026", None))
        self.start_clock.setText(QCoreApplication.translate("CaseOverviewForm", u"Start a clock", None))
        self.pause.setText(QCoreApplication.translate("CaseOverviewForm", u"Waiting for the customer\u2026", None))
        self.resume.setText(QCoreApplication.translate("CaseOverviewForm", u"The customer answered", None))
        self.history_box.setTitle(QCoreApplication.translate("CaseOverviewForm", u"History", None))
        pass
    # retranslateUi
