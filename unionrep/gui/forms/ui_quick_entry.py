# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'quick_entry.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QFrame, QHBoxLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_QuickEntryDialog(object):
    def setupUi(self, QuickEntryDialog):
        if not QuickEntryDialog.objectName():
            QuickEntryDialog.setObjectName(u"QuickEntryDialog")
        QuickEntryDialog.resize(560, 560)
        self.mainLayout = QVBoxLayout(QuickEntryDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.repLabel = QLabel(QuickEntryDialog)
        self.repLabel.setObjectName(u"repLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.repLabel)

        self.repCombo = QComboBox(QuickEntryDialog)
        self.repCombo.setObjectName(u"repCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.repCombo)

        self.roleLabel = QLabel(QuickEntryDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(QuickEntryDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.dateLabel = QLabel(QuickEntryDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(QuickEntryDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.hoursLabel = QLabel(QuickEntryDialog)
        self.hoursLabel.setObjectName(u"hoursLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.hoursLabel)

        self.timeRow = QHBoxLayout()
        self.timeRow.setObjectName(u"timeRow")
        self.hoursEdit = QLineEdit(QuickEntryDialog)
        self.hoursEdit.setObjectName(u"hoursEdit")

        self.timeRow.addWidget(self.hoursEdit)

        self.orLabel = QLabel(QuickEntryDialog)
        self.orLabel.setObjectName(u"orLabel")

        self.timeRow.addWidget(self.orLabel)

        self.startEdit = QLineEdit(QuickEntryDialog)
        self.startEdit.setObjectName(u"startEdit")

        self.timeRow.addWidget(self.startEdit)

        self.toLabel = QLabel(QuickEntryDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.timeRow.addWidget(self.toLabel)

        self.endEdit = QLineEdit(QuickEntryDialog)
        self.endEdit.setObjectName(u"endEdit")

        self.timeRow.addWidget(self.endEdit)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.timeRow)

        self.categoryLabel = QLabel(QuickEntryDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(QuickEntryDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.statusLabel = QLabel(QuickEntryDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(QuickEntryDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.purposeLabel = QLabel(QuickEntryDialog)
        self.purposeLabel.setObjectName(u"purposeLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.purposeLabel)

        self.purposeEdit = QLineEdit(QuickEntryDialog)
        self.purposeEdit.setObjectName(u"purposeEdit")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.purposeEdit)

        self.locationLabel = QLabel(QuickEntryDialog)
        self.locationLabel.setObjectName(u"locationLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.locationLabel)

        self.locationEdit = QLineEdit(QuickEntryDialog)
        self.locationEdit.setObjectName(u"locationEdit")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.locationEdit)

        self.noticeCheck = QCheckBox(QuickEntryDialog)
        self.noticeCheck.setObjectName(u"noticeCheck")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.noticeCheck)

        self.noticeEdit = QDateEdit(QuickEntryDialog)
        self.noticeEdit.setObjectName(u"noticeEdit")
        self.noticeEdit.setEnabled(False)
        self.noticeEdit.setCalendarPopup(True)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.noticeEdit)

        self.checksRow = QHBoxLayout()
        self.checksRow.setObjectName(u"checksRow")
        self.paidCheck = QCheckBox(QuickEntryDialog)
        self.paidCheck.setObjectName(u"paidCheck")
        self.paidCheck.setChecked(True)

        self.checksRow.addWidget(self.paidCheck)

        self.conferenceCheck = QCheckBox(QuickEntryDialog)
        self.conferenceCheck.setObjectName(u"conferenceCheck")

        self.checksRow.addWidget(self.conferenceCheck)

        self.checksSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.checksRow.addItem(self.checksSpacer)


        self.form.setLayout(9, QFormLayout.ItemRole.FieldRole, self.checksRow)


        self.mainLayout.addLayout(self.form)

        self.previewFrame = QFrame(QuickEntryDialog)
        self.previewFrame.setObjectName(u"previewFrame")
        self.previewFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.previewLayout = QVBoxLayout(self.previewFrame)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewTitle = QLabel(self.previewFrame)
        self.previewTitle.setObjectName(u"previewTitle")

        self.previewLayout.addWidget(self.previewTitle)

        self.previewLabel = QLabel(self.previewFrame)
        self.previewLabel.setObjectName(u"previewLabel")
        self.previewLabel.setTextFormat(Qt.TextFormat.RichText)
        self.previewLabel.setWordWrap(True)

        self.previewLayout.addWidget(self.previewLabel)


        self.mainLayout.addWidget(self.previewFrame)

        self.errorLabel = QLabel(QuickEntryDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(QuickEntryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.repLabel.setBuddy(self.repCombo)
        self.roleLabel.setBuddy(self.roleCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.hoursLabel.setBuddy(self.hoursEdit)
        self.orLabel.setBuddy(self.startEdit)
        self.toLabel.setBuddy(self.endEdit)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.statusLabel.setBuddy(self.statusCombo)
        self.purposeLabel.setBuddy(self.purposeEdit)
        self.locationLabel.setBuddy(self.locationEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.repCombo, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.hoursEdit)
        QWidget.setTabOrder(self.hoursEdit, self.startEdit)
        QWidget.setTabOrder(self.startEdit, self.endEdit)
        QWidget.setTabOrder(self.endEdit, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.purposeEdit)
        QWidget.setTabOrder(self.purposeEdit, self.locationEdit)
        QWidget.setTabOrder(self.locationEdit, self.noticeCheck)
        QWidget.setTabOrder(self.noticeCheck, self.noticeEdit)
        QWidget.setTabOrder(self.noticeEdit, self.paidCheck)
        QWidget.setTabOrder(self.paidCheck, self.conferenceCheck)

        self.retranslateUi(QuickEntryDialog)

        QMetaObject.connectSlotsByName(QuickEntryDialog)
    # setupUi

    def retranslateUi(self, QuickEntryDialog):
        QuickEntryDialog.setWindowTitle(QCoreApplication.translate("QuickEntryDialog", u"Log time off", None))
        self.repLabel.setText(QCoreApplication.translate("QuickEntryDialog", u"&Rep:", None))
#if QT_CONFIG(accessibility)
        self.repCombo.setAccessibleDescription(QCoreApplication.translate("QuickEntryDialog", u"The rep who takes the time", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.repCombo.setAccessibleName(QCoreApplication.translate("QuickEntryDialog", u"Rep", None))
#endif // QT_CONFIG(accessibility)
        self.roleLabel.setText(QCoreApplication.translate("QuickEntryDialog", u"R&ole:", None))
#if QT_CONFIG(accessibility)
        self.roleCombo.setAccessibleDescription(QCoreApplication.translate("QuickEntryDialog", u"The role the time is taken in: its allowance is the one charged", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.roleCombo.setAccessibleName(QCoreApplication.translate("QuickEntryDialog", u"Role", None))
#endif // QT_CONFIG(accessibility)
        self.dateLabel.setText(QCoreApplication.translate("QuickEntryDialog", u"&Date:", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleDescription(QCoreApplication.translate("QuickEntryDialog", u"The day the time is taken, as year-month-day", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("QuickEntryDialog", u"Date", None))
#endif // QT_CONFIG(accessibility)
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("QuickEntryDialog", u"yyyy-MM-dd", None))
        self.hoursLabel.setText(QCoreApplication.translate("QuickEntryDialog", u"&Hours:", None))
#if QT_CONFIG(accessibility)
        self.hoursEdit.setAccessibleDescription(QCoreApplication.translate("QuickEntryDialog", u"Hours like 2.5 or 2:30; or give a start and an end time instead", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.hoursEdit.setAccessibleName(QCoreApplication.translate("QuickEntryDialog", u"Hours", None))
#endif // QT_CONFIG(accessibility)
        self.hoursEdit.setPlaceholderText(QCoreApplication.translate("QuickEntryDialog", u"2.5 or 2:30", None))
        self.orLabel.setText(QCoreApplication.translate("QuickEntryDialog", u"or &from", None))
#if QT_CONFIG(accessibility)
        self.startEdit.setAccessibleDescription(QCoreApplication.translate("QuickEntryDialog", u"On the 24-hour clock, like 09:00", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.startEdit.setAccessibleName(QCoreApplication.translate("QuickEntryDialog", u"Start time", None))
#endif // QT_CONFIG(accessibility)
        self.startEdit.setPlaceholderText(QCoreApplication.translate("QuickEntryDialog", u"09:00", None))
        self.toLabel.setText(QCoreApplication.translate("QuickEntryDialog", u"&to", None))
#if QT_CONFIG(accessibility)
        self.endEdit.setAccessibleDescription(QCoreApplication.translate("QuickEntryDialog", u"On the 24-hour clock, like 12:30", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.endEdit.setAccessibleName(QCoreApplication.translate("QuickEntryDialog", u"End time", None))
#endif // QT_CONFIG(accessibility)
        self.endEdit.setPlaceholderText(QCoreApplication.translate("QuickEntryDialog", u"12:30", None))
        self.categoryLabel.setText(QCoreApplication.translate("QuickEntryDialog", u"&Category:", None))
#if QT_CONFIG(accessibility)
        self.categoryCombo.setAccessibleDescription(QCoreApplication.translate("QuickEntryDialog", u"What the time is for", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.categoryCombo.setAccessibleName(QCoreApplication.translate("QuickEntryDialog", u"Category", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText(QCoreApplication.translate("QuickEntryDialog", u"&Status:", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleDescription(QCoreApplication.translate("QuickEntryDialog", u"Taken already, or a request and how far it has got", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("QuickEntryDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.purposeLabel.setText(QCoreApplication.translate("QuickEntryDialog", u"&Purpose:", None))
#if QT_CONFIG(accessibility)
        self.purposeEdit.setAccessibleDescription(QCoreApplication.translate("QuickEntryDialog", u"What the time is for, in a few words: it goes on the Pro Forma", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.purposeEdit.setAccessibleName(QCoreApplication.translate("QuickEntryDialog", u"General purpose", None))
#endif // QT_CONFIG(accessibility)
        self.purposeEdit.setPlaceholderText(QCoreApplication.translate("QuickEntryDialog", u"General purpose, e.g. grievance hearing for a member", None))
        self.locationLabel.setText(QCoreApplication.translate("QuickEntryDialog", u"&Location:", None))
#if QT_CONFIG(accessibility)
        self.locationEdit.setAccessibleDescription(QCoreApplication.translate("QuickEntryDialog", u"Where: it goes on the Pro Forma", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.locationEdit.setAccessibleName(QCoreApplication.translate("QuickEntryDialog", u"Location", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.noticeCheck.setAccessibleName(QCoreApplication.translate("QuickEntryDialog", u"Notice given", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.noticeCheck.setAccessibleDescription(QCoreApplication.translate("QuickEntryDialog", u"Tick when notice was given, then give its date", None))
#endif // QT_CONFIG(accessibility)
        self.noticeCheck.setText(QCoreApplication.translate("QuickEntryDialog", u"&Notice given on:", None))
#if QT_CONFIG(accessibility)
        self.noticeEdit.setAccessibleDescription(QCoreApplication.translate("QuickEntryDialog", u"The day management were told", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.noticeEdit.setAccessibleName(QCoreApplication.translate("QuickEntryDialog", u"Notice given on", None))
#endif // QT_CONFIG(accessibility)
        self.noticeEdit.setDisplayFormat(QCoreApplication.translate("QuickEntryDialog", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.paidCheck.setAccessibleName(QCoreApplication.translate("QuickEntryDialog", u"Paid", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.paidCheck.setAccessibleDescription(QCoreApplication.translate("QuickEntryDialog", u"Paid time off, rather than unpaid", None))
#endif // QT_CONFIG(accessibility)
        self.paidCheck.setText(QCoreApplication.translate("QuickEntryDialog", u"P&aid", None))
#if QT_CONFIG(accessibility)
        self.conferenceCheck.setAccessibleName(QCoreApplication.translate("QuickEntryDialog", u"A conference", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.conferenceCheck.setAccessibleDescription(QCoreApplication.translate("QuickEntryDialog", u"A union conference: three weeks' notice is asked for (clause 12.5)", None))
#endif // QT_CONFIG(accessibility)
        self.conferenceCheck.setText(QCoreApplication.translate("QuickEntryDialog", u"A con&ference (3 weeks' notice)", None))
        self.previewTitle.setText(QCoreApplication.translate("QuickEntryDialog", u"What this does to the allowance", None))
#if QT_CONFIG(accessibility)
        self.previewLabel.setAccessibleName(QCoreApplication.translate("QuickEntryDialog", u"What this does to the allowance", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("QuickEntryDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

