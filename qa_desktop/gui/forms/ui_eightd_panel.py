# Generated from ui/eightd_panel.ui by build/compile_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFrame, QHBoxLayout, QLabel, QListWidget, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from qa_desktop.gui.eightd_fields import DayEdit

class Ui_EightDPanel(object):
    def setupUi(self, EightDPanel):
        if not EightDPanel.objectName():
            EightDPanel.setObjectName(u"EightDPanel")
        EightDPanel.resize(1300, 560)
        self.panel_layout = QVBoxLayout(EightDPanel)
        self.panel_layout.setSpacing(4)
        self.panel_layout.setObjectName(u"panel_layout")
        self.panel_layout.setContentsMargins(4, 4, 4, 4)
        self.splitter = QSplitter(EightDPanel)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.steps = QListWidget(self.splitter)
        self.steps.setObjectName(u"steps")
        self.steps.setMinimumSize(QSize(200, 0))
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps.setUniformItemSizes(False)
        self.splitter.addWidget(self.steps)
        self.pages = QStackedWidget(self.splitter)
        self.pages.setObjectName(u"pages")
        self.step_page = QWidget()
        self.step_page.setObjectName(u"step_page")
        self.step_layout = QVBoxLayout(self.step_page)
        self.step_layout.setSpacing(3)
        self.step_layout.setObjectName(u"step_layout")
        self.step_layout.setContentsMargins(6, 0, 0, 0)
        self.step_title = QLabel(self.step_page)
        self.step_title.setObjectName(u"step_title")
        self.step_title.setStyleSheet(u"font-weight: bold; font-size: 12pt;")

        self.step_layout.addWidget(self.step_title)

        self.step_state = QLabel(self.step_page)
        self.step_state.setObjectName(u"step_state")
        self.step_state.setWordWrap(True)
        self.step_state.setTextFormat(Qt.TextFormat.PlainText)

        self.step_layout.addWidget(self.step_state)

        self.plan_row = QHBoxLayout()
        self.plan_row.setSpacing(6)
        self.plan_row.setObjectName(u"plan_row")
        self.owner_label = QLabel(self.step_page)
        self.owner_label.setObjectName(u"owner_label")

        self.plan_row.addWidget(self.owner_label)

        self.owner = QComboBox(self.step_page)
        self.owner.setObjectName(u"owner")
        self.owner.setMinimumSize(QSize(160, 0))

        self.plan_row.addWidget(self.owner)

        self.target_label = QLabel(self.step_page)
        self.target_label.setObjectName(u"target_label")

        self.plan_row.addWidget(self.target_label)

        self.target_date = DayEdit(self.step_page)
        self.target_date.setObjectName(u"target_date")

        self.plan_row.addWidget(self.target_date)

        self.plan = QPushButton(self.step_page)
        self.plan.setObjectName(u"plan")
        self.plan.setAutoDefault(False)

        self.plan_row.addWidget(self.plan)

        self.plan_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.plan_row.addItem(self.plan_gap)


        self.step_layout.addLayout(self.plan_row)

        self.plan_error = QLabel(self.step_page)
        self.plan_error.setObjectName(u"plan_error")
        self.plan_error.setStyleSheet(u"color: #b3261e;")
        self.plan_error.setTextFormat(Qt.TextFormat.PlainText)
        self.plan_error.setWordWrap(True)

        self.step_layout.addWidget(self.plan_error)

        self.scroll_area = QScrollArea(self.step_page)
        self.scroll_area.setObjectName(u"scroll_area")
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_host = QWidget()
        self.scroll_host.setObjectName(u"scroll_host")
        self.scroll_layout = QVBoxLayout(self.scroll_host)
        self.scroll_layout.setSpacing(0)
        self.scroll_layout.setObjectName(u"scroll_layout")
        self.scroll_layout.setContentsMargins(0, 0, 8, 0)
        self.scroll_area.setWidget(self.scroll_host)

        self.step_layout.addWidget(self.scroll_area)

        self.step_layout.setStretch(4, 1)
        self.pages.addWidget(self.step_page)
        self.splitter.addWidget(self.pages)

        self.panel_layout.addWidget(self.splitter)

        self.form_error = QLabel(EightDPanel)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setStyleSheet(u"color: #b3261e;")
        self.form_error.setTextFormat(Qt.TextFormat.PlainText)
        self.form_error.setWordWrap(True)

        self.panel_layout.addWidget(self.form_error)

        self.bottom_row = QHBoxLayout()
        self.bottom_row.setObjectName(u"bottom_row")
        self.status_line = QLabel(EightDPanel)
        self.status_line.setObjectName(u"status_line")
        self.status_line.setStyleSheet(u"color: #555;")
        self.status_line.setTextFormat(Qt.TextFormat.PlainText)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.status_line.sizePolicy().hasHeightForWidth())
        self.status_line.setSizePolicy(sizePolicy)

        self.bottom_row.addWidget(self.status_line)

        self.buttons = QDialogButtonBox(EightDPanel)
        self.buttons.setObjectName(u"buttons")

        self.bottom_row.addWidget(self.buttons)


        self.panel_layout.addLayout(self.bottom_row)

        self.panel_layout.setStretch(0, 1)
#if QT_CONFIG(shortcut)
        self.owner_label.setBuddy(self.owner)
        self.target_label.setBuddy(self.target_date)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EightDPanel)

        QMetaObject.connectSlotsByName(EightDPanel)
    # setupUi

    def retranslateUi(self, EightDPanel):
        self.owner_label.setText(QCoreApplication.translate("EightDPanel", u"Owner", None))
        self.target_label.setText(QCoreApplication.translate("EightDPanel", u"Target date", None))
#if QT_CONFIG(tooltip)
        self.plan.setToolTip(QCoreApplication.translate("EightDPanel", u"Keep this owner and target date for the step (saved at once)", None))
#endif // QT_CONFIG(tooltip)
        self.plan.setText(QCoreApplication.translate("EightDPanel", u"Set owner and date", None))
        pass
    # retranslateUi
