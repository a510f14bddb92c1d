#include "replyquality/replycheckrules.h"

#include "text/unknownkeys.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace bxt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReplyCheckRules)
};

const QString kInsertToken = QStringLiteral("{insert}");

QString child(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString element(const QString &path, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(path).arg(index);
}

// Refuses keys the format does not know and keys it needs but lacks.
bool hasExactly(const QJsonObject &object, const QStringList &required, const QStringList &optional,
    const QString &path, QString *error)
{
    const QString unknown = firstUnknownKey(object, required + optional);
    if (!unknown.isNull()) {
        *error = Tr::tr("%1: unknown key").arg(child(path, unknown));
        return false;
    }
    for (const QString &key : required) {
        if (!object.contains(key)) {
            *error = Tr::tr("%1: missing").arg(child(path, key));
            return false;
        }
    }
    return true;
}

bool readObject(const QJsonValue &value, const QString &path, QJsonObject *object, QString *error)
{
    if (!value.isObject()) {
        *error = Tr::tr("%1: must be an object").arg(path);
        return false;
    }
    *object = value.toObject();
    return true;
}

bool readNumber(
    const QJsonValue &value, const QString &path, double minimum, double maximum, double *number, QString *error)
{
    if (!value.isDouble() || value.toDouble() < minimum || value.toDouble() > maximum) {
        *error = Tr::tr("%1: must be a number from %2 to %3").arg(path).arg(minimum).arg(maximum);
        return false;
    }
    *number = value.toDouble();
    return true;
}

bool readStrings(const QJsonValue &value, const QString &path, QStringList *strings, QString *error)
{
    if (!value.isArray()) {
        *error = Tr::tr("%1: must be a list of texts").arg(path);
        return false;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString() || array.at(i).toString().isEmpty()) {
            *error = Tr::tr("%1: must be a non-empty text").arg(element(path, i));
            return false;
        }
        strings->append(array.at(i).toString());
    }
    return true;
}

bool compile(const QString &source, const QString &path, QRegularExpression *pattern, QString *error)
{
    *pattern = QRegularExpression(source);
    if (!pattern->isValid()) {
        *error = Tr::tr("%1: not a valid regular expression (%2 at offset %3)")
                     .arg(path, pattern->errorString())
                     .arg(pattern->patternErrorOffset());
        return false;
    }
    pattern->optimize();
    return true;
}

// The patterns of a list, each checked on its own for a precise error, kept as one alternation.
bool readPatterns(
    const QJsonValue &value, const QString &path, const QString &insert, QRegularExpression *patterns, QString *error)
{
    QStringList sources;
    if (!readStrings(value, path, &sources, error))
        return false;
    QStringList alternatives;
    for (qsizetype i = 0; i < sources.size(); ++i) {
        QRegularExpression pattern;
        const QString source = QString(sources.at(i)).replace(kInsertToken, insert);
        if (!compile(source, element(path, i), &pattern, error))
            return false;
        alternatives.append(QStringLiteral("(?:%1)").arg(source));
    }
    if (alternatives.isEmpty()) {
        *patterns = QRegularExpression();
        return true;
    }
    return compile(alternatives.join(QLatin1Char('|')), path, patterns, error);
}

bool readFamily(const QJsonObject &families, const QString &name, bool withExceptions, const QString &insert,
    ReplyCheckRules::Family *family, QString *error)
{
    const QString path = child(QStringLiteral("families"), name);
    QJsonObject json;
    const QStringList keys = withExceptions ? QStringList { QStringLiteral("patterns"), QStringLiteral("exceptions") }
                                            : QStringList { QStringLiteral("patterns") };
    return readObject(families.value(name), path, &json, error)
        && hasExactly(json, keys, { QStringLiteral("ignored") }, path, error)
        && readPatterns(json.value(QLatin1String("patterns")), child(path, QStringLiteral("patterns")), insert,
            &family->pattern, error)
        && (!withExceptions
            || readPatterns(json.value(QLatin1String("exceptions")), child(path, QStringLiteral("exceptions")), insert,
                &family->exception, error))
        && (!json.contains(QLatin1String("ignored"))
            || readPatterns(json.value(QLatin1String("ignored")), child(path, QStringLiteral("ignored")), insert,
                &family->ignored, error));
}

bool readSignal(const QJsonValue &value, const QString &path, ReplyCheckRules::Signal *signal, QString *error)
{
    QJsonObject json;
    if (!readObject(value, path, &json, error)
        || !hasExactly(json, { QStringLiteral("name"), QStringLiteral("weight"), QStringLiteral("cap") },
            { QStringLiteral("pattern"), QStringLiteral("per_chars") }, path, error))
        return false;
    if (json.contains(QLatin1String("pattern")) == json.contains(QLatin1String("per_chars"))) {
        *error = Tr::tr("%1: needs either \"pattern\" or \"per_chars\"").arg(path);
        return false;
    }
    if (json.value(QLatin1String("name")).toString().isEmpty()) {
        *error = Tr::tr("%1: must be a non-empty text").arg(child(path, QStringLiteral("name")));
        return false;
    }
    double cap = 0, perChars = 0;
    if (!readNumber(json.value(QLatin1String("weight")), child(path, QStringLiteral("weight")), -100, 100,
            &signal->weight, error)
        || !readNumber(json.value(QLatin1String("cap")), child(path, QStringLiteral("cap")), 1, 100, &cap, error))
        return false;
    signal->cap = int(cap);
    if (json.contains(QLatin1String("per_chars"))) {
        if (!readNumber(json.value(QLatin1String("per_chars")), child(path, QStringLiteral("per_chars")), 1, 10000,
                &perChars, error))
            return false;
        signal->perChars = int(perChars);
        return true;
    }
    if (!json.value(QLatin1String("pattern")).isString()) {
        *error = Tr::tr("%1: must be a non-empty text").arg(child(path, QStringLiteral("pattern")));
        return false;
    }
    return compile(json.value(QLatin1String("pattern")).toString(), child(path, QStringLiteral("pattern")),
        &signal->pattern, error);
}

} // namespace

QString ReplyCheckRules::Family::find(const QString &text) const
{
    if (pattern.pattern().isEmpty())
        return {};
    const QString checked = ignored.pattern().isEmpty() ? text : QString(text).remove(ignored);
    const QRegularExpressionMatch match = pattern.match(checked);
    if (!match.hasMatch() || (!exception.pattern().isEmpty() && exception.match(checked).hasMatch()))
        return {};
    return match.captured();
}

const ReplyCheckRules &ReplyCheckRules::builtIn()
{
    static const ReplyCheckRules rules = [] {
        QFile file(QStringLiteral(":/replyquality/reply-rules.json"));
        ReplyCheckRules parsed;
        QString error;
        if (!file.open(QIODevice::ReadOnly)
            || !fromJson(QJsonDocument::fromJson(file.readAll()).object(), &parsed, &error))
            qFatal("the built-in reply-check rules are broken: %s", qPrintable(error));
        return parsed;
    }();
    return rules;
}

bool ReplyCheckRules::fromJson(const QJsonObject &json, ReplyCheckRules *rules, QString *error)
{
    ReplyCheckRules parsed;
    parsed.m_json = json;
    if (!hasExactly(json,
            { QStringLiteral("inserted_words"), QStringLiteral("stock_phrases"), QStringLiteral("substance"),
                QStringLiteral("families") },
            {}, QString(), error))
        return false;

    QStringList insertedWords;
    if (!readStrings(
            json.value(QLatin1String("inserted_words")), QStringLiteral("inserted_words"), &insertedWords, error))
        return false;
    for (QString &word : insertedWords)
        word = QRegularExpression::escape(word);
    const QString insert = QStringLiteral("(?:%1){0,3}").arg(insertedWords.join(QLatin1Char('|')));

    if (!readPatterns(json.value(QLatin1String("stock_phrases")), QStringLiteral("stock_phrases"), insert,
            &parsed.m_stockPhrases, error))
        return false;

    QJsonObject substance;
    const QString substancePath = QStringLiteral("substance");
    if (!readObject(json.value(substancePath), substancePath, &substance, error)
        || !hasExactly(substance,
            { QStringLiteral("enough"), QStringLiteral("none_below"), QStringLiteral("min_own_chars"),
                QStringLiteral("signals"), QStringLiteral("overlap") },
            {}, substancePath, error))
        return false;
    double minOwnChars = 0;
    if (!readNumber(substance.value(QLatin1String("enough")), child(substancePath, QStringLiteral("enough")), 0, 1000,
            &parsed.m_enough, error)
        || !readNumber(substance.value(QLatin1String("none_below")), child(substancePath, QStringLiteral("none_below")),
            0, parsed.m_enough, &parsed.m_noneBelow, error)
        || !readNumber(substance.value(QLatin1String("min_own_chars")),
            child(substancePath, QStringLiteral("min_own_chars")), 0, 10000, &minOwnChars, error))
        return false;
    parsed.m_minOwnChars = int(minOwnChars);

    const QString signalsPath = child(substancePath, QStringLiteral("signals"));
    if (!substance.value(QLatin1String("signals")).isArray()) {
        *error = Tr::tr("%1: must be a list").arg(signalsPath);
        return false;
    }
    const QJsonArray signalArray = substance.value(QLatin1String("signals")).toArray();
    for (qsizetype i = 0; i < signalArray.size(); ++i) {
        Signal signal;
        if (!readSignal(signalArray.at(i), element(signalsPath, i), &signal, error))
            return false;
        parsed.m_signals.append(signal);
    }

    QJsonObject overlap;
    const QString overlapPath = child(substancePath, QStringLiteral("overlap"));
    if (!readObject(substance.value(QLatin1String("overlap")), overlapPath, &overlap, error)
        || !hasExactly(overlap,
            { QStringLiteral("weight"), QStringLiteral("full_at"), QStringLiteral("ignored_terms") }, {}, overlapPath,
            error)
        || !readNumber(overlap.value(QLatin1String("weight")), child(overlapPath, QStringLiteral("weight")), 0, 100,
            &parsed.m_overlapWeight, error)
        || !readNumber(overlap.value(QLatin1String("full_at")), child(overlapPath, QStringLiteral("full_at")), 0.01, 1,
            &parsed.m_overlapFullAt, error)
        || !readStrings(overlap.value(QLatin1String("ignored_terms")),
            child(overlapPath, QStringLiteral("ignored_terms")), &parsed.m_overlapIgnored, error))
        return false;

    QJsonObject families;
    const QString familiesPath = QStringLiteral("families");
    if (!readObject(json.value(familiesPath), familiesPath, &families, error)
        || !hasExactly(families,
            { QStringLiteral("placeholder"), QStringLiteral("rude"), QStringLiteral("forwarded"),
                QStringLiteral("refusal"), QStringLiteral("redirect"), QStringLiteral("promise") },
            {}, familiesPath, error)
        || !readFamily(families, QStringLiteral("placeholder"), false, insert, &parsed.m_placeholder, error)
        || !readFamily(families, QStringLiteral("rude"), false, insert, &parsed.m_rude, error)
        || !readFamily(families, QStringLiteral("forwarded"), false, insert, &parsed.m_forwarded, error)
        || !readFamily(families, QStringLiteral("refusal"), true, insert, &parsed.m_refusal, error)
        || !readFamily(families, QStringLiteral("redirect"), false, insert, &parsed.m_redirect, error)
        || !readFamily(families, QStringLiteral("promise"), false, insert, &parsed.m_promise, error))
        return false;
    *rules = parsed;
    return true;
}

} // namespace bxt
