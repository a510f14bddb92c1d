#pragma once

#include "common/columntablemodel.h"
#include "supervision/opensupervisions.h"

#include <QHash>

namespace bxt {

// Open supervisions (R20) with the notice number when a written notice was issued.
class OpenSupervisionsModel final : public ColumnTableModel
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

private:
    int rows() const override;
    QString header(int column) const override;
    QVariant cell(int row, int column, int role) const override;

    QList<OpenSupervision> m_supervisions;
    QHash<QString, QString> m_unitNames;
    QHash<QString, QString> m_noticeNumbers;
};

} // namespace bxt
