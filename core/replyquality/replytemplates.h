#pragma once

#include "domain/category.h"
#include "domain/post.h"

#include <QDate>
#include <QString>

namespace bxt {

// Reply templates for the liaison's reply editor, one per category and kind of reply. A
// template holds placeholders in braces: those the program knows ({作者} the author's alias,
// {标题} the post's title, {单位} the replying unit, {日期} today) are filled in; the rest, such
// as {处理结果}, are for the liaison to replace, and the reply-quality check blocks a reply
// that still holds one (R19).
class ReplyTemplates final
{
public:
    static QString text(Category category, const QString &kind);
    static QString fill(const QString &templateText, const Post &post, const QString &unitName, const QDate &today);
};

} // namespace bxt
