# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rep_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_RepDialog(object):
    def setupUi(self, RepDialog):
        if not RepDialog.objectName():
            RepDialog.setObjectName(u"RepDialog")
        RepDialog.resize(880, 520)
        self.mainLayout = QVBoxLayout(RepDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.repGroup = QGroupBox(RepDialog)
        self.repGroup.setObjectName(u"repGroup")
        self.repGroup.setMinimumSize(QSize(330, 0))
        self.repGroupForm = QFormLayout(self.repGroup)
        self.repGroupForm.setObjectName(u"repGroupForm")
        self.repGroupForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nameEditLabel = QLabel(self.repGroup)
        self.nameEditLabel.setObjectName(u"nameEditLabel")

        self.repGroupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameEditLabel)

        self.nameEdit = QLineEdit(self.repGroup)
        self.nameEdit.setObjectName(u"nameEdit")

        self.repGroupForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.employeeNoEditLabel = QLabel(self.repGroup)
        self.employeeNoEditLabel.setObjectName(u"employeeNoEditLabel")

        self.repGroupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.employeeNoEditLabel)

        self.employeeNoEdit = QLineEdit(self.repGroup)
        self.employeeNoEdit.setObjectName(u"employeeNoEdit")

        self.repGroupForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.employeeNoEdit)

        self.jobEditLabel = QLabel(self.repGroup)
        self.jobEditLabel.setObjectName(u"jobEditLabel")

        self.repGroupForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.jobEditLabel)

        self.jobEdit = QLineEdit(self.repGroup)
        self.jobEdit.setObjectName(u"jobEdit")

        self.repGroupForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.jobEdit)

        self.departmentEditLabel = QLabel(self.repGroup)
        self.departmentEditLabel.setObjectName(u"departmentEditLabel")

        self.repGroupForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.departmentEditLabel)

        self.departmentEdit = QLineEdit(self.repGroup)
        self.departmentEdit.setObjectName(u"departmentEdit")

        self.repGroupForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.departmentEdit)

        self.workplaceEditLabel = QLabel(self.repGroup)
        self.workplaceEditLabel.setObjectName(u"workplaceEditLabel")

        self.repGroupForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.workplaceEditLabel)

        self.workplaceEdit = QLineEdit(self.repGroup)
        self.workplaceEdit.setObjectName(u"workplaceEdit")

        self.repGroupForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.workplaceEdit)

        self.unionEditLabel = QLabel(self.repGroup)
        self.unionEditLabel.setObjectName(u"unionEditLabel")

        self.repGroupForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.unionEditLabel)

        self.unionEdit = QLineEdit(self.repGroup)
        self.unionEdit.setObjectName(u"unionEdit")

        self.repGroupForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.unionEdit)

        self.emailEditLabel = QLabel(self.repGroup)
        self.emailEditLabel.setObjectName(u"emailEditLabel")

        self.repGroupForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.emailEditLabel)

        self.emailEdit = QLineEdit(self.repGroup)
        self.emailEdit.setObjectName(u"emailEdit")

        self.repGroupForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.emailEdit)


        self.leftColumn.addWidget(self.repGroup)


        self.columns.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.hoursGroup = QGroupBox(RepDialog)
        self.hoursGroup.setObjectName(u"hoursGroup")
        self.hoursGroupForm = QFormLayout(self.hoursGroup)
        self.hoursGroupForm.setObjectName(u"hoursGroupForm")
        self.hoursGroupForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.hoursGroupForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.weeklyHoursEditLabel = QLabel(self.hoursGroup)
        self.weeklyHoursEditLabel.setObjectName(u"weeklyHoursEditLabel")

        self.hoursGroupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.weeklyHoursEditLabel)

        self.weeklyHoursEdit = QLineEdit(self.hoursGroup)
        self.weeklyHoursEdit.setObjectName(u"weeklyHoursEdit")

        self.hoursGroupForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.weeklyHoursEdit)

        self.fullTimeHoursEditLabel = QLabel(self.hoursGroup)
        self.fullTimeHoursEditLabel.setObjectName(u"fullTimeHoursEditLabel")

        self.hoursGroupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fullTimeHoursEditLabel)

        self.fullTimeHoursEdit = QLineEdit(self.hoursGroup)
        self.fullTimeHoursEdit.setObjectName(u"fullTimeHoursEdit")

        self.hoursGroupForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fullTimeHoursEdit)

        self.schoolCheck = QCheckBox(self.hoursGroup)
        self.schoolCheck.setObjectName(u"schoolCheck")

        self.hoursGroupForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.schoolCheck)

        self.academicStartEditLabel = QLabel(self.hoursGroup)
        self.academicStartEditLabel.setObjectName(u"academicStartEditLabel")

        self.hoursGroupForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.academicStartEditLabel)

        self.academicStartEdit = QLineEdit(self.hoursGroup)
        self.academicStartEdit.setObjectName(u"academicStartEdit")

        self.hoursGroupForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.academicStartEdit)

        self.payComboLabel = QLabel(self.hoursGroup)
        self.payComboLabel.setObjectName(u"payComboLabel")

        self.hoursGroupForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.payComboLabel)

        self.payCombo = QComboBox(self.hoursGroup)
        self.payCombo.setObjectName(u"payCombo")

        self.hoursGroupForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.payCombo)

        self.scpSpinLabel = QLabel(self.hoursGroup)
        self.scpSpinLabel.setObjectName(u"scpSpinLabel")

        self.hoursGroupForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.scpSpinLabel)

        self.scpSpin = QSpinBox(self.hoursGroup)
        self.scpSpin.setObjectName(u"scpSpin")

        self.hoursGroupForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.scpSpin)

        self.rateEditLabel = QLabel(self.hoursGroup)
        self.rateEditLabel.setObjectName(u"rateEditLabel")

        self.hoursGroupForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.rateEditLabel)

        self.rateEdit = QLineEdit(self.hoursGroup)
        self.rateEdit.setObjectName(u"rateEdit")

        self.hoursGroupForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.rateEdit)


        self.rightColumn.addWidget(self.hoursGroup)

        self.managerGroup = QGroupBox(RepDialog)
        self.managerGroup.setObjectName(u"managerGroup")
        self.managerGroupForm = QFormLayout(self.managerGroup)
        self.managerGroupForm.setObjectName(u"managerGroupForm")
        self.managerGroupForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.managerGroupForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.managerEditLabel = QLabel(self.managerGroup)
        self.managerEditLabel.setObjectName(u"managerEditLabel")

        self.managerGroupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.managerEditLabel)

        self.managerEdit = QLineEdit(self.managerGroup)
        self.managerEdit.setObjectName(u"managerEdit")

        self.managerGroupForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.managerEdit)

        self.managerEmailEditLabel = QLabel(self.managerGroup)
        self.managerEmailEditLabel.setObjectName(u"managerEmailEditLabel")

        self.managerGroupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.managerEmailEditLabel)

        self.managerEmailEdit = QLineEdit(self.managerGroup)
        self.managerEmailEdit.setObjectName(u"managerEmailEdit")

        self.managerGroupForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.managerEmailEdit)

        self.headEditLabel = QLabel(self.managerGroup)
        self.headEditLabel.setObjectName(u"headEditLabel")

        self.managerGroupForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.headEditLabel)

        self.headEdit = QLineEdit(self.managerGroup)
        self.headEdit.setObjectName(u"headEdit")

        self.managerGroupForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.headEdit)

        self.headEmailEditLabel = QLabel(self.managerGroup)
        self.headEmailEditLabel.setObjectName(u"headEmailEditLabel")

        self.managerGroupForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.headEmailEditLabel)

        self.headEmailEdit = QLineEdit(self.managerGroup)
        self.headEmailEdit.setObjectName(u"headEmailEdit")

        self.managerGroupForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.headEmailEdit)

        self.notesEditLabel = QLabel(self.managerGroup)
        self.notesEditLabel.setObjectName(u"notesEditLabel")

        self.managerGroupForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.notesEditLabel)

        self.notesEdit = QPlainTextEdit(self.managerGroup)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMaximumSize(QSize(16777215, 70))

        self.managerGroupForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.rightColumn.addWidget(self.managerGroup)


        self.columns.addLayout(self.rightColumn)

        self.columns.setStretch(0, 1)
        self.columns.setStretch(1, 1)

        self.mainLayout.addLayout(self.columns)

        self.errorLabel = QLabel(RepDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(RepDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameEditLabel.setBuddy(self.nameEdit)
        self.employeeNoEditLabel.setBuddy(self.employeeNoEdit)
        self.jobEditLabel.setBuddy(self.jobEdit)
        self.departmentEditLabel.setBuddy(self.departmentEdit)
        self.workplaceEditLabel.setBuddy(self.workplaceEdit)
        self.unionEditLabel.setBuddy(self.unionEdit)
        self.emailEditLabel.setBuddy(self.emailEdit)
        self.weeklyHoursEditLabel.setBuddy(self.weeklyHoursEdit)
        self.fullTimeHoursEditLabel.setBuddy(self.fullTimeHoursEdit)
        self.academicStartEditLabel.setBuddy(self.academicStartEdit)
        self.payComboLabel.setBuddy(self.payCombo)
        self.scpSpinLabel.setBuddy(self.scpSpin)
        self.rateEditLabel.setBuddy(self.rateEdit)
        self.managerEditLabel.setBuddy(self.managerEdit)
        self.managerEmailEditLabel.setBuddy(self.managerEmailEdit)
        self.headEditLabel.setBuddy(self.headEdit)
        self.headEmailEditLabel.setBuddy(self.headEmailEdit)
        self.notesEditLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RepDialog)

        QMetaObject.connectSlotsByName(RepDialog)
    # setupUi

    def retranslateUi(self, RepDialog):
        RepDialog.setWindowTitle(QCoreApplication.translate("RepDialog", u"Rep", None))
        self.repGroup.setTitle(QCoreApplication.translate("RepDialog", u"The rep", None))
        self.nameEditLabel.setText(QCoreApplication.translate("RepDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("RepDialog", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.employeeNoEditLabel.setText(QCoreApplication.translate("RepDialog", u"&Employee number:", None))
#if QT_CONFIG(accessibility)
        self.employeeNoEdit.setAccessibleName(QCoreApplication.translate("RepDialog", u"Employee number", None))
#endif // QT_CONFIG(accessibility)
        self.jobEditLabel.setText(QCoreApplication.translate("RepDialog", u"&Job:", None))
#if QT_CONFIG(accessibility)
        self.jobEdit.setAccessibleName(QCoreApplication.translate("RepDialog", u"Job", None))
#endif // QT_CONFIG(accessibility)
        self.departmentEditLabel.setText(QCoreApplication.translate("RepDialog", u"&Department:", None))
#if QT_CONFIG(accessibility)
        self.departmentEdit.setAccessibleName(QCoreApplication.translate("RepDialog", u"Department", None))
#endif // QT_CONFIG(accessibility)
        self.workplaceEditLabel.setText(QCoreApplication.translate("RepDialog", u"&Workplace:", None))
#if QT_CONFIG(accessibility)
        self.workplaceEdit.setAccessibleName(QCoreApplication.translate("RepDialog", u"Workplace", None))
#endif // QT_CONFIG(accessibility)
        self.unionEditLabel.setText(QCoreApplication.translate("RepDialog", u"&Union:", None))
#if QT_CONFIG(accessibility)
        self.unionEdit.setAccessibleName(QCoreApplication.translate("RepDialog", u"Union", None))
#endif // QT_CONFIG(accessibility)
        self.emailEditLabel.setText(QCoreApplication.translate("RepDialog", u"E-&mail:", None))
#if QT_CONFIG(accessibility)
        self.emailEdit.setAccessibleName(QCoreApplication.translate("RepDialog", u"E-mail", None))
#endif // QT_CONFIG(accessibility)
        self.hoursGroup.setTitle(QCoreApplication.translate("RepDialog", u"Hours, year and pay", None))
        self.weeklyHoursEditLabel.setText(QCoreApplication.translate("RepDialog", u"&Weekly hours:", None))
#if QT_CONFIG(accessibility)
        self.weeklyHoursEdit.setAccessibleName(QCoreApplication.translate("RepDialog", u"Contracted weekly hours", None))
#endif // QT_CONFIG(accessibility)
        self.fullTimeHoursEditLabel.setText(QCoreApplication.translate("RepDialog", u"&Full-time hours:", None))
#if QT_CONFIG(accessibility)
        self.fullTimeHoursEdit.setAccessibleName(QCoreApplication.translate("RepDialog", u"Full-time weekly hours", None))
#endif // QT_CONFIG(accessibility)
        self.schoolCheck.setText(QCoreApplication.translate("RepDialog", u"S&chool-based (the year follows the academic year)", None))
        self.academicStartEditLabel.setText(QCoreApplication.translate("RepDialog", u"Academic year &starts (MM-DD):", None))
#if QT_CONFIG(accessibility)
        self.academicStartEdit.setAccessibleName(QCoreApplication.translate("RepDialog", u"Academic year starts", None))
#endif // QT_CONFIG(accessibility)
        self.academicStartEdit.setPlaceholderText(QCoreApplication.translate("RepDialog", u"09-01", None))
        self.payComboLabel.setText(QCoreApplication.translate("RepDialog", u"&Pay:", None))
#if QT_CONFIG(accessibility)
        self.payCombo.setAccessibleName(QCoreApplication.translate("RepDialog", u"How pay is known", None))
#endif // QT_CONFIG(accessibility)
        self.scpSpinLabel.setText(QCoreApplication.translate("RepDialog", u"Spinal column &point:", None))
#if QT_CONFIG(accessibility)
        self.scpSpin.setAccessibleName(QCoreApplication.translate("RepDialog", u"Spinal column point", None))
#endif // QT_CONFIG(accessibility)
        self.rateEditLabel.setText(QCoreApplication.translate("RepDialog", u"Hourly &rate (\u00a3):", None))
#if QT_CONFIG(accessibility)
        self.rateEdit.setAccessibleName(QCoreApplication.translate("RepDialog", u"Hourly rate in pounds", None))
#endif // QT_CONFIG(accessibility)
        self.managerGroup.setTitle(QCoreApplication.translate("RepDialog", u"Manager", None))
        self.managerEditLabel.setText(QCoreApplication.translate("RepDialog", u"Mana&ger:", None))
#if QT_CONFIG(accessibility)
        self.managerEdit.setAccessibleName(QCoreApplication.translate("RepDialog", u"Manager", None))
#endif // QT_CONFIG(accessibility)
        self.managerEmailEditLabel.setText(QCoreApplication.translate("RepDialog", u"Manager's e-ma&il:", None))
#if QT_CONFIG(accessibility)
        self.managerEmailEdit.setAccessibleName(QCoreApplication.translate("RepDialog", u"Manager's e-mail", None))
#endif // QT_CONFIG(accessibility)
        self.headEditLabel.setText(QCoreApplication.translate("RepDialog", u"Head of &Service:", None))
#if QT_CONFIG(accessibility)
        self.headEdit.setAccessibleName(QCoreApplication.translate("RepDialog", u"Head of Service", None))
#endif // QT_CONFIG(accessibility)
        self.headEmailEditLabel.setText(QCoreApplication.translate("RepDialog", u"Head of Service's e-mai&l:", None))
#if QT_CONFIG(accessibility)
        self.headEmailEdit.setAccessibleName(QCoreApplication.translate("RepDialog", u"Head of Service's e-mail", None))
#endif // QT_CONFIG(accessibility)
        self.notesEditLabel.setText(QCoreApplication.translate("RepDialog", u"&Notes:", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("RepDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("RepDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

