# Generated from ui/photo_viewer.ui by build/compile_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QToolButton, QVBoxLayout

from qa_desktop.gui.photo_canvas import PhotoCanvas

class Ui_PhotoViewerForm(object):
    def setupUi(self, PhotoViewerForm):
        if not PhotoViewerForm.objectName():
            PhotoViewerForm.setObjectName(u"PhotoViewerForm")
        PhotoViewerForm.resize(1100, 720)
        self.dialog_layout = QVBoxLayout(PhotoViewerForm)
        self.dialog_layout.setSpacing(4)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.view_row = QHBoxLayout()
        self.view_row.setObjectName(u"view_row")
        self.zoom_out = QToolButton(PhotoViewerForm)
        self.zoom_out.setObjectName(u"zoom_out")
        self.zoom_out.setText(u"\u2212")

        self.view_row.addWidget(self.zoom_out)

        self.zoom_in = QToolButton(PhotoViewerForm)
        self.zoom_in.setObjectName(u"zoom_in")
        self.zoom_in.setText(u"+")

        self.view_row.addWidget(self.zoom_in)

        self.fit = QToolButton(PhotoViewerForm)
        self.fit.setObjectName(u"fit")

        self.view_row.addWidget(self.fit)

        self.actual_size = QToolButton(PhotoViewerForm)
        self.actual_size.setObjectName(u"actual_size")
        self.actual_size.setText(u"100 %")

        self.view_row.addWidget(self.actual_size)

        self.zoom_level = QLabel(PhotoViewerForm)
        self.zoom_level.setObjectName(u"zoom_level")
        self.zoom_level.setMinimumSize(QSize(56, 0))
        self.zoom_level.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.view_row.addWidget(self.zoom_level)

        self.view_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.view_row.addItem(self.view_spacer)

        self.show_original = QToolButton(PhotoViewerForm)
        self.show_original.setObjectName(u"show_original")
        self.show_original.setCheckable(True)

        self.view_row.addWidget(self.show_original)


        self.dialog_layout.addLayout(self.view_row)

        self.mark_row = QHBoxLayout()
        self.mark_row.setObjectName(u"mark_row")
        self.mark = QToolButton(PhotoViewerForm)
        self.mark.setObjectName(u"mark")
        self.mark.setCheckable(True)

        self.mark_row.addWidget(self.mark)

        self.arrow_tool = QToolButton(PhotoViewerForm)
        self.arrow_tool.setObjectName(u"arrow_tool")
        self.arrow_tool.setCheckable(True)
        self.arrow_tool.setChecked(True)
        self.arrow_tool.setAutoExclusive(True)

        self.mark_row.addWidget(self.arrow_tool)

        self.circle_tool = QToolButton(PhotoViewerForm)
        self.circle_tool.setObjectName(u"circle_tool")
        self.circle_tool.setCheckable(True)
        self.circle_tool.setAutoExclusive(True)

        self.mark_row.addWidget(self.circle_tool)

        self.text_tool = QToolButton(PhotoViewerForm)
        self.text_tool.setObjectName(u"text_tool")
        self.text_tool.setCheckable(True)
        self.text_tool.setAutoExclusive(True)

        self.mark_row.addWidget(self.text_tool)

        self.label_text = QLineEdit(PhotoViewerForm)
        self.label_text.setObjectName(u"label_text")
        self.label_text.setMaximumSize(QSize(260, 16777215))

        self.mark_row.addWidget(self.label_text)

        self.undo = QToolButton(PhotoViewerForm)
        self.undo.setObjectName(u"undo")

        self.mark_row.addWidget(self.undo)

        self.clear_marks = QToolButton(PhotoViewerForm)
        self.clear_marks.setObjectName(u"clear_marks")

        self.mark_row.addWidget(self.clear_marks)

        self.mark_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.mark_row.addItem(self.mark_spacer)


        self.dialog_layout.addLayout(self.mark_row)

        self.canvas = PhotoCanvas(PhotoViewerForm)
        self.canvas.setObjectName(u"canvas")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.canvas.sizePolicy().hasHeightForWidth())
        self.canvas.setSizePolicy(sizePolicy)
        self.canvas.setMinimumSize(QSize(320, 200))

        self.dialog_layout.addWidget(self.canvas)

        self.message = QLabel(PhotoViewerForm)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.dialog_layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(PhotoViewerForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.buttons)


        self.retranslateUi(PhotoViewerForm)

        QMetaObject.connectSlotsByName(PhotoViewerForm)
    # setupUi

    def retranslateUi(self, PhotoViewerForm):
        PhotoViewerForm.setWindowTitle(QCoreApplication.translate("PhotoViewerForm", u"Photo", None))
#if QT_CONFIG(tooltip)
        self.zoom_out.setToolTip(QCoreApplication.translate("PhotoViewerForm", u"Zoom out (\u2212, or the mouse wheel)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.zoom_in.setToolTip(QCoreApplication.translate("PhotoViewerForm", u"Zoom in (+, or the mouse wheel)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.fit.setToolTip(QCoreApplication.translate("PhotoViewerForm", u"The whole photo in the window (0)", None))
#endif // QT_CONFIG(tooltip)
        self.fit.setText(QCoreApplication.translate("PhotoViewerForm", u"Fit", None))
#if QT_CONFIG(tooltip)
        self.actual_size.setToolTip(QCoreApplication.translate("PhotoViewerForm", u"One pixel of the photo on one pixel of the screen (1)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.show_original.setToolTip(QCoreApplication.translate("PhotoViewerForm", u"The photo as it was taken, without the marks", None))
#endif // QT_CONFIG(tooltip)
        self.show_original.setText(QCoreApplication.translate("PhotoViewerForm", u"Show original", None))
#if QT_CONFIG(tooltip)
        self.mark.setToolTip(QCoreApplication.translate("PhotoViewerForm", u"Draw on the photo with the mouse, a pen or a finger; drag to pan when this is off", None))
#endif // QT_CONFIG(tooltip)
        self.mark.setText(QCoreApplication.translate("PhotoViewerForm", u"Mark the defect", None))
#if QT_CONFIG(tooltip)
        self.arrow_tool.setToolTip(QCoreApplication.translate("PhotoViewerForm", u"Drag from where the arrow starts to the defect", None))
#endif // QT_CONFIG(tooltip)
        self.arrow_tool.setText(QCoreApplication.translate("PhotoViewerForm", u"Arrow", None))
#if QT_CONFIG(tooltip)
        self.circle_tool.setToolTip(QCoreApplication.translate("PhotoViewerForm", u"Drag across the defect to circle it", None))
#endif // QT_CONFIG(tooltip)
        self.circle_tool.setText(QCoreApplication.translate("PhotoViewerForm", u"Circle", None))
#if QT_CONFIG(tooltip)
        self.text_tool.setToolTip(QCoreApplication.translate("PhotoViewerForm", u"Type the text, then tap where it goes", None))
#endif // QT_CONFIG(tooltip)
        self.text_tool.setText(QCoreApplication.translate("PhotoViewerForm", u"Text", None))
        self.label_text.setPlaceholderText(QCoreApplication.translate("PhotoViewerForm", u"Text to place", None))
        self.undo.setText(QCoreApplication.translate("PhotoViewerForm", u"Undo", None))
        self.clear_marks.setText(QCoreApplication.translate("PhotoViewerForm", u"Clear marks", None))
    # retranslateUi
