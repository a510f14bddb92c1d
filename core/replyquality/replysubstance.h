#pragma once

#include "replyquality/replycheckrules.h"

#include <QString>

namespace bxt {

// How much a reply says about the author's matter (R19: detailed, specific): concrete facts,
// dates, numbers, actions taken, the measure and who takes it, and the share of the terms of
// the post's title it takes up, weighted as the rules say.
struct ReplySubstance
{
    double score = 0;
    qsizetype ownChars = 0; // the reply's text once stock phrases, punctuation and spaces are out

    static ReplySubstance measure(
        const QString &reply, const QString &postTitle, const QString &postBody, const ReplyCheckRules &rules);
};

} // namespace bxt
