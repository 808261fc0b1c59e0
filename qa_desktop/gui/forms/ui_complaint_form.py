# Generated from ui/complaint_form.ui by build/compile_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QDateTimeEdit, QDialogButtonBox, QFormLayout, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QTableWidgetItem, QVBoxLayout, QWidget

from qa_desktop.gui.attachments_panel import AttachmentsPanel
from qa_desktop.gui.coil_table import CoilTable

class Ui_ComplaintForm(object):
    def setupUi(self, ComplaintForm):
        if not ComplaintForm.objectName():
            ComplaintForm.setObjectName(u"ComplaintForm")
        ComplaintForm.resize(1100, 800)
        ComplaintForm.setSizeGripEnabled(True)
        self.dialog_layout = QVBoxLayout(ComplaintForm)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.read_only_note = QLabel(ComplaintForm)
        self.read_only_note.setObjectName(u"read_only_note")
        self.read_only_note.setStyleSheet(u"background: #fff4ce; color: #4a3b00; border: 1px solid #e6c860; border-radius: 3px; padding: 4px 6px;")
        self.read_only_note.setTextFormat(Qt.TextFormat.PlainText)
        self.read_only_note.setWordWrap(True)

        self.dialog_layout.addWidget(self.read_only_note)

        self.scroll_area = QScrollArea(ComplaintForm)
        self.scroll_area.setObjectName(u"scroll_area")
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        self.form_page = QWidget()
        self.form_page.setObjectName(u"form_page")
        self.form_page_layout = QVBoxLayout(self.form_page)
        self.form_page_layout.setSpacing(10)
        self.form_page_layout.setObjectName(u"form_page_layout")
        self.form_page_layout.setContentsMargins(0, 0, 0, 0)
        self.top_row = QHBoxLayout()
        self.top_row.setSpacing(10)
        self.top_row.setObjectName(u"top_row")
        self.customer_group = QGroupBox(self.form_page)
        self.customer_group.setObjectName(u"customer_group")
        self.customer_form = QFormLayout(self.customer_group)
        self.customer_form.setObjectName(u"customer_form")
        self.customer_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.customer_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.customer_form.setVerticalSpacing(6)
        self.customer_name_label = QLabel(self.customer_group)
        self.customer_name_label.setObjectName(u"customer_name_label")

        self.customer_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.customer_name_label)

        self.customer_name_box = QVBoxLayout()
        self.customer_name_box.setSpacing(2)
        self.customer_name_box.setObjectName(u"customer_name_box")
        self.customer_name = QComboBox(self.customer_group)
        self.customer_name.setObjectName(u"customer_name")
        self.customer_name.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.customer_name.setMinimumContentsLength(8)
        self.customer_name.setEditable(True)
        self.customer_name.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.customer_name.setMaxVisibleItems(20)

        self.customer_name_box.addWidget(self.customer_name)

        self.customer_name_error = QLabel(self.customer_group)
        self.customer_name_error.setObjectName(u"customer_name_error")
        self.customer_name_error.setStyleSheet(u"color: #b3261e;")
        self.customer_name_error.setTextFormat(Qt.TextFormat.PlainText)
        self.customer_name_error.setWordWrap(True)

        self.customer_name_box.addWidget(self.customer_name_error)


        self.customer_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.customer_name_box)

        self.customer_complaint_no_label = QLabel(self.customer_group)
        self.customer_complaint_no_label.setObjectName(u"customer_complaint_no_label")

        self.customer_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.customer_complaint_no_label)

        self.customer_complaint_no_box = QVBoxLayout()
        self.customer_complaint_no_box.setSpacing(2)
        self.customer_complaint_no_box.setObjectName(u"customer_complaint_no_box")
        self.customer_complaint_no = QLineEdit(self.customer_group)
        self.customer_complaint_no.setObjectName(u"customer_complaint_no")

        self.customer_complaint_no_box.addWidget(self.customer_complaint_no)

        self.customer_complaint_no_error = QLabel(self.customer_group)
        self.customer_complaint_no_error.setObjectName(u"customer_complaint_no_error")
        self.customer_complaint_no_error.setStyleSheet(u"color: #b3261e;")
        self.customer_complaint_no_error.setTextFormat(Qt.TextFormat.PlainText)
        self.customer_complaint_no_error.setWordWrap(True)

        self.customer_complaint_no_box.addWidget(self.customer_complaint_no_error)


        self.customer_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.customer_complaint_no_box)

        self.contact_name_label = QLabel(self.customer_group)
        self.contact_name_label.setObjectName(u"contact_name_label")

        self.customer_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.contact_name_label)

        self.contact_name_box = QVBoxLayout()
        self.contact_name_box.setSpacing(2)
        self.contact_name_box.setObjectName(u"contact_name_box")
        self.contact_name = QLineEdit(self.customer_group)
        self.contact_name.setObjectName(u"contact_name")

        self.contact_name_box.addWidget(self.contact_name)

        self.contact_name_error = QLabel(self.customer_group)
        self.contact_name_error.setObjectName(u"contact_name_error")
        self.contact_name_error.setStyleSheet(u"color: #b3261e;")
        self.contact_name_error.setTextFormat(Qt.TextFormat.PlainText)
        self.contact_name_error.setWordWrap(True)

        self.contact_name_box.addWidget(self.contact_name_error)


        self.customer_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.contact_name_box)

        self.contact_phone_label = QLabel(self.customer_group)
        self.contact_phone_label.setObjectName(u"contact_phone_label")

        self.customer_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.contact_phone_label)

        self.contact_phone_box = QVBoxLayout()
        self.contact_phone_box.setSpacing(2)
        self.contact_phone_box.setObjectName(u"contact_phone_box")
        self.contact_phone = QLineEdit(self.customer_group)
        self.contact_phone.setObjectName(u"contact_phone")

        self.contact_phone_box.addWidget(self.contact_phone)

        self.contact_phone_error = QLabel(self.customer_group)
        self.contact_phone_error.setObjectName(u"contact_phone_error")
        self.contact_phone_error.setStyleSheet(u"color: #b3261e;")
        self.contact_phone_error.setTextFormat(Qt.TextFormat.PlainText)
        self.contact_phone_error.setWordWrap(True)

        self.contact_phone_box.addWidget(self.contact_phone_error)


        self.customer_form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.contact_phone_box)

        self.channel_label = QLabel(self.customer_group)
        self.channel_label.setObjectName(u"channel_label")

        self.customer_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.channel_label)

        self.channel_box = QVBoxLayout()
        self.channel_box.setSpacing(2)
        self.channel_box.setObjectName(u"channel_box")
        self.channel = QComboBox(self.customer_group)
        self.channel.setObjectName(u"channel")
        self.channel.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.channel.setMinimumContentsLength(8)

        self.channel_box.addWidget(self.channel)

        self.channel_error = QLabel(self.customer_group)
        self.channel_error.setObjectName(u"channel_error")
        self.channel_error.setStyleSheet(u"color: #b3261e;")
        self.channel_error.setTextFormat(Qt.TextFormat.PlainText)
        self.channel_error.setWordWrap(True)

        self.channel_box.addWidget(self.channel_error)


        self.customer_form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.channel_box)

        self.received_at_label = QLabel(self.customer_group)
        self.received_at_label.setObjectName(u"received_at_label")

        self.customer_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.received_at_label)

        self.received_at_box = QVBoxLayout()
        self.received_at_box.setSpacing(2)
        self.received_at_box.setObjectName(u"received_at_box")
        self.received_at_row = QHBoxLayout()
        self.received_at_row.setSpacing(6)
        self.received_at_row.setObjectName(u"received_at_row")
        self.received_at = QDateTimeEdit(self.customer_group)
        self.received_at.setObjectName(u"received_at")
        self.received_at.setDisplayFormat(u"yyyy-MM-dd HH:mm")
        self.received_at.setCalendarPopup(True)

        self.received_at_row.addWidget(self.received_at)

        self.received_zone = QLabel(self.customer_group)
        self.received_zone.setObjectName(u"received_zone")
        self.received_zone.setStyleSheet(u"color: palette(placeholder-text);")
        self.received_zone.setWordWrap(True)

        self.received_at_row.addWidget(self.received_zone)


        self.received_at_box.addLayout(self.received_at_row)

        self.received_entered = QLabel(self.customer_group)
        self.received_entered.setObjectName(u"received_entered")
        self.received_entered.setStyleSheet(u"color: palette(placeholder-text);")
        self.received_entered.setWordWrap(True)

        self.received_at_box.addWidget(self.received_entered)

        self.received_at_error = QLabel(self.customer_group)
        self.received_at_error.setObjectName(u"received_at_error")
        self.received_at_error.setStyleSheet(u"color: #b3261e;")
        self.received_at_error.setTextFormat(Qt.TextFormat.PlainText)
        self.received_at_error.setWordWrap(True)

        self.received_at_box.addWidget(self.received_at_error)


        self.customer_form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.received_at_box)

        self.market_label = QLabel(self.customer_group)
        self.market_label.setObjectName(u"market_label")

        self.customer_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.market_label)

        self.market_box = QVBoxLayout()
        self.market_box.setSpacing(2)
        self.market_box.setObjectName(u"market_box")
        self.market = QComboBox(self.customer_group)
        self.market.setObjectName(u"market")
        self.market.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.market.setMinimumContentsLength(8)

        self.market_box.addWidget(self.market)

        self.market_error = QLabel(self.customer_group)
        self.market_error.setObjectName(u"market_error")
        self.market_error.setStyleSheet(u"color: #b3261e;")
        self.market_error.setTextFormat(Qt.TextFormat.PlainText)
        self.market_error.setWordWrap(True)

        self.market_box.addWidget(self.market_error)


        self.customer_form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.market_box)

        self.salesperson_label = QLabel(self.customer_group)
        self.salesperson_label.setObjectName(u"salesperson_label")

        self.customer_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.salesperson_label)

        self.salesperson_box = QVBoxLayout()
        self.salesperson_box.setSpacing(2)
        self.salesperson_box.setObjectName(u"salesperson_box")
        self.salesperson = QLineEdit(self.customer_group)
        self.salesperson.setObjectName(u"salesperson")

        self.salesperson_box.addWidget(self.salesperson)

        self.salesperson_error = QLabel(self.customer_group)
        self.salesperson_error.setObjectName(u"salesperson_error")
        self.salesperson_error.setStyleSheet(u"color: #b3261e;")
        self.salesperson_error.setTextFormat(Qt.TextFormat.PlainText)
        self.salesperson_error.setWordWrap(True)

        self.salesperson_box.addWidget(self.salesperson_error)


        self.customer_form.setLayout(7, QFormLayout.ItemRole.FieldRole, self.salesperson_box)

        self.owner_label = QLabel(self.customer_group)
        self.owner_label.setObjectName(u"owner_label")

        self.customer_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.owner_label)

        self.owner_box = QVBoxLayout()
        self.owner_box.setSpacing(2)
        self.owner_box.setObjectName(u"owner_box")
        self.owner = QLineEdit(self.customer_group)
        self.owner.setObjectName(u"owner")

        self.owner_box.addWidget(self.owner)

        self.owner_error = QLabel(self.customer_group)
        self.owner_error.setObjectName(u"owner_error")
        self.owner_error.setStyleSheet(u"color: #b3261e;")
        self.owner_error.setTextFormat(Qt.TextFormat.PlainText)
        self.owner_error.setWordWrap(True)

        self.owner_box.addWidget(self.owner_error)


        self.customer_form.setLayout(8, QFormLayout.ItemRole.FieldRole, self.owner_box)


        self.top_row.addWidget(self.customer_group)

        self.product_group = QGroupBox(self.form_page)
        self.product_group.setObjectName(u"product_group")
        self.product_form = QFormLayout(self.product_group)
        self.product_form.setObjectName(u"product_form")
        self.product_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.product_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.product_form.setVerticalSpacing(6)
        self.product_label = QLabel(self.product_group)
        self.product_label.setObjectName(u"product_label")

        self.product_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.product_label)

        self.product_box = QVBoxLayout()
        self.product_box.setSpacing(2)
        self.product_box.setObjectName(u"product_box")
        self.product = QLineEdit(self.product_group)
        self.product.setObjectName(u"product")

        self.product_box.addWidget(self.product)

        self.product_error = QLabel(self.product_group)
        self.product_error.setObjectName(u"product_error")
        self.product_error.setStyleSheet(u"color: #b3261e;")
        self.product_error.setTextFormat(Qt.TextFormat.PlainText)
        self.product_error.setWordWrap(True)

        self.product_box.addWidget(self.product_error)


        self.product_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.product_box)

        self.material_no_label = QLabel(self.product_group)
        self.material_no_label.setObjectName(u"material_no_label")

        self.product_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.material_no_label)

        self.material_no_box = QVBoxLayout()
        self.material_no_box.setSpacing(2)
        self.material_no_box.setObjectName(u"material_no_box")
        self.material_no = QLineEdit(self.product_group)
        self.material_no.setObjectName(u"material_no")

        self.material_no_box.addWidget(self.material_no)

        self.material_no_error = QLabel(self.product_group)
        self.material_no_error.setObjectName(u"material_no_error")
        self.material_no_error.setStyleSheet(u"color: #b3261e;")
        self.material_no_error.setTextFormat(Qt.TextFormat.PlainText)
        self.material_no_error.setWordWrap(True)

        self.material_no_box.addWidget(self.material_no_error)


        self.product_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.material_no_box)

        self.specification_label = QLabel(self.product_group)
        self.specification_label.setObjectName(u"specification_label")

        self.product_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.specification_label)

        self.specification_box = QVBoxLayout()
        self.specification_box.setSpacing(2)
        self.specification_box.setObjectName(u"specification_box")
        self.specification = QLineEdit(self.product_group)
        self.specification.setObjectName(u"specification")

        self.specification_box.addWidget(self.specification)

        self.specification_error = QLabel(self.product_group)
        self.specification_error.setObjectName(u"specification_error")
        self.specification_error.setStyleSheet(u"color: #b3261e;")
        self.specification_error.setTextFormat(Qt.TextFormat.PlainText)
        self.specification_error.setWordWrap(True)

        self.specification_box.addWidget(self.specification_error)


        self.product_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.specification_box)

        self.order_no_label = QLabel(self.product_group)
        self.order_no_label.setObjectName(u"order_no_label")

        self.product_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.order_no_label)

        self.order_no_box = QVBoxLayout()
        self.order_no_box.setSpacing(2)
        self.order_no_box.setObjectName(u"order_no_box")
        self.order_no = QLineEdit(self.product_group)
        self.order_no.setObjectName(u"order_no")

        self.order_no_box.addWidget(self.order_no)

        self.order_no_error = QLabel(self.product_group)
        self.order_no_error.setObjectName(u"order_no_error")
        self.order_no_error.setStyleSheet(u"color: #b3261e;")
        self.order_no_error.setTextFormat(Qt.TextFormat.PlainText)
        self.order_no_error.setWordWrap(True)

        self.order_no_box.addWidget(self.order_no_error)


        self.product_form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.order_no_box)

        self.delivery_note_label = QLabel(self.product_group)
        self.delivery_note_label.setObjectName(u"delivery_note_label")

        self.product_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.delivery_note_label)

        self.delivery_note_box = QVBoxLayout()
        self.delivery_note_box.setSpacing(2)
        self.delivery_note_box.setObjectName(u"delivery_note_box")
        self.delivery_note = QLineEdit(self.product_group)
        self.delivery_note.setObjectName(u"delivery_note")

        self.delivery_note_box.addWidget(self.delivery_note)

        self.delivery_note_error = QLabel(self.product_group)
        self.delivery_note_error.setObjectName(u"delivery_note_error")
        self.delivery_note_error.setStyleSheet(u"color: #b3261e;")
        self.delivery_note_error.setTextFormat(Qt.TextFormat.PlainText)
        self.delivery_note_error.setWordWrap(True)

        self.delivery_note_box.addWidget(self.delivery_note_error)


        self.product_form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.delivery_note_box)

        self.ship_date_label = QLabel(self.product_group)
        self.ship_date_label.setObjectName(u"ship_date_label")

        self.product_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.ship_date_label)

        self.ship_date_box = QVBoxLayout()
        self.ship_date_box.setSpacing(2)
        self.ship_date_box.setObjectName(u"ship_date_box")
        self.ship_date_row = QHBoxLayout()
        self.ship_date_row.setSpacing(6)
        self.ship_date_row.setObjectName(u"ship_date_row")
        self.ship_date_known = QCheckBox(self.product_group)
        self.ship_date_known.setObjectName(u"ship_date_known")

        self.ship_date_row.addWidget(self.ship_date_known)

        self.ship_date = QDateEdit(self.product_group)
        self.ship_date.setObjectName(u"ship_date")
        self.ship_date.setEnabled(False)
        self.ship_date.setDisplayFormat(u"yyyy-MM-dd")
        self.ship_date.setCalendarPopup(True)

        self.ship_date_row.addWidget(self.ship_date)

        self.ship_date_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ship_date_row.addItem(self.ship_date_gap)


        self.ship_date_box.addLayout(self.ship_date_row)

        self.ship_date_error = QLabel(self.product_group)
        self.ship_date_error.setObjectName(u"ship_date_error")
        self.ship_date_error.setStyleSheet(u"color: #b3261e;")
        self.ship_date_error.setTextFormat(Qt.TextFormat.PlainText)
        self.ship_date_error.setWordWrap(True)

        self.ship_date_box.addWidget(self.ship_date_error)


        self.product_form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.ship_date_box)

        self.shipped_qty_label = QLabel(self.product_group)
        self.shipped_qty_label.setObjectName(u"shipped_qty_label")

        self.product_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.shipped_qty_label)

        self.shipped_qty_box = QVBoxLayout()
        self.shipped_qty_box.setSpacing(2)
        self.shipped_qty_box.setObjectName(u"shipped_qty_box")
        self.shipped_qty_row = QHBoxLayout()
        self.shipped_qty_row.setSpacing(6)
        self.shipped_qty_row.setObjectName(u"shipped_qty_row")
        self.shipped_qty = QLineEdit(self.product_group)
        self.shipped_qty.setObjectName(u"shipped_qty")

        self.shipped_qty_row.addWidget(self.shipped_qty)

        self.shipped_unit = QComboBox(self.product_group)
        self.shipped_unit.setObjectName(u"shipped_unit")
        self.shipped_unit.setMinimumSize(QSize(80, 0))
        self.shipped_unit.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.shipped_unit.setMinimumContentsLength(4)

        self.shipped_qty_row.addWidget(self.shipped_unit)


        self.shipped_qty_box.addLayout(self.shipped_qty_row)

        self.shipped_qty_error = QLabel(self.product_group)
        self.shipped_qty_error.setObjectName(u"shipped_qty_error")
        self.shipped_qty_error.setStyleSheet(u"color: #b3261e;")
        self.shipped_qty_error.setTextFormat(Qt.TextFormat.PlainText)
        self.shipped_qty_error.setWordWrap(True)

        self.shipped_qty_box.addWidget(self.shipped_qty_error)

        self.shipped_unit_error = QLabel(self.product_group)
        self.shipped_unit_error.setObjectName(u"shipped_unit_error")
        self.shipped_unit_error.setStyleSheet(u"color: #b3261e;")
        self.shipped_unit_error.setTextFormat(Qt.TextFormat.PlainText)
        self.shipped_unit_error.setWordWrap(True)

        self.shipped_qty_box.addWidget(self.shipped_unit_error)


        self.product_form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.shipped_qty_box)

        self.date_code_label = QLabel(self.product_group)
        self.date_code_label.setObjectName(u"date_code_label")

        self.product_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.date_code_label)

        self.date_code_box = QVBoxLayout()
        self.date_code_box.setSpacing(2)
        self.date_code_box.setObjectName(u"date_code_box")
        self.date_code = QLineEdit(self.product_group)
        self.date_code.setObjectName(u"date_code")

        self.date_code_box.addWidget(self.date_code)

        self.date_code_error = QLabel(self.product_group)
        self.date_code_error.setObjectName(u"date_code_error")
        self.date_code_error.setStyleSheet(u"color: #b3261e;")
        self.date_code_error.setTextFormat(Qt.TextFormat.PlainText)
        self.date_code_error.setWordWrap(True)

        self.date_code_box.addWidget(self.date_code_error)


        self.product_form.setLayout(7, QFormLayout.ItemRole.FieldRole, self.date_code_box)

        self.mill_cert_no_label = QLabel(self.product_group)
        self.mill_cert_no_label.setObjectName(u"mill_cert_no_label")

        self.product_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.mill_cert_no_label)

        self.mill_cert_no_box = QVBoxLayout()
        self.mill_cert_no_box.setSpacing(2)
        self.mill_cert_no_box.setObjectName(u"mill_cert_no_box")
        self.mill_cert_no = QLineEdit(self.product_group)
        self.mill_cert_no.setObjectName(u"mill_cert_no")

        self.mill_cert_no_box.addWidget(self.mill_cert_no)

        self.mill_cert_no_error = QLabel(self.product_group)
        self.mill_cert_no_error.setObjectName(u"mill_cert_no_error")
        self.mill_cert_no_error.setStyleSheet(u"color: #b3261e;")
        self.mill_cert_no_error.setTextFormat(Qt.TextFormat.PlainText)
        self.mill_cert_no_error.setWordWrap(True)

        self.mill_cert_no_box.addWidget(self.mill_cert_no_error)


        self.product_form.setLayout(8, QFormLayout.ItemRole.FieldRole, self.mill_cert_no_box)


        self.top_row.addWidget(self.product_group)

        self.defect_group = QGroupBox(self.form_page)
        self.defect_group.setObjectName(u"defect_group")
        self.defect_form = QFormLayout(self.defect_group)
        self.defect_form.setObjectName(u"defect_form")
        self.defect_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.defect_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.defect_form.setVerticalSpacing(6)
        self.category_label = QLabel(self.defect_group)
        self.category_label.setObjectName(u"category_label")

        self.defect_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.category_label)

        self.category_box = QVBoxLayout()
        self.category_box.setSpacing(2)
        self.category_box.setObjectName(u"category_box")
        self.category = QComboBox(self.defect_group)
        self.category.setObjectName(u"category")
        self.category.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.category.setMinimumContentsLength(8)

        self.category_box.addWidget(self.category)

        self.category_error = QLabel(self.defect_group)
        self.category_error.setObjectName(u"category_error")
        self.category_error.setStyleSheet(u"color: #b3261e;")
        self.category_error.setTextFormat(Qt.TextFormat.PlainText)
        self.category_error.setWordWrap(True)

        self.category_box.addWidget(self.category_error)


        self.defect_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.category_box)

        self.severity_label = QLabel(self.defect_group)
        self.severity_label.setObjectName(u"severity_label")

        self.defect_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.severity_label)

        self.severity_box = QVBoxLayout()
        self.severity_box.setSpacing(2)
        self.severity_box.setObjectName(u"severity_box")
        self.severity = QComboBox(self.defect_group)
        self.severity.setObjectName(u"severity")
        self.severity.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.severity.setMinimumContentsLength(8)

        self.severity_box.addWidget(self.severity)

        self.severity_error = QLabel(self.defect_group)
        self.severity_error.setObjectName(u"severity_error")
        self.severity_error.setStyleSheet(u"color: #b3261e;")
        self.severity_error.setTextFormat(Qt.TextFormat.PlainText)
        self.severity_error.setWordWrap(True)

        self.severity_box.addWidget(self.severity_error)


        self.defect_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.severity_box)

        self.defect_type_code_label = QLabel(self.defect_group)
        self.defect_type_code_label.setObjectName(u"defect_type_code_label")

        self.defect_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.defect_type_code_label)

        self.defect_type_code_box = QVBoxLayout()
        self.defect_type_code_box.setSpacing(2)
        self.defect_type_code_box.setObjectName(u"defect_type_code_box")
        self.defect_type_code = QComboBox(self.defect_group)
        self.defect_type_code.setObjectName(u"defect_type_code")
        self.defect_type_code.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.defect_type_code.setMinimumContentsLength(8)

        self.defect_type_code_box.addWidget(self.defect_type_code)

        self.defect_type_code_error = QLabel(self.defect_group)
        self.defect_type_code_error.setObjectName(u"defect_type_code_error")
        self.defect_type_code_error.setStyleSheet(u"color: #b3261e;")
        self.defect_type_code_error.setTextFormat(Qt.TextFormat.PlainText)
        self.defect_type_code_error.setWordWrap(True)

        self.defect_type_code_box.addWidget(self.defect_type_code_error)


        self.defect_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.defect_type_code_box)

        self.defect_other_label = QLabel(self.defect_group)
        self.defect_other_label.setObjectName(u"defect_other_label")

        self.defect_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.defect_other_label)

        self.defect_other_box = QVBoxLayout()
        self.defect_other_box.setSpacing(2)
        self.defect_other_box.setObjectName(u"defect_other_box")
        self.defect_other = QLineEdit(self.defect_group)
        self.defect_other.setObjectName(u"defect_other")

        self.defect_other_box.addWidget(self.defect_other)

        self.defect_other_error = QLabel(self.defect_group)
        self.defect_other_error.setObjectName(u"defect_other_error")
        self.defect_other_error.setStyleSheet(u"color: #b3261e;")
        self.defect_other_error.setTextFormat(Qt.TextFormat.PlainText)
        self.defect_other_error.setWordWrap(True)

        self.defect_other_box.addWidget(self.defect_other_error)


        self.defect_form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.defect_other_box)

        self.defect_rate_label = QLabel(self.defect_group)
        self.defect_rate_label.setObjectName(u"defect_rate_label")

        self.defect_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.defect_rate_label)

        self.defect_rate_box = QVBoxLayout()
        self.defect_rate_box.setSpacing(2)
        self.defect_rate_box.setObjectName(u"defect_rate_box")
        self.defect_rate = QLineEdit(self.defect_group)
        self.defect_rate.setObjectName(u"defect_rate")

        self.defect_rate_box.addWidget(self.defect_rate)

        self.defect_rate_error = QLabel(self.defect_group)
        self.defect_rate_error.setObjectName(u"defect_rate_error")
        self.defect_rate_error.setStyleSheet(u"color: #b3261e;")
        self.defect_rate_error.setTextFormat(Qt.TextFormat.PlainText)
        self.defect_rate_error.setWordWrap(True)

        self.defect_rate_box.addWidget(self.defect_rate_error)


        self.defect_form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.defect_rate_box)

        self.affected_qty_label = QLabel(self.defect_group)
        self.affected_qty_label.setObjectName(u"affected_qty_label")

        self.defect_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.affected_qty_label)

        self.affected_qty_box = QVBoxLayout()
        self.affected_qty_box.setSpacing(2)
        self.affected_qty_box.setObjectName(u"affected_qty_box")
        self.affected_qty_row = QHBoxLayout()
        self.affected_qty_row.setSpacing(6)
        self.affected_qty_row.setObjectName(u"affected_qty_row")
        self.affected_qty = QLineEdit(self.defect_group)
        self.affected_qty.setObjectName(u"affected_qty")

        self.affected_qty_row.addWidget(self.affected_qty)

        self.affected_unit = QComboBox(self.defect_group)
        self.affected_unit.setObjectName(u"affected_unit")
        self.affected_unit.setMinimumSize(QSize(80, 0))
        self.affected_unit.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.affected_unit.setMinimumContentsLength(4)

        self.affected_qty_row.addWidget(self.affected_unit)


        self.affected_qty_box.addLayout(self.affected_qty_row)

        self.affected_qty_error = QLabel(self.defect_group)
        self.affected_qty_error.setObjectName(u"affected_qty_error")
        self.affected_qty_error.setStyleSheet(u"color: #b3261e;")
        self.affected_qty_error.setTextFormat(Qt.TextFormat.PlainText)
        self.affected_qty_error.setWordWrap(True)

        self.affected_qty_box.addWidget(self.affected_qty_error)

        self.affected_unit_error = QLabel(self.defect_group)
        self.affected_unit_error.setObjectName(u"affected_unit_error")
        self.affected_unit_error.setStyleSheet(u"color: #b3261e;")
        self.affected_unit_error.setTextFormat(Qt.TextFormat.PlainText)
        self.affected_unit_error.setWordWrap(True)

        self.affected_qty_box.addWidget(self.affected_unit_error)


        self.defect_form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.affected_qty_box)

        self.goods_state_label = QLabel(self.defect_group)
        self.goods_state_label.setObjectName(u"goods_state_label")

        self.defect_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.goods_state_label)

        self.goods_state_box = QVBoxLayout()
        self.goods_state_box.setSpacing(2)
        self.goods_state_box.setObjectName(u"goods_state_box")
        self.goods_state = QComboBox(self.defect_group)
        self.goods_state.setObjectName(u"goods_state")
        self.goods_state.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.goods_state.setMinimumContentsLength(8)

        self.goods_state_box.addWidget(self.goods_state)

        self.goods_state_error = QLabel(self.defect_group)
        self.goods_state_error.setObjectName(u"goods_state_error")
        self.goods_state_error.setStyleSheet(u"color: #b3261e;")
        self.goods_state_error.setTextFormat(Qt.TextFormat.PlainText)
        self.goods_state_error.setWordWrap(True)

        self.goods_state_box.addWidget(self.goods_state_error)


        self.defect_form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.goods_state_box)

        self.samples_returned_label = QLabel(self.defect_group)
        self.samples_returned_label.setObjectName(u"samples_returned_label")

        self.defect_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.samples_returned_label)

        self.samples_returned_box = QVBoxLayout()
        self.samples_returned_box.setSpacing(2)
        self.samples_returned_box.setObjectName(u"samples_returned_box")
        self.samples_returned = QComboBox(self.defect_group)
        self.samples_returned.setObjectName(u"samples_returned")
        self.samples_returned.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.samples_returned.setMinimumContentsLength(8)

        self.samples_returned_box.addWidget(self.samples_returned)

        self.samples_returned_error = QLabel(self.defect_group)
        self.samples_returned_error.setObjectName(u"samples_returned_error")
        self.samples_returned_error.setStyleSheet(u"color: #b3261e;")
        self.samples_returned_error.setTextFormat(Qt.TextFormat.PlainText)
        self.samples_returned_error.setWordWrap(True)

        self.samples_returned_box.addWidget(self.samples_returned_error)


        self.defect_form.setLayout(7, QFormLayout.ItemRole.FieldRole, self.samples_returned_box)

        self.claim_amount_label = QLabel(self.defect_group)
        self.claim_amount_label.setObjectName(u"claim_amount_label")

        self.defect_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.claim_amount_label)

        self.claim_amount_box = QVBoxLayout()
        self.claim_amount_box.setSpacing(2)
        self.claim_amount_box.setObjectName(u"claim_amount_box")
        self.claim_row = QHBoxLayout()
        self.claim_row.setSpacing(6)
        self.claim_row.setObjectName(u"claim_row")
        self.claim_amount = QLineEdit(self.defect_group)
        self.claim_amount.setObjectName(u"claim_amount")

        self.claim_row.addWidget(self.claim_amount)

        self.claim_currency = QComboBox(self.defect_group)
        self.claim_currency.setObjectName(u"claim_currency")
        self.claim_currency.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.claim_currency.setMinimumContentsLength(10)

        self.claim_row.addWidget(self.claim_currency)


        self.claim_amount_box.addLayout(self.claim_row)

        self.claim_amount_error = QLabel(self.defect_group)
        self.claim_amount_error.setObjectName(u"claim_amount_error")
        self.claim_amount_error.setStyleSheet(u"color: #b3261e;")
        self.claim_amount_error.setTextFormat(Qt.TextFormat.PlainText)
        self.claim_amount_error.setWordWrap(True)

        self.claim_amount_box.addWidget(self.claim_amount_error)

        self.claim_currency_error = QLabel(self.defect_group)
        self.claim_currency_error.setObjectName(u"claim_currency_error")
        self.claim_currency_error.setStyleSheet(u"color: #b3261e;")
        self.claim_currency_error.setTextFormat(Qt.TextFormat.PlainText)
        self.claim_currency_error.setWordWrap(True)

        self.claim_amount_box.addWidget(self.claim_currency_error)


        self.defect_form.setLayout(8, QFormLayout.ItemRole.FieldRole, self.claim_amount_box)


        self.top_row.addWidget(self.defect_group)

        self.top_row.setStretch(0, 1)
        self.top_row.setStretch(1, 1)
        self.top_row.setStretch(2, 1)

        self.form_page_layout.addLayout(self.top_row)

        self.coils_group = QGroupBox(self.form_page)
        self.coils_group.setObjectName(u"coils_group")
        self.coils_layout = QVBoxLayout(self.coils_group)
        self.coils_layout.setSpacing(4)
        self.coils_layout.setObjectName(u"coils_layout")
        self.coils = CoilTable(self.coils_group)
        if (self.coils.columnCount() < 9):
            self.coils.setColumnCount(9)
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
        self.coils.setObjectName(u"coils")
        self.coils.setMinimumSize(QSize(0, 120))
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

        self.coil_buttons.addWidget(self.add_coil)

        self.remove_coil = QPushButton(self.coils_group)
        self.remove_coil.setObjectName(u"remove_coil")

        self.coil_buttons.addWidget(self.remove_coil)

        self.coil_buttons_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.coil_buttons.addItem(self.coil_buttons_gap)


        self.coils_layout.addLayout(self.coil_buttons)


        self.form_page_layout.addWidget(self.coils_group)

        self.bottom_row = QHBoxLayout()
        self.bottom_row.setSpacing(10)
        self.bottom_row.setObjectName(u"bottom_row")
        self.reported_group = QGroupBox(self.form_page)
        self.reported_group.setObjectName(u"reported_group")
        self.reported_layout = QGridLayout(self.reported_group)
        self.reported_layout.setObjectName(u"reported_layout")
        self.reported_layout.setHorizontalSpacing(10)
        self.reported_layout.setVerticalSpacing(2)
        self.description_label = QLabel(self.reported_group)
        self.description_label.setObjectName(u"description_label")

        self.reported_layout.addWidget(self.description_label, 0, 0, 1, 1)

        self.description = QPlainTextEdit(self.reported_group)
        self.description.setObjectName(u"description")
        self.description.setMinimumSize(QSize(0, 80))
        self.description.setMaximumSize(QSize(16777215, 120))
        self.description.setTabChangesFocus(True)

        self.reported_layout.addWidget(self.description, 1, 0, 1, 1)

        self.description_error = QLabel(self.reported_group)
        self.description_error.setObjectName(u"description_error")
        self.description_error.setStyleSheet(u"color: #b3261e;")
        self.description_error.setTextFormat(Qt.TextFormat.PlainText)
        self.description_error.setWordWrap(True)

        self.reported_layout.addWidget(self.description_error, 2, 0, 1, 1)

        self.customer_request_label = QLabel(self.reported_group)
        self.customer_request_label.setObjectName(u"customer_request_label")

        self.reported_layout.addWidget(self.customer_request_label, 0, 1, 1, 1)

        self.customer_request = QPlainTextEdit(self.reported_group)
        self.customer_request.setObjectName(u"customer_request")
        self.customer_request.setMinimumSize(QSize(0, 80))
        self.customer_request.setMaximumSize(QSize(16777215, 120))
        self.customer_request.setTabChangesFocus(True)

        self.reported_layout.addWidget(self.customer_request, 1, 1, 1, 1)

        self.customer_request_error = QLabel(self.reported_group)
        self.customer_request_error.setObjectName(u"customer_request_error")
        self.customer_request_error.setStyleSheet(u"color: #b3261e;")
        self.customer_request_error.setTextFormat(Qt.TextFormat.PlainText)
        self.customer_request_error.setWordWrap(True)

        self.reported_layout.addWidget(self.customer_request_error, 2, 1, 1, 1)


        self.bottom_row.addWidget(self.reported_group)

        self.internal_group = QGroupBox(self.form_page)
        self.internal_group.setObjectName(u"internal_group")
        self.internal_layout = QVBoxLayout(self.internal_group)
        self.internal_layout.setSpacing(2)
        self.internal_layout.setObjectName(u"internal_layout")
        self.internal_note = QPlainTextEdit(self.internal_group)
        self.internal_note.setObjectName(u"internal_note")
        self.internal_note.setMinimumSize(QSize(0, 80))
        self.internal_note.setMaximumSize(QSize(16777215, 120))
        self.internal_note.setTabChangesFocus(True)

        self.internal_layout.addWidget(self.internal_note)

        self.internal_note_error = QLabel(self.internal_group)
        self.internal_note_error.setObjectName(u"internal_note_error")
        self.internal_note_error.setStyleSheet(u"color: #b3261e;")
        self.internal_note_error.setTextFormat(Qt.TextFormat.PlainText)
        self.internal_note_error.setWordWrap(True)

        self.internal_layout.addWidget(self.internal_note_error)


        self.bottom_row.addWidget(self.internal_group)

        self.bottom_row.setStretch(0, 2)
        self.bottom_row.setStretch(1, 1)

        self.form_page_layout.addLayout(self.bottom_row)

        self.attachments = AttachmentsPanel(self.form_page)
        self.attachments.setObjectName(u"attachments")

        self.form_page_layout.addWidget(self.attachments)

        self.page_end = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.form_page_layout.addItem(self.page_end)

        self.scroll_area.setWidget(self.form_page)

        self.dialog_layout.addWidget(self.scroll_area)

        self.earlier_cases = QLabel(ComplaintForm)
        self.earlier_cases.setObjectName(u"earlier_cases")
        self.earlier_cases.setStyleSheet(u"background: #fff4ce; color: #4a3b00; border: 1px solid #e6c860; border-radius: 3px; padding: 4px 6px;")
        self.earlier_cases.setTextFormat(Qt.TextFormat.RichText)
        self.earlier_cases.setWordWrap(True)

        self.dialog_layout.addWidget(self.earlier_cases)

        self.footer = QHBoxLayout()
        self.footer.setSpacing(12)
        self.footer.setObjectName(u"footer")
        self.required_hint = QLabel(ComplaintForm)
        self.required_hint.setObjectName(u"required_hint")
        self.required_hint.setStyleSheet(u"color: palette(placeholder-text);")

        self.footer.addWidget(self.required_hint)

        self.form_error = QLabel(ComplaintForm)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setStyleSheet(u"color: #b3261e;")
        self.form_error.setTextFormat(Qt.TextFormat.PlainText)
        self.form_error.setWordWrap(True)

        self.footer.addWidget(self.form_error)

        self.button_box = QDialogButtonBox(ComplaintForm)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.footer.addWidget(self.button_box)

        self.footer.setStretch(1, 1)

        self.dialog_layout.addLayout(self.footer)

#if QT_CONFIG(shortcut)
        self.customer_name_label.setBuddy(self.customer_name)
        self.customer_complaint_no_label.setBuddy(self.customer_complaint_no)
        self.contact_name_label.setBuddy(self.contact_name)
        self.contact_phone_label.setBuddy(self.contact_phone)
        self.channel_label.setBuddy(self.channel)
        self.received_at_label.setBuddy(self.received_at)
        self.market_label.setBuddy(self.market)
        self.salesperson_label.setBuddy(self.salesperson)
        self.owner_label.setBuddy(self.owner)
        self.product_label.setBuddy(self.product)
        self.material_no_label.setBuddy(self.material_no)
        self.specification_label.setBuddy(self.specification)
        self.order_no_label.setBuddy(self.order_no)
        self.delivery_note_label.setBuddy(self.delivery_note)
        self.ship_date_label.setBuddy(self.ship_date_known)
        self.shipped_qty_label.setBuddy(self.shipped_qty)
        self.date_code_label.setBuddy(self.date_code)
        self.mill_cert_no_label.setBuddy(self.mill_cert_no)
        self.category_label.setBuddy(self.category)
        self.severity_label.setBuddy(self.severity)
        self.defect_type_code_label.setBuddy(self.defect_type_code)
        self.defect_other_label.setBuddy(self.defect_other)
        self.defect_rate_label.setBuddy(self.defect_rate)
        self.affected_qty_label.setBuddy(self.affected_qty)
        self.goods_state_label.setBuddy(self.goods_state)
        self.samples_returned_label.setBuddy(self.samples_returned)
        self.claim_amount_label.setBuddy(self.claim_amount)
        self.description_label.setBuddy(self.description)
        self.customer_request_label.setBuddy(self.customer_request)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ComplaintForm)

        QMetaObject.connectSlotsByName(ComplaintForm)
    # setupUi

    def retranslateUi(self, ComplaintForm):
        ComplaintForm.setWindowTitle(QCoreApplication.translate("ComplaintForm", u"Complaint", None))
        self.customer_group.setTitle(QCoreApplication.translate("ComplaintForm", u"Customer and receipt", None))
        self.customer_name_label.setText(QCoreApplication.translate("ComplaintForm", u"Customer", None))
#if QT_CONFIG(tooltip)
        self.customer_name.setToolTip(QCoreApplication.translate("ComplaintForm", u"Choose a customer or type a new name; a new customer is created when you save", None))
#endif // QT_CONFIG(tooltip)
        self.customer_complaint_no_label.setText(QCoreApplication.translate("ComplaintForm", u"Customer's complaint no.", None))
#if QT_CONFIG(tooltip)
        self.customer_complaint_no.setToolTip(QCoreApplication.translate("ComplaintForm", u"The customer's own reference for this complaint", None))
#endif // QT_CONFIG(tooltip)
        self.contact_name_label.setText(QCoreApplication.translate("ComplaintForm", u"Contact", None))
        self.contact_phone_label.setText(QCoreApplication.translate("ComplaintForm", u"Phone", None))
        self.channel_label.setText(QCoreApplication.translate("ComplaintForm", u"Received by", None))
#if QT_CONFIG(tooltip)
        self.channel.setToolTip(QCoreApplication.translate("ComplaintForm", u"How the complaint arrived", None))
#endif // QT_CONFIG(tooltip)
        self.received_at_label.setText(QCoreApplication.translate("ComplaintForm", u"Received at", None))
        self.market_label.setText(QCoreApplication.translate("ComplaintForm", u"Domestic / export", None))
        self.salesperson_label.setText(QCoreApplication.translate("ComplaintForm", u"Salesperson", None))
#if QT_CONFIG(tooltip)
        self.salesperson.setToolTip(QCoreApplication.translate("ComplaintForm", u"Who sells to this customer", None))
#endif // QT_CONFIG(tooltip)
        self.owner_label.setText(QCoreApplication.translate("ComplaintForm", u"Owner", None))
#if QT_CONFIG(tooltip)
        self.owner.setToolTip(QCoreApplication.translate("ComplaintForm", u"Who handles this case", None))
#endif // QT_CONFIG(tooltip)
        self.product_group.setTitle(QCoreApplication.translate("ComplaintForm", u"Product and traceability", None))
        self.product_label.setText(QCoreApplication.translate("ComplaintForm", u"Product", None))
        self.material_no_label.setText(QCoreApplication.translate("ComplaintForm", u"Material no.", None))
        self.specification_label.setText(QCoreApplication.translate("ComplaintForm", u"Specification", None))
        self.specification.setPlaceholderText(QCoreApplication.translate("ComplaintForm", u"e.g. 304 2B 1.0 \u00d7 1219 mm", None))
        self.order_no_label.setText(QCoreApplication.translate("ComplaintForm", u"Order / contract no.", None))
        self.delivery_note_label.setText(QCoreApplication.translate("ComplaintForm", u"Delivery note", None))
        self.ship_date_label.setText(QCoreApplication.translate("ComplaintForm", u"Ship date", None))
#if QT_CONFIG(tooltip)
        self.ship_date_known.setToolTip(QCoreApplication.translate("ComplaintForm", u"Tick when the ship date is known", None))
#endif // QT_CONFIG(tooltip)
        self.ship_date_known.setText(QCoreApplication.translate("ComplaintForm", u"Known", None))
        self.shipped_qty_label.setText(QCoreApplication.translate("ComplaintForm", u"Shipped quantity", None))
#if QT_CONFIG(tooltip)
        self.shipped_unit.setToolTip(QCoreApplication.translate("ComplaintForm", u"Unit of the shipped quantity", None))
#endif // QT_CONFIG(tooltip)
        self.date_code_label.setText(QCoreApplication.translate("ComplaintForm", u"Date code", None))
        self.mill_cert_no_label.setText(QCoreApplication.translate("ComplaintForm", u"Mill certificate no.", None))
        self.defect_group.setTitle(QCoreApplication.translate("ComplaintForm", u"Category and defect", None))
        self.category_label.setText(QCoreApplication.translate("ComplaintForm", u"Category", None))
        self.severity_label.setText(QCoreApplication.translate("ComplaintForm", u"Severity", None))
#if QT_CONFIG(tooltip)
        self.severity.setToolTip(QCoreApplication.translate("ComplaintForm", u"Major, serious or general: decides how fast and by whom the case is handled", None))
#endif // QT_CONFIG(tooltip)
        self.defect_type_code_label.setText(QCoreApplication.translate("ComplaintForm", u"Defect type", None))
        self.defect_other_label.setText(QCoreApplication.translate("ComplaintForm", u"Defect (other)", None))
        self.defect_other.setPlaceholderText(QCoreApplication.translate("ComplaintForm", u"Say what the defect is", None))
        self.defect_rate_label.setText(QCoreApplication.translate("ComplaintForm", u"Defect rate (%)", None))
        self.defect_rate.setPlaceholderText(QCoreApplication.translate("ComplaintForm", u"e.g. 14.3", None))
        self.affected_qty_label.setText(QCoreApplication.translate("ComplaintForm", u"Affected quantity", None))
#if QT_CONFIG(tooltip)
        self.affected_unit.setToolTip(QCoreApplication.translate("ComplaintForm", u"Unit of the affected quantity", None))
#endif // QT_CONFIG(tooltip)
        self.goods_state_label.setText(QCoreApplication.translate("ComplaintForm", u"Goods at the customer", None))
#if QT_CONFIG(tooltip)
        self.goods_state.setToolTip(QCoreApplication.translate("ComplaintForm", u"Where the defective goods are now", None))
#endif // QT_CONFIG(tooltip)
        self.samples_returned_label.setText(QCoreApplication.translate("ComplaintForm", u"Samples returned", None))
#if QT_CONFIG(tooltip)
        self.samples_returned.setToolTip(QCoreApplication.translate("ComplaintForm", u"Whether the customer sends samples back", None))
#endif // QT_CONFIG(tooltip)
        self.claim_amount_label.setText(QCoreApplication.translate("ComplaintForm", u"Customer's claim", None))
#if QT_CONFIG(tooltip)
        self.claim_amount.setToolTip(QCoreApplication.translate("ComplaintForm", u"The amount the customer claims: their figure, not ours", None))
#endif // QT_CONFIG(tooltip)
        self.claim_amount.setPlaceholderText(QCoreApplication.translate("ComplaintForm", u"Their figure", None))
#if QT_CONFIG(tooltip)
        self.claim_currency.setToolTip(QCoreApplication.translate("ComplaintForm", u"Currency of the customer's claim", None))
#endif // QT_CONFIG(tooltip)
        self.coils_group.setTitle(QCoreApplication.translate("ComplaintForm", u"Coils and lots", None))
        ___qtablewidgetitem = self.coils.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ComplaintForm", u"Coil / lot no.", None))
        ___qtablewidgetitem1 = self.coils.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ComplaintForm", u"Heat no.", None))
        ___qtablewidgetitem2 = self.coils.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ComplaintForm", u"Grade", None))
        ___qtablewidgetitem3 = self.coils.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ComplaintForm", u"Thickness (mm)", None))
        ___qtablewidgetitem4 = self.coils.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("ComplaintForm", u"Width (mm)", None))
        ___qtablewidgetitem5 = self.coils.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("ComplaintForm", u"Finish", None))
        ___qtablewidgetitem6 = self.coils.horizontalHeaderItem(6)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("ComplaintForm", u"Weight (kg)", None))
        ___qtablewidgetitem7 = self.coils.horizontalHeaderItem(7)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("ComplaintForm", u"Quantity", None))
        ___qtablewidgetitem8 = self.coils.horizontalHeaderItem(8)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("ComplaintForm", u"Unit", None))
#if QT_CONFIG(tooltip)
        self.coils.setToolTip(QCoreApplication.translate("ComplaintForm", u"One line per coil, lot or serial number the complaint is about", None))
#endif // QT_CONFIG(tooltip)
        self.add_coil.setText(QCoreApplication.translate("ComplaintForm", u"Add line", None))
#if QT_CONFIG(tooltip)
        self.remove_coil.setToolTip(QCoreApplication.translate("ComplaintForm", u"Remove the lines of the selected cells", None))
#endif // QT_CONFIG(tooltip)
        self.remove_coil.setText(QCoreApplication.translate("ComplaintForm", u"Remove line", None))
        self.reported_group.setTitle(QCoreApplication.translate("ComplaintForm", u"Customer's report", None))
        self.description_label.setText(QCoreApplication.translate("ComplaintForm", u"Description of the defect", None))
        self.description.setPlaceholderText(QCoreApplication.translate("ComplaintForm", u"What, where, when found, how many", None))
        self.customer_request_label.setText(QCoreApplication.translate("ComplaintForm", u"What the customer wants", None))
        self.customer_request.setPlaceholderText(QCoreApplication.translate("ComplaintForm", u"Return, replacement, compensation, sorting\u2026", None))
        self.internal_group.setTitle(QCoreApplication.translate("ComplaintForm", u"Internal note \u2014 not printed for the customer", None))
        self.internal_note.setPlaceholderText(QCoreApplication.translate("ComplaintForm", u"For the department only: never printed on documents for the customer", None))
        self.required_hint.setText(QCoreApplication.translate("ComplaintForm", u"Names in bold are required.", None))
    # retranslateUi
