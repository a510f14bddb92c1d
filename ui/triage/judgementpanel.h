#pragma once

#include "domain/unit.h"
#include "judgement/duplicatefinder.h"
#include "judgement/triagesuggester.h"

#include <QHash>
#include <QWidget>

class QPushButton;
class QTreeWidget;

namespace bxt {

// Help with judgement beside a post: the suggested category and units with their confidence,
// and likely duplicates with their similarity. Only suggestions: nothing is applied until the
// clerk clicks, and then only through the signals, which the window sends through the rules.
class JudgementPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JudgementPanel)

public:
    explicit JudgementPanel(QWidget *parent = nullptr);

    void showSuggestions(
        const QList<Suggestion> &categories, const QList<Suggestion> &units, const QHash<QString, Unit> &unitNames);
    void showDuplicates(const QList<DuplicateCandidate> &duplicates);
    // Why classifying, dispatching or shielding the shown post is not allowed now (empty when it
    // is), from ActionPolicy::unavailability: the buttons are disabled and say why.
    void setRefusals(const QString &classify, const QString &dispatch, const QString &shield);
    void clear();

signals:
    void categoryAccepted(const QString &code);
    void unitsAccepted(const QStringList &unitIds);
    void duplicateMarked(const QString &originalPostId);
    void postOpened(const QString &postId);

private:
    QStringList checkedUnitIds() const;
    QString currentDuplicate() const;
    void updateButtons();

    QString m_classifyRefusal;
    QString m_dispatchRefusal;
    QString m_shieldRefusal;

    QTreeWidget *m_categories = nullptr;
    QTreeWidget *m_units = nullptr;
    QTreeWidget *m_duplicates = nullptr;
    QPushButton *m_acceptCategory = nullptr;
    QPushButton *m_acceptUnits = nullptr;
    QPushButton *m_openDuplicate = nullptr;
    QPushButton *m_markDuplicate = nullptr;
};

} // namespace bxt
