# Generated from ui/photo_strip.ui by build/compile_ui.py (pyside6-uic): do not edit.
from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QLineEdit, QListView, QListWidget, QPushButton, QSizePolicy, QVBoxLayout

class Ui_PhotoStrip(object):
    def setupUi(self, PhotoStrip):
        if not PhotoStrip.objectName():
            PhotoStrip.setObjectName(u"PhotoStrip")
        PhotoStrip.resize(900, 300)
        PhotoStrip.setAcceptDrops(True)
        self.strip_layout = QVBoxLayout(PhotoStrip)
        self.strip_layout.setSpacing(4)
        self.strip_layout.setObjectName(u"strip_layout")
        self.strip_layout.setContentsMargins(0, 0, 0, 0)
        self.buttons_row = QHBoxLayout()
        self.buttons_row.setObjectName(u"buttons_row")
        self.add_files = QPushButton(PhotoStrip)
        self.add_files.setObjectName(u"add_files")

        self.buttons_row.addWidget(self.add_files)

        self.add_folder = QPushButton(PhotoStrip)
        self.add_folder.setObjectName(u"add_folder")

        self.buttons_row.addWidget(self.add_folder)

        self.remove_photos = QPushButton(PhotoStrip)
        self.remove_photos.setObjectName(u"remove_photos")

        self.buttons_row.addWidget(self.remove_photos)

        self.drop_hint = QLabel(PhotoStrip)
        self.drop_hint.setObjectName(u"drop_hint")
        self.drop_hint.setStyleSheet(u"color: palette(placeholder-text);")
        self.drop_hint.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.drop_hint.sizePolicy().hasHeightForWidth())
        self.drop_hint.setSizePolicy(sizePolicy)

        self.buttons_row.addWidget(self.drop_hint)


        self.strip_layout.addLayout(self.buttons_row)

        self.photos = QListWidget(PhotoStrip)
        self.photos.setObjectName(u"photos")
        self.photos.setMinimumSize(QSize(0, 196))
        self.photos.setMaximumSize(QSize(16777215, 196))
        self.photos.setAcceptDrops(False)
        self.photos.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.photos.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
        self.photos.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.photos.setIconSize(QSize(128, 128))
        self.photos.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.photos.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.photos.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.photos.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.photos.setMovement(QListView.Movement.Static)
        self.photos.setFlow(QListView.Flow.LeftToRight)
        self.photos.setProperty(u"isWrapping", False)
        self.photos.setResizeMode(QListView.ResizeMode.Adjust)
        self.photos.setSpacing(4)
        self.photos.setViewMode(QListView.ViewMode.IconMode)
        self.photos.setUniformItemSizes(True)
        self.photos.setWordWrap(True)

        self.strip_layout.addWidget(self.photos)

        self.details_row = QHBoxLayout()
        self.details_row.setObjectName(u"details_row")
        self.caption_label = QLabel(PhotoStrip)
        self.caption_label.setObjectName(u"caption_label")

        self.details_row.addWidget(self.caption_label)

        self.caption = QLineEdit(PhotoStrip)
        self.caption.setObjectName(u"caption")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(3)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.caption.sizePolicy().hasHeightForWidth())
        self.caption.setSizePolicy(sizePolicy1)

        self.details_row.addWidget(self.caption)

        self.target_label = QLabel(PhotoStrip)
        self.target_label.setObjectName(u"target_label")

        self.details_row.addWidget(self.target_label)

        self.target = QComboBox(PhotoStrip)
        self.target.setObjectName(u"target")
        self.target.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.target.setMinimumContentsLength(16)
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy2.setHorizontalStretch(2)
        sizePolicy2.setVerticalStretch(0)
        sizePolicy2.setHeightForWidth(self.target.sizePolicy().hasHeightForWidth())
        self.target.setSizePolicy(sizePolicy2)

        self.details_row.addWidget(self.target)


        self.strip_layout.addLayout(self.details_row)

#if QT_CONFIG(shortcut)
        self.caption_label.setBuddy(self.caption)
        self.target_label.setBuddy(self.target)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PhotoStrip)

        QMetaObject.connectSlotsByName(PhotoStrip)
    # setupUi

    def retranslateUi(self, PhotoStrip):
        self.add_files.setText(QCoreApplication.translate("PhotoStrip", u"Add files\u2026", None))
#if QT_CONFIG(tooltip)
        self.add_folder.setToolTip(QCoreApplication.translate("PhotoStrip", u"Every photo in a folder and its subfolders, such as a camera card's DCIM folder", None))
#endif // QT_CONFIG(tooltip)
        self.add_folder.setText(QCoreApplication.translate("PhotoStrip", u"Add folder\u2026", None))
        self.remove_photos.setText(QCoreApplication.translate("PhotoStrip", u"Remove", None))
        self.drop_hint.setText(QCoreApplication.translate("PhotoStrip", u"or drop photos or a folder here; double-click a photo to view and mark it", None))
        self.caption_label.setText(QCoreApplication.translate("PhotoStrip", u"Caption", None))
        self.caption.setPlaceholderText(QCoreApplication.translate("PhotoStrip", u"What the photo shows, e.g. scratch on coil -05 at uncoiling", None))
        self.target_label.setText(QCoreApplication.translate("PhotoStrip", u"Attached to", None))
        pass
    # retranslateUi
