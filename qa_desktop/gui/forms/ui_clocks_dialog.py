# Generated from ui/clocks_dialog.ui by build/compile_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QCalendarWidget, QComboBox, QDateEdit, QDialogButtonBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QListWidget, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

class Ui_ClocksDialogForm(object):
    def setupUi(self, ClocksDialogForm):
        if not ClocksDialogForm.objectName():
            ClocksDialogForm.setObjectName(u"ClocksDialogForm")
        ClocksDialogForm.resize(1240, 680)
        ClocksDialogForm.setSizeGripEnabled(True)
        self.dialog_layout = QVBoxLayout(ClocksDialogForm)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.heading = QLabel(ClocksDialogForm)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)

        self.dialog_layout.addWidget(self.heading)

        self.tabs = QTabWidget(ClocksDialogForm)
        self.tabs.setObjectName(u"tabs")
        self.rules_tab = QWidget()
        self.rules_tab.setObjectName(u"rules_tab")
        self.rules_tab_layout = QVBoxLayout(self.rules_tab)
        self.rules_tab_layout.setObjectName(u"rules_tab_layout")
        self.rules_row = QHBoxLayout()
        self.rules_row.setObjectName(u"rules_row")
        self.rules = QTableWidget(self.rules_tab)
        if (self.rules.columnCount() < 9):
            self.rules.setColumnCount(9)
        __qtablewidgetitem = QTableWidgetItem()
        self.rules.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.rules.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.rules.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.rules.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.rules.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.rules.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.rules.setHorizontalHeaderItem(6, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.rules.setHorizontalHeaderItem(7, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.rules.setHorizontalHeaderItem(8, __qtablewidgetitem8)
        self.rules.setObjectName(u"rules")
        self.rules.setAlternatingRowColors(True)
        self.rules.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rules.setColumnCount(9)
        self.rules.horizontalHeader().setStretchLastSection(False)

        self.rules_row.addWidget(self.rules)

        self.rule_buttons = QVBoxLayout()
        self.rule_buttons.setObjectName(u"rule_buttons")
        self.add_rule = QPushButton(self.rules_tab)
        self.add_rule.setObjectName(u"add_rule")

        self.rule_buttons.addWidget(self.add_rule)

        self.retire_rule = QPushButton(self.rules_tab)
        self.retire_rule.setObjectName(u"retire_rule")

        self.rule_buttons.addWidget(self.retire_rule)

        self.move_up = QPushButton(self.rules_tab)
        self.move_up.setObjectName(u"move_up")

        self.rule_buttons.addWidget(self.move_up)

        self.move_down = QPushButton(self.rules_tab)
        self.move_down.setObjectName(u"move_down")

        self.rule_buttons.addWidget(self.move_down)

        self.rule_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rule_buttons.addItem(self.rule_buttons_spacer)


        self.rules_row.addLayout(self.rule_buttons)


        self.rules_tab_layout.addLayout(self.rules_row)

        self.rules_hint = QLabel(self.rules_tab)
        self.rules_hint.setObjectName(u"rules_hint")
        self.rules_hint.setWordWrap(True)
        self.rules_hint.setStyleSheet(u"color: palette(placeholder-text);")

        self.rules_tab_layout.addWidget(self.rules_hint)

        self.rules_error = QLabel(self.rules_tab)
        self.rules_error.setObjectName(u"rules_error")
        self.rules_error.setWordWrap(True)
        self.rules_error.setStyleSheet(u"color: #b3261e;")
        self.rules_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.rules_tab_layout.addWidget(self.rules_error)

        self.tabs.addTab(self.rules_tab, "")
        self.calendar_tab = QWidget()
        self.calendar_tab.setObjectName(u"calendar_tab")
        self.calendar_tab_layout = QVBoxLayout(self.calendar_tab)
        self.calendar_tab_layout.setObjectName(u"calendar_tab_layout")
        self.gap_banner = QLabel(self.calendar_tab)
        self.gap_banner.setObjectName(u"gap_banner")
        self.gap_banner.setWordWrap(True)
        self.gap_banner.setStyleSheet(u"background: #fef7e0; color: #7a4f01; border: 1px solid #f9ab00; padding: 6px; font-weight: bold;")
        self.gap_banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.calendar_tab_layout.addWidget(self.gap_banner)

        self.calendar_columns = QHBoxLayout()
        self.calendar_columns.setObjectName(u"calendar_columns")
        self.time_group = QGroupBox(self.calendar_tab)
        self.time_group.setObjectName(u"time_group")
        self.time_layout = QVBoxLayout(self.time_group)
        self.time_layout.setObjectName(u"time_layout")
        self.zone_label = QLabel(self.time_group)
        self.zone_label.setObjectName(u"zone_label")

        self.time_layout.addWidget(self.zone_label)

        self.zone = QComboBox(self.time_group)
        self.zone.setObjectName(u"zone")
        self.zone.setEditable(True)
        self.zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.time_layout.addWidget(self.zone)

        self.zone_hint = QLabel(self.time_group)
        self.zone_hint.setObjectName(u"zone_hint")
        self.zone_hint.setWordWrap(True)
        self.zone_hint.setStyleSheet(u"color: palette(placeholder-text);")

        self.time_layout.addWidget(self.zone_hint)

        self.zone_error = QLabel(self.time_group)
        self.zone_error.setObjectName(u"zone_error")
        self.zone_error.setWordWrap(True)
        self.zone_error.setStyleSheet(u"color: #b3261e;")

        self.time_layout.addWidget(self.zone_error)

        self.week_label = QLabel(self.time_group)
        self.week_label.setObjectName(u"week_label")

        self.time_layout.addWidget(self.week_label)

        self.week_grid = QGridLayout()
        self.week_grid.setObjectName(u"week_grid")

        self.time_layout.addLayout(self.week_grid)

        self.week_error = QLabel(self.time_group)
        self.week_error.setObjectName(u"week_error")
        self.week_error.setWordWrap(True)
        self.week_error.setStyleSheet(u"color: #b3261e;")

        self.time_layout.addWidget(self.week_error)

        self.hours_label = QLabel(self.time_group)
        self.hours_label.setObjectName(u"hours_label")

        self.time_layout.addWidget(self.hours_label)

        self.hours_row = QHBoxLayout()
        self.hours_row.setObjectName(u"hours_row")
        self.hours = QTableWidget(self.time_group)
        if (self.hours.columnCount() < 2):
            self.hours.setColumnCount(2)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.hours.setHorizontalHeaderItem(0, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.hours.setHorizontalHeaderItem(1, __qtablewidgetitem10)
        self.hours.setObjectName(u"hours")
        self.hours.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.hours.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.hours.setColumnCount(2)
        self.hours.setMinimumSize(QSize(0, 80))
        self.hours.horizontalHeader().setStretchLastSection(True)

        self.hours_row.addWidget(self.hours)

        self.span_buttons = QVBoxLayout()
        self.span_buttons.setObjectName(u"span_buttons")
        self.add_span = QPushButton(self.time_group)
        self.add_span.setObjectName(u"add_span")

        self.span_buttons.addWidget(self.add_span)

        self.remove_span = QPushButton(self.time_group)
        self.remove_span.setObjectName(u"remove_span")

        self.span_buttons.addWidget(self.remove_span)

        self.span_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.span_buttons.addItem(self.span_buttons_spacer)


        self.hours_row.addLayout(self.span_buttons)


        self.time_layout.addLayout(self.hours_row)

        self.hours_error = QLabel(self.time_group)
        self.hours_error.setObjectName(u"hours_error")
        self.hours_error.setWordWrap(True)
        self.hours_error.setStyleSheet(u"color: #b3261e;")

        self.time_layout.addWidget(self.hours_error)

        self.note_label = QLabel(self.time_group)
        self.note_label.setObjectName(u"note_label")

        self.time_layout.addWidget(self.note_label)

        self.note = QPlainTextEdit(self.time_group)
        self.note.setObjectName(u"note")
        self.note.setMinimumSize(QSize(0, 70))
        self.note.setTabChangesFocus(True)

        self.time_layout.addWidget(self.note)

        self.note_error = QLabel(self.time_group)
        self.note_error.setObjectName(u"note_error")
        self.note_error.setWordWrap(True)
        self.note_error.setStyleSheet(u"color: #b3261e;")

        self.time_layout.addWidget(self.note_error)


        self.calendar_columns.addWidget(self.time_group)

        self.days_group = QGroupBox(self.calendar_tab)
        self.days_group.setObjectName(u"days_group")
        self.days_layout = QVBoxLayout(self.days_group)
        self.days_layout.setObjectName(u"days_layout")
        self.day_row = QHBoxLayout()
        self.day_row.setObjectName(u"day_row")
        self.day = QDateEdit(self.days_group)
        self.day.setObjectName(u"day")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(u"yyyy-MM-dd")

        self.day_row.addWidget(self.day)

        self.add_holiday = QPushButton(self.days_group)
        self.add_holiday.setObjectName(u"add_holiday")

        self.day_row.addWidget(self.add_holiday)

        self.add_makeup = QPushButton(self.days_group)
        self.add_makeup.setObjectName(u"add_makeup")

        self.day_row.addWidget(self.add_makeup)


        self.days_layout.addLayout(self.day_row)

        self.lists_grid = QGridLayout()
        self.lists_grid.setObjectName(u"lists_grid")
        self.holidays_label = QLabel(self.days_group)
        self.holidays_label.setObjectName(u"holidays_label")
        self.holidays_label.setWordWrap(True)

        self.lists_grid.addWidget(self.holidays_label, 0, 0, 1, 1)

        self.makeup_label = QLabel(self.days_group)
        self.makeup_label.setObjectName(u"makeup_label")
        self.makeup_label.setWordWrap(True)

        self.lists_grid.addWidget(self.makeup_label, 0, 1, 1, 1)

        self.holidays = QListWidget(self.days_group)
        self.holidays.setObjectName(u"holidays")
        self.holidays.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

        self.lists_grid.addWidget(self.holidays, 1, 0, 1, 1)

        self.makeup_days = QListWidget(self.days_group)
        self.makeup_days.setObjectName(u"makeup_days")
        self.makeup_days.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

        self.lists_grid.addWidget(self.makeup_days, 1, 1, 1, 1)


        self.days_layout.addLayout(self.lists_grid)

        self.remove_row = QHBoxLayout()
        self.remove_row.setObjectName(u"remove_row")
        self.remove_days = QPushButton(self.days_group)
        self.remove_days.setObjectName(u"remove_days")

        self.remove_row.addWidget(self.remove_days)

        self.remove_row_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.remove_row.addItem(self.remove_row_spacer)


        self.days_layout.addLayout(self.remove_row)

        self.holidays_error = QLabel(self.days_group)
        self.holidays_error.setObjectName(u"holidays_error")
        self.holidays_error.setWordWrap(True)
        self.holidays_error.setStyleSheet(u"color: #b3261e;")

        self.days_layout.addWidget(self.holidays_error)

        self.china_row = QHBoxLayout()
        self.china_row.setObjectName(u"china_row")
        self.add_china = QPushButton(self.days_group)
        self.add_china.setObjectName(u"add_china")

        self.china_row.addWidget(self.add_china)

        self.china_year = QSpinBox(self.days_group)
        self.china_year.setObjectName(u"china_year")
        self.china_year.setMinimum(2000)
        self.china_year.setMaximum(2100)

        self.china_row.addWidget(self.china_year)

        self.china_row_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.china_row.addItem(self.china_row_spacer)


        self.days_layout.addLayout(self.china_row)

        self.china_message = QLabel(self.days_group)
        self.china_message.setObjectName(u"china_message")
        self.china_message.setWordWrap(True)

        self.days_layout.addWidget(self.china_message)


        self.calendar_columns.addWidget(self.days_group)

        self.check_layout = QVBoxLayout()
        self.check_layout.setObjectName(u"check_layout")
        self.month_group = QGroupBox(self.calendar_tab)
        self.month_group.setObjectName(u"month_group")
        self.month_layout = QVBoxLayout(self.month_group)
        self.month_layout.setObjectName(u"month_layout")
        self.month_view = QCalendarWidget(self.month_group)
        self.month_view.setObjectName(u"month_view")
        self.month_view.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)

        self.month_layout.addWidget(self.month_view)

        self.legend = QLabel(self.month_group)
        self.legend.setObjectName(u"legend")
        self.legend.setWordWrap(True)

        self.month_layout.addWidget(self.legend)


        self.check_layout.addWidget(self.month_group)

        self.file_group = QGroupBox(self.calendar_tab)
        self.file_group.setObjectName(u"file_group")
        self.file_layout = QVBoxLayout(self.file_group)
        self.file_layout.setObjectName(u"file_layout")
        self.file_buttons = QHBoxLayout()
        self.file_buttons.setObjectName(u"file_buttons")
        self.import_calendar = QPushButton(self.file_group)
        self.import_calendar.setObjectName(u"import_calendar")

        self.file_buttons.addWidget(self.import_calendar)

        self.export_calendar = QPushButton(self.file_group)
        self.export_calendar.setObjectName(u"export_calendar")

        self.file_buttons.addWidget(self.export_calendar)


        self.file_layout.addLayout(self.file_buttons)

        self.file_message = QLabel(self.file_group)
        self.file_message.setObjectName(u"file_message")
        self.file_message.setWordWrap(True)
        self.file_message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.file_layout.addWidget(self.file_message)


        self.check_layout.addWidget(self.file_group)

        self.check_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.check_layout.addItem(self.check_spacer)


        self.calendar_columns.addLayout(self.check_layout)

        self.calendar_columns.setStretch(0, 3)
        self.calendar_columns.setStretch(1, 4)
        self.calendar_columns.setStretch(2, 3)

        self.calendar_tab_layout.addLayout(self.calendar_columns)

        self.calendar_tab_layout.setStretch(1, 1)
        self.tabs.addTab(self.calendar_tab, "")

        self.dialog_layout.addWidget(self.tabs)

        self.form_error = QLabel(ClocksDialogForm)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setWordWrap(True)
        self.form_error.setStyleSheet(u"color: #b3261e;")
        self.form_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.form_error)

        self.buttons = QDialogButtonBox(ClocksDialogForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.buttons)

        self.dialog_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.zone_label.setBuddy(self.zone)
        self.note_label.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ClocksDialogForm)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ClocksDialogForm)
    # setupUi

    def retranslateUi(self, ClocksDialogForm):
        ClocksDialogForm.setWindowTitle(QCoreApplication.translate("ClocksDialogForm", u"Response clocks and calendar", None))
        self.heading.setText(QCoreApplication.translate("ClocksDialogForm", u"The response clocks every case gets, and the working calendar their working hours and days follow. A change applies to clocks that start after you save; clocks already running keep their rule.", None))
        ___qtablewidgetitem = self.rules.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ClocksDialogForm", u"English name", None))
        ___qtablewidgetitem1 = self.rules.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ClocksDialogForm", u"Chinese name", None))
        ___qtablewidgetitem2 = self.rules.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ClocksDialogForm", u"Time allowed", None))
        ___qtablewidgetitem3 = self.rules.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ClocksDialogForm", u"Unit", None))
        ___qtablewidgetitem4 = self.rules.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("ClocksDialogForm", u"Applies to", None))
        ___qtablewidgetitem5 = self.rules.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("ClocksDialogForm", u"May pause", None))
        ___qtablewidgetitem6 = self.rules.horizontalHeaderItem(6)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("ClocksDialogForm", u"Starts", None))
        ___qtablewidgetitem7 = self.rules.horizontalHeaderItem(7)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("ClocksDialogForm", u"Met by", None))
        ___qtablewidgetitem8 = self.rules.horizontalHeaderItem(8)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("ClocksDialogForm", u"In use", None))
        self.add_rule.setText(QCoreApplication.translate("ClocksDialogForm", u"&Add clock", None))
        self.retire_rule.setText(QCoreApplication.translate("ClocksDialogForm", u"&Retire", None))
        self.move_up.setText(QCoreApplication.translate("ClocksDialogForm", u"Move &up", None))
        self.move_down.setText(QCoreApplication.translate("ClocksDialogForm", u"Move &down", None))
        self.rules_hint.setText(QCoreApplication.translate("ClocksDialogForm", u"Hours run round the clock; working hours and working days follow the calendar. A clock that may pause stops while the case waits for the customer. One that starts when needed is started on a case that needs it (a complex case). One met by hand is marked met by a person, with a note. A retired clock starts on no new case; cases that have it keep it.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.rules_tab), QCoreApplication.translate("ClocksDialogForm", u"Response clocks", None))
        self.time_group.setTitle(QCoreApplication.translate("ClocksDialogForm", u"Working time", None))
        self.zone_label.setText(QCoreApplication.translate("ClocksDialogForm", u"&Time zone", None))
        self.week_label.setText(QCoreApplication.translate("ClocksDialogForm", u"Working weekdays", None))
        self.hours_label.setText(QCoreApplication.translate("ClocksDialogForm", u"Working hours", None))
        ___qtablewidgetitem9 = self.hours.horizontalHeaderItem(0)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("ClocksDialogForm", u"From", None))
        ___qtablewidgetitem10 = self.hours.horizontalHeaderItem(1)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("ClocksDialogForm", u"To", None))
        self.add_span.setText(QCoreApplication.translate("ClocksDialogForm", u"Add &span", None))
        self.remove_span.setText(QCoreApplication.translate("ClocksDialogForm", u"Remove span", None))
        self.note_label.setText(QCoreApplication.translate("ClocksDialogForm", u"&Note: where the lists come from", None))
        self.days_group.setTitle(QCoreApplication.translate("ClocksDialogForm", u"Public holidays and make-up working days", None))
        self.add_holiday.setText(QCoreApplication.translate("ClocksDialogForm", u"Add as &holiday", None))
        self.add_makeup.setText(QCoreApplication.translate("ClocksDialogForm", u"Add as &make-up day", None))
        self.holidays_label.setText(QCoreApplication.translate("ClocksDialogForm", u"Public holidays (days off)", None))
        self.makeup_label.setText(QCoreApplication.translate("ClocksDialogForm", u"Make-up working days", None))
        self.remove_days.setText(QCoreApplication.translate("ClocksDialogForm", u"Remo&ve selected days", None))
        self.add_china.setText(QCoreApplication.translate("ClocksDialogForm", u"Add &China's public holidays for year", None))
        self.month_group.setTitle(QCoreApplication.translate("ClocksDialogForm", u"Check against the State Council's notice", None))
        self.file_group.setTitle(QCoreApplication.translate("ClocksDialogForm", u"Calendar file", None))
        self.import_calendar.setText(QCoreApplication.translate("ClocksDialogForm", u"&Import\u2026", None))
        self.export_calendar.setText(QCoreApplication.translate("ClocksDialogForm", u"&Export\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.calendar_tab), QCoreApplication.translate("ClocksDialogForm", u"Working calendar", None))
    # retranslateUi
