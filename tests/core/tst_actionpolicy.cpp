// bxt::ActionPolicy::refusal(): every allowed and refused transition of the action table of
// portal-api.md ("Actions (push)") under the rules of rules.md (R1–R20). Every row names the
// rule it rests on. A second table checks bxt::applyActionLocally(), the optimistic local
// effect of an allowed action.
//
// Fixture posts are built as the portal sends them (portal-api.md "POST"), each with an
// unknown field "x_future" (and "x_future_assignment" on every assignment) that must survive.
//
// Deadline dates used by the promise rows (R16, R17), from the built-in State Council
// calendars; the day of dispatch does not count:
//   dispatched 2025-03-03 (Mon): department 20 working days -> 2025-03-31, district 30 -> 2025-04-15
//   dispatched 2025-09-26 (Fri): department -> 2025-10-30 (across the National Day holiday and
//                                the make-up working days 2025-09-28 and 2025-10-11)
//   dispatched 2024-12-20 (Fri): district -> 2025-02-08, a Saturday make-up working day
//   dispatched 2026-02-13 (Fri): department -> 2026-03-19, district -> 2026-04-02 (Spring Festival)
//   dispatched 2025-03-03T16:30:00Z = 2025-03-04 00:30 CST: dispatch day is 03-04, department -> 2025-04-01

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <QtTest>

#include "calendar/deadlinecalculator.h"
#include "calendar/deadlinerules.h"
#include "calendar/workcalendar.h"
#include "domain/post.h"
#include "domain/role.h"
#include "domain/unit.h"
#include "rules/action.h"
#include "rules/actioneffect.h"
#include "rules/actionpolicy.h"

using namespace Qt::StringLiterals;

namespace {

// ---------------------------------------------------------------------------------------
// Units and the policy under test

const QString kHousing = u"d-housing"_s; // 市住房和城乡建设局, department, active
const QString kTransport = u"d-transport"_s; // 市交通运输局, department, active
const QString kDaoli = u"x-daoli"_s; // 道里区人民政府, district, active
const QString kGrain = u"d-grain"_s; // 市粮食局, department, no longer active
const QString kNowhere = u"d-nowhere"_s; // not in the unit list at all

QHash<QString, bxt::Unit> units()
{
    QHash<QString, bxt::Unit> list;
    auto add = [&list](const QString &id, const QString &name, bxt::UnitKind kind, bool active) {
        list.insert(id, bxt::Unit { id, name, kind, active });
    };
    add(kHousing, u"市住房和城乡建设局"_s, bxt::UnitKind::Department, true);
    add(kTransport, u"市交通运输局"_s, bxt::UnitKind::Department, true);
    add(kDaoli, u"道里区人民政府"_s, bxt::UnitKind::District, true);
    add(kGrain, u"市粮食局"_s, bxt::UnitKind::Department, false);
    return list;
}

const bxt::ActionPolicy &policy()
{
    static const bxt::ActionPolicy instance(
        bxt::DeadlineCalculator(bxt::WorkCalendar::builtIn(), bxt::DeadlineRules::notice()), units());
    return instance;
}

// ---------------------------------------------------------------------------------------
// Fixture posts in the shape of portal-api.md

const QString kPostId = u"p-20250303-0001"_s;
const QString kOtherPostId = u"p-20250301-0007"_s;
const QString kDispatchedAt = u"2025-03-03T10:02:00+08:00"_s; // Monday 2025-03-03
const QJsonValue kNull = QJsonValue(QJsonValue::Null);

QJsonObject futureField()
{
    return QJsonObject { { u"a"_s, 1 } };
}

QJsonObject basePost(const QJsonValue &category, const QString &status)
{
    return QJsonObject {
        { u"id"_s, kPostId },
        { u"version"_s, 3 },
        { u"title"_s, u"道里区某小区供暖温度不达标"_s },
        { u"body"_s, u"我家所在小区室内温度只有十四度，请有关部门督促供热单位整改。"_s },
        { u"submitted_at"_s, u"2025-03-03T08:15:00+08:00"_s },
        { u"author"_s,
            QJsonObject { { u"alias"_s, u"市民李先生"_s }, { u"phone"_s, u"13800000000"_s }, { u"email"_s, kNull } } },
        { u"wants_reply"_s, true },
        { u"category"_s, category },
        { u"status"_s, status },
        { u"forwarded_to"_s, kNull },
        { u"shield_reason"_s, kNull },
        { u"duplicate_of"_s, kNull },
        { u"views"_s, 120 },
        { u"satisfaction"_s, kNull },
        { u"assignments"_s, QJsonArray() },
        { u"supervisions"_s, QJsonArray() },
        { u"x_future"_s, futureField() },
    };
}

// A post just submitted: not classified yet.
QJsonObject newPost()
{
    return basePost(kNull, u"new"_s);
}

// A post classified by column staff, not yet dispatched, forwarded or shielded.
QJsonObject triagedPost(const QString &category)
{
    return basePost(category, u"triaged"_s);
}

QJsonObject replyObject(const QString &id, const QString &kind)
{
    return QJsonObject { { u"id"_s, id }, { u"kind"_s, kind },
        { u"text"_s, u"经核查，供热单位已于当日完成管网排气，室温已达标。"_s }, { u"doc_refs"_s, QJsonArray() },
        { u"visibility"_s, u"public"_s }, { u"published_at"_s, u"2025-03-05T16:00:00+08:00"_s } };
}

// One unit's assignment in the given status, with the fields that status implies.
QJsonObject assignment(const QString &unitId, const QString &status, const QString &dispatchedAt = kDispatchedAt)
{
    const bool signedFor = status == QLatin1String("accepted") || status == QLatin1String("promised")
        || status == QLatin1String("replied");
    const bool returned = status == QLatin1String("returned");
    const bool promised = status == QLatin1String("promised");
    QJsonArray replies;
    if (status == QLatin1String("replied"))
        replies.append(replyObject(u"r-88"_s, u"final"_s));
    return QJsonObject {
        { u"unit_id"_s, unitId },
        { u"dispatched_at"_s, dispatchedAt },
        { u"status"_s, status },
        { u"accepted_at"_s, signedFor ? QJsonValue(u"2025-03-03T14:05:00+08:00"_s) : kNull },
        { u"returned_at"_s, returned ? QJsonValue(u"2025-03-03T15:30:00+08:00"_s) : kNull },
        { u"return_reason"_s, returned ? QJsonValue(u"不属于本单位职责范围"_s) : kNull },
        { u"promised_at"_s, promised ? QJsonValue(u"2025-03-04T09:00:00+08:00"_s) : kNull },
        { u"promise_due"_s, promised ? QJsonValue(u"2025-03-20"_s) : kNull },
        { u"replies"_s, replies },
        { u"x_future_assignment"_s, u"kept"_s },
    };
}

// A post of a category with the given assignments; status "dispatched" unless said otherwise.
QJsonObject dispatchedPost(
    const QString &category, const QList<QJsonObject> &assignments, const QString &status = u"dispatched"_s)
{
    QJsonObject post = basePost(category, status);
    QJsonArray list;
    for (const QJsonObject &entry : assignments)
        list.append(entry);
    post.insert(u"assignments"_s, list);
    return post;
}

// An appeal dispatched to d-housing alone, in the given assignment status.
QJsonObject housingPost(const QString &assignmentStatus)
{
    return dispatchedPost(u"appeal"_s, { assignment(kHousing, assignmentStatus) });
}

// A report (举报) that, through a server bug, carries an assignment for d-housing (R10).
QJsonObject reportPostWithAssignment(const QString &assignmentStatus = u"pending"_s)
{
    return dispatchedPost(u"report"_s, { assignment(kHousing, assignmentStatus) });
}

// A shielded post (R12); category null or a code.
QJsonObject shieldedPost(const QJsonValue &category, const QString &reason = u"spam"_s)
{
    QJsonObject post = basePost(category, u"shielded"_s);
    post.insert(u"shield_reason"_s, reason);
    if (reason == QLatin1String("duplicate"))
        post.insert(u"duplicate_of"_s, kOtherPostId);
    return post;
}

// A petition forwarded to the mayor's mailbox (R9) or a report to the discipline mailbox (R10).
QJsonObject forwardedPost(const QString &category)
{
    QJsonObject post = basePost(category, u"forwarded"_s);
    post.insert(u"forwarded_to"_s, category == QLatin1String("report") ? u"discipline_mailbox"_s : u"mayor_mailbox"_s);
    return post;
}

QJsonObject closedPost()
{
    return dispatchedPost(u"appeal"_s, { assignment(kHousing, u"replied"_s) }, u"closed"_s);
}

QJsonObject supervision(const QString &id, const QString &unitId, bool closed)
{
    return QJsonObject { { u"id"_s, id }, { u"unit_id"_s, unitId }, { u"opened_at"_s, u"2025-04-02T09:00:00+08:00"_s },
        { u"method"_s, u"phone"_s }, { u"reason"_s, u"overdue"_s }, { u"note"_s, u"已电话督办"_s },
        { u"result"_s, closed ? QJsonValue(u"单位已答复"_s) : kNull },
        { u"closed_at"_s, closed ? QJsonValue(u"2025-04-03T11:00:00+08:00"_s) : kNull } };
}

// An appeal with d-housing accepted and the given supervisions on record (R20).
QJsonObject supervisedPost(const QList<QJsonObject> &supervisions)
{
    QJsonObject post = housingPost(u"accepted"_s);
    QJsonArray list;
    for (const QJsonObject &entry : supervisions)
        list.append(entry);
    post.insert(u"supervisions"_s, list);
    return post;
}

QJsonObject with(QJsonObject object, const QString &key, const QJsonValue &value)
{
    object.insert(key, value);
    return object;
}

QJsonObject without(QJsonObject object, const QString &key)
{
    object.remove(key);
    return object;
}

// ---------------------------------------------------------------------------------------
// Action bodies of portal-api.md "Actions (push)"

namespace act {

QJsonObject action(const QString &type, QJsonObject parameters = {})
{
    parameters.insert(u"type"_s, type);
    // reply, promise, supervise and supervision_result append and carry no base_version.
    if (!QStringList { u"reply"_s, u"promise"_s, u"supervise"_s, u"supervision_result"_s }.contains(type))
        parameters.insert(u"base_version"_s, 3);
    return parameters;
}

QJsonObject classify(const QString &category)
{
    return action(u"classify"_s, { { u"category"_s, category } });
}

QJsonObject dispatch(const QStringList &unitIds)
{
    return action(u"dispatch"_s, { { u"unit_ids"_s, QJsonArray::fromStringList(unitIds) } });
}

QJsonObject forward(const QString &mailbox)
{
    return action(u"forward"_s, { { u"mailbox"_s, mailbox }, { u"note"_s, u"按规定转办"_s } });
}

QJsonObject shield(const QString &reason, const QJsonValue &duplicateOf = QJsonValue(QJsonValue::Undefined))
{
    QJsonObject parameters { { u"reason"_s, reason }, { u"note"_s, u"栏目屏蔽"_s } };
    if (!duplicateOf.isUndefined())
        parameters.insert(u"duplicate_of"_s, duplicateOf);
    return action(u"shield"_s, parameters);
}

QJsonObject unshield()
{
    return action(u"unshield"_s);
}

QJsonObject accept(const QString &unitId)
{
    return action(u"accept"_s, { { u"unit_id"_s, unitId } });
}

QJsonObject returnPost(const QString &unitId, const QString &reason = u"供热监管属区供热办职责，不属于本单位"_s)
{
    return action(u"return"_s, { { u"unit_id"_s, unitId }, { u"reason"_s, reason } });
}

QJsonObject promise(const QString &unitId, const QString &due)
{
    return action(u"promise"_s, { { u"unit_id"_s, unitId }, { u"due"_s, due }, { u"note"_s, u"需现场核查"_s } });
}

QJsonObject docRef(const QJsonValue &title, const QString &number)
{
    return QJsonObject { { u"title"_s, title }, { u"number"_s, number } };
}

QJsonObject reply(const QJsonValue &unitId, const QString &kind = u"final"_s, const QString &visibility = u"public"_s,
    const QString &text = u"已督促供热单位整改，室温已达标。"_s, const QJsonValue &docRefs = QJsonArray())
{
    return action(u"reply"_s,
        { { u"unit_id"_s, unitId }, { u"kind"_s, kind }, { u"text"_s, text }, { u"doc_refs"_s, docRefs },
            { u"visibility"_s, visibility } });
}

QJsonObject supervise(const QString &unitId, const QString &method = u"phone"_s, const QString &reason = u"overdue"_s)
{
    return action(u"supervise"_s,
        { { u"unit_id"_s, unitId }, { u"method"_s, method }, { u"reason"_s, reason }, { u"note"_s, u"请尽快答复"_s } });
}

QJsonObject supervisionResult(const QString &id, const QString &result = u"单位已于当日答复"_s)
{
    return action(u"supervision_result"_s, { { u"supervision_id"_s, id }, { u"result"_s, result } });
}

QJsonObject close()
{
    return action(u"close"_s);
}

} // namespace act

// ---------------------------------------------------------------------------------------
// Actors and rows

struct Who
{
    QString role;
    QString unit;
};

Who staff()
{
    return { u"column_staff"_s, {} };
}

Who liaison(const QString &unit = kHousing)
{
    return { u"liaison"_s, unit };
}

Who supervisor()
{
    return { u"supervisor"_s, {} };
}

const QStringList kRoles { u"column_staff"_s, u"liaison"_s, u"supervisor"_s, u"leader"_s, u"admin"_s };
const QStringList kCategories { u"consultation"_s, u"appeal"_s, u"suggestion"_s, u"commentary"_s, u"petition"_s,
    u"report"_s, u"multi_department"_s, u"other"_s };
const QStringList kShieldReasons { u"spam"_s, u"advertising"_s, u"abusive"_s, u"illegal"_s };

void addRefusalColumns()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QJsonObject>("post");
    QTest::addColumn<QJsonObject>("action");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("mentions"); // a refusal must contain this, when not empty
}

void allow(const QString &name, const Who &who, const QJsonObject &post, const QJsonObject &act)
{
    QTest::addRow("%s", qPrintable(name)) << who.role << who.unit << post << act << true << QString();
}

void refuse(
    const QString &name, const Who &who, const QJsonObject &post, const QJsonObject &act, const QString &mentions = {})
{
    QTest::addRow("%s", qPrintable(name)) << who.role << who.unit << post << act << false << mentions;
}

bxt::Actor makeActor(const QString &role, const QString &unit)
{
    bxt::Actor actor;
    actor.userId = u"u-17"_s;
    actor.role = bxt::roleFromCode(role).value_or(bxt::Role::Admin);
    actor.unitId = unit;
    return actor;
}

QString compact(const QJsonValue &value)
{
    if (value.isUndefined())
        return u"(absent)"_s;
    QJsonArray wrapper { value };
    const QString text = QString::fromUtf8(QJsonDocument(wrapper).toJson(QJsonDocument::Compact));
    return text.mid(1, text.size() - 2);
}

// The value at a path such as "assignments/1/status"; "#" gives an array's size.
QJsonValue valueAt(const QJsonObject &root, const QString &path)
{
    QJsonValue current = root;
    for (const QString &part : path.split(u'/')) {
        if (part == QLatin1String("#"))
            return current.isArray() ? QJsonValue(qint64(current.toArray().size())) : QJsonValue(QJsonValue::Undefined);
        bool isIndex = false;
        const int index = part.toInt(&isIndex);
        if (isIndex && current.isArray())
            current = current.toArray().at(index);
        else if (current.isObject())
            current = current.toObject().value(part);
        else
            return QJsonValue(QJsonValue::Undefined);
    }
    return current;
}

// The instant the local effects are applied: 2025-03-04 01:30 UTC, written in CST.
const QDateTime kNow(QDate(2025, 3, 4), QTime(1, 30), QTimeZone::utc());
const QString kNowText = u"2025-03-04T09:30:00+08:00"_s;

} // namespace

class TestActionpolicy : public QObject
{
    Q_OBJECT

private slots:
    void roles_data();
    void roles() { verifyRefusal(); }
    void classify_data();
    void classify() { verifyRefusal(); }
    void dispatch_data();
    void dispatch() { verifyRefusal(); }
    void forward_data();
    void forward() { verifyRefusal(); }
    void shield_data();
    void shield() { verifyRefusal(); }
    void unshield_data();
    void unshield() { verifyRefusal(); }
    void accept_data();
    void accept() { verifyRefusal(); }
    void returnPost_data();
    void returnPost() { verifyRefusal(); }
    void promise_data();
    void promise() { verifyRefusal(); }
    void reply_data();
    void reply() { verifyRefusal(); }
    void supervise_data();
    void supervise() { verifyRefusal(); }
    void supervisionResult_data();
    void supervisionResult() { verifyRefusal(); }
    void close_data();
    void close() { verifyRefusal(); }

    void applyLocally_data();
    void applyLocally();
    void shieldRoundTrip_data();
    void shieldRoundTrip();
    void unavailability_data();
    void unavailability();

private:
    void verifyRefusal();
};

// The body shared by every refusal table.
void TestActionpolicy::verifyRefusal()
{
    QFETCH(QString, role);
    QFETCH(QString, unit);
    QFETCH(QJsonObject, post);
    QFETCH(QJsonObject, action);
    QFETCH(bool, allowed);
    QFETCH(QString, mentions);

    QVERIFY2(bxt::roleFromCode(role), qPrintable(role));
    QString error;
    const auto parsed = bxt::Action::fromJson(action, &error);
    QVERIFY2(parsed, qPrintable(error));

    const QString refusal = policy().refusal(makeActor(role, unit), bxt::Post(post), *parsed);
    if (allowed) {
        QVERIFY2(refusal.isEmpty(), qPrintable(refusal));
    } else {
        QVERIFY2(!refusal.isEmpty(), "the action was allowed but must be refused");
        if (!mentions.isEmpty())
            QVERIFY2(refusal.contains(mentions), qPrintable(u"expected \"%1\" in: %2"_s.arg(mentions, refusal)));
    }
}

// ---------------------------------------------------------------------------------------
// Who may do what: each action × each role (portal-api.md "who"; R1, R2, R4, R20).

void TestActionpolicy::roles_data()
{
    addRefusalColumns();

    struct Scenario
    {
        QString type;
        QString rules;
        QStringList allowedRoles;
        Who who; // the allowed actor of this scenario
        QJsonObject post; // a post on which the allowed actor may act
        QJsonObject action;
    };
    const QList<Scenario> scenarios {
        { u"classify"_s, u"R1"_s, { u"column_staff"_s }, staff(), newPost(), act::classify(u"appeal"_s) },
        { u"dispatch"_s, u"R1"_s, { u"column_staff"_s }, staff(), triagedPost(u"appeal"_s),
            act::dispatch({ kHousing }) },
        { u"forward"_s, u"R1, R9"_s, { u"column_staff"_s }, staff(), triagedPost(u"petition"_s),
            act::forward(u"mayor_mailbox"_s) },
        { u"shield"_s, u"R1, R12"_s, { u"column_staff"_s }, staff(), newPost(), act::shield(u"spam"_s) },
        { u"unshield"_s, u"R12"_s, { u"column_staff"_s }, staff(), shieldedPost(u"other"_s), act::unshield() },
        { u"accept"_s, u"R2"_s, { u"liaison"_s }, liaison(), housingPost(u"pending"_s), act::accept(kHousing) },
        { u"return"_s, u"R2, R15"_s, { u"liaison"_s }, liaison(), housingPost(u"pending"_s),
            act::returnPost(kHousing) },
        { u"promise"_s, u"R2, R16"_s, { u"liaison"_s }, liaison(), housingPost(u"accepted"_s),
            act::promise(kHousing, u"2025-03-20"_s) },
        { u"reply"_s, u"R2, R9"_s, { u"liaison"_s, u"column_staff"_s }, liaison(), housingPost(u"accepted"_s),
            act::reply(kHousing) },
        { u"reply"_s, u"R2, R9"_s, { u"liaison"_s, u"column_staff"_s }, staff(), forwardedPost(u"petition"_s),
            act::reply(kNull, u"initial"_s) },
        { u"supervise"_s, u"R20"_s, { u"supervisor"_s }, supervisor(), housingPost(u"accepted"_s),
            act::supervise(kHousing) },
        { u"supervision_result"_s, u"R20"_s, { u"supervisor"_s }, supervisor(),
            supervisedPost({ supervision(u"s-5"_s, kHousing, false) }), act::supervisionResult(u"s-5"_s) },
        { u"close"_s, u"R1"_s, { u"column_staff"_s }, staff(),
            dispatchedPost(u"appeal"_s, { assignment(kHousing, u"replied"_s) }, u"replied"_s), act::close() },
    };

    QSet<QString> refusedDone;
    for (const Scenario &scenario : scenarios) {
        for (const QString &role : kRoles) {
            if (scenario.allowedRoles.contains(role)) {
                if (scenario.who.role == role)
                    allow(u"%1 may %2 (%3)"_s.arg(role, scenario.type, scenario.rules), scenario.who, scenario.post,
                        scenario.action);
                continue;
            }
            const QString name = u"%1 cannot %2 (%3)"_s.arg(role, scenario.type, scenario.rules);
            if (refusedDone.contains(name))
                continue;
            refusedDone.insert(name);
            // A liaison is given a unit that holds the post, so only the role can be the reason.
            const Who who { role, role == QLatin1String("liaison") ? kHousing : QString() };
            refuse(name, who, scenario.post, scenario.action, u"cannot do this"_s);
        }
    }
}

// ---------------------------------------------------------------------------------------
// classify (R1, R5–R12)

void TestActionpolicy::classify_data()
{
    addRefusalColumns();
    const QStringList rules { u"R5"_s, u"R6"_s, u"R7"_s, u"R8"_s, u"R9"_s, u"R10"_s, u"R11"_s, u"R12"_s };
    for (qsizetype i = 0; i < kCategories.size(); ++i)
        allow(u"new post classified as %1 (R1, %2)"_s.arg(kCategories.at(i), rules.at(i)), staff(), newPost(),
            act::classify(kCategories.at(i)));

    refuse(u"unknown category refused (R1)"_s, staff(), newPost(), act::classify(u"gossip"_s), u"eight categories"_s);
    refuse(u"category code is case-sensitive (R1)"_s, staff(), newPost(), act::classify(u"Appeal"_s),
        u"eight categories"_s);
    refuse(u"empty category refused (R1)"_s, staff(), newPost(), act::classify(QString()), u"eight categories"_s);
    refuse(u"missing category refused (R1)"_s, staff(), newPost(), without(act::classify(u"appeal"_s), u"category"_s),
        u"eight categories"_s);

    allow(u"triaged appeal reclassified as multi_department (R1, R11)"_s, staff(), triagedPost(u"appeal"_s),
        act::classify(u"multi_department"_s));
    allow(u"triaged appeal reclassified as report (R1, R10)"_s, staff(), triagedPost(u"appeal"_s),
        act::classify(u"report"_s));
    allow(u"triaged other reclassified as consultation (R1)"_s, staff(), triagedPost(u"other"_s),
        act::classify(u"consultation"_s));

    refuse(u"dispatched post with a pending unit cannot be reclassified (R1)"_s, staff(), housingPost(u"pending"_s),
        act::classify(u"consultation"_s), u"every unit returned"_s);
    refuse(u"dispatched post with an accepted unit cannot be reclassified (R1)"_s, staff(), housingPost(u"accepted"_s),
        act::classify(u"consultation"_s), u"every unit returned"_s);
    refuse(u"dispatched post with one unit returned and one pending cannot be reclassified (R1, R15)"_s, staff(),
        dispatchedPost(u"appeal"_s, { assignment(kHousing, u"returned"_s), assignment(kDaoli, u"pending"_s) }),
        act::classify(u"consultation"_s), u"every unit returned"_s);
    allow(u"dispatched post returned by its only unit may be reclassified (R1, R15)"_s, staff(),
        housingPost(u"returned"_s), act::classify(u"petition"_s));
    allow(u"dispatched post returned by every unit may be reclassified (R1, R15)"_s, staff(),
        dispatchedPost(
            u"multi_department"_s, { assignment(kHousing, u"returned"_s), assignment(kDaoli, u"returned"_s) }),
        act::classify(u"appeal"_s));
    refuse(u"replied post cannot be reclassified (R1)"_s, staff(),
        dispatchedPost(u"appeal"_s, { assignment(kHousing, u"replied"_s) }, u"replied"_s),
        act::classify(u"consultation"_s));
    refuse(u"shielded post cannot be reclassified; unshield first (R12)"_s, staff(), shieldedPost(u"other"_s),
        act::classify(u"appeal"_s));
    refuse(u"shielded unclassified post cannot be classified (R12)"_s, staff(), shieldedPost(kNull),
        act::classify(u"other"_s));
    refuse(u"forwarded petition cannot be reclassified (R9)"_s, staff(), forwardedPost(u"petition"_s),
        act::classify(u"appeal"_s));
    refuse(u"forwarded report cannot be reclassified (R10)"_s, staff(), forwardedPost(u"report"_s),
        act::classify(u"appeal"_s));
    refuse(u"closed post cannot be reclassified (R1)"_s, staff(), closedPost(), act::classify(u"consultation"_s));
}

// ---------------------------------------------------------------------------------------
// dispatch (R1, R3, R9–R12)

void TestActionpolicy::dispatch_data()
{
    addRefusalColumns();

    refuse(u"unclassified post cannot be dispatched (R1)"_s, staff(), newPost(), act::dispatch({ kHousing }),
        u"Classify"_s);
    refuse(u"petition is forwarded, not dispatched (R9)"_s, staff(), triagedPost(u"petition"_s),
        act::dispatch({ kHousing }), u"R9"_s);
    refuse(u"report is never dispatched to a department (R10)"_s, staff(), triagedPost(u"report"_s),
        act::dispatch({ kHousing }), u"R10"_s);
    refuse(u"report is never dispatched to a district (R10)"_s, staff(), triagedPost(u"report"_s),
        act::dispatch({ kDaoli }), u"R10"_s);
    refuse(u"other is shielded, not dispatched (R12)"_s, staff(), triagedPost(u"other"_s), act::dispatch({ kHousing }),
        u"R12"_s);
    refuse(u"forwarded petition cannot be dispatched (R9)"_s, staff(), forwardedPost(u"petition"_s),
        act::dispatch({ kHousing }), u"R9"_s);

    allow(u"consultation to a department (R1, R5)"_s, staff(), triagedPost(u"consultation"_s),
        act::dispatch({ kHousing }));
    allow(u"appeal to a district government, not its bureau (R1, R3, R6)"_s, staff(), triagedPost(u"appeal"_s),
        act::dispatch({ kDaoli }));
    allow(
        u"suggestion to a department (R1, R7)"_s, staff(), triagedPost(u"suggestion"_s), act::dispatch({ kTransport }));
    allow(u"commentary may be dispatched if column staff decide so (R8)"_s, staff(), triagedPost(u"commentary"_s),
        act::dispatch({ kHousing }));
    allow(
        u"appeal to two units at once (R1)"_s, staff(), triagedPost(u"appeal"_s), act::dispatch({ kHousing, kDaoli }));

    refuse(u"multi_department to one unit refused (R11)"_s, staff(), triagedPost(u"multi_department"_s),
        act::dispatch({ kHousing }), u"R11"_s);
    allow(u"multi_department to two units (R11)"_s, staff(), triagedPost(u"multi_department"_s),
        act::dispatch({ kHousing, kDaoli }));
    allow(u"multi_department to three units (R11)"_s, staff(), triagedPost(u"multi_department"_s),
        act::dispatch({ kHousing, kTransport, kDaoli }));
    allow(u"one unit added to a multi_department post already with one unit (R11)"_s, staff(),
        dispatchedPost(u"multi_department"_s, { assignment(kHousing, u"accepted"_s) }), act::dispatch({ kDaoli }));
    refuse(u"one unit added to a multi_department post whose only unit returned it (R11, R15)"_s, staff(),
        dispatchedPost(u"multi_department"_s, { assignment(kHousing, u"returned"_s) }), act::dispatch({ kDaoli }),
        u"R11"_s);
    allow(u"one unit added to a multi_department post with one active and one returned unit (R11)"_s, staff(),
        dispatchedPost(
            u"multi_department"_s, { assignment(kHousing, u"accepted"_s), assignment(kDaoli, u"returned"_s) }),
        act::dispatch({ kTransport }));
    allow(u"another unit added to a dispatched appeal (R1)"_s, staff(), housingPost(u"accepted"_s),
        act::dispatch({ kDaoli }));
    allow(u"another unit added after the first replied (R1)"_s, staff(),
        dispatchedPost(u"appeal"_s, { assignment(kHousing, u"replied"_s) }, u"replied"_s), act::dispatch({ kDaoli }));
    allow(u"post every unit returned dispatched to a new unit (R1, R15)"_s, staff(), housingPost(u"returned"_s),
        act::dispatch({ kDaoli }));

    refuse(u"unknown unit refused (R1)"_s, staff(), triagedPost(u"appeal"_s), act::dispatch({ kNowhere }),
        u"not in the unit list"_s);
    refuse(u"unknown unit among known ones refused (R1)"_s, staff(), triagedPost(u"multi_department"_s),
        act::dispatch({ kHousing, kNowhere }), u"not in the unit list"_s);
    refuse(u"inactive unit refused (R1)"_s, staff(), triagedPost(u"appeal"_s), act::dispatch({ kGrain }),
        u"no longer takes posts"_s);
    refuse(u"inactive unit among active ones refused (R1)"_s, staff(), triagedPost(u"multi_department"_s),
        act::dispatch({ kHousing, kGrain }), u"no longer takes posts"_s);
    refuse(u"duplicate unit refused (R1)"_s, staff(), triagedPost(u"appeal"_s), act::dispatch({ kHousing, kHousing }),
        u"once"_s);
    refuse(u"the same unit twice does not make a multi_department dispatch (R11)"_s, staff(),
        triagedPost(u"multi_department"_s), act::dispatch({ kHousing, kHousing }));
    refuse(u"empty unit id refused (R1)"_s, staff(), triagedPost(u"appeal"_s), act::dispatch({ QString() }));
    refuse(u"unit already holding the post refused (R1)"_s, staff(), housingPost(u"pending"_s),
        act::dispatch({ kHousing }), u"already"_s);
    refuse(u"unit already holding a multi_department post refused (R11)"_s, staff(),
        dispatchedPost(u"multi_department"_s, { assignment(kHousing, u"accepted"_s) }),
        act::dispatch({ kDaoli, kHousing }), u"already"_s);
    refuse(u"unit that returned the post cannot get it again (R15)"_s, staff(), housingPost(u"returned"_s),
        act::dispatch({ kHousing }), u"R15"_s);
    refuse(u"returned unit among new ones refused (R15)"_s, staff(),
        dispatchedPost(
            u"multi_department"_s, { assignment(kHousing, u"accepted"_s), assignment(kDaoli, u"returned"_s) }),
        act::dispatch({ kTransport, kDaoli }), u"R15"_s);
    refuse(u"empty unit list refused (R1)"_s, staff(), triagedPost(u"appeal"_s), act::dispatch({}),
        u"at least one unit"_s);
    refuse(u"missing unit_ids refused (R1)"_s, staff(), triagedPost(u"appeal"_s),
        without(act::dispatch({ kHousing }), u"unit_ids"_s), u"at least one unit"_s);
    refuse(u"unit_ids as a string instead of a list refused (R1)"_s, staff(), triagedPost(u"appeal"_s),
        with(act::dispatch({}), u"unit_ids"_s, kHousing));

    refuse(u"shielded consultation cannot be dispatched (R12)"_s, staff(), shieldedPost(u"consultation"_s),
        act::dispatch({ kHousing }));
    refuse(u"closed appeal cannot be dispatched (R1)"_s, staff(), closedPost(), act::dispatch({ kDaoli }));
}

// ---------------------------------------------------------------------------------------
// forward (R9, R10)

void TestActionpolicy::forward_data()
{
    addRefusalColumns();
    const QString mayor = u"mayor_mailbox"_s;
    const QString discipline = u"discipline_mailbox"_s;

    allow(u"petition to the mayor's mailbox (R9)"_s, staff(), triagedPost(u"petition"_s), act::forward(mayor));
    allow(u"report to the discipline mailbox (R10)"_s, staff(), triagedPost(u"report"_s), act::forward(discipline));
    refuse(u"report to the mayor's mailbox refused (R10)"_s, staff(), triagedPost(u"report"_s), act::forward(mayor),
        u"R10"_s);
    refuse(u"petition to the discipline mailbox refused (R9)"_s, staff(), triagedPost(u"petition"_s),
        act::forward(discipline), u"R9"_s);

    for (const QString &category : kCategories) {
        if (category == QLatin1String("petition") || category == QLatin1String("report"))
            continue;
        for (const QString &mailbox : { mayor, discipline })
            refuse(u"%1 is not forwarded to %2 (R9, R10)"_s.arg(category, mailbox), staff(), triagedPost(category),
                act::forward(mailbox), u"R9, R10"_s);
    }
    refuse(u"unclassified post is not forwarded (R9, R10)"_s, staff(), newPost(), act::forward(mayor));

    refuse(u"unknown mailbox refused (R9)"_s, staff(), triagedPost(u"petition"_s), act::forward(u"cc_mailbox"_s),
        u"mailbox"_s);
    refuse(u"missing mailbox refused (R10)"_s, staff(), triagedPost(u"report"_s),
        without(act::forward(discipline), u"mailbox"_s), u"mailbox"_s);

    refuse(u"petition already forwarded (R9)"_s, staff(), forwardedPost(u"petition"_s), act::forward(mayor));
    refuse(u"report already forwarded (R10)"_s, staff(), forwardedPost(u"report"_s), act::forward(discipline));
    refuse(u"shielded petition cannot be forwarded (R12)"_s, staff(), shieldedPost(u"petition"_s), act::forward(mayor));
    refuse(u"closed petition cannot be forwarded (R9)"_s, staff(),
        with(forwardedPost(u"petition"_s), u"status"_s, u"closed"_s), act::forward(mayor));
}

// ---------------------------------------------------------------------------------------
// shield (R12)

void TestActionpolicy::shield_data()
{
    addRefusalColumns();
    for (const QString &reason : kShieldReasons) {
        allow(u"new post shielded as %1 (R12)"_s.arg(reason), staff(), newPost(), act::shield(reason));
        allow(
            u"triaged other shielded as %1 (R12)"_s.arg(reason), staff(), triagedPost(u"other"_s), act::shield(reason));
    }
    allow(u"new post shielded as duplicate of an earlier post (R12)"_s, staff(), newPost(),
        act::shield(u"duplicate"_s, kOtherPostId));
    allow(u"triaged other shielded as duplicate of an earlier post (R12)"_s, staff(), triagedPost(u"other"_s),
        act::shield(u"duplicate"_s, kOtherPostId));
    allow(u"triaged appeal shielded as abusive (R12)"_s, staff(), triagedPost(u"appeal"_s), act::shield(u"abusive"_s));

    refuse(u"duplicate without duplicate_of refused (R12)"_s, staff(), newPost(), act::shield(u"duplicate"_s),
        u"earlier post"_s);
    refuse(u"duplicate with empty duplicate_of refused (R12)"_s, staff(), newPost(),
        act::shield(u"duplicate"_s, QString()), u"earlier post"_s);
    refuse(u"duplicate with null duplicate_of refused (R12)"_s, staff(), newPost(), act::shield(u"duplicate"_s, kNull),
        u"earlier post"_s);
    refuse(u"duplicate of itself refused (R12)"_s, staff(), newPost(), act::shield(u"duplicate"_s, kPostId),
        u"earlier post"_s);

    refuse(u"unknown reason refused (R12)"_s, staff(), newPost(), act::shield(u"boring"_s), u"R12"_s);
    refuse(
        u"missing reason refused (R12)"_s, staff(), newPost(), without(act::shield(u"spam"_s), u"reason"_s), u"R12"_s);

    refuse(u"dispatched post cannot be shielded (R12)"_s, staff(), housingPost(u"pending"_s), act::shield(u"spam"_s));
    refuse(u"replied post cannot be shielded (R12)"_s, staff(),
        dispatchedPost(u"appeal"_s, { assignment(kHousing, u"replied"_s) }, u"replied"_s), act::shield(u"abusive"_s));
    refuse(u"forwarded report cannot be shielded (R10, R12)"_s, staff(), forwardedPost(u"report"_s),
        act::shield(u"spam"_s));
    refuse(u"shielded post cannot be shielded again (R12)"_s, staff(), shieldedPost(u"other"_s),
        act::shield(u"illegal"_s));
    refuse(u"closed post cannot be shielded (R12)"_s, staff(), closedPost(), act::shield(u"spam"_s));
}

// ---------------------------------------------------------------------------------------
// unshield (R12: a shield can be undone)

void TestActionpolicy::unshield_data()
{
    addRefusalColumns();
    allow(u"shielded classified post unshielded (R12)"_s, staff(), shieldedPost(u"other"_s), act::unshield());
    allow(u"shielded unclassified post unshielded (R12)"_s, staff(), shieldedPost(kNull), act::unshield());
    allow(u"post shielded as duplicate unshielded (R12)"_s, staff(), shieldedPost(u"other"_s, u"duplicate"_s),
        act::unshield());
    refuse(u"new post is not shielded (R12)"_s, staff(), newPost(), act::unshield(), u"not shielded"_s);
    refuse(
        u"triaged post is not shielded (R12)"_s, staff(), triagedPost(u"other"_s), act::unshield(), u"not shielded"_s);
    refuse(u"dispatched post is not shielded (R12)"_s, staff(), housingPost(u"pending"_s), act::unshield(),
        u"not shielded"_s);
    refuse(u"forwarded post is not shielded (R12)"_s, staff(), forwardedPost(u"petition"_s), act::unshield(),
        u"not shielded"_s);
    refuse(u"closed post is not shielded (R12)"_s, staff(), closedPost(), act::unshield(), u"not shielded"_s);
}

// ---------------------------------------------------------------------------------------
// accept (R2, R3, R10)

void TestActionpolicy::accept_data()
{
    addRefusalColumns();
    allow(u"department liaison signs for its own pending assignment (R2, R3)"_s, liaison(), housingPost(u"pending"_s),
        act::accept(kHousing));
    allow(u"district liaison signs for its own pending assignment (R2, R3)"_s, liaison(kDaoli),
        dispatchedPost(u"appeal"_s, { assignment(kDaoli, u"pending"_s) }), act::accept(kDaoli));
    allow(u"each unit of a multi_department post signs for its own (R11)"_s, liaison(kDaoli),
        dispatchedPost(
            u"multi_department"_s, { assignment(kHousing, u"accepted"_s), assignment(kDaoli, u"pending"_s) }),
        act::accept(kDaoli));

    refuse(u"liaison cannot sign for another unit on the post (R2)"_s, liaison(),
        dispatchedPost(
            u"multi_department"_s, { assignment(kHousing, u"accepted"_s), assignment(kDaoli, u"pending"_s) }),
        act::accept(kDaoli), u"own unit"_s);
    refuse(u"liaison cannot sign without naming a unit (R2)"_s, liaison(), housingPost(u"pending"_s),
        without(act::accept(kHousing), u"unit_id"_s), u"own unit"_s);
    refuse(
        u"already accepted refused (R2)"_s, liaison(), housingPost(u"accepted"_s), act::accept(kHousing), u"already"_s);
    refuse(u"already promised refused (R2, R16)"_s, liaison(), housingPost(u"promised"_s), act::accept(kHousing),
        u"already"_s);
    refuse(
        u"already replied refused (R2)"_s, liaison(), housingPost(u"replied"_s), act::accept(kHousing), u"already"_s);
    refuse(u"already returned refused (R15)"_s, liaison(), housingPost(u"returned"_s), act::accept(kHousing),
        u"already"_s);
    refuse(u"liaison on a report refused even with an assignment (R10)"_s, liaison(), reportPostWithAssignment(),
        act::accept(kHousing), u"not dispatched to your unit"_s);
    refuse(u"liaison on a post dispatched to another unit refused (R2)"_s, liaison(),
        dispatchedPost(u"appeal"_s, { assignment(kDaoli, u"pending"_s) }), act::accept(kHousing),
        u"not dispatched to your unit"_s);
    refuse(u"liaison on an undispatched post refused (R1)"_s, liaison(), triagedPost(u"appeal"_s),
        act::accept(kHousing), u"not dispatched to your unit"_s);
    refuse(u"liaison without a unit refused (R2)"_s, liaison(QString()), housingPost(u"pending"_s),
        act::accept(QString()));
}

// ---------------------------------------------------------------------------------------
// return (R3, R15)

void TestActionpolicy::returnPost_data()
{
    addRefusalColumns();
    allow(u"pending assignment returned with a reason (R15)"_s, liaison(), housingPost(u"pending"_s),
        act::returnPost(kHousing));
    allow(u"accepted assignment returned with a reason (R15)"_s, liaison(), housingPost(u"accepted"_s),
        act::returnPost(kHousing));
    allow(u"district returns its own assignment (R15)"_s, liaison(kDaoli),
        dispatchedPost(u"appeal"_s, { assignment(kHousing, u"accepted"_s), assignment(kDaoli, u"pending"_s) }),
        act::returnPost(kDaoli));
    // R15: a return on a later day than dispatch is counted late, not refused.
    allow(u"return long after the dispatch day is allowed, only counted late (R15)"_s, liaison(),
        dispatchedPost(u"appeal"_s, { assignment(kHousing, u"accepted"_s, u"2024-12-20T10:00:00+08:00"_s) }),
        act::returnPost(kHousing));

    refuse(u"empty reason refused (R15)"_s, liaison(), housingPost(u"pending"_s), act::returnPost(kHousing, QString()),
        u"R15"_s);
    refuse(u"blank reason refused (R15)"_s, liaison(), housingPost(u"pending"_s),
        act::returnPost(kHousing, u" \t\u3000"_s), u"R15"_s);
    refuse(u"missing reason refused (R15)"_s, liaison(), housingPost(u"accepted"_s),
        without(act::returnPost(kHousing), u"reason"_s), u"R15"_s);
    refuse(u"promised assignment cannot be returned (R15, R16)"_s, liaison(), housingPost(u"promised"_s),
        act::returnPost(kHousing), u"before it is answered"_s);
    refuse(u"replied assignment cannot be returned (R15)"_s, liaison(), housingPost(u"replied"_s),
        act::returnPost(kHousing), u"before it is answered"_s);
    refuse(u"returned assignment cannot be returned again (R15)"_s, liaison(), housingPost(u"returned"_s),
        act::returnPost(kHousing), u"before it is answered"_s);
    refuse(u"liaison cannot return for another unit (R2, R15)"_s, liaison(),
        dispatchedPost(u"appeal"_s, { assignment(kHousing, u"accepted"_s), assignment(kDaoli, u"pending"_s) }),
        act::returnPost(kDaoli), u"own unit"_s);
    refuse(u"liaison on a report cannot return it (R10)"_s, liaison(), reportPostWithAssignment(),
        act::returnPost(kHousing), u"not dispatched to your unit"_s);
    refuse(u"liaison cannot return a post not dispatched to its unit (R15)"_s, liaison(kDaoli),
        housingPost(u"pending"_s), act::returnPost(kDaoli), u"not dispatched to your unit"_s);
}

// ---------------------------------------------------------------------------------------
// promise (R16, R17)

void TestActionpolicy::promise_data()
{
    addRefusalColumns();
    auto departmentPost = [](const QString &dispatchedAt, const QString &status = u"accepted"_s) {
        return dispatchedPost(u"appeal"_s, { assignment(kHousing, status, dispatchedAt) });
    };
    auto districtPost = [](const QString &dispatchedAt, const QString &status = u"accepted"_s) {
        return dispatchedPost(u"appeal"_s, { assignment(kDaoli, status, dispatchedAt) });
    };
    const QString march3 = kDispatchedAt;

    // Department, dispatched Monday 2025-03-03: 20 working days end 2025-03-31.
    allow(u"department promises the next day (R16, R17)"_s, liaison(), departmentPost(march3),
        act::promise(kHousing, u"2025-03-04"_s));
    allow(u"department promises the 20th working day 2025-03-31 (R16)"_s, liaison(), departmentPost(march3),
        act::promise(kHousing, u"2025-03-31"_s));
    refuse(u"department promise one day past 20 working days refused (R16)"_s, liaison(), departmentPost(march3),
        act::promise(kHousing, u"2025-04-01"_s), u"R16"_s);
    refuse(u"department promise on a district's limit refused (R16)"_s, liaison(), departmentPost(march3),
        act::promise(kHousing, u"2025-04-15"_s), u"R16"_s);
    refuse(u"promise on the day of dispatch refused (R17)"_s, liaison(), departmentPost(march3),
        act::promise(kHousing, u"2025-03-03"_s), u"after the day of dispatch"_s);
    refuse(u"promise before the day of dispatch refused (R17)"_s, liaison(), departmentPost(march3),
        act::promise(kHousing, u"2025-03-02"_s), u"after the day of dispatch"_s);

    // District, same dispatch: 30 working days end 2025-04-15 (Qingming 04-04 is off).
    allow(u"district promises the 30th working day 2025-04-15 (R16)"_s, liaison(kDaoli), districtPost(march3),
        act::promise(kDaoli, u"2025-04-15"_s));
    allow(u"district promises a date past the department limit (R16)"_s, liaison(kDaoli), districtPost(march3),
        act::promise(kDaoli, u"2025-04-01"_s));
    refuse(u"district promise one day past 30 working days refused (R16)"_s, liaison(kDaoli), districtPost(march3),
        act::promise(kDaoli, u"2025-04-16"_s), u"R16"_s);
    refuse(u"district promise on the day of dispatch refused (R17)"_s, liaison(kDaoli), districtPost(march3),
        act::promise(kDaoli, u"2025-03-03"_s), u"after the day of dispatch"_s);

    // Across the 2025 National Day holiday and its make-up working days.
    const QString sept26 = u"2025-09-26T15:00:00+08:00"_s;
    allow(u"department dispatched 2025-09-26 promises 2025-10-30 (R16, R17)"_s, liaison(), departmentPost(sept26),
        act::promise(kHousing, u"2025-10-30"_s));
    refuse(u"department dispatched 2025-09-26 promising 2025-10-31 refused (R16, R17)"_s, liaison(),
        departmentPost(sept26), act::promise(kHousing, u"2025-10-31"_s), u"R16"_s);

    // Across the new year and the 2025 Spring Festival; the limit is a Saturday make-up working day.
    const QString dec20 = u"2024-12-20T09:00:00+08:00"_s;
    allow(u"district dispatched 2024-12-20 promises Saturday 2025-02-08 (R16, R17)"_s, liaison(kDaoli),
        districtPost(dec20), act::promise(kDaoli, u"2025-02-08"_s));
    refuse(u"district dispatched 2024-12-20 promising 2025-02-09 refused (R16, R17)"_s, liaison(kDaoli),
        districtPost(dec20), act::promise(kDaoli, u"2025-02-09"_s), u"R16"_s);

    // Across the 2026 Spring Festival.
    const QString feb13 = u"2026-02-13T11:00:00+08:00"_s;
    allow(u"department dispatched 2026-02-13 promises 2026-03-19 (R16, R17)"_s, liaison(), departmentPost(feb13),
        act::promise(kHousing, u"2026-03-19"_s));
    refuse(u"department dispatched 2026-02-13 promising 2026-03-20 refused (R16, R17)"_s, liaison(),
        departmentPost(feb13), act::promise(kHousing, u"2026-03-20"_s), u"R16"_s);
    allow(u"district dispatched 2026-02-13 promises 2026-04-02 (R16, R17)"_s, liaison(kDaoli), districtPost(feb13),
        act::promise(kDaoli, u"2026-04-02"_s));
    refuse(u"district dispatched 2026-02-13 promising 2026-04-03 refused (R16, R17)"_s, liaison(kDaoli),
        districtPost(feb13), act::promise(kDaoli, u"2026-04-03"_s), u"R16"_s);

    // R17: the dispatch day is the date in China Standard Time.
    const QString lateUtc = u"2025-03-03T16:30:00Z"_s; // 2025-03-04 00:30 CST
    refuse(u"dispatched 16:30Z is the next CST day: promising that day refused (R17)"_s, liaison(),
        departmentPost(lateUtc), act::promise(kHousing, u"2025-03-04"_s), u"after the day of dispatch"_s);
    allow(u"dispatched 16:30Z counts from the CST day: 2025-04-01 allowed (R16, R17)"_s, liaison(),
        departmentPost(lateUtc), act::promise(kHousing, u"2025-04-01"_s));
    refuse(u"dispatched 16:30Z counts from the CST day: 2025-04-02 refused (R16, R17)"_s, liaison(),
        departmentPost(lateUtc), act::promise(kHousing, u"2025-04-02"_s), u"R16"_s);

    // Malformed dates.
    refuse(u"malformed date without zero padding refused (R16)"_s, liaison(), departmentPost(march3),
        act::promise(kHousing, u"2025-3-20"_s), u"not a valid date"_s);
    refuse(u"impossible date 2025-02-30 refused (R16)"_s, liaison(), departmentPost(march3),
        act::promise(kHousing, u"2025-02-30"_s), u"not a valid date"_s);
    refuse(u"date in words refused (R16)"_s, liaison(), departmentPost(march3), act::promise(kHousing, u"下周三"_s),
        u"not a valid date"_s);
    refuse(u"empty date refused (R16)"_s, liaison(), departmentPost(march3), act::promise(kHousing, QString()),
        u"not a valid date"_s);
    refuse(u"missing date refused (R16)"_s, liaison(), departmentPost(march3),
        without(act::promise(kHousing, u"2025-03-20"_s), u"due"_s), u"not a valid date"_s);

    // Assignment states.
    allow(u"pending assignment may promise (R16)"_s, liaison(), departmentPost(march3, u"pending"_s),
        act::promise(kHousing, u"2025-03-20"_s));
    allow(u"promised assignment may promise again within the limit (R16)"_s, liaison(),
        departmentPost(march3, u"promised"_s), act::promise(kHousing, u"2025-03-28"_s));
    refuse(u"promised assignment cannot move the date past the limit (R16)"_s, liaison(),
        departmentPost(march3, u"promised"_s), act::promise(kHousing, u"2025-04-01"_s), u"R16"_s);
    refuse(u"replied assignment cannot promise (R16)"_s, liaison(), departmentPost(march3, u"replied"_s),
        act::promise(kHousing, u"2025-03-20"_s), u"before the reply"_s);
    refuse(u"returned assignment cannot promise (R15, R16)"_s, liaison(), departmentPost(march3, u"returned"_s),
        act::promise(kHousing, u"2025-03-20"_s), u"before the reply"_s);

    refuse(u"liaison cannot promise for another unit (R2, R16)"_s, liaison(),
        dispatchedPost(u"appeal"_s, { assignment(kHousing, u"accepted"_s), assignment(kDaoli, u"accepted"_s) }),
        act::promise(kDaoli, u"2025-03-20"_s), u"own unit"_s);
    refuse(u"liaison on a report cannot promise (R10)"_s, liaison(), reportPostWithAssignment(u"accepted"_s),
        act::promise(kHousing, u"2025-03-20"_s), u"not dispatched to your unit"_s);
    refuse(u"liaison cannot promise on a post not dispatched to its unit (R16)"_s, liaison(kDaoli),
        departmentPost(march3), act::promise(kDaoli, u"2025-03-20"_s), u"not dispatched to your unit"_s);
    refuse(u"unit missing from the unit list has no deadline to check (R16)"_s, liaison(kNowhere),
        dispatchedPost(u"appeal"_s, { assignment(kNowhere, u"accepted"_s) }), act::promise(kNowhere, u"2025-03-20"_s),
        u"not in the unit list"_s);
}

// ---------------------------------------------------------------------------------------
// reply (R2, R5, R9, R10, R19)

void TestActionpolicy::reply_data()
{
    addRefusalColumns();
    const QJsonArray docRefs { act::docRef(u"哈尔滨市城市供热管理条例"_s, u"哈尔滨市人大常委会公告第1号"_s),
        act::docRef(u"关于进一步做好百姓谈栏目网上回复工作的通知"_s, u"哈政办综〔2005〕71号"_s) };

    // Liaison replies for its own unit.
    allow(u"liaison final reply for its own unit (R2)"_s, liaison(), housingPost(u"accepted"_s), act::reply(kHousing));
    allow(u"liaison initial reply on a pending assignment (R2, R16)"_s, liaison(), housingPost(u"pending"_s),
        act::reply(kHousing, u"initial"_s));
    allow(u"liaison final reply after a promise (R16)"_s, liaison(), housingPost(u"promised"_s), act::reply(kHousing));
    allow(u"liaison follow-up after the final reply (R19)"_s, liaison(), housingPost(u"replied"_s),
        act::reply(kHousing, u"followup"_s));
    allow(u"liaison follow-up on a closed post (R19)"_s, liaison(), closedPost(), act::reply(kHousing, u"followup"_s));
    allow(u"district replies for itself on a multi_department post (R11)"_s, liaison(kDaoli),
        dispatchedPost(
            u"multi_department"_s, { assignment(kHousing, u"replied"_s), assignment(kDaoli, u"accepted"_s) }),
        act::reply(kDaoli));
    allow(u"consultation reply naming documents with numbers (R5)"_s, liaison(),
        dispatchedPost(u"consultation"_s, { assignment(kHousing, u"accepted"_s) }),
        act::reply(kHousing, u"final"_s, u"public"_s, u"依据下列文件答复如下。"_s, docRefs));
    allow(u"document reference without a number (R5)"_s, liaison(), housingPost(u"accepted"_s),
        act::reply(kHousing, u"final"_s, u"public"_s, u"答复如下。"_s,
            QJsonArray { QJsonObject { { u"title"_s, u"哈尔滨市供热条例"_s } } }));
    allow(u"doc_refs null (R5)"_s, liaison(), housingPost(u"accepted"_s),
        act::reply(kHousing, u"final"_s, u"public"_s, u"答复如下。"_s, kNull));
    allow(
        u"doc_refs absent (R5)"_s, liaison(), housingPost(u"accepted"_s), without(act::reply(kHousing), u"doc_refs"_s));
    // R13 concerns the 13 kinds of government information; the contract does not mark them, so an
    // author-only reply to an ordinary post is the unit's choice.
    allow(u"liaison author-only reply to an appeal (R13 not marked by the contract)"_s, liaison(),
        housingPost(u"accepted"_s), act::reply(kHousing, u"final"_s, u"submitter"_s));

    refuse(u"empty text refused (R19)"_s, liaison(), housingPost(u"accepted"_s),
        act::reply(kHousing, u"final"_s, u"public"_s, QString()), u"empty"_s);
    refuse(u"blank text refused (R19)"_s, liaison(), housingPost(u"accepted"_s),
        act::reply(kHousing, u"final"_s, u"public"_s, u"  \n "_s), u"empty"_s);
    refuse(u"missing text refused (R19)"_s, liaison(), housingPost(u"accepted"_s),
        without(act::reply(kHousing), u"text"_s), u"empty"_s);
    refuse(u"unknown kind refused (R19)"_s, liaison(), housingPost(u"accepted"_s), act::reply(kHousing, u"draft"_s),
        u"kind of reply"_s);
    refuse(u"kind spelled follow_up refused (R19)"_s, liaison(), housingPost(u"accepted"_s),
        act::reply(kHousing, u"follow_up"_s), u"kind of reply"_s);
    refuse(u"missing kind refused (R19)"_s, liaison(), housingPost(u"accepted"_s),
        without(act::reply(kHousing), u"kind"_s), u"kind of reply"_s);
    refuse(u"unknown visibility refused (R13)"_s, liaison(), housingPost(u"accepted"_s),
        act::reply(kHousing, u"final"_s, u"friends"_s), u"who sees"_s);
    refuse(u"missing visibility refused (R13)"_s, liaison(), housingPost(u"accepted"_s),
        without(act::reply(kHousing), u"visibility"_s), u"who sees"_s);
    refuse(u"doc_refs entry without title refused (R5)"_s, liaison(), housingPost(u"accepted"_s),
        act::reply(kHousing, u"final"_s, u"public"_s, u"答复如下。"_s,
            QJsonArray { QJsonObject { { u"number"_s, u"哈政办综〔2005〕71号"_s } } }),
        u"title"_s);
    refuse(u"doc_refs entry with blank title refused (R5)"_s, liaison(), housingPost(u"accepted"_s),
        act::reply(kHousing, u"final"_s, u"public"_s, u"答复如下。"_s,
            QJsonArray { docRefs.at(0), act::docRef(u"  "_s, u"哈政办综〔2005〕71号"_s) }),
        u"title"_s);
    refuse(u"doc_refs not a list refused (R5)"_s, liaison(), housingPost(u"accepted"_s),
        act::reply(kHousing, u"final"_s, u"public"_s, u"答复如下。"_s, u"哈政办综〔2005〕71号"_s), u"list"_s);

    refuse(u"returned unit cannot reply (R15)"_s, liaison(),
        dispatchedPost(u"appeal"_s, { assignment(kHousing, u"returned"_s), assignment(kDaoli, u"accepted"_s) }),
        act::reply(kHousing), u"returned"_s);
    refuse(u"liaison cannot reply for another unit (R2)"_s, liaison(),
        dispatchedPost(u"appeal"_s, { assignment(kHousing, u"accepted"_s), assignment(kDaoli, u"accepted"_s) }),
        act::reply(kDaoli), u"own unit"_s);
    refuse(u"liaison reply with unit_id null refused (R2)"_s, liaison(), housingPost(u"accepted"_s), act::reply(kNull),
        u"own unit"_s);
    refuse(u"liaison on a report refused even author-only (R10)"_s, liaison(), reportPostWithAssignment(u"accepted"_s),
        act::reply(kHousing, u"final"_s, u"submitter"_s), u"not dispatched to your unit"_s);
    refuse(u"liaison on a post not dispatched to its unit refused (R2)"_s, liaison(kDaoli), housingPost(u"accepted"_s),
        act::reply(kDaoli), u"not dispatched to your unit"_s);

    // Column staff reply for the column (unit_id null).
    allow(u"column staff reply that a petition was forwarded (R9)"_s, staff(), forwardedPost(u"petition"_s),
        act::reply(kNull, u"initial"_s));
    allow(u"column staff reply with unit_id absent (R9)"_s, staff(), forwardedPost(u"petition"_s),
        without(act::reply(kNull, u"initial"_s), u"unit_id"_s));
    allow(u"column staff author-only reply to a forwarded report (R10)"_s, staff(), forwardedPost(u"report"_s),
        act::reply(kNull, u"initial"_s, u"submitter"_s));
    allow(u"column staff author-only reply to a triaged report (R10)"_s, staff(), triagedPost(u"report"_s),
        act::reply(kNull, u"initial"_s, u"submitter"_s));
    allow(u"column staff reply to a commentary they keep (R8)"_s, staff(), triagedPost(u"commentary"_s),
        act::reply(kNull, u"final"_s));
    allow(u"column staff reply on a dispatched post (R1)"_s, staff(), housingPost(u"accepted"_s),
        act::reply(kNull, u"followup"_s));
    refuse(u"column staff public reply to a forwarded report refused (R10)"_s, staff(), forwardedPost(u"report"_s),
        act::reply(kNull, u"initial"_s, u"public"_s), u"R10"_s);
    refuse(u"column staff public reply to a triaged report refused (R10)"_s, staff(), triagedPost(u"report"_s),
        act::reply(kNull, u"initial"_s, u"public"_s), u"R10"_s);
    refuse(u"column staff reply with a unit_id refused (R1, R2)"_s, staff(), forwardedPost(u"petition"_s),
        act::reply(kHousing, u"initial"_s), u"for the column"_s);
    refuse(u"column staff reply with a unit_id on a dispatched post refused (R2)"_s, staff(),
        housingPost(u"accepted"_s), act::reply(kHousing), u"for the column"_s);
    refuse(u"column staff reply to an unclassified post refused (R1)"_s, staff(), newPost(),
        act::reply(kNull, u"initial"_s));
    refuse(u"column staff reply to a shielded post refused (R12)"_s, staff(), shieldedPost(u"other"_s),
        act::reply(kNull, u"initial"_s));
    refuse(u"column staff empty reply refused (R19)"_s, staff(), forwardedPost(u"petition"_s),
        act::reply(kNull, u"initial"_s, u"public"_s, QString()), u"empty"_s);
}

// ---------------------------------------------------------------------------------------
// supervise (R20)

void TestActionpolicy::supervise_data()
{
    addRefusalColumns();
    const QStringList reasons { u"overdue"_s, u"public_attention"_s, u"concentrated"_s, u"unsatisfied"_s,
        u"repeated"_s };
    for (const QString &method : { u"phone"_s, u"notice"_s }) {
        for (const QString &reason : reasons)
            allow(u"supervisor supervises by %1 for %2 (R20)"_s.arg(method, reason), supervisor(),
                housingPost(u"accepted"_s), act::supervise(kHousing, method, reason));
    }
    allow(u"supervisor supervises the district of a multi_department post (R11, R20)"_s, supervisor(),
        dispatchedPost(
            u"multi_department"_s, { assignment(kHousing, u"replied"_s), assignment(kDaoli, u"accepted"_s) }),
        act::supervise(kDaoli));
    allow(u"a second supervision of the same unit is recorded (R20)"_s, supervisor(),
        supervisedPost({ supervision(u"s-5"_s, kHousing, false) }), act::supervise(kHousing, u"notice"_s));
    allow(u"supervision for an unsatisfied author after the reply (R20)"_s, supervisor(), closedPost(),
        act::supervise(kHousing, u"phone"_s, u"unsatisfied"_s));

    refuse(u"unit not on the post refused (R20)"_s, supervisor(), housingPost(u"accepted"_s), act::supervise(kDaoli),
        u"not dispatched to that unit"_s);
    refuse(u"unknown unit refused (R20)"_s, supervisor(), housingPost(u"accepted"_s), act::supervise(kNowhere),
        u"not dispatched to that unit"_s);
    refuse(u"missing unit refused (R20)"_s, supervisor(), housingPost(u"accepted"_s),
        without(act::supervise(kHousing), u"unit_id"_s), u"not dispatched to that unit"_s);
    refuse(u"undispatched post refused (R20)"_s, supervisor(), triagedPost(u"appeal"_s), act::supervise(kHousing),
        u"not dispatched to that unit"_s);
    refuse(u"method email refused (R20)"_s, supervisor(), housingPost(u"accepted"_s),
        act::supervise(kHousing, u"email"_s), u"by phone or by written notice"_s);
    refuse(u"missing method refused (R20)"_s, supervisor(), housingPost(u"accepted"_s),
        without(act::supervise(kHousing), u"method"_s), u"by phone or by written notice"_s);
    refuse(u"unknown reason refused (R20)"_s, supervisor(), housingPost(u"accepted"_s),
        act::supervise(kHousing, u"phone"_s, u"whim"_s), u"R20"_s);
    refuse(u"missing reason refused (R20)"_s, supervisor(), housingPost(u"accepted"_s),
        without(act::supervise(kHousing), u"reason"_s), u"R20"_s);
}

// ---------------------------------------------------------------------------------------
// supervision_result (R20: every supervision and its result is recorded)

void TestActionpolicy::supervisionResult_data()
{
    addRefusalColumns();
    allow(u"result of an open supervision (R20)"_s, supervisor(),
        supervisedPost({ supervision(u"s-5"_s, kHousing, false) }), act::supervisionResult(u"s-5"_s));
    allow(u"result of the open one of two supervisions (R20)"_s, supervisor(),
        supervisedPost({ supervision(u"s-5"_s, kHousing, true), supervision(u"s-6"_s, kHousing, false) }),
        act::supervisionResult(u"s-6"_s));
    allow(u"result of a supervision without closed_at field (R20)"_s, supervisor(),
        supervisedPost({ without(supervision(u"s-5"_s, kHousing, false), u"closed_at"_s) }),
        act::supervisionResult(u"s-5"_s));
    refuse(u"unknown supervision id refused (R20)"_s, supervisor(),
        supervisedPost({ supervision(u"s-5"_s, kHousing, false) }), act::supervisionResult(u"s-99"_s),
        u"no such supervision"_s);
    refuse(u"missing supervision id refused (R20)"_s, supervisor(),
        supervisedPost({ supervision(u"s-5"_s, kHousing, false) }),
        without(act::supervisionResult(u"s-5"_s), u"supervision_id"_s), u"no such supervision"_s);
    refuse(u"post without supervisions refused (R20)"_s, supervisor(), housingPost(u"accepted"_s),
        act::supervisionResult(u"s-5"_s), u"no such supervision"_s);
    refuse(u"already closed supervision refused (R20)"_s, supervisor(),
        supervisedPost({ supervision(u"s-5"_s, kHousing, true), supervision(u"s-6"_s, kHousing, false) }),
        act::supervisionResult(u"s-5"_s), u"already has its result"_s);
    refuse(u"empty result refused (R20)"_s, supervisor(), supervisedPost({ supervision(u"s-5"_s, kHousing, false) }),
        act::supervisionResult(u"s-5"_s, QString()), u"result"_s);
    refuse(u"blank result refused (R20)"_s, supervisor(), supervisedPost({ supervision(u"s-5"_s, kHousing, false) }),
        act::supervisionResult(u"s-5"_s, u"   "_s), u"result"_s);
    refuse(u"missing result refused (R20)"_s, supervisor(), supervisedPost({ supervision(u"s-5"_s, kHousing, false) }),
        without(act::supervisionResult(u"s-5"_s), u"result"_s), u"result"_s);
}

// ---------------------------------------------------------------------------------------
// close (R1, R8, R9, R10)

void TestActionpolicy::close_data()
{
    addRefusalColumns();
    allow(u"replied post closed (R1)"_s, staff(),
        dispatchedPost(u"appeal"_s, { assignment(kHousing, u"replied"_s) }, u"replied"_s), act::close());
    allow(u"forwarded petition closed (R9)"_s, staff(), forwardedPost(u"petition"_s), act::close());
    allow(u"forwarded report closed (R10)"_s, staff(), forwardedPost(u"report"_s), act::close());
    allow(u"dispatched post with every unit replied closed (R1, R11)"_s, staff(),
        dispatchedPost(u"multi_department"_s, { assignment(kHousing, u"replied"_s), assignment(kDaoli, u"replied"_s) }),
        act::close());
    allow(u"dispatched post with one unit replied and one returned closed (R1, R15)"_s, staff(),
        dispatchedPost(u"appeal"_s, { assignment(kHousing, u"replied"_s), assignment(kDaoli, u"returned"_s) }),
        act::close());
    allow(u"triaged commentary closed without dispatch (R8)"_s, staff(), triagedPost(u"commentary"_s), act::close());

    refuse(u"dispatched post with a pending unit not closed (R1)"_s, staff(), housingPost(u"pending"_s), act::close(),
        u"not replied yet"_s);
    refuse(u"dispatched post with an accepted unit not closed (R1)"_s, staff(), housingPost(u"accepted"_s),
        act::close(), u"not replied yet"_s);
    refuse(u"dispatched post with a promised unit not closed (R16)"_s, staff(), housingPost(u"promised"_s),
        act::close(), u"not replied yet"_s);
    refuse(u"multi_department post with one unit still pending not closed (R11)"_s, staff(),
        dispatchedPost(u"multi_department"_s, { assignment(kHousing, u"replied"_s), assignment(kDaoli, u"pending"_s) }),
        act::close(), u"not replied yet"_s);
    refuse(u"dispatched post every unit returned not closed unanswered (R1, R15)"_s, staff(),
        housingPost(u"returned"_s), act::close(), u"R15"_s);
    refuse(u"new post not closed (R1)"_s, staff(), newPost(), act::close());
    refuse(u"triaged appeal not closed without dispatch (R6)"_s, staff(), triagedPost(u"appeal"_s), act::close());
    refuse(u"triaged petition not closed before forwarding (R9)"_s, staff(), triagedPost(u"petition"_s), act::close());
    refuse(u"triaged report not closed before forwarding (R10)"_s, staff(), triagedPost(u"report"_s), act::close());
    refuse(u"triaged other is shielded, not closed (R12)"_s, staff(), triagedPost(u"other"_s), act::close());
    refuse(u"shielded post not closed (R12)"_s, staff(), shieldedPost(u"other"_s), act::close());
    refuse(u"closed post not closed again (R1)"_s, staff(), closedPost(), act::close());
}

// ---------------------------------------------------------------------------------------
// applyActionLocally: the optimistic local state after an allowed action

void TestActionpolicy::applyLocally_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QJsonObject>("post");
    QTest::addColumn<QJsonObject>("action");
    QTest::addColumn<QJsonObject>("expected"); // path -> value; "x/#" is the size of array x

    auto row = [](const char *name, const Who &who, const QJsonObject &post, const QJsonObject &act,
                   const QJsonObject &expected) {
        QTest::addRow("%s", name) << who.role << who.unit << post << act << expected;
    };

    row("classify new -> triaged (R1)", staff(), newPost(), act::classify(u"appeal"_s),
        { { u"status"_s, u"triaged"_s }, { u"category"_s, u"appeal"_s } });
    row("reclassify triaged -> triaged (R1, R11)", staff(), triagedPost(u"appeal"_s),
        act::classify(u"multi_department"_s),
        { { u"status"_s, u"triaged"_s }, { u"category"_s, u"multi_department"_s } });
    row("reclassify after every unit returned keeps the record (R15)", staff(), housingPost(u"returned"_s),
        act::classify(u"petition"_s),
        { { u"status"_s, u"triaged"_s }, { u"category"_s, u"petition"_s }, { u"assignments/#"_s, 1 },
            { u"assignments/0/status"_s, u"returned"_s } });

    row("dispatch to one unit (R1)", staff(), triagedPost(u"appeal"_s), act::dispatch({ kHousing }),
        { { u"status"_s, u"dispatched"_s }, { u"assignments/#"_s, 1 }, { u"assignments/0/unit_id"_s, kHousing },
            { u"assignments/0/status"_s, u"pending"_s }, { u"assignments/0/dispatched_at"_s, kNowText },
            { u"assignments/0/accepted_at"_s, kNull }, { u"assignments/0/returned_at"_s, kNull },
            { u"assignments/0/promise_due"_s, kNull }, { u"assignments/0/replies/#"_s, 0 } });
    row("dispatch multi_department to two units (R11)", staff(), triagedPost(u"multi_department"_s),
        act::dispatch({ kHousing, kDaoli }),
        { { u"status"_s, u"dispatched"_s }, { u"assignments/#"_s, 2 }, { u"assignments/0/unit_id"_s, kHousing },
            { u"assignments/0/status"_s, u"pending"_s }, { u"assignments/0/dispatched_at"_s, kNowText },
            { u"assignments/1/unit_id"_s, kDaoli }, { u"assignments/1/status"_s, u"pending"_s },
            { u"assignments/1/dispatched_at"_s, kNowText } });
    row("dispatch appends; the earlier assignment keeps its clock (R11)", staff(),
        dispatchedPost(u"multi_department"_s, { assignment(kHousing, u"accepted"_s) }), act::dispatch({ kDaoli }),
        { { u"status"_s, u"dispatched"_s }, { u"assignments/#"_s, 2 }, { u"assignments/0/unit_id"_s, kHousing },
            { u"assignments/0/status"_s, u"accepted"_s }, { u"assignments/0/dispatched_at"_s, kDispatchedAt },
            { u"assignments/1/unit_id"_s, kDaoli }, { u"assignments/1/status"_s, u"pending"_s },
            { u"assignments/1/dispatched_at"_s, kNowText } });
    row("dispatch to a further unit reopens a replied post (R1)", staff(),
        dispatchedPost(u"appeal"_s, { assignment(kHousing, u"replied"_s) }, u"replied"_s), act::dispatch({ kDaoli }),
        { { u"status"_s, u"dispatched"_s }, { u"assignments/#"_s, 2 }, { u"assignments/1/status"_s, u"pending"_s } });

    row("forward petition (R9)", staff(), triagedPost(u"petition"_s), act::forward(u"mayor_mailbox"_s),
        { { u"status"_s, u"forwarded"_s }, { u"forwarded_to"_s, u"mayor_mailbox"_s }, { u"assignments/#"_s, 0 } });
    row("forward report (R10)", staff(), triagedPost(u"report"_s), act::forward(u"discipline_mailbox"_s),
        { { u"status"_s, u"forwarded"_s }, { u"forwarded_to"_s, u"discipline_mailbox"_s }, { u"assignments/#"_s, 0 } });

    row("shield new post as spam (R12)", staff(), newPost(), act::shield(u"spam"_s),
        { { u"status"_s, u"shielded"_s }, { u"shield_reason"_s, u"spam"_s }, { u"duplicate_of"_s, kNull },
            { u"category"_s, kNull } });
    row("shield duplicate keeps duplicate_of (R12)", staff(), triagedPost(u"other"_s),
        act::shield(u"duplicate"_s, kOtherPostId),
        { { u"status"_s, u"shielded"_s }, { u"shield_reason"_s, u"duplicate"_s }, { u"duplicate_of"_s, kOtherPostId },
            { u"category"_s, u"other"_s } });
    row("shield ignores duplicate_of for another reason (R12)", staff(), newPost(),
        act::shield(u"advertising"_s, kOtherPostId),
        { { u"status"_s, u"shielded"_s }, { u"shield_reason"_s, u"advertising"_s }, { u"duplicate_of"_s, kNull } });
    row("unshield classified post -> triaged (R12)", staff(), shieldedPost(u"other"_s, u"duplicate"_s), act::unshield(),
        { { u"status"_s, u"triaged"_s }, { u"shield_reason"_s, kNull }, { u"duplicate_of"_s, kNull },
            { u"category"_s, u"other"_s } });
    row("unshield unclassified post -> new (R12)", staff(), shieldedPost(kNull), act::unshield(),
        { { u"status"_s, u"new"_s }, { u"shield_reason"_s, kNull }, { u"duplicate_of"_s, kNull } });

    row("accept (R2)", liaison(), housingPost(u"pending"_s), act::accept(kHousing),
        { { u"status"_s, u"dispatched"_s }, { u"assignments/0/status"_s, u"accepted"_s },
            { u"assignments/0/accepted_at"_s, kNowText }, { u"assignments/0/dispatched_at"_s, kDispatchedAt } });
    row("accept touches only the own unit (R11)", liaison(kDaoli),
        dispatchedPost(u"multi_department"_s, { assignment(kHousing, u"pending"_s), assignment(kDaoli, u"pending"_s) }),
        act::accept(kDaoli),
        { { u"assignments/0/status"_s, u"pending"_s }, { u"assignments/0/accepted_at"_s, kNull },
            { u"assignments/1/status"_s, u"accepted"_s }, { u"assignments/1/accepted_at"_s, kNowText } });

    row("return sets returned_at and return_reason (R15)", liaison(), housingPost(u"accepted"_s),
        act::returnPost(kHousing, u"属区政府职责"_s),
        { { u"status"_s, u"dispatched"_s }, { u"assignments/0/status"_s, u"returned"_s },
            { u"assignments/0/returned_at"_s, kNowText }, { u"assignments/0/return_reason"_s, u"属区政府职责"_s } });
    row("return by the last open unit when another replied -> replied (R15)", liaison(kDaoli),
        dispatchedPost(u"appeal"_s, { assignment(kHousing, u"replied"_s), assignment(kDaoli, u"pending"_s) }),
        act::returnPost(kDaoli),
        { { u"status"_s, u"replied"_s }, { u"assignments/1/status"_s, u"returned"_s },
            { u"assignments/1/returned_at"_s, kNowText } });
    row("return while another unit is still open stays dispatched (R15)", liaison(kDaoli),
        dispatchedPost(u"appeal"_s, { assignment(kHousing, u"accepted"_s), assignment(kDaoli, u"pending"_s) }),
        act::returnPost(kDaoli), { { u"status"_s, u"dispatched"_s }, { u"assignments/0/status"_s, u"accepted"_s } });

    row("promise sets promised_at and promise_due (R16)", liaison(), housingPost(u"accepted"_s),
        act::promise(kHousing, u"2025-03-28"_s),
        { { u"status"_s, u"dispatched"_s }, { u"assignments/0/status"_s, u"promised"_s },
            { u"assignments/0/promised_at"_s, kNowText }, { u"assignments/0/promise_due"_s, u"2025-03-28"_s } });

    row("liaison reply of the only unit -> replied (R2)", liaison(), housingPost(u"accepted"_s),
        act::reply(kHousing, u"final"_s, u"public"_s, u"已整改。"_s),
        { { u"status"_s, u"replied"_s }, { u"assignments/0/status"_s, u"replied"_s },
            { u"assignments/0/replies/#"_s, 1 }, { u"assignments/0/replies/0/kind"_s, u"final"_s },
            { u"assignments/0/replies/0/text"_s, u"已整改。"_s },
            { u"assignments/0/replies/0/visibility"_s, u"public"_s },
            { u"assignments/0/replies/0/published_at"_s, kNowText } });
    row("liaison reply while another unit is pending stays dispatched (R11)", liaison(kDaoli),
        dispatchedPost(
            u"multi_department"_s, { assignment(kHousing, u"pending"_s), assignment(kDaoli, u"accepted"_s) }),
        act::reply(kDaoli),
        { { u"status"_s, u"dispatched"_s }, { u"assignments/0/status"_s, u"pending"_s },
            { u"assignments/1/status"_s, u"replied"_s } });
    row("liaison reply when the other unit returned -> replied (R15)", liaison(kDaoli),
        dispatchedPost(u"appeal"_s, { assignment(kHousing, u"returned"_s), assignment(kDaoli, u"accepted"_s) }),
        act::reply(kDaoli), { { u"status"_s, u"replied"_s }, { u"assignments/1/status"_s, u"replied"_s } });
    row("liaison reply when the other unit replied -> replied (R11)", liaison(kDaoli),
        dispatchedPost(
            u"multi_department"_s, { assignment(kHousing, u"replied"_s), assignment(kDaoli, u"promised"_s) }),
        act::reply(kDaoli),
        { { u"status"_s, u"replied"_s }, { u"assignments/0/replies/#"_s, 1 }, { u"assignments/1/replies/#"_s, 1 } });
    row("liaison follow-up appends to the replies (R19)", liaison(),
        dispatchedPost(u"appeal"_s, { assignment(kHousing, u"replied"_s) }, u"replied"_s),
        act::reply(kHousing, u"followup"_s),
        { { u"status"_s, u"replied"_s }, { u"assignments/0/replies/#"_s, 2 },
            { u"assignments/0/replies/0/id"_s, u"r-88"_s }, { u"assignments/0/replies/1/kind"_s, u"followup"_s } });
    row("column staff reply to a forwarded report keeps the post forwarded (R10)", staff(), forwardedPost(u"report"_s),
        act::reply(kNull, u"initial"_s, u"submitter"_s, u"已转纪检信箱。"_s),
        { { u"status"_s, u"forwarded"_s }, { u"replies/#"_s, 1 }, { u"replies/0/visibility"_s, u"submitter"_s },
            { u"replies/0/text"_s, u"已转纪检信箱。"_s }, { u"assignments/#"_s, 0 } });

    row("supervise appends an open supervision (R20)", supervisor(), housingPost(u"accepted"_s),
        act::supervise(kHousing, u"notice"_s, u"public_attention"_s),
        { { u"supervisions/#"_s, 1 }, { u"supervisions/0/unit_id"_s, kHousing },
            { u"supervisions/0/method"_s, u"notice"_s }, { u"supervisions/0/reason"_s, u"public_attention"_s },
            { u"supervisions/0/opened_at"_s, kNowText }, { u"supervisions/0/result"_s, kNull },
            { u"supervisions/0/closed_at"_s, kNull }, { u"status"_s, u"dispatched"_s } });
    row("supervision_result closes only that supervision (R20)", supervisor(),
        supervisedPost({ supervision(u"s-5"_s, kHousing, true), supervision(u"s-6"_s, kHousing, false) }),
        act::supervisionResult(u"s-6"_s, u"已答复"_s),
        { { u"supervisions/#"_s, 2 }, { u"supervisions/0/closed_at"_s, u"2025-04-03T11:00:00+08:00"_s },
            { u"supervisions/1/result"_s, u"已答复"_s }, { u"supervisions/1/closed_at"_s, kNowText } });

    row("close a replied post (R1)", staff(),
        dispatchedPost(u"appeal"_s, { assignment(kHousing, u"replied"_s) }, u"replied"_s), act::close(),
        { { u"status"_s, u"closed"_s }, { u"assignments/0/status"_s, u"replied"_s } });
    row("close a triaged commentary (R8)", staff(), triagedPost(u"commentary"_s), act::close(),
        { { u"status"_s, u"closed"_s }, { u"category"_s, u"commentary"_s } });
}

void TestActionpolicy::applyLocally()
{
    QFETCH(QString, role);
    QFETCH(QString, unit);
    QFETCH(QJsonObject, post);
    QFETCH(QJsonObject, action);
    QFETCH(QJsonObject, expected);

    QString error;
    const auto parsed = bxt::Action::fromJson(action, &error);
    QVERIFY2(parsed, qPrintable(error));
    const bxt::Actor actor = makeActor(role, unit);
    const bxt::Post before(post);

    // Each row is an action the policy allows; the effect of a refused one is never applied.
    const QString refusal = policy().refusal(actor, before, *parsed);
    QVERIFY2(refusal.isEmpty(), qPrintable(refusal));

    const bxt::Post after = bxt::applyActionLocally(before, *parsed, actor, kNow);
    const QJsonObject json = after.json();

    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
        const QJsonValue got = valueAt(json, it.key());
        QVERIFY2(got == it.value(),
            qPrintable(u"%1: expected %2, got %3"_s.arg(it.key(), compact(it.value()), compact(got))));
    }

    // Unknown fields survive every action unchanged, on the post and on its assignments.
    QVERIFY2(json.value(u"x_future"_s) == QJsonValue(futureField()), qPrintable(compact(json.value(u"x_future"_s))));
    const QJsonArray oldAssignments = post.value(u"assignments"_s).toArray();
    const QJsonArray newAssignments = json.value(u"assignments"_s).toArray();
    QVERIFY(newAssignments.size() >= oldAssignments.size());
    for (qsizetype i = 0; i < oldAssignments.size(); ++i) {
        const QJsonObject oldOne = oldAssignments.at(i).toObject();
        const QJsonObject newOne = newAssignments.at(i).toObject();
        QCOMPARE(newOne.value(u"unit_id"_s).toString(), oldOne.value(u"unit_id"_s).toString());
        QCOMPARE(newOne.value(u"x_future_assignment"_s).toString(), u"kept"_s);
        QCOMPARE(newOne.value(u"dispatched_at"_s).toString(), oldOne.value(u"dispatched_at"_s).toString());
    }
    // No field of the post is dropped, and the ones no action touches stay as they were.
    for (const QString &key : post.keys())
        QVERIFY2(json.contains(key), qPrintable(key));
    for (const QString &key : { u"id"_s, u"version"_s, u"title"_s, u"body"_s, u"submitted_at"_s, u"author"_s,
             u"wants_reply"_s, u"views"_s, u"satisfaction"_s })
        QVERIFY2(json.value(key) == post.value(key), qPrintable(key));
    // The local effect never changes the version; the portal's answer brings the new one.
    QCOMPARE(after.version(), before.version());
}

// R12: a shield can be undone; shield then unshield gives the post back as it was.
void TestActionpolicy::shieldRoundTrip_data()
{
    QTest::addColumn<QJsonObject>("post");
    QTest::addColumn<QJsonObject>("shieldAction");
    QTest::addRow("new post, spam (R12)") << newPost() << act::shield(u"spam"_s);
    QTest::addRow("new post, duplicate (R12)") << newPost() << act::shield(u"duplicate"_s, kOtherPostId);
    QTest::addRow("triaged other, advertising (R12)") << triagedPost(u"other"_s) << act::shield(u"advertising"_s);
    QTest::addRow("triaged appeal, abusive (R12)") << triagedPost(u"appeal"_s) << act::shield(u"abusive"_s);
}

void TestActionpolicy::shieldRoundTrip()
{
    QFETCH(QJsonObject, post);
    QFETCH(QJsonObject, shieldAction);
    QString error;
    const auto shieldParsed = bxt::Action::fromJson(shieldAction, &error);
    const auto unshieldParsed = bxt::Action::fromJson(act::unshield(), &error);
    QVERIFY2(shieldParsed && unshieldParsed, qPrintable(error));
    const bxt::Actor actor = makeActor(u"column_staff"_s, QString());

    const bxt::Post original(post);
    QVERIFY2(policy().refusal(actor, original, *shieldParsed).isEmpty(), "shield refused");
    const bxt::Post shielded = bxt::applyActionLocally(original, *shieldParsed, actor, kNow);
    QCOMPARE(shielded.status(), u"shielded"_s);
    QVERIFY2(policy().refusal(actor, shielded, *unshieldParsed).isEmpty(), "unshield refused");
    const bxt::Post restored = bxt::applyActionLocally(shielded, *unshieldParsed, actor, kNow);
    QCOMPARE(restored.status(), original.status());
    QVERIFY2(restored.json() == original.json(),
        qPrintable(QString::fromUtf8(QJsonDocument(restored.json()).toJson(QJsonDocument::Compact))));
}

// ActionPolicy::unavailability(): whether a button can be enabled before its parameters are
// chosen, and the reason shown when it cannot.
void TestActionpolicy::unavailability_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QJsonObject>("post");
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("available");
    QTest::addColumn<QString>("mentions");

    auto row = [](const char *name, const Who &who, const QJsonObject &post, const QString &type, bool available,
                   const QString &mentions = {}) {
        QTest::addRow("%s", name) << who.role << who.unit << post << type << available << mentions;
    };
    row("classify a new post (R1)", staff(), newPost(), u"classify"_s, true);
    row("classify as liaison (R1)", liaison(), housingPost(u"pending"_s), u"classify"_s, false, u"Column staff"_s);
    row("dispatch a triaged appeal (R1)", staff(), triagedPost(u"appeal"_s), u"dispatch"_s, true);
    row("dispatch a multi-department post (R11)", staff(), triagedPost(u"multi_department"_s), u"dispatch"_s, true);
    row("dispatch a new post: classify first", staff(), newPost(), u"dispatch"_s, false, u"Classify"_s);
    row("dispatch a report (R10)", staff(), triagedPost(u"report"_s), u"dispatch"_s, false, u"R10"_s);
    row("dispatch a petition (R9)", staff(), triagedPost(u"petition"_s), u"dispatch"_s, false, u"R9"_s);
    row("forward a triaged report (R10)", staff(), triagedPost(u"report"_s), u"forward"_s, true);
    row("forward a triaged petition (R9)", staff(), triagedPost(u"petition"_s), u"forward"_s, true);
    row("forward an appeal (R9, R10)", staff(), triagedPost(u"appeal"_s), u"forward"_s, false, u"R9"_s);
    row("shield a new post (R12)", staff(), newPost(), u"shield"_s, true);
    row("shield a dispatched post (R12)", staff(), housingPost(u"pending"_s), u"shield"_s, false);
    row("unshield a shielded post (R12)", staff(), shieldedPost(u"other"_s), u"unshield"_s, true);
    row("unshield a new post (R12)", staff(), newPost(), u"unshield"_s, false);
    row("close a replied post", staff(), housingPost(u"replied"_s), u"close"_s, true);
    row("close while a unit has not replied", staff(), housingPost(u"accepted"_s), u"close"_s, false);
    row("accept as the unit (R2)", liaison(), housingPost(u"pending"_s), u"accept"_s, true);
    row("accept twice (R2)", liaison(), housingPost(u"accepted"_s), u"accept"_s, false);
    row("promise before the reply (R16)", liaison(), housingPost(u"accepted"_s), u"promise"_s, true);
    row("return before the answer (R15)", liaison(), housingPost(u"pending"_s), u"return"_s, true);
    row("liaison replies for the unit", liaison(), housingPost(u"accepted"_s), u"reply"_s, true);
    row("liaison of another unit (R10)", liaison(kDaoli), housingPost(u"accepted"_s), u"reply"_s, false);
    row("supervise a dispatched post (R20)", supervisor(), housingPost(u"accepted"_s), u"supervise"_s, true);
    row("supervision result without one (R20)", supervisor(), housingPost(u"accepted"_s), u"supervision_result"_s,
        false);
}

void TestActionpolicy::unavailability()
{
    QFETCH(QString, role);
    QFETCH(QString, unit);
    QFETCH(QJsonObject, post);
    QFETCH(QString, type);
    QFETCH(bool, available);
    QFETCH(QString, mentions);
    QString error;
    const auto parsed = bxt::Action::fromJson(QJsonObject { { u"type"_s, type } }, &error);
    QVERIFY2(parsed, qPrintable(error));
    const QString reason = policy().unavailability(makeActor(role, unit), bxt::Post(post), parsed->type());
    QCOMPARE(reason.isEmpty(), available);
    if (!mentions.isEmpty())
        QVERIFY2(reason.contains(mentions), qPrintable(reason));
}

QTEST_GUILESS_MAIN(TestActionpolicy)
#include "tst_actionpolicy.moc"
