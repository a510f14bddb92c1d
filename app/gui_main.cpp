#include "common/languagechooser.h"
#include "mainwindow.h"
#include "store/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>
#include <memory>

namespace {

// The window is built again in a new language (every text comes from tr() at construction) or
// for a new user (the desk depends on the role).
void showWindow(std::unique_ptr<bxt::MainWindow> &window, const QString &databasePath, bxt::LanguageChooser &language)
{
    const QByteArray geometry = window ? window->saveGeometry() : QByteArray();
    window = std::make_unique<bxt::MainWindow>(databasePath);
    if (!geometry.isEmpty())
        window->restoreGeometry(geometry);
    QObject::connect(window.get(), &bxt::MainWindow::languageChangeRequested, window.get(),
        [&window, databasePath, &language](const QString &code) {
            QTimer::singleShot(0, [&window, databasePath, &language, code] {
                language.apply(code);
                QApplication::setApplicationDisplayName(QObject::tr("Baixingtan Desk"));
                showWindow(window, databasePath, language);
            });
        });
    QObject::connect(window.get(), &bxt::MainWindow::userChanged, window.get(), [&window, databasePath, &language] {
        QTimer::singleShot(0, [&window, databasePath, &language] { showWindow(window, databasePath, language); });
    });
    window->show();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Baixingtan"));
    QCoreApplication::setApplicationName(QStringLiteral("baixingtan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BXT_VERSION));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("The case store file."),
        QStringLiteral("path"), bxt::Database::defaultPath());
    const QCommandLineOption langOption(
        QStringLiteral("lang"), QStringLiteral("zh_CN or en."), QStringLiteral("language"));
    parser.addOptions({ dbOption, langOption });
    parser.process(app);

    bxt::LanguageChooser language(app);
    language.apply(parser.isSet(langOption) ? parser.value(langOption) : language.savedOrSystemLanguage());
    QApplication::setApplicationDisplayName(QObject::tr("Baixingtan Desk"));

    std::unique_ptr<bxt::MainWindow> window;
    showWindow(window, parser.value(dbOption), language);
    return app.exec();
}
