// SPDX-License-Identifier: MIT
#include "widgets/exportdialog.h"

#include "../inventoryfixture.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace kvd;
using namespace Qt::StringLiterals;

namespace {
const QString kPlanted = u"planted-client-secret-value-77"_s;

ReportInput sampleInput()
{
    ReportInput in;
    in.context = u"aks-prod"_s;
    in.server = u"https://aks-prod.hcp.westeurope.azmk8s.io:443"_s;
    in.inventory = fixture::sampleInventory();
    in.knownSecrets = {kPlanted};
    Finding f;
    f.cause = u"aad-pod-identity-nmi-404"_s;
    f.count = 2;
    f.node = u"aks-shop-1"_s;
    Evidence e;
    e.source = u"kube-system/provider/provider-azure-installer"_s;
    e.line = 10;
    e.text = u"nmi response failed with status code: 404 secret="_s + kPlanted;
    e.node = u"aks-shop-1"_s;
    f.evidence = {e};
    in.findings = {f};
    return in;
}
} // namespace

class tst_ExportDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void previewIsRedactedAndFollowsOptions()
    {
        ExportDialog dialog;
        dialog.setInput(sampleInput());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *preview = dialog.findChild<QTextBrowser *>(u"preview"_s);
        QVERIFY(preview);
        QVERIFY(!preview->toPlainText().contains(kPlanted));
        QVERIFY(preview->toPlainText().contains(u"aks-shop-1"_s));
        auto *count = dialog.findChild<QLabel *>(u"redactionCount"_s);
        QVERIFY(count->text().contains(u"Secret values: 1"_s));

        // Masking node names replaces them everywhere in the preview.
        auto *maskNodes = dialog.findChild<QCheckBox *>(u"maskNodes"_s);
        QTest::mouseClick(maskNodes, Qt::LeftButton, {}, QPoint(4, maskNodes->height() / 2));
        QTRY_VERIFY(!preview->toPlainText().contains(u"aks-shop-1"_s));
        QVERIFY(preview->toPlainText().contains(u"[node-"_s));

        // Leaving out a section removes it from the preview.
        auto *cluster = dialog.findChild<QCheckBox *>(u"sectionCluster"_s);
        QVERIFY(preview->toPlainText().contains(u"Kubernetes version"_s) || preview->toPlainText().contains(u"Context"_s));
        cluster->click();
        QTRY_VERIFY(!preview->toPlainText().contains(u"aks-prod.hcp"_s));
        QVERIFY(!dialog.report().contains(u"cluster"_s));

        // Markdown format previews the Markdown source.
        auto *format = dialog.findChild<QComboBox *>(u"formatCombo"_s);
        format->setCurrentIndex(format->findData(u"md"_s));
        QTRY_VERIFY(preview->toPlainText().startsWith(u"# Key Vault CSI Doctor report"_s));
    }

    void connectivitySectionOnlyWithResults()
    {
        ExportDialog dialog;
        dialog.setInput(sampleInput());
        QVERIFY(!dialog.findChild<QCheckBox *>(u"sectionConnectivity"_s)->isEnabled());
        ReportInput in = sampleInput();
        in.connectivity = QJsonObject{{u"verdict"_s, u"pass"_s}};
        dialog.setInput(in);
        QVERIFY(dialog.findChild<QCheckBox *>(u"sectionConnectivity"_s)->isEnabled());
    }

    void copySummaryPutsMarkdownOnClipboard()
    {
        ExportDialog dialog;
        dialog.setInput(sampleInput());
        QApplication::clipboard()->clear();
        dialog.findChild<QPushButton *>(u"copySummaryButton"_s)->click();
        const QString text = QApplication::clipboard()->text();
        QVERIFY2(text.contains(u"aad-pod-identity-nmi-404"_s), qPrintable(text));
        QVERIFY(!text.contains(kPlanted));
    }

    void savesInTheBackground_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("md") << u"case.md"_s;
        QTest::newRow("html") << u"case.html"_s;
        QTest::newRow("json") << u"case.json"_s;
        QTest::newRow("pdf") << u"case.pdf"_s;
        QTest::newRow("zip") << u"case.zip"_s;
    }
    void savesInTheBackground()
    {
        QFETCH(QString, file);
        QTemporaryDir dir;
        ExportDialog dialog;
        dialog.setInput(sampleInput(), {{u"provider.log"_s, {}, "line with " + kPlanted.toUtf8() + '\n'}});
        QSignalSpy saved(&dialog, &ExportDialog::saved);
        QSignalSpy failed(&dialog, &ExportDialog::saveFailed);
        const QString path = dir.filePath(file);
        dialog.saveTo(path);
        QVERIFY(saved.wait(30000) || !failed.isEmpty());
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QCOMPARE(saved.first().first().toString(), path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray data = f.readAll();
        QVERIFY(data.size() > 100);
        QVERIFY(!data.contains(kPlanted.toUtf8()));
        QVERIFY(dialog.findChild<QPushButton *>(u"saveButton"_s)->isEnabled());
    }

    void failedSaveSaysWhy()
    {
        QTemporaryDir dir;
        ExportDialog dialog;
        dialog.setInput(sampleInput());
        QSignalSpy failed(&dialog, &ExportDialog::saveFailed);
        dialog.saveTo(dir.filePath(u"no-such-dir/case.md"_s));
        QVERIFY(failed.wait(10000));
        QVERIFY(dialog.findChild<QLabel *>(u"statusLabel"_s)->text().contains(u"no-such-dir"_s));
    }

    void interactiveWidgetsHaveAccessibleNames()
    {
        ExportDialog dialog;
        const QList<QWidget *> widgets = dialog.findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QTextBrowser *>(w))
                QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
    }
};

QTEST_MAIN(tst_ExportDialog)
#include "tst_exportdialog.moc"
