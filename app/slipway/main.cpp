#include "core/bundle/examplecatalog.h"
#include "core/catalog/catalog.h"
#include "core/paths.h"
#include "core/settings.h"
#include "core/version.h"
#include "ui/mainwindow.h"
#include "ui/runs/runrecorder.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

// The options of the command line; the same whether the GUI starts or only text is asked for.
struct Options
{
    QCommandLineOption screenshot{
        u"screenshot"_s,
        QCoreApplication::translate("main",
                                    "Save a picture of the main window to <file> once it is "
                                    "shown, then quit."),
        QCoreApplication::translate("main", "file")};
    QCommandLineOption catalogFile{
        u"catalog"_s,
        QCoreApplication::translate("main",
                                    "Open the catalog in <file> instead of the default one."),
        QCoreApplication::translate("main", "file")};
    QCommandLineOption launch{
        u"launch"_s,
        QCoreApplication::translate("main",
                                    "Launch the latest version of <module> with its defaults "
                                    "and show its run."),
        QCoreApplication::translate("main", "module")};
    QCommandLineOption runPictures{
        u"run-pictures"_s,
        QCoreApplication::translate("main",
                                    "With --launch: save pictures of the run view to <folder> "
                                    "as the run comes up and once it is Ready, then terminate "
                                    "the run and quit."),
        QCoreApplication::translate("main", "folder")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(
            QCoreApplication::translate("main",
                                        "Design, version and launch machine images and "
                                        "multi-node deployments."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOption(screenshot);
        parser.addOption(catalogFile);
        parser.addOption(launch);
        parser.addOption(runPictures);
        parser.addPositionalArgument(
            u"files"_s,
            QCoreApplication::translate("main", "Bundles or SlipStream module XML files to import."),
            QCoreApplication::translate("main", "[file...]"));
    }
};

void describe()
{
    QCoreApplication::setApplicationName(u"slipway"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(Slipway::kVersion));
}

void installTranslators(QTranslator &qt, QTranslator &own)
{
    if (qt.load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qt);
    if (own.load(QLocale(), u"slipway"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(&own);
}

// --help, --version and a mistyped option answer in text: no display is needed for them, so
// they are answered before the GUI's platform is set up (which aborts where there is none).
bool answersInText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--")
            return false;
        if (arg == "-h" || arg == "--help" || arg == "-?" || arg == "--help-all" || arg == "-v"
            || arg == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (answersInText(argc, argv)) {
        QCoreApplication app(argc, argv);
        describe();
        QTranslator qtTranslator;
        QTranslator translator;
        installTranslators(qtTranslator, translator);
        QCommandLineParser parser;
        const Options options;
        options.addTo(parser);
        parser.process(app); // prints the help or version and exits
        return 0;
    }

    QApplication app(argc, argv);
    describe();
    QApplication::setApplicationDisplayName(u"Slipway"_s);
    QApplication::setDesktopFileName(QString::fromLatin1(Slipway::kAppId));
    QTranslator qtTranslator;
    QTranslator translator;
    installTranslators(qtTranslator, translator);

    QCommandLineParser parser;
    const Options options;
    options.addTo(parser);
    parser.process(app);

    Slipway::Settings settings;
    Slipway::Catalog catalog(parser.isSet(options.catalogFile)
                                 ? parser.value(options.catalogFile)
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

    if (parser.isSet(options.screenshot)) {
        const QString file = parser.value(options.screenshot);
        QTimer::singleShot(500, &window, [&window, file] {
            const bool saved = window.grab().save(file);
            if (saved)
                qInfo("saved a screenshot of the main window to %s", qPrintable(file));
            else
                qCritical("could not write the screenshot to %s", qPrintable(file));
            QApplication::exit(saved ? 0 : 1);
        });
    }

    if (parser.isSet(options.launch)) {
        const QString module = parser.value(options.launch);
        if (!opened || !window.launchModule(module, Slipway::LaunchOptions())) {
            qCritical("could not launch %s", qPrintable(module));
            return 1;
        }
        if (parser.isSet(options.runPictures)) {
            // The window owns it.
            auto *recorder = new Slipway::RunRecorder(&window, parser.value(options.runPictures));
            QObject::connect(recorder,
                             &Slipway::RunRecorder::pictureSaved,
                             &app,
                             [](const QString &file) {
                                 qInfo("saved a picture of the run view to %s", qPrintable(file));
                             });
            QObject::connect(recorder,
                             &Slipway::RunRecorder::finished,
                             &app,
                             [](bool ok, const QString &message) {
                                 if (ok)
                                     qInfo("%s", qPrintable(message));
                                 else
                                     qCritical("%s", qPrintable(message));
                                 QApplication::exit(ok ? 0 : 1);
                             });
        }
    }
    return app.exec();
}
