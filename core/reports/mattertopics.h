#pragma once

#include <QList>
#include <QString>

namespace bxt {

// A matter many posts raised (R21's "main matters"), with one post to show for it.
struct MatterTopic
{
    QString phrase;
    qint64 posts = 0;
    QString postId; // the most viewed post on it
    QString postTitle;
};

// The main matters of a set of posts from their titles. Titles say where, then what
// (道里区安静街供暖温度不达标): the matters are the endings many titles share, each as long as
// most of its titles agree on (供暖温度不达标, not 达标), places and phrasing left out. A
// simple list until matters are grouped properly; a value, fed one title at a time.
class MatterTopicFinder final
{
public:
    void add(const QString &postId, const QString &title, qint64 views);
    QList<MatterTopic> topics(int limit) const;

private:
    struct Title
    {
        QString postId;
        QString text;
        qint64 views = 0;
    };
    QList<Title> m_titles;
};

} // namespace bxt
