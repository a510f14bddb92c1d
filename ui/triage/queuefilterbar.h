#pragma once

#include "domain/unit.h"
#include "queue/queuefilter.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace bxt {

// The filters above the queue: full-text search, status, category, unit, due date, flagged
// words and shielded posts. A saved view fills it in; any change is a new filter at once.
class QueueFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueFilterBar)

public:
    // unitId: a liaison's unit, which every filter keeps and the unit box does not offer.
    QueueFilterBar(const QHash<QString, Unit> &units, const QString &unitId, QWidget *parent = nullptr);

    // The filter the controls say, without search hits (QueueFilter::localIds).
    QueueFilter filter() const;
    void setFilter(const QueueFilter &filter);
    QString searchText() const;
    QLineEdit *searchBox() const { return m_search; }
    // The units the unit box offers; the chosen one stays chosen while it is among them.
    void setUnits(const QHash<QString, Unit> &units);

signals:
    void filterChanged();
    // The search text settled (typing paused, or Enter).
    void searchChanged(const QString &text);

private:
    void changed();

    QString m_fixedUnitId;
    QueueFilter m_base; // what the controls cannot show, e.g. a liaison view's assignment states
    bool m_applying = false;
    QLineEdit *m_search = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_unit = nullptr;
    QComboBox *m_due = nullptr;
    QSpinBox *m_workingDays = nullptr;
    QCheckBox *m_flagged = nullptr;
    QCheckBox *m_shielded = nullptr;
};

} // namespace bxt
