#include "common/languagechooser.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace bxt {

namespace {
const QString kLanguageKey = QStringLiteral("ui/language");
}

LanguageChooser::LanguageChooser(QCoreApplication &app)
    : m_app(app)
{ }

QString LanguageChooser::savedOrSystemLanguage() const
{
    const QString saved = QSettings().value(kLanguageKey).toString();
    if (!saved.isEmpty())
        return saved;
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

bool LanguageChooser::apply(const QString &language)
{
    m_app.removeTranslator(&m_program);
    m_app.removeTranslator(&m_qt);
    QSettings().setValue(kLanguageKey, language);
    if (language.startsWith(QLatin1String("en")))
        return true;
    const bool loaded = m_program.load(QStringLiteral(":/i18n/baixingtan_%1.qm").arg(language));
    if (!loaded)
        return false;
    m_app.installTranslator(&m_program);
    if (m_qt.load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        m_app.installTranslator(&m_qt);
    QLocale::setDefault(QLocale(language));
    return true;
}

} // namespace bxt
