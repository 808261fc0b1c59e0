# Generated from ui/visit_plan.ui by build/compile_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QDialogButtonBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_VisitPlanForm(object):
    def setupUi(self, VisitPlanForm):
        if not VisitPlanForm.objectName():
            VisitPlanForm.setObjectName(u"VisitPlanForm")
        VisitPlanForm.resize(640, 560)
        self.dialog_layout = QVBoxLayout(VisitPlanForm)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.heading = QLabel(VisitPlanForm)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet(u"font-weight: bold;")

        self.dialog_layout.addWidget(self.heading)

        self.scroll_area = QScrollArea(VisitPlanForm)
        self.scroll_area.setObjectName(u"scroll_area")
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        self.fields_host = QWidget()
        self.fields_host.setObjectName(u"fields_host")
        self.host_layout = QVBoxLayout(self.fields_host)
        self.host_layout.setObjectName(u"host_layout")
        self.host_layout.setContentsMargins(0, 0, 0, 0)
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.fields.setContentsMargins(0, -1, 4, -1)
        self.assignee_label = QLabel(self.fields_host)
        self.assignee_label.setObjectName(u"assignee_label")
        self.assignee_label.setStyleSheet(u"font-weight: bold;")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.assignee_label)

        self.assignee_box = QVBoxLayout()
        self.assignee_box.setSpacing(2)
        self.assignee_box.setObjectName(u"assignee_box")
        self.assignee = QComboBox(self.fields_host)
        self.assignee.setObjectName(u"assignee")
        self.assignee.setMinimumSize(QSize(0, 32))
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.assignee.sizePolicy().hasHeightForWidth())
        self.assignee.setSizePolicy(sizePolicy)

        self.assignee_box.addWidget(self.assignee)

        self.assignee_error = QLabel(self.fields_host)
        self.assignee_error.setObjectName(u"assignee_error")
        self.assignee_error.setWordWrap(True)
        self.assignee_error.setStyleSheet(u"color: #b3261e;")

        self.assignee_box.addWidget(self.assignee_error)


        self.fields.setLayout(0, QFormLayout.ItemRole.FieldRole, self.assignee_box)

        self.appointment_label = QLabel(self.fields_host)
        self.appointment_label.setObjectName(u"appointment_label")
        self.appointment_label.setStyleSheet(u"font-weight: bold;")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.appointment_label)

        self.appointment_box = QVBoxLayout()
        self.appointment_box.setSpacing(2)
        self.appointment_box.setObjectName(u"appointment_box")
        self.appointment_row = QHBoxLayout()
        self.appointment_row.setObjectName(u"appointment_row")
        self.appointment = QDateTimeEdit(self.fields_host)
        self.appointment.setObjectName(u"appointment")
        self.appointment.setMinimumSize(QSize(0, 32))
        self.appointment.setCalendarPopup(True)
        self.appointment.setDisplayFormat(u"yyyy-MM-dd HH:mm")

        self.appointment_row.addWidget(self.appointment)

        self.appointment_zone = QLabel(self.fields_host)
        self.appointment_zone.setObjectName(u"appointment_zone")

        self.appointment_row.addWidget(self.appointment_zone)

        self.appointment_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.appointment_row.addItem(self.appointment_gap)


        self.appointment_box.addLayout(self.appointment_row)

        self.appointment_entered = QLabel(self.fields_host)
        self.appointment_entered.setObjectName(u"appointment_entered")
        self.appointment_entered.setWordWrap(True)

        self.appointment_box.addWidget(self.appointment_entered)

        self.appointment_error = QLabel(self.fields_host)
        self.appointment_error.setObjectName(u"appointment_error")
        self.appointment_error.setWordWrap(True)
        self.appointment_error.setStyleSheet(u"color: #b3261e;")

        self.appointment_box.addWidget(self.appointment_error)


        self.fields.setLayout(1, QFormLayout.ItemRole.FieldRole, self.appointment_box)

        self.site_label = QLabel(self.fields_host)
        self.site_label.setObjectName(u"site_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.site_label)

        self.site_box = QVBoxLayout()
        self.site_box.setSpacing(2)
        self.site_box.setObjectName(u"site_box")
        self.site = QPlainTextEdit(self.fields_host)
        self.site.setObjectName(u"site")
        self.site.setMinimumSize(QSize(0, 56))
        self.site.setMaximumSize(QSize(16777215, 80))
        self.site.setTabChangesFocus(True)

        self.site_box.addWidget(self.site)

        self.site_error = QLabel(self.fields_host)
        self.site_error.setObjectName(u"site_error")
        self.site_error.setWordWrap(True)
        self.site_error.setStyleSheet(u"color: #b3261e;")

        self.site_box.addWidget(self.site_error)


        self.fields.setLayout(2, QFormLayout.ItemRole.FieldRole, self.site_box)

        self.contact_name_label = QLabel(self.fields_host)
        self.contact_name_label.setObjectName(u"contact_name_label")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.contact_name_label)

        self.contact_name_box = QVBoxLayout()
        self.contact_name_box.setSpacing(2)
        self.contact_name_box.setObjectName(u"contact_name_box")
        self.contact_name = QLineEdit(self.fields_host)
        self.contact_name.setObjectName(u"contact_name")
        self.contact_name.setMinimumSize(QSize(0, 32))

        self.contact_name_box.addWidget(self.contact_name)

        self.contact_name_error = QLabel(self.fields_host)
        self.contact_name_error.setObjectName(u"contact_name_error")
        self.contact_name_error.setWordWrap(True)
        self.contact_name_error.setStyleSheet(u"color: #b3261e;")

        self.contact_name_box.addWidget(self.contact_name_error)


        self.fields.setLayout(3, QFormLayout.ItemRole.FieldRole, self.contact_name_box)

        self.contact_phone_label = QLabel(self.fields_host)
        self.contact_phone_label.setObjectName(u"contact_phone_label")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.contact_phone_label)

        self.contact_phone_box = QVBoxLayout()
        self.contact_phone_box.setSpacing(2)
        self.contact_phone_box.setObjectName(u"contact_phone_box")
        self.contact_phone = QLineEdit(self.fields_host)
        self.contact_phone.setObjectName(u"contact_phone")
        self.contact_phone.setMinimumSize(QSize(0, 32))

        self.contact_phone_box.addWidget(self.contact_phone)

        self.contact_phone_error = QLabel(self.fields_host)
        self.contact_phone_error.setObjectName(u"contact_phone_error")
        self.contact_phone_error.setWordWrap(True)
        self.contact_phone_error.setStyleSheet(u"color: #b3261e;")

        self.contact_phone_box.addWidget(self.contact_phone_error)


        self.fields.setLayout(4, QFormLayout.ItemRole.FieldRole, self.contact_phone_box)

        self.purpose_label = QLabel(self.fields_host)
        self.purpose_label.setObjectName(u"purpose_label")

        self.fields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.purpose_label)

        self.purpose_box = QVBoxLayout()
        self.purpose_box.setSpacing(2)
        self.purpose_box.setObjectName(u"purpose_box")
        self.purpose = QPlainTextEdit(self.fields_host)
        self.purpose.setObjectName(u"purpose")
        self.purpose.setMinimumSize(QSize(0, 56))
        self.purpose.setMaximumSize(QSize(16777215, 100))
        self.purpose.setTabChangesFocus(True)

        self.purpose_box.addWidget(self.purpose)

        self.purpose_error = QLabel(self.fields_host)
        self.purpose_error.setObjectName(u"purpose_error")
        self.purpose_error.setWordWrap(True)
        self.purpose_error.setStyleSheet(u"color: #b3261e;")

        self.purpose_box.addWidget(self.purpose_error)


        self.fields.setLayout(5, QFormLayout.ItemRole.FieldRole, self.purpose_box)


        self.host_layout.addLayout(self.fields)

        self.fields_end = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.host_layout.addItem(self.fields_end)

        self.scroll_area.setWidget(self.fields_host)

        self.dialog_layout.addWidget(self.scroll_area)

        self.short_notice = QLabel(VisitPlanForm)
        self.short_notice.setObjectName(u"short_notice")
        self.short_notice.setWordWrap(True)
        self.short_notice.setStyleSheet(u"color: #7a4f00; background: #fff4d6; padding: 6px;")

        self.dialog_layout.addWidget(self.short_notice)

        self.form_error = QLabel(VisitPlanForm)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setWordWrap(True)
        self.form_error.setStyleSheet(u"color: #b3261e;")

        self.dialog_layout.addWidget(self.form_error)

        self.buttons = QDialogButtonBox(VisitPlanForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.assignee_label.setBuddy(self.assignee)
        self.appointment_label.setBuddy(self.appointment)
        self.site_label.setBuddy(self.site)
        self.contact_name_label.setBuddy(self.contact_name)
        self.contact_phone_label.setBuddy(self.contact_phone)
        self.purpose_label.setBuddy(self.purpose)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.assignee, self.appointment)
        QWidget.setTabOrder(self.appointment, self.site)
        QWidget.setTabOrder(self.site, self.contact_name)
        QWidget.setTabOrder(self.contact_name, self.contact_phone)
        QWidget.setTabOrder(self.contact_phone, self.purpose)

        self.retranslateUi(VisitPlanForm)

        QMetaObject.connectSlotsByName(VisitPlanForm)
    # setupUi

    def retranslateUi(self, VisitPlanForm):
        VisitPlanForm.setWindowTitle(QCoreApplication.translate("VisitPlanForm", u"Plan a site visit", None))
        self.assignee_label.setText(QCoreApplication.translate("VisitPlanForm", u"Who goes", None))
        self.appointment_label.setText(QCoreApplication.translate("VisitPlanForm", u"Appointment", None))
        self.site_label.setText(QCoreApplication.translate("VisitPlanForm", u"Customer's site", None))
        self.site.setPlaceholderText(QCoreApplication.translate("VisitPlanForm", u"Address, plant, workshop", None))
        self.contact_name_label.setText(QCoreApplication.translate("VisitPlanForm", u"Contact", None))
        self.contact_phone_label.setText(QCoreApplication.translate("VisitPlanForm", u"Phone", None))
        self.purpose_label.setText(QCoreApplication.translate("VisitPlanForm", u"Purpose", None))
        self.purpose.setPlaceholderText(QCoreApplication.translate("VisitPlanForm", u"What to look at and bring back", None))
    # retranslateUi
