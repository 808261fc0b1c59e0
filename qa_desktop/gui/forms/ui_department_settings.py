# Generated from ui/department_settings.ui by build/compile_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDialogButtonBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSpinBox, QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

class Ui_DepartmentSettings(object):
    def setupUi(self, DepartmentSettings):
        if not DepartmentSettings.objectName():
            DepartmentSettings.setObjectName(u"DepartmentSettings")
        DepartmentSettings.resize(820, 560)
        DepartmentSettings.setSizeGripEnabled(True)
        self.dialog_layout = QVBoxLayout(DepartmentSettings)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.tabs = QTabWidget(DepartmentSettings)
        self.tabs.setObjectName(u"tabs")
        self.defects_tab = QWidget()
        self.defects_tab.setObjectName(u"defects_tab")
        self.defects_layout = QVBoxLayout(self.defects_tab)
        self.defects_layout.setSpacing(6)
        self.defects_layout.setObjectName(u"defects_layout")
        self.defects_hint = QLabel(self.defects_tab)
        self.defects_hint.setObjectName(u"defects_hint")
        self.defects_hint.setStyleSheet(u"color: palette(placeholder-text);")
        self.defects_hint.setWordWrap(True)

        self.defects_layout.addWidget(self.defects_hint)

        self.defect_types = QTableWidget(self.defects_tab)
        if (self.defect_types.columnCount() < 3):
            self.defect_types.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.defect_types.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.defect_types.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.defect_types.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.defect_types.setObjectName(u"defect_types")
        self.defect_types.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.defect_types.setAlternatingRowColors(True)
        self.defect_types.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.defect_types.setColumnCount(3)
        self.defect_types.verticalHeader().setVisible(True)

        self.defects_layout.addWidget(self.defect_types)

        self.defect_types_error = QLabel(self.defects_tab)
        self.defect_types_error.setObjectName(u"defect_types_error")
        self.defect_types_error.setStyleSheet(u"color: #b3261e;")
        self.defect_types_error.setTextFormat(Qt.TextFormat.PlainText)
        self.defect_types_error.setWordWrap(True)

        self.defects_layout.addWidget(self.defect_types_error)

        self.defect_buttons = QHBoxLayout()
        self.defect_buttons.setObjectName(u"defect_buttons")
        self.add_defect_type = QPushButton(self.defects_tab)
        self.add_defect_type.setObjectName(u"add_defect_type")

        self.defect_buttons.addWidget(self.add_defect_type)

        self.defect_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.defect_buttons.addItem(self.defect_buttons_spacer)


        self.defects_layout.addLayout(self.defect_buttons)

        self.tabs.addTab(self.defects_tab, "")
        self.rules_tab = QWidget()
        self.rules_tab.setObjectName(u"rules_tab")
        self.rules_tab_layout = QVBoxLayout(self.rules_tab)
        self.rules_tab_layout.setObjectName(u"rules_tab_layout")
        self.rules_tab_layout.setContentsMargins(0, 0, 0, 0)
        self.rules_scroll = QScrollArea(self.rules_tab)
        self.rules_scroll.setObjectName(u"rules_scroll")
        self.rules_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.rules_scroll.setWidgetResizable(True)
        self.rules_page = QWidget()
        self.rules_page.setObjectName(u"rules_page")
        self.rules_page_layout = QVBoxLayout(self.rules_page)
        self.rules_page_layout.setObjectName(u"rules_page_layout")
        self.rules_form = QFormLayout()
        self.rules_form.setObjectName(u"rules_form")
        self.rules_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.rules_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.rules_form.setVerticalSpacing(10)
        self.coil_number_forms_label = QLabel(self.rules_page)
        self.coil_number_forms_label.setObjectName(u"coil_number_forms_label")

        self.rules_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.coil_number_forms_label)

        self.coil_number_forms_box = QVBoxLayout()
        self.coil_number_forms_box.setSpacing(2)
        self.coil_number_forms_box.setObjectName(u"coil_number_forms_box")
        self.coil_number_forms = QPlainTextEdit(self.rules_page)
        self.coil_number_forms.setObjectName(u"coil_number_forms")
        self.coil_number_forms.setMaximumSize(QSize(16777215, 76))
        self.coil_number_forms.setTabChangesFocus(True)
        self.coil_number_forms.setPlaceholderText(u"S##@####-##")

        self.coil_number_forms_box.addWidget(self.coil_number_forms)

        self.coil_number_forms_error = QLabel(self.rules_page)
        self.coil_number_forms_error.setObjectName(u"coil_number_forms_error")
        self.coil_number_forms_error.setStyleSheet(u"color: #b3261e;")
        self.coil_number_forms_error.setTextFormat(Qt.TextFormat.PlainText)
        self.coil_number_forms_error.setWordWrap(True)

        self.coil_number_forms_box.addWidget(self.coil_number_forms_error)

        self.coil_number_forms_hint = QLabel(self.rules_page)
        self.coil_number_forms_hint.setObjectName(u"coil_number_forms_hint")
        self.coil_number_forms_hint.setStyleSheet(u"color: palette(placeholder-text);")
        self.coil_number_forms_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.coil_number_forms_hint.setWordWrap(True)

        self.coil_number_forms_box.addWidget(self.coil_number_forms_hint)

        self.coil_number_forms_described = QLabel(self.rules_page)
        self.coil_number_forms_described.setObjectName(u"coil_number_forms_described")
        self.coil_number_forms_described.setTextFormat(Qt.TextFormat.PlainText)
        self.coil_number_forms_described.setWordWrap(True)

        self.coil_number_forms_box.addWidget(self.coil_number_forms_described)


        self.rules_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.coil_number_forms_box)

        self.coil_test_label = QLabel(self.rules_page)
        self.coil_test_label.setObjectName(u"coil_test_label")

        self.rules_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.coil_test_label)

        self.coil_test_box = QHBoxLayout()
        self.coil_test_box.setSpacing(10)
        self.coil_test_box.setObjectName(u"coil_test_box")
        self.coil_test = QLineEdit(self.rules_page)
        self.coil_test.setObjectName(u"coil_test")
        self.coil_test.setMaximumWidth(220)
        self.coil_test.setPlaceholderText(u"S24A0817-03")

        self.coil_test_box.addWidget(self.coil_test)

        self.coil_test_result = QLabel(self.rules_page)
        self.coil_test_result.setObjectName(u"coil_test_result")
        self.coil_test_result.setTextFormat(Qt.TextFormat.PlainText)

        self.coil_test_box.addWidget(self.coil_test_result)

        self.coil_test_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.coil_test_box.addItem(self.coil_test_spacer)


        self.rules_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.coil_test_box)

        self.time_zone_label = QLabel(self.rules_page)
        self.time_zone_label.setObjectName(u"time_zone_label")

        self.rules_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.time_zone_label)

        self.time_zone_box = QVBoxLayout()
        self.time_zone_box.setSpacing(2)
        self.time_zone_box.setObjectName(u"time_zone_box")
        self.time_zone_row = QHBoxLayout()
        self.time_zone_row.setSpacing(10)
        self.time_zone_row.setObjectName(u"time_zone_row")
        self.time_zone = QComboBox(self.rules_page)
        self.time_zone.setObjectName(u"time_zone")
        self.time_zone.setMinimumWidth(260)
        self.time_zone.setEditable(True)
        self.time_zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.time_zone.setMaxVisibleItems(15)

        self.time_zone_row.addWidget(self.time_zone)

        self.time_zone_example = QLabel(self.rules_page)
        self.time_zone_example.setObjectName(u"time_zone_example")
        self.time_zone_example.setStyleSheet(u"color: palette(placeholder-text);")
        self.time_zone_example.setTextFormat(Qt.TextFormat.PlainText)

        self.time_zone_row.addWidget(self.time_zone_example)

        self.time_zone_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.time_zone_row.addItem(self.time_zone_spacer)


        self.time_zone_box.addLayout(self.time_zone_row)

        self.time_zone_error = QLabel(self.rules_page)
        self.time_zone_error.setObjectName(u"time_zone_error")
        self.time_zone_error.setStyleSheet(u"color: #b3261e;")
        self.time_zone_error.setTextFormat(Qt.TextFormat.PlainText)
        self.time_zone_error.setWordWrap(True)

        self.time_zone_box.addWidget(self.time_zone_error)

        self.time_zone_hint = QLabel(self.rules_page)
        self.time_zone_hint.setObjectName(u"time_zone_hint")
        self.time_zone_hint.setStyleSheet(u"color: palette(placeholder-text);")
        self.time_zone_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.time_zone_hint.setWordWrap(True)

        self.time_zone_box.addWidget(self.time_zone_hint)


        self.rules_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.time_zone_box)

        self.case_prefix_label = QLabel(self.rules_page)
        self.case_prefix_label.setObjectName(u"case_prefix_label")

        self.rules_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.case_prefix_label)

        self.case_prefix_box = QVBoxLayout()
        self.case_prefix_box.setSpacing(2)
        self.case_prefix_box.setObjectName(u"case_prefix_box")
        self.case_prefix_row = QHBoxLayout()
        self.case_prefix_row.setSpacing(10)
        self.case_prefix_row.setObjectName(u"case_prefix_row")
        self.case_prefix = QLineEdit(self.rules_page)
        self.case_prefix.setObjectName(u"case_prefix")
        self.case_prefix.setMaximumWidth(120)
        self.case_prefix.setMaxLength(12)

        self.case_prefix_row.addWidget(self.case_prefix)

        self.case_prefix_example = QLabel(self.rules_page)
        self.case_prefix_example.setObjectName(u"case_prefix_example")
        self.case_prefix_example.setStyleSheet(u"color: palette(placeholder-text);")
        self.case_prefix_example.setTextFormat(Qt.TextFormat.PlainText)

        self.case_prefix_row.addWidget(self.case_prefix_example)

        self.case_prefix_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.case_prefix_row.addItem(self.case_prefix_spacer)


        self.case_prefix_box.addLayout(self.case_prefix_row)

        self.case_prefix_error = QLabel(self.rules_page)
        self.case_prefix_error.setObjectName(u"case_prefix_error")
        self.case_prefix_error.setStyleSheet(u"color: #b3261e;")
        self.case_prefix_error.setTextFormat(Qt.TextFormat.PlainText)
        self.case_prefix_error.setWordWrap(True)

        self.case_prefix_box.addWidget(self.case_prefix_error)

        self.case_prefix_hint = QLabel(self.rules_page)
        self.case_prefix_hint.setObjectName(u"case_prefix_hint")
        self.case_prefix_hint.setStyleSheet(u"color: palette(placeholder-text);")
        self.case_prefix_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.case_prefix_hint.setWordWrap(True)

        self.case_prefix_box.addWidget(self.case_prefix_hint)


        self.rules_form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.case_prefix_box)

        self.future_tolerance_minutes_label = QLabel(self.rules_page)
        self.future_tolerance_minutes_label.setObjectName(u"future_tolerance_minutes_label")

        self.rules_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.future_tolerance_minutes_label)

        self.future_tolerance_minutes_box = QVBoxLayout()
        self.future_tolerance_minutes_box.setSpacing(2)
        self.future_tolerance_minutes_box.setObjectName(u"future_tolerance_minutes_box")
        self.future_tolerance_minutes_row = QHBoxLayout()
        self.future_tolerance_minutes_row.setSpacing(10)
        self.future_tolerance_minutes_row.setObjectName(u"future_tolerance_minutes_row")
        self.future_tolerance_minutes = QSpinBox(self.rules_page)
        self.future_tolerance_minutes.setObjectName(u"future_tolerance_minutes")
        self.future_tolerance_minutes.setMinimumWidth(100)
        self.future_tolerance_minutes.setMaximum(1440)

        self.future_tolerance_minutes_row.addWidget(self.future_tolerance_minutes)

        self.future_tolerance_minutes_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.future_tolerance_minutes_row.addItem(self.future_tolerance_minutes_spacer)


        self.future_tolerance_minutes_box.addLayout(self.future_tolerance_minutes_row)

        self.future_tolerance_minutes_error = QLabel(self.rules_page)
        self.future_tolerance_minutes_error.setObjectName(u"future_tolerance_minutes_error")
        self.future_tolerance_minutes_error.setStyleSheet(u"color: #b3261e;")
        self.future_tolerance_minutes_error.setTextFormat(Qt.TextFormat.PlainText)
        self.future_tolerance_minutes_error.setWordWrap(True)

        self.future_tolerance_minutes_box.addWidget(self.future_tolerance_minutes_error)

        self.future_tolerance_minutes_hint = QLabel(self.rules_page)
        self.future_tolerance_minutes_hint.setObjectName(u"future_tolerance_minutes_hint")
        self.future_tolerance_minutes_hint.setStyleSheet(u"color: palette(placeholder-text);")
        self.future_tolerance_minutes_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.future_tolerance_minutes_hint.setWordWrap(True)

        self.future_tolerance_minutes_box.addWidget(self.future_tolerance_minutes_hint)


        self.rules_form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.future_tolerance_minutes_box)


        self.rules_page_layout.addLayout(self.rules_form)

        self.rules_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rules_page_layout.addItem(self.rules_spacer)

        self.rules_scroll.setWidget(self.rules_page)

        self.rules_tab_layout.addWidget(self.rules_scroll)

        self.tabs.addTab(self.rules_tab, "")

        self.dialog_layout.addWidget(self.tabs)

        self.form_error = QLabel(DepartmentSettings)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setStyleSheet(u"color: #b3261e;")
        self.form_error.setTextFormat(Qt.TextFormat.PlainText)
        self.form_error.setWordWrap(True)

        self.dialog_layout.addWidget(self.form_error)

        self.button_box = QDialogButtonBox(DepartmentSettings)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.coil_number_forms_label.setBuddy(self.coil_number_forms)
        self.coil_test_label.setBuddy(self.coil_test)
        self.time_zone_label.setBuddy(self.time_zone)
        self.case_prefix_label.setBuddy(self.case_prefix)
        self.future_tolerance_minutes_label.setBuddy(self.future_tolerance_minutes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.defect_types)
        QWidget.setTabOrder(self.defect_types, self.add_defect_type)
        QWidget.setTabOrder(self.add_defect_type, self.coil_number_forms)
        QWidget.setTabOrder(self.coil_number_forms, self.coil_test)
        QWidget.setTabOrder(self.coil_test, self.time_zone)
        QWidget.setTabOrder(self.time_zone, self.case_prefix)
        QWidget.setTabOrder(self.case_prefix, self.future_tolerance_minutes)

        self.retranslateUi(DepartmentSettings)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(DepartmentSettings)
    # setupUi

    def retranslateUi(self, DepartmentSettings):
        DepartmentSettings.setWindowTitle(QCoreApplication.translate("DepartmentSettings", u"Department settings", None))
        self.defects_hint.setText(QCoreApplication.translate("DepartmentSettings", u"The list offered on the complaint form, in this order. A new name shows on every complaint of that type, old ones too. Untick \"In use\" to take a type off the list; complaints that have it keep it.", None))
        ___qtablewidgetitem = self.defect_types.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("DepartmentSettings", u"English name", None))
        ___qtablewidgetitem1 = self.defect_types.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("DepartmentSettings", u"Chinese name", None))
        ___qtablewidgetitem2 = self.defect_types.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("DepartmentSettings", u"In use", None))
        self.add_defect_type.setText(QCoreApplication.translate("DepartmentSettings", u"Add defect type", None))
#if QT_CONFIG(tooltip)
        self.add_defect_type.setToolTip(QCoreApplication.translate("DepartmentSettings", u"Add a line at the end of the list and type its English and Chinese names", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.defects_tab), QCoreApplication.translate("DepartmentSettings", u"Defect types", None))
        self.coil_number_forms_label.setText(QCoreApplication.translate("DepartmentSettings", u"Coil/lot number forms", None))
#if QT_CONFIG(tooltip)
        self.coil_number_forms.setToolTip(QCoreApplication.translate("DepartmentSettings", u"One form per line, e.g. S##@####-##", None))
#endif // QT_CONFIG(tooltip)
        self.coil_test_label.setText(QCoreApplication.translate("DepartmentSettings", u"Try a coil number", None))
#if QT_CONFIG(tooltip)
        self.coil_test.setToolTip(QCoreApplication.translate("DepartmentSettings", u"Type a coil number from a mill's label to see whether it fits the forms above; nothing is saved", None))
#endif // QT_CONFIG(tooltip)
        self.time_zone_label.setText(QCoreApplication.translate("DepartmentSettings", u"Department time zone", None))
#if QT_CONFIG(tooltip)
        self.time_zone.setToolTip(QCoreApplication.translate("DepartmentSettings", u"Type part of a city's name to find its zone, e.g. Shanghai", None))
#endif // QT_CONFIG(tooltip)
        self.case_prefix_label.setText(QCoreApplication.translate("DepartmentSettings", u"Case number prefix", None))
        self.future_tolerance_minutes_label.setText(QCoreApplication.translate("DepartmentSettings", u"Received-time tolerance (minutes)", None))
        self.tabs.setTabText(self.tabs.indexOf(self.rules_tab), QCoreApplication.translate("DepartmentSettings", u"Rules", None))
    # retranslateUi
