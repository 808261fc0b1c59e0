# Generated from ui/follow_up_panel.ui by build/compile_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDateEdit, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QTableWidget, QVBoxLayout, QWidget

class Ui_FollowUpForm(object):
    def setupUi(self, FollowUpForm):
        if not FollowUpForm.objectName():
            FollowUpForm.setObjectName(u"FollowUpForm")
        FollowUpForm.resize(1280, 560)
        self.outer_layout = QVBoxLayout(FollowUpForm)
        self.outer_layout.setObjectName(u"outer_layout")
        self.outer_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(FollowUpForm)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.content = QWidget()
        self.content.setObjectName(u"content")
        self.columns = QHBoxLayout(self.content)
        self.columns.setObjectName(u"columns")
        self.follow_up_box = QGroupBox(self.content)
        self.follow_up_box.setObjectName(u"follow_up_box")
        self.follow_up_form = QFormLayout(self.follow_up_box)
        self.follow_up_form.setObjectName(u"follow_up_form")
        self.criterion_label = QLabel(self.follow_up_box)
        self.criterion_label.setObjectName(u"criterion_label")

        self.follow_up_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.criterion_label)

        self.criterion = QLineEdit(self.follow_up_box)
        self.criterion.setObjectName(u"criterion")

        self.follow_up_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.criterion)

        self.check_date_label = QLabel(self.follow_up_box)
        self.check_date_label.setObjectName(u"check_date_label")

        self.follow_up_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.check_date_label)

        self.check_date = QDateEdit(self.follow_up_box)
        self.check_date.setObjectName(u"check_date")
        self.check_date.setDisplayFormat(u"yyyy-MM-dd")
        self.check_date.setCalendarPopup(True)

        self.follow_up_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.check_date)

        self.effective_label = QLabel(self.follow_up_box)
        self.effective_label.setObjectName(u"effective_label")

        self.follow_up_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.effective_label)

        self.effective = QComboBox(self.follow_up_box)
        self.effective.setObjectName(u"effective")

        self.follow_up_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.effective)

        self.effect_note_label = QLabel(self.follow_up_box)
        self.effect_note_label.setObjectName(u"effect_note_label")

        self.follow_up_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.effect_note_label)

        self.effect_note = QPlainTextEdit(self.follow_up_box)
        self.effect_note.setObjectName(u"effect_note")
        self.effect_note.setMaximumSize(QSize(16777215, 60))
        self.effect_note.setTabChangesFocus(True)

        self.follow_up_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.effect_note)

        self.asked_on_label = QLabel(self.follow_up_box)
        self.asked_on_label.setObjectName(u"asked_on_label")

        self.follow_up_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.asked_on_label)

        self.asked_on = QDateEdit(self.follow_up_box)
        self.asked_on.setObjectName(u"asked_on")
        self.asked_on.setDisplayFormat(u"yyyy-MM-dd")
        self.asked_on.setCalendarPopup(True)

        self.follow_up_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.asked_on)

        self.satisfaction_label = QLabel(self.follow_up_box)
        self.satisfaction_label.setObjectName(u"satisfaction_label")

        self.follow_up_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.satisfaction_label)

        self.satisfaction = QComboBox(self.follow_up_box)
        self.satisfaction.setObjectName(u"satisfaction")

        self.follow_up_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.satisfaction)

        self.comments_label = QLabel(self.follow_up_box)
        self.comments_label.setObjectName(u"comments_label")

        self.follow_up_form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.comments_label)

        self.comments = QPlainTextEdit(self.follow_up_box)
        self.comments.setObjectName(u"comments")
        self.comments.setMaximumSize(QSize(16777215, 60))
        self.comments.setTabChangesFocus(True)

        self.follow_up_form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.comments)

        self.no_feedback_label = QLabel(self.follow_up_box)
        self.no_feedback_label.setObjectName(u"no_feedback_label")

        self.follow_up_form.setWidget(14, QFormLayout.ItemRole.LabelRole, self.no_feedback_label)

        self.no_feedback_reason = QLineEdit(self.follow_up_box)
        self.no_feedback_reason.setObjectName(u"no_feedback_reason")

        self.follow_up_form.setWidget(14, QFormLayout.ItemRole.FieldRole, self.no_feedback_reason)

        self.error = QLabel(self.follow_up_box)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(u"color: #b3261e;")

        self.follow_up_form.setWidget(16, QFormLayout.ItemRole.FieldRole, self.error)

        self.follow_up_buttons = QHBoxLayout()
        self.follow_up_buttons.setObjectName(u"follow_up_buttons")
        self.save = QPushButton(self.follow_up_box)
        self.save.setObjectName(u"save")

        self.follow_up_buttons.addWidget(self.save)

        self.follow_up_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.follow_up_buttons.addItem(self.follow_up_spacer)


        self.follow_up_form.setLayout(17, QFormLayout.ItemRole.FieldRole, self.follow_up_buttons)

        self.unsatisfied = QLabel(self.follow_up_box)
        self.unsatisfied.setObjectName(u"unsatisfied")
        self.unsatisfied.setWordWrap(True)
        self.unsatisfied.setStyleSheet(u"color: #8a5300;")

        self.follow_up_form.setWidget(18, QFormLayout.ItemRole.FieldRole, self.unsatisfied)

        self.criterion_error = QLabel(self.follow_up_box)
        self.criterion_error.setObjectName(u"criterion_error")
        self.criterion_error.setWordWrap(True)
        self.criterion_error.setStyleSheet(u"color: #b3261e;")

        self.follow_up_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.criterion_error)

        self.check_date_error = QLabel(self.follow_up_box)
        self.check_date_error.setObjectName(u"check_date_error")
        self.check_date_error.setWordWrap(True)
        self.check_date_error.setStyleSheet(u"color: #b3261e;")

        self.follow_up_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.check_date_error)

        self.effective_error = QLabel(self.follow_up_box)
        self.effective_error.setObjectName(u"effective_error")
        self.effective_error.setWordWrap(True)
        self.effective_error.setStyleSheet(u"color: #b3261e;")

        self.follow_up_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.effective_error)

        self.effect_note_error = QLabel(self.follow_up_box)
        self.effect_note_error.setObjectName(u"effect_note_error")
        self.effect_note_error.setWordWrap(True)
        self.effect_note_error.setStyleSheet(u"color: #b3261e;")

        self.follow_up_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.effect_note_error)

        self.asked_on_error = QLabel(self.follow_up_box)
        self.asked_on_error.setObjectName(u"asked_on_error")
        self.asked_on_error.setWordWrap(True)
        self.asked_on_error.setStyleSheet(u"color: #b3261e;")

        self.follow_up_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.asked_on_error)

        self.satisfaction_error = QLabel(self.follow_up_box)
        self.satisfaction_error.setObjectName(u"satisfaction_error")
        self.satisfaction_error.setWordWrap(True)
        self.satisfaction_error.setStyleSheet(u"color: #b3261e;")

        self.follow_up_form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.satisfaction_error)

        self.comments_error = QLabel(self.follow_up_box)
        self.comments_error.setObjectName(u"comments_error")
        self.comments_error.setWordWrap(True)
        self.comments_error.setStyleSheet(u"color: #b3261e;")

        self.follow_up_form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.comments_error)

        self.no_feedback_reason_error = QLabel(self.follow_up_box)
        self.no_feedback_reason_error.setObjectName(u"no_feedback_reason_error")
        self.no_feedback_reason_error.setWordWrap(True)
        self.no_feedback_reason_error.setStyleSheet(u"color: #b3261e;")

        self.follow_up_form.setWidget(15, QFormLayout.ItemRole.FieldRole, self.no_feedback_reason_error)


        self.columns.addWidget(self.follow_up_box)

        self.returns_box = QGroupBox(self.content)
        self.returns_box.setObjectName(u"returns_box")
        self.returns_layout = QVBoxLayout(self.returns_box)
        self.returns_layout.setObjectName(u"returns_layout")
        self.returns = QTableWidget(self.returns_box)
        self.returns.setObjectName(u"returns")
        self.returns.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.returns.setMinimumSize(QSize(0, 120))

        self.returns_layout.addWidget(self.returns)

        self.return_form = QFormLayout()
        self.return_form.setObjectName(u"return_form")
        self.returned_on_label = QLabel(self.returns_box)
        self.returned_on_label.setObjectName(u"returned_on_label")

        self.return_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.returned_on_label)

        self.returned_on = QDateEdit(self.returns_box)
        self.returned_on.setObjectName(u"returned_on")
        self.returned_on.setDisplayFormat(u"yyyy-MM-dd")
        self.returned_on.setCalendarPopup(True)

        self.return_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.returned_on)

        self.quantity_label = QLabel(self.returns_box)
        self.quantity_label.setObjectName(u"quantity_label")

        self.return_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.quantity_label)

        self.quantity_row = QHBoxLayout()
        self.quantity_row.setObjectName(u"quantity_row")
        self.quantity = QLineEdit(self.returns_box)
        self.quantity.setObjectName(u"quantity")

        self.quantity_row.addWidget(self.quantity)

        self.unit = QComboBox(self.returns_box)
        self.unit.setObjectName(u"unit")

        self.quantity_row.addWidget(self.unit)


        self.return_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.quantity_row)

        self.note_label = QLabel(self.returns_box)
        self.note_label.setObjectName(u"note_label")

        self.return_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note = QLineEdit(self.returns_box)
        self.note.setObjectName(u"note")

        self.return_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.note)

        self.return_error = QLabel(self.returns_box)
        self.return_error.setObjectName(u"return_error")
        self.return_error.setWordWrap(True)
        self.return_error.setStyleSheet(u"color: #b3261e;")

        self.return_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.return_error)

        self.add_return = QPushButton(self.returns_box)
        self.add_return.setObjectName(u"add_return")

        self.return_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.add_return)

        self.returned_on_error = QLabel(self.returns_box)
        self.returned_on_error.setObjectName(u"returned_on_error")
        self.returned_on_error.setWordWrap(True)
        self.returned_on_error.setStyleSheet(u"color: #b3261e;")

        self.return_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.returned_on_error)

        self.quantity_error = QLabel(self.returns_box)
        self.quantity_error.setObjectName(u"quantity_error")
        self.quantity_error.setWordWrap(True)
        self.quantity_error.setStyleSheet(u"color: #b3261e;")

        self.return_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.quantity_error)

        self.unit_error = QLabel(self.returns_box)
        self.unit_error.setObjectName(u"unit_error")
        self.unit_error.setWordWrap(True)
        self.unit_error.setStyleSheet(u"color: #b3261e;")

        self.return_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.unit_error)

        self.note_error = QLabel(self.returns_box)
        self.note_error.setObjectName(u"note_error")
        self.note_error.setWordWrap(True)
        self.note_error.setStyleSheet(u"color: #b3261e;")

        self.return_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.note_error)


        self.returns_layout.addLayout(self.return_form)


        self.columns.addWidget(self.returns_box)

        self.scroll.setWidget(self.content)

        self.outer_layout.addWidget(self.scroll)

#if QT_CONFIG(shortcut)
        self.criterion_label.setBuddy(self.criterion)
        self.check_date_label.setBuddy(self.check_date)
        self.effective_label.setBuddy(self.effective)
        self.effect_note_label.setBuddy(self.effect_note)
        self.asked_on_label.setBuddy(self.asked_on)
        self.satisfaction_label.setBuddy(self.satisfaction)
        self.comments_label.setBuddy(self.comments)
        self.no_feedback_label.setBuddy(self.no_feedback_reason)
        self.returned_on_label.setBuddy(self.returned_on)
        self.quantity_label.setBuddy(self.quantity)
        self.note_label.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FollowUpForm)

        QMetaObject.connectSlotsByName(FollowUpForm)
    # setupUi

    def retranslateUi(self, FollowUpForm):
        self.follow_up_box.setTitle(QCoreApplication.translate("FollowUpForm", u"Follow-up of this round", None))
        self.criterion_label.setText(QCoreApplication.translate("FollowUpForm", u"Effectiveness criterion", None))
        self.check_date_label.setText(QCoreApplication.translate("FollowUpForm", u"Checked on", None))
        self.effective_label.setText(QCoreApplication.translate("FollowUpForm", u"Effective", None))
        self.effect_note_label.setText(QCoreApplication.translate("FollowUpForm", u"What the check found", None))
        self.asked_on_label.setText(QCoreApplication.translate("FollowUpForm", u"Customer asked on", None))
        self.satisfaction_label.setText(QCoreApplication.translate("FollowUpForm", u"Customer satisfaction", None))
        self.comments_label.setText(QCoreApplication.translate("FollowUpForm", u"Customer's comments", None))
        self.no_feedback_label.setText(QCoreApplication.translate("FollowUpForm", u"Why no feedback came", None))
        self.save.setText(QCoreApplication.translate("FollowUpForm", u"Save the follow-up", None))
        self.returns_box.setTitle(QCoreApplication.translate("FollowUpForm", u"Returns after closure", None))
        self.returned_on_label.setText(QCoreApplication.translate("FollowUpForm", u"Returned on", None))
        self.quantity_label.setText(QCoreApplication.translate("FollowUpForm", u"Quantity", None))
        self.note_label.setText(QCoreApplication.translate("FollowUpForm", u"Note", None))
        self.add_return.setText(QCoreApplication.translate("FollowUpForm", u"Record the return", None))
        pass
    # retranslateUi
