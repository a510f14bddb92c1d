#include "languagechooser.h"
#include "mainwindow.h"
#include "store/database.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Baixingtan"));
    QCoreApplication::setApplicationName(QStringLiteral("baixingtan"));

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("The case store file."),
                                      QStringLiteral("path"), bxt::Database::defaultPath());
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("zh_CN or en."),
                                        QStringLiteral("language"));
    parser.addOptions({dbOption, langOption});
    parser.process(app);

    bxt::LanguageChooser language(app);
    language.apply(parser.isSet(langOption) ? parser.value(langOption) : language.savedOrSystemLanguage());
    QApplication::setApplicationDisplayName(QObject::tr("Baixingtan Desk"));

    bxt::MainWindow window(parser.value(dbOption));
    window.show();
    return app.exec();
}
