#pragma once

#include <QString>
#include <QTranslator>

class QCoreApplication;

namespace bxt {

// Installs the program's and Qt's translations for a language: zh_CN, or English (the source
// language). The choice is remembered; by default it follows the system locale.
class LanguageChooser final
{
public:
    Q_DISABLE_COPY_MOVE(LanguageChooser)
    explicit LanguageChooser(QCoreApplication &app);

    QString savedOrSystemLanguage() const;
    // Returns false when the language has no translation (English is used then).
    bool apply(const QString &language);

private:
    QCoreApplication &m_app;
    QTranslator m_program;
    QTranslator m_qt;
};

} // namespace bxt
