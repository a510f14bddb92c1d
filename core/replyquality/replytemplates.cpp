#include "replyquality/replytemplates.h"

namespace bxt {

namespace {

QString opening()
{
    return QStringLiteral("{作者}：您好！您在“百姓谈”栏目反映的“{标题}”收悉。");
}

QString closing()
{
    return QStringLiteral("\n{单位}\n{日期}");
}

} // namespace

QString ReplyTemplates::text(Category category, const QString &kind)
{
    if (kind == QLatin1String("followup"))
        return opening() + QStringLiteral("此前答复中承诺的事项已办结：{办结情况}。") + closing();
    QString body;
    switch (category) {
    case Category::Consultation: // R5: name the documents with their numbers and explain them
        body = QStringLiteral("根据《{文件名称}》（{文号}）的规定，{政策解释}。");
        break;
    case Category::Appeal: // R6: investigate and resolve, or explain with a date
        body = kind == QLatin1String("final")
            ? QStringLiteral("经调查核实，{调查情况}。我单位已{处理结果}。")
            : QStringLiteral(
                "经调查核实，{调查情况}。该问题暂不能立即解决，原因是{原因}，我单位将于{承诺日期}前解决并答复。");
        break;
    case Category::Suggestion: // R7
        body = QStringLiteral("感谢您提出的建议。经研究，{采纳情况}。");
        break;
    case Category::MultiDepartment: // R11: each unit answers for its own part
        body = QStringLiteral("涉及我单位职责的部分，经调查核实，{调查情况}，{处理结果}。");
        break;
    case Category::Commentary:
    case Category::Petition:
    case Category::Report:
    case Category::Other: body = QStringLiteral("{答复内容}。"); break;
    }
    return opening() + body + closing();
}

QString ReplyTemplates::fill(const QString &templateText, const Post &post, const QString &unitName, const QDate &today)
{
    QString text = templateText;
    text.replace(QStringLiteral("{作者}"), post.authorAlias().isEmpty() ? QStringLiteral("网友") : post.authorAlias());
    text.replace(QStringLiteral("{标题}"), post.title());
    text.replace(QStringLiteral("{单位}"), unitName);
    text.replace(QStringLiteral("{日期}"), today.toString(QStringLiteral("yyyy年M月d日")));
    return text;
}

} // namespace bxt
