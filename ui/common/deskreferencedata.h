#pragma once

#include "calendar/deadlinecalculator.h"
#include "queue/queueloader.h"

#include <QObject>

namespace bxt {

class Database;

// The reference data the desk's widgets work with: the units, the working-day calendar and the
// deadline table of the case store (R1, R16–R18). load() reads them again after a sync or an
// import, and changed() tells the widgets when they differ from what they had. (The portal's
// side of it, fetching them into the store, is ReferenceDataSync. The reply-check rules are read
// at each reply, so they need no copy here.)
class DeskReferenceData final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeskReferenceData)

public:
    explicit DeskReferenceData(const Database &database, QObject *parent = nullptr);

    // Reads the store; changed() when something differs. On error keeps what it had.
    bool load(QString *error);

    const QueueReferenceData &data() const { return m_data; }
    const QHash<QString, Unit> &units() const { return m_data.units; }
    const WorkCalendar &calendar() const { return m_data.calendar; }
    DeadlineCalculator deadlines() const { return DeadlineCalculator(m_data.calendar, m_data.rules); }

signals:
    void changed();

private:
    const Database &m_database;
    QueueReferenceData m_data;
};

} // namespace bxt
