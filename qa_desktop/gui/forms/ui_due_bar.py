# Generated from ui/due_bar.ui by build/compile_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem

class Ui_DueBarForm(object):
    def setupUi(self, DueBarForm):
        if not DueBarForm.objectName():
            DueBarForm.setObjectName(u"DueBarForm")
        DueBarForm.setFrameShape(QFrame.Shape.StyledPanel)
        self.due_layout = QHBoxLayout(DueBarForm)
        self.due_layout.setObjectName(u"due_layout")
        self.due_layout.setContentsMargins(-1, 2, -1, 2)
        self.heading = QLabel(DueBarForm)
        self.heading.setObjectName(u"heading")
        self.heading.setStyleSheet(u"font-weight: bold;")

        self.due_layout.addWidget(self.heading)

        self.overdue_all = QPushButton(DueBarForm)
        self.overdue_all.setObjectName(u"overdue_all")
        self.overdue_all.setFlat(True)

        self.due_layout.addWidget(self.overdue_all)

        self.overdue_mine = QPushButton(DueBarForm)
        self.overdue_mine.setObjectName(u"overdue_mine")
        self.overdue_mine.setFlat(True)

        self.due_layout.addWidget(self.overdue_mine)

        self.today_all = QPushButton(DueBarForm)
        self.today_all.setObjectName(u"today_all")
        self.today_all.setFlat(True)

        self.due_layout.addWidget(self.today_all)

        self.today_mine = QPushButton(DueBarForm)
        self.today_mine.setObjectName(u"today_mine")
        self.today_mine.setFlat(True)

        self.due_layout.addWidget(self.today_mine)

        self.actions_all = QPushButton(DueBarForm)
        self.actions_all.setObjectName(u"actions_all")
        self.actions_all.setFlat(True)

        self.due_layout.addWidget(self.actions_all)

        self.actions_mine = QPushButton(DueBarForm)
        self.actions_mine.setObjectName(u"actions_mine")
        self.actions_mine.setFlat(True)

        self.due_layout.addWidget(self.actions_mine)

        self.due_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.due_layout.addItem(self.due_spacer)


        self.retranslateUi(DueBarForm)

        QMetaObject.connectSlotsByName(DueBarForm)
    # setupUi

    def retranslateUi(self, DueBarForm):
        self.heading.setText(QCoreApplication.translate("DueBarForm", u"Response clocks and actions:", None))
        pass
    # retranslateUi
