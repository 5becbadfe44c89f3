#include "core/bundle/examplecatalog.h"
#include "core/catalog/catalog.h"
#include "core/paths.h"
#include "core/settings.h"
#include "core/version.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>
#include <QTranslator>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"slipway"_s);
    QApplication::setApplicationDisplayName(u"Slipway"_s);
    QApplication::setApplicationVersion(QString::fromLatin1(Slipway::kVersion));
    QApplication::setDesktopFileName(QString::fromLatin1(Slipway::kAppId));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(),
                          u"qtbase"_s,
                          u"_"_s,
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), u"slipway"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main",
                                "Design, version and launch machine images and "
                                "multi-node deployments."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption
        screenshot(u"screenshot"_s,
                   QApplication::translate("main",
                                           "Save a picture of the main window to <file> once it "
                                           "is shown, then quit."),
                   QApplication::translate("main", "file"));
    parser.addOption(screenshot);
    const QCommandLineOption
        catalogFile(u"catalog"_s,
                    QApplication::translate("main",
                                            "Open the catalog in <file> instead of the default "
                                            "one."),
                    QApplication::translate("main", "file"));
    parser.addOption(catalogFile);
    parser.addPositionalArgument(
        u"files"_s,
        QApplication::translate("main", "Bundles or SlipStream module XML files to import."),
        QApplication::translate("main", "[file...]"));
    parser.process(app);

    Slipway::Settings settings;
    Slipway::Catalog catalog(parser.isSet(catalogFile) ? parser.value(catalogFile)
                                                       : Slipway::Paths::defaultCatalogFile());
    const Slipway::Result<void> opened = catalog.open();
    // A new catalog starts with the examples; a failure to add them leaves it usable.
    if (opened) {
        if (auto examples = Slipway::ExampleCatalog::installIfEmpty(catalog); !examples)
            qWarning("could not add the examples: %s", qPrintable(examples.errorMessage()));
    }
    Slipway::MainWindow window(settings, opened ? &catalog : nullptr);
    window.show();
    if (!opened)
        QMessageBox::critical(&window,
                              QApplication::translate("main", "Slipway"),
                              QApplication::translate("main", "The catalog %1 cannot be opened: %2")
                                  .arg(catalog.fileName(), opened.errorMessage()));

    // Bundles opened from the desktop (the .desktop file passes %F) go to the import preview.
    const QStringList files = parser.positionalArguments();
    if (opened && !files.isEmpty())
        QTimer::singleShot(0, &window, [&window, files] { window.importFiles(files); });

    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QTimer::singleShot(500, &window, [&window, file] {
            const bool saved = window.grab().save(file);
            if (saved)
                qInfo("saved a screenshot of the main window to %s", qPrintable(file));
            else
                qCritical("could not write the screenshot to %s", qPrintable(file));
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
