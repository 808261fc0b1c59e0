# Generated from ui/customers.ui by build/compile_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

class Ui_CustomersForm(object):
    def setupUi(self, CustomersForm):
        if not CustomersForm.objectName():
            CustomersForm.setObjectName(u"CustomersForm")
        CustomersForm.resize(1000, 640)
        CustomersForm.setSizeGripEnabled(True)
        self.dialog_layout = QVBoxLayout(CustomersForm)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.splitter = QSplitter(CustomersForm)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.list_side = QWidget(self.splitter)
        self.list_side.setObjectName(u"list_side")
        self.list_layout = QVBoxLayout(self.list_side)
        self.list_layout.setObjectName(u"list_layout")
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.filter = QLineEdit(self.list_side)
        self.filter.setObjectName(u"filter")
        self.filter.setClearButtonEnabled(True)

        self.list_layout.addWidget(self.filter)

        self.customer_list = QTableWidget(self.list_side)
        if (self.customer_list.columnCount() < 3):
            self.customer_list.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.customer_list.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.customer_list.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.customer_list.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.customer_list.setObjectName(u"customer_list")
        self.customer_list.setMinimumSize(QSize(260, 160))
        self.customer_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.customer_list.setAlternatingRowColors(True)
        self.customer_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.customer_list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.customer_list.setWordWrap(False)
        self.customer_list.setColumnCount(3)
        self.customer_list.verticalHeader().setVisible(False)

        self.list_layout.addWidget(self.customer_list)

        self.list_buttons = QHBoxLayout()
        self.list_buttons.setObjectName(u"list_buttons")
        self.add_customer = QPushButton(self.list_side)
        self.add_customer.setObjectName(u"add_customer")

        self.list_buttons.addWidget(self.add_customer)

        self.list_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.list_buttons.addItem(self.list_buttons_spacer)

        self.list_count = QLabel(self.list_side)
        self.list_count.setObjectName(u"list_count")
        self.list_count.setStyleSheet(u"color: palette(placeholder-text);")

        self.list_buttons.addWidget(self.list_count)


        self.list_layout.addLayout(self.list_buttons)

        self.splitter.addWidget(self.list_side)
        self.details_scroll = QScrollArea(self.splitter)
        self.details_scroll.setObjectName(u"details_scroll")
        self.details_scroll.setMinimumSize(QSize(340, 0))
        self.details_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.details_scroll.setWidgetResizable(True)
        self.details_page = QWidget()
        self.details_page.setObjectName(u"details_page")
        self.details_layout = QVBoxLayout(self.details_page)
        self.details_layout.setObjectName(u"details_layout")
        self.details_layout.setContentsMargins(-1, 0, -1, -1)
        self.details_group = QGroupBox(self.details_page)
        self.details_group.setObjectName(u"details_group")
        self.details_form = QFormLayout(self.details_group)
        self.details_form.setObjectName(u"details_form")
        self.details_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.details_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.name_label = QLabel(self.details_group)
        self.name_label.setObjectName(u"name_label")

        self.details_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_box = QVBoxLayout()
        self.name_box.setSpacing(2)
        self.name_box.setObjectName(u"name_box")
        self.name = QLineEdit(self.details_group)
        self.name.setObjectName(u"name")

        self.name_box.addWidget(self.name)

        self.name_error = QLabel(self.details_group)
        self.name_error.setObjectName(u"name_error")
        self.name_error.setStyleSheet(u"color: #b3261e;")
        self.name_error.setTextFormat(Qt.TextFormat.PlainText)
        self.name_error.setWordWrap(True)

        self.name_box.addWidget(self.name_error)


        self.details_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.name_box)

        self.name_en_label = QLabel(self.details_group)
        self.name_en_label.setObjectName(u"name_en_label")

        self.details_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.name_en_label)

        self.name_en_box = QVBoxLayout()
        self.name_en_box.setSpacing(2)
        self.name_en_box.setObjectName(u"name_en_box")
        self.name_en = QLineEdit(self.details_group)
        self.name_en.setObjectName(u"name_en")

        self.name_en_box.addWidget(self.name_en)

        self.name_en_error = QLabel(self.details_group)
        self.name_en_error.setObjectName(u"name_en_error")
        self.name_en_error.setStyleSheet(u"color: #b3261e;")
        self.name_en_error.setTextFormat(Qt.TextFormat.PlainText)
        self.name_en_error.setWordWrap(True)

        self.name_en_box.addWidget(self.name_en_error)


        self.details_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.name_en_box)

        self.market_label = QLabel(self.details_group)
        self.market_label.setObjectName(u"market_label")

        self.details_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.market_label)

        self.market_box = QVBoxLayout()
        self.market_box.setSpacing(2)
        self.market_box.setObjectName(u"market_box")
        self.market_row = QHBoxLayout()
        self.market_row.setObjectName(u"market_row")
        self.market = QComboBox(self.details_group)
        self.market.setObjectName(u"market")
        self.market.setMinimumWidth(120)

        self.market_row.addWidget(self.market)

        self.market_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.market_row.addItem(self.market_spacer)


        self.market_box.addLayout(self.market_row)

        self.market_error = QLabel(self.details_group)
        self.market_error.setObjectName(u"market_error")
        self.market_error.setStyleSheet(u"color: #b3261e;")
        self.market_error.setTextFormat(Qt.TextFormat.PlainText)
        self.market_error.setWordWrap(True)

        self.market_box.addWidget(self.market_error)


        self.details_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.market_box)

        self.contact_name_label = QLabel(self.details_group)
        self.contact_name_label.setObjectName(u"contact_name_label")

        self.details_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.contact_name_label)

        self.contact_name_box = QVBoxLayout()
        self.contact_name_box.setSpacing(2)
        self.contact_name_box.setObjectName(u"contact_name_box")
        self.contact_name = QLineEdit(self.details_group)
        self.contact_name.setObjectName(u"contact_name")

        self.contact_name_box.addWidget(self.contact_name)

        self.contact_name_error = QLabel(self.details_group)
        self.contact_name_error.setObjectName(u"contact_name_error")
        self.contact_name_error.setStyleSheet(u"color: #b3261e;")
        self.contact_name_error.setTextFormat(Qt.TextFormat.PlainText)
        self.contact_name_error.setWordWrap(True)

        self.contact_name_box.addWidget(self.contact_name_error)


        self.details_form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.contact_name_box)

        self.contact_phone_label = QLabel(self.details_group)
        self.contact_phone_label.setObjectName(u"contact_phone_label")

        self.details_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.contact_phone_label)

        self.contact_phone_box = QVBoxLayout()
        self.contact_phone_box.setSpacing(2)
        self.contact_phone_box.setObjectName(u"contact_phone_box")
        self.contact_phone = QLineEdit(self.details_group)
        self.contact_phone.setObjectName(u"contact_phone")

        self.contact_phone_box.addWidget(self.contact_phone)

        self.contact_phone_error = QLabel(self.details_group)
        self.contact_phone_error.setObjectName(u"contact_phone_error")
        self.contact_phone_error.setStyleSheet(u"color: #b3261e;")
        self.contact_phone_error.setTextFormat(Qt.TextFormat.PlainText)
        self.contact_phone_error.setWordWrap(True)

        self.contact_phone_box.addWidget(self.contact_phone_error)


        self.details_form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.contact_phone_box)

        self.contact_email_label = QLabel(self.details_group)
        self.contact_email_label.setObjectName(u"contact_email_label")

        self.details_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.contact_email_label)

        self.contact_email_box = QVBoxLayout()
        self.contact_email_box.setSpacing(2)
        self.contact_email_box.setObjectName(u"contact_email_box")
        self.contact_email = QLineEdit(self.details_group)
        self.contact_email.setObjectName(u"contact_email")

        self.contact_email_box.addWidget(self.contact_email)

        self.contact_email_error = QLabel(self.details_group)
        self.contact_email_error.setObjectName(u"contact_email_error")
        self.contact_email_error.setStyleSheet(u"color: #b3261e;")
        self.contact_email_error.setTextFormat(Qt.TextFormat.PlainText)
        self.contact_email_error.setWordWrap(True)

        self.contact_email_box.addWidget(self.contact_email_error)


        self.details_form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.contact_email_box)

        self.address_label = QLabel(self.details_group)
        self.address_label.setObjectName(u"address_label")

        self.details_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address_box = QVBoxLayout()
        self.address_box.setSpacing(2)
        self.address_box.setObjectName(u"address_box")
        self.address = QPlainTextEdit(self.details_group)
        self.address.setObjectName(u"address")
        self.address.setMaximumSize(QSize(16777215, 64))
        self.address.setTabChangesFocus(True)

        self.address_box.addWidget(self.address)

        self.address_error = QLabel(self.details_group)
        self.address_error.setObjectName(u"address_error")
        self.address_error.setStyleSheet(u"color: #b3261e;")
        self.address_error.setTextFormat(Qt.TextFormat.PlainText)
        self.address_error.setWordWrap(True)

        self.address_box.addWidget(self.address_error)


        self.details_form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.address_box)

        self.active = QCheckBox(self.details_group)
        self.active.setObjectName(u"active")

        self.details_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.active)

        self.record_info = QLabel(self.details_group)
        self.record_info.setObjectName(u"record_info")
        self.record_info.setStyleSheet(u"color: palette(placeholder-text);")
        self.record_info.setTextFormat(Qt.TextFormat.PlainText)
        self.record_info.setWordWrap(True)

        self.details_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.record_info)

        self.save_row = QHBoxLayout()
        self.save_row.setObjectName(u"save_row")
        self.save_customer = QPushButton(self.details_group)
        self.save_customer.setObjectName(u"save_customer")

        self.save_row.addWidget(self.save_customer)

        self.save_row_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.save_row.addItem(self.save_row_spacer)


        self.details_form.setLayout(9, QFormLayout.ItemRole.FieldRole, self.save_row)


        self.details_layout.addWidget(self.details_group)

        self.merge_group = QGroupBox(self.details_page)
        self.merge_group.setObjectName(u"merge_group")
        self.merge_form = QFormLayout(self.merge_group)
        self.merge_form.setObjectName(u"merge_form")
        self.merge_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.merge_hint = QLabel(self.merge_group)
        self.merge_hint.setObjectName(u"merge_hint")
        self.merge_hint.setStyleSheet(u"color: palette(placeholder-text);")
        self.merge_hint.setWordWrap(True)

        self.merge_form.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.merge_hint)

        self.merge_keep_label = QLabel(self.merge_group)
        self.merge_keep_label.setObjectName(u"merge_keep_label")

        self.merge_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.merge_keep_label)

        self.merge_keep = QComboBox(self.merge_group)
        self.merge_keep.setObjectName(u"merge_keep")
        self.merge_keep.setMinimumContentsLength(12)
        self.merge_keep.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.merge_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.merge_keep)

        self.merge_from_label = QLabel(self.merge_group)
        self.merge_from_label.setObjectName(u"merge_from_label")

        self.merge_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.merge_from_label)

        self.merge_from = QComboBox(self.merge_group)
        self.merge_from.setObjectName(u"merge_from")
        self.merge_from.setMinimumContentsLength(12)
        self.merge_from.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.merge_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.merge_from)

        self.merge_row = QHBoxLayout()
        self.merge_row.setObjectName(u"merge_row")
        self.merge_button = QPushButton(self.merge_group)
        self.merge_button.setObjectName(u"merge_button")

        self.merge_row.addWidget(self.merge_button)

        self.merge_row_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.merge_row.addItem(self.merge_row_spacer)


        self.merge_form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.merge_row)


        self.details_layout.addWidget(self.merge_group)

        self.details_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.details_layout.addItem(self.details_spacer)

        self.details_scroll.setWidget(self.details_page)
        self.splitter.addWidget(self.details_scroll)

        self.dialog_layout.addWidget(self.splitter)

        self.form_error = QLabel(CustomersForm)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setStyleSheet(u"color: #b3261e;")
        self.form_error.setTextFormat(Qt.TextFormat.PlainText)
        self.form_error.setWordWrap(True)

        self.dialog_layout.addWidget(self.form_error)

        self.status = QLabel(CustomersForm)
        self.status.setObjectName(u"status")
        self.status.setStyleSheet(u"color: #1e6b30;")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)

        self.dialog_layout.addWidget(self.status)

        self.button_box = QDialogButtonBox(CustomersForm)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialog_layout.addWidget(self.button_box)

        self.dialog_layout.setStretch(0, 1)
#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.name_en_label.setBuddy(self.name_en)
        self.market_label.setBuddy(self.market)
        self.contact_name_label.setBuddy(self.contact_name)
        self.contact_phone_label.setBuddy(self.contact_phone)
        self.contact_email_label.setBuddy(self.contact_email)
        self.address_label.setBuddy(self.address)
        self.merge_keep_label.setBuddy(self.merge_keep)
        self.merge_from_label.setBuddy(self.merge_from)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.filter, self.customer_list)
        QWidget.setTabOrder(self.customer_list, self.add_customer)
        QWidget.setTabOrder(self.add_customer, self.name)
        QWidget.setTabOrder(self.name, self.name_en)
        QWidget.setTabOrder(self.name_en, self.market)
        QWidget.setTabOrder(self.market, self.contact_name)
        QWidget.setTabOrder(self.contact_name, self.contact_phone)
        QWidget.setTabOrder(self.contact_phone, self.contact_email)
        QWidget.setTabOrder(self.contact_email, self.address)
        QWidget.setTabOrder(self.address, self.active)
        QWidget.setTabOrder(self.active, self.save_customer)
        QWidget.setTabOrder(self.save_customer, self.merge_keep)
        QWidget.setTabOrder(self.merge_keep, self.merge_from)
        QWidget.setTabOrder(self.merge_from, self.merge_button)

        self.retranslateUi(CustomersForm)

        QMetaObject.connectSlotsByName(CustomersForm)
    # setupUi

    def retranslateUi(self, CustomersForm):
        CustomersForm.setWindowTitle(QCoreApplication.translate("CustomersForm", u"Customers", None))
        self.filter.setPlaceholderText(QCoreApplication.translate("CustomersForm", u"Find: name, English name or pinyin (fs, foshan)", None))
#if QT_CONFIG(tooltip)
        self.filter.setToolTip(QCoreApplication.translate("CustomersForm", u"Type part of a name, its English name, its pinyin (foshan) or the pinyin's first letters (fs)", None))
#endif // QT_CONFIG(tooltip)
        ___qtablewidgetitem = self.customer_list.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("CustomersForm", u"Customer", None))
        ___qtablewidgetitem1 = self.customer_list.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("CustomersForm", u"English name", None))
        ___qtablewidgetitem2 = self.customer_list.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("CustomersForm", u"Complaints", None))
        self.add_customer.setText(QCoreApplication.translate("CustomersForm", u"Add customer", None))
#if QT_CONFIG(tooltip)
        self.add_customer.setToolTip(QCoreApplication.translate("CustomersForm", u"Start a new customer on the right; Save customer adds it", None))
#endif // QT_CONFIG(tooltip)
        self.details_group.setTitle(QCoreApplication.translate("CustomersForm", u"Customer", None))
        self.name_label.setText(QCoreApplication.translate("CustomersForm", u"Customer name", None))
#if QT_CONFIG(tooltip)
        self.name.setToolTip(QCoreApplication.translate("CustomersForm", u"The name as complaints are registered under it; it must differ from every other customer's", None))
#endif // QT_CONFIG(tooltip)
        self.name_en_label.setText(QCoreApplication.translate("CustomersForm", u"English name", None))
        self.market_label.setText(QCoreApplication.translate("CustomersForm", u"Domestic / export", None))
        self.contact_name_label.setText(QCoreApplication.translate("CustomersForm", u"Contact", None))
        self.contact_phone_label.setText(QCoreApplication.translate("CustomersForm", u"Phone", None))
        self.contact_email_label.setText(QCoreApplication.translate("CustomersForm", u"E-mail address", None))
        self.address_label.setText(QCoreApplication.translate("CustomersForm", u"Address", None))
        self.active.setText(QCoreApplication.translate("CustomersForm", u"In use (offered when a complaint is registered)", None))
        self.save_customer.setText(QCoreApplication.translate("CustomersForm", u"Save customer", None))
        self.merge_group.setTitle(QCoreApplication.translate("CustomersForm", u"Merge two spellings of one customer", None))
        self.merge_hint.setText(QCoreApplication.translate("CustomersForm", u"The complaints of the spelling to merge move to the customer to keep. The old spelling is no longer listed, but typing it still finds the customer kept.", None))
        self.merge_keep_label.setText(QCoreApplication.translate("CustomersForm", u"Customer to keep", None))
        self.merge_from_label.setText(QCoreApplication.translate("CustomersForm", u"Spelling to merge into it", None))
        self.merge_button.setText(QCoreApplication.translate("CustomersForm", u"Merge\u2026", None))
    # retranslateUi
