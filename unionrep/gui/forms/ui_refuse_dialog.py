# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'refuse_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_RefuseDialog(object):
    def setupUi(self, RefuseDialog):
        if not RefuseDialog.objectName():
            RefuseDialog.setObjectName(u"RefuseDialog")
        RefuseDialog.resize(560, 460)
        self.mainLayout = QVBoxLayout(RefuseDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(RefuseDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.refusedOnLabel = QLabel(RefuseDialog)
        self.refusedOnLabel.setObjectName(u"refusedOnLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.refusedOnLabel)

        self.refusedOnEdit = QDateEdit(RefuseDialog)
        self.refusedOnEdit.setObjectName(u"refusedOnEdit")
        self.refusedOnEdit.setCalendarPopup(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.refusedOnEdit)

        self.byLabel = QLabel(RefuseDialog)
        self.byLabel.setObjectName(u"byLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.byLabel)

        self.byEdit = QLineEdit(RefuseDialog)
        self.byEdit.setObjectName(u"byEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.byEdit)

        self.reasonsLabel = QLabel(RefuseDialog)
        self.reasonsLabel.setObjectName(u"reasonsLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonsLabel)

        self.reasonsEdit = QPlainTextEdit(RefuseDialog)
        self.reasonsEdit.setObjectName(u"reasonsEdit")
        self.reasonsEdit.setTabChangesFocus(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reasonsEdit)

        self.alternativeLabel = QLabel(RefuseDialog)
        self.alternativeLabel.setObjectName(u"alternativeLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.alternativeLabel)

        self.alternativeEdit = QLineEdit(RefuseDialog)
        self.alternativeEdit.setObjectName(u"alternativeEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.alternativeEdit)


        self.mainLayout.addLayout(self.form)

        self.disputeCheck = QCheckBox(RefuseDialog)
        self.disputeCheck.setObjectName(u"disputeCheck")
        self.disputeCheck.setChecked(True)

        self.mainLayout.addWidget(self.disputeCheck)

        self.warningLabel = QLabel(RefuseDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.warningLabel)

        self.errorLabel = QLabel(RefuseDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(RefuseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.refusedOnLabel.setBuddy(self.refusedOnEdit)
        self.byLabel.setBuddy(self.byEdit)
        self.reasonsLabel.setBuddy(self.reasonsEdit)
        self.alternativeLabel.setBuddy(self.alternativeEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.refusedOnEdit, self.byEdit)
        QWidget.setTabOrder(self.byEdit, self.reasonsEdit)
        QWidget.setTabOrder(self.reasonsEdit, self.alternativeEdit)
        QWidget.setTabOrder(self.alternativeEdit, self.disputeCheck)

        self.retranslateUi(RefuseDialog)

        QMetaObject.connectSlotsByName(RefuseDialog)
    # setupUi

    def retranslateUi(self, RefuseDialog):
        RefuseDialog.setWindowTitle(QCoreApplication.translate("RefuseDialog", u"Record a refusal", None))
        self.refusedOnLabel.setText(QCoreApplication.translate("RefuseDialog", u"Refused &on:", None))
#if QT_CONFIG(accessibility)
        self.refusedOnEdit.setAccessibleName(QCoreApplication.translate("RefuseDialog", u"Refused on", None))
#endif // QT_CONFIG(accessibility)
        self.refusedOnEdit.setDisplayFormat(QCoreApplication.translate("RefuseDialog", u"yyyy-MM-dd", None))
        self.byLabel.setText(QCoreApplication.translate("RefuseDialog", u"Refused &by:", None))
#if QT_CONFIG(accessibility)
        self.byEdit.setAccessibleName(QCoreApplication.translate("RefuseDialog", u"Refused by", None))
#endif // QT_CONFIG(accessibility)
        self.reasonsLabel.setText(QCoreApplication.translate("RefuseDialog", u"&Reasons given:", None))
#if QT_CONFIG(accessibility)
        self.reasonsEdit.setAccessibleName(QCoreApplication.translate("RefuseDialog", u"Reasons given for the refusal", None))
#endif // QT_CONFIG(accessibility)
        self.reasonsEdit.setPlaceholderText(QCoreApplication.translate("RefuseDialog", u"The reasons the manager gave in writing (clause 21.2)", None))
        self.alternativeLabel.setText(QCoreApplication.translate("RefuseDialog", u"&Alternative offered:", None))
#if QT_CONFIG(accessibility)
        self.alternativeEdit.setAccessibleName(QCoreApplication.translate("RefuseDialog", u"Alternative time offered", None))
#endif // QT_CONFIG(accessibility)
        self.alternativeEdit.setPlaceholderText(QCoreApplication.translate("RefuseDialog", u"Any other time offered instead, or leave empty", None))
        self.disputeCheck.setText(QCoreApplication.translate("RefuseDialog", u"Open a &dispute (the tribunal deadline is worked out from the refusal date)", None))
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("RefuseDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

