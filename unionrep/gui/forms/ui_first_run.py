# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
    QLineEdit, QRadioButton, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_FirstRunDialog(object):
    def setupUi(self, FirstRunDialog):
        if not FirstRunDialog.objectName():
            FirstRunDialog.setObjectName(u"FirstRunDialog")
        FirstRunDialog.resize(600, 560)
        self.mainLayout = QVBoxLayout(FirstRunDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(FirstRunDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.profileGroup = QGroupBox(FirstRunDialog)
        self.profileGroup.setObjectName(u"profileGroup")
        self.profileLayout = QVBoxLayout(self.profileGroup)
        self.profileLayout.setObjectName(u"profileLayout")
        self.profileCombo = QComboBox(self.profileGroup)
        self.profileCombo.setObjectName(u"profileCombo")

        self.profileLayout.addWidget(self.profileCombo)

        self.profileNote = QLabel(self.profileGroup)
        self.profileNote.setObjectName(u"profileNote")
        self.profileNote.setWordWrap(True)

        self.profileLayout.addWidget(self.profileNote)


        self.mainLayout.addWidget(self.profileGroup)

        self.modeGroup = QGroupBox(FirstRunDialog)
        self.modeGroup.setObjectName(u"modeGroup")
        self.modeLayout = QVBoxLayout(self.modeGroup)
        self.modeLayout.setObjectName(u"modeLayout")
        self.stewardRadio = QRadioButton(self.modeGroup)
        self.stewardRadio.setObjectName(u"stewardRadio")
        self.stewardRadio.setChecked(True)

        self.modeLayout.addWidget(self.stewardRadio)

        self.branchRadio = QRadioButton(self.modeGroup)
        self.branchRadio.setObjectName(u"branchRadio")

        self.modeLayout.addWidget(self.branchRadio)


        self.mainLayout.addWidget(self.modeGroup)

        self.detailsGroup = QGroupBox(FirstRunDialog)
        self.detailsGroup.setObjectName(u"detailsGroup")
        self.detailsForm = QFormLayout(self.detailsGroup)
        self.detailsForm.setObjectName(u"detailsForm")
        self.nameEditLabel = QLabel(self.detailsGroup)
        self.nameEditLabel.setObjectName(u"nameEditLabel")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameEditLabel)

        self.nameEdit = QLineEdit(self.detailsGroup)
        self.nameEdit.setObjectName(u"nameEdit")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.roleEditLabel = QLabel(self.detailsGroup)
        self.roleEditLabel.setObjectName(u"roleEditLabel")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roleEditLabel)

        self.roleEdit = QLineEdit(self.detailsGroup)
        self.roleEdit.setObjectName(u"roleEdit")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.roleEdit)

        self.unionEditLabel = QLabel(self.detailsGroup)
        self.unionEditLabel.setObjectName(u"unionEditLabel")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.unionEditLabel)

        self.unionEdit = QLineEdit(self.detailsGroup)
        self.unionEdit.setObjectName(u"unionEdit")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.unionEdit)

        self.branchEditLabel = QLabel(self.detailsGroup)
        self.branchEditLabel.setObjectName(u"branchEditLabel")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.branchEditLabel)

        self.branchEdit = QLineEdit(self.detailsGroup)
        self.branchEdit.setObjectName(u"branchEdit")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.branchEdit)

        self.emailEditLabel = QLabel(self.detailsGroup)
        self.emailEditLabel.setObjectName(u"emailEditLabel")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.emailEditLabel)

        self.emailEdit = QLineEdit(self.detailsGroup)
        self.emailEdit.setObjectName(u"emailEdit")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.emailEdit)


        self.mainLayout.addWidget(self.detailsGroup)

        self.pathLabel = QLabel(FirstRunDialog)
        self.pathLabel.setObjectName(u"pathLabel")
        self.pathLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.pathLabel)

        self.errorLabel = QLabel(FirstRunDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(FirstRunDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameEditLabel.setBuddy(self.nameEdit)
        self.roleEditLabel.setBuddy(self.roleEdit)
        self.unionEditLabel.setBuddy(self.unionEdit)
        self.branchEditLabel.setBuddy(self.branchEdit)
        self.emailEditLabel.setBuddy(self.emailEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FirstRunDialog)

        QMetaObject.connectSlotsByName(FirstRunDialog)
    # setupUi

    def retranslateUi(self, FirstRunDialog):
        FirstRunDialog.setWindowTitle(QCoreApplication.translate("FirstRunDialog", u"Welcome to unionrep", None))
        self.profileGroup.setTitle(QCoreApplication.translate("FirstRunDialog", u"The agreement you work under", None))
#if QT_CONFIG(accessibility)
        self.profileCombo.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Policy profile", None))
#endif // QT_CONFIG(accessibility)
        self.modeGroup.setTitle(QCoreApplication.translate("FirstRunDialog", u"This computer keeps", None))
        self.stewardRadio.setText(QCoreApplication.translate("FirstRunDialog", u"&My own log, as a steward", None))
        self.branchRadio.setText(QCoreApplication.translate("FirstRunDialog", u"The branch's &book, for every rep (a branch officer's laptop)", None))
        self.detailsGroup.setTitle(QCoreApplication.translate("FirstRunDialog", u"About you (printed on Pro Formas and letters)", None))
        self.nameEditLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Your &name:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Your name", None))
#endif // QT_CONFIG(accessibility)
        self.roleEditLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Your &role in the union:", None))
#if QT_CONFIG(accessibility)
        self.roleEdit.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Your role in the union", None))
#endif // QT_CONFIG(accessibility)
        self.roleEdit.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"e.g. Steward, Branch secretary", None))
        self.unionEditLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Union:", None))
#if QT_CONFIG(accessibility)
        self.unionEdit.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Union", None))
#endif // QT_CONFIG(accessibility)
        self.unionEdit.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"e.g. UNSAIN Cymru / UNISON Cymru", None))
        self.branchEditLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Branch:", None))
#if QT_CONFIG(accessibility)
        self.branchEdit.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Branch", None))
#endif // QT_CONFIG(accessibility)
        self.emailEditLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&E-mail:", None))
#if QT_CONFIG(accessibility)
        self.emailEdit.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Your e-mail", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

