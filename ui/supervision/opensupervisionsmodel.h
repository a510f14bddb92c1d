#pragma once

#include "supervision/opensupervisions.h"

#include <QAbstractTableModel>
#include <QHash>

namespace bxt {

// Open supervisions (R20) with the notice number when a written notice was issued.
class OpenSupervisionsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenSupervisionsModel)

public:
    enum Column { Unit, Post, Title, Opened, Method, Reason, Note, Notice, ColumnCount };

    explicit OpenSupervisionsModel(QObject *parent = nullptr);

    // noticeNumbers: by supervision id.
    void setSupervisions(
        QList<OpenSupervision> supervisions, QHash<QString, QString> unitNames, QHash<QString, QString> noticeNumbers);
    const OpenSupervision *supervision(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<OpenSupervision> m_supervisions;
    QHash<QString, QString> m_unitNames;
    QHash<QString, QString> m_noticeNumbers;
};

} // namespace bxt
