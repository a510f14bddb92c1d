<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Action</name>
    <message>
        <source>"%1" is not an action this program knows.</source>
        <translation>本程序不认识操作“%1”。</translation>
    </message>
</context>
<context>
    <name>ActionPolicy</name>
    <message>
        <source>This post is %1; that cannot be done now.</source>
        <translation>此网帖当前为“%1”状态，现在不能进行此操作。</translation>
    </message>
    <message>
        <source>This post was not dispatched to your unit.</source>
        <translation>此网帖未分发给本单位。</translation>
    </message>
    <message>
        <source>This post is not shielded.</source>
        <translation>此网帖未被屏蔽。</translation>
    </message>
    <message>
        <source>As %1 you cannot do this; it is for %2.</source>
        <translation>您的身份是%1，不能进行此操作；此操作由%2进行。</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>Choose one of the eight categories.</source>
        <translation>请从八类中选择一类。</translation>
    </message>
    <message>
        <source>This post is with a unit already; it can be reclassified only after every unit returned it.</source>
        <translation>此网帖已在承办单位处理中；所有单位都退回后才能重新分类。</translation>
    </message>
    <message>
        <source>Classify the post before dispatching it.</source>
        <translation>请先分类，再分发。</translation>
    </message>
    <message>
        <source>A petition is forwarded to the mayor's mailbox, not dispatched to a unit (R9).</source>
        <translation>信访类网帖转“市长信箱”处理，不分发给承办单位（R9）。</translation>
    </message>
    <message>
        <source>A report is confidential: it goes to the discipline mailbox only and never to a department or district (R10).</source>
        <translation>举报类网帖须保密：只转“纪检信箱”，绝不分发给任何部门或区县（市）（R10）。</translation>
    </message>
    <message>
        <source>Posts of the category "other" are shielded, not dispatched (R12).</source>
        <translation>“其他”类网帖予以屏蔽，不分发（R12）。</translation>
    </message>
    <message>
        <source>Each unit can be chosen once.</source>
        <translation>每个单位只能选择一次。</translation>
    </message>
    <message>
        <source>Choose at least one unit.</source>
        <translation>请至少选择一个单位。</translation>
    </message>
    <message>
        <source>A multi-department post goes to two or more units at once (R11).</source>
        <translation>综合类网帖须同时分发给两个或以上单位（R11）。</translation>
    </message>
    <message>
        <source>"%1" is not in the unit list. Update the unit list and try again.</source>
        <translation>单位列表中没有“%1”。请更新单位列表后重试。</translation>
    </message>
    <message>
        <source>%1 no longer takes posts.</source>
        <translation>%1已不再受理网帖。</translation>
    </message>
    <message>
        <source>The post is with %1 already.</source>
        <translation>此网帖已分发给%1。</translation>
    </message>
    <message>
        <source>Choose the mayor's mailbox or the discipline mailbox.</source>
        <translation>请选择“市长信箱”或“纪检信箱”。</translation>
    </message>
    <message>
        <source>A report can go to the discipline mailbox only (R10).</source>
        <translation>举报类网帖只能转“纪检信箱”（R10）。</translation>
    </message>
    <message>
        <source>A petition goes to the mayor's mailbox (R9).</source>
        <translation>信访类网帖转“市长信箱”（R9）。</translation>
    </message>
    <message>
        <source>Only petitions (to the mayor's mailbox) and reports (to the discipline mailbox) are forwarded (R9, R10).</source>
        <translation>只有信访类（转市长信箱）和举报类（转纪检信箱）网帖可以转办（R9、R10）。</translation>
    </message>
    <message>
        <source>Choose why the post is shielded: spam, duplicate, advertising, abusive or illegal (R12).</source>
        <translation>请选择屏蔽原因：乱贴、重贴、广告、语言过激或违法（R12）。</translation>
    </message>
    <message>
        <source>Name the earlier post that this one duplicates.</source>
        <translation>请指明此帖重复的原帖。</translation>
    </message>
    <message>
        <source>You can act for your own unit only.</source>
        <translation>您只能代表本单位操作。</translation>
    </message>
    <message>
        <source>Your unit has already dealt with this post (%1).</source>
        <translation>本单位已处理过此网帖（%1）。</translation>
    </message>
    <message>
        <source>The post can be returned only before it is answered (now: %1).</source>
        <translation>只有在答复之前才能退回网帖（当前：%1）。</translation>
    </message>
    <message>
        <source>Say why the matter is outside your unit's remit (R15).</source>
        <translation>请说明此事项为何不属于本单位职责范围（R15）。</translation>
    </message>
    <message>
        <source>A reply date can be promised only before the reply (now: %1).</source>
        <translation>只有在答复之前才能承诺答复时间（当前：%1）。</translation>
    </message>
    <message>
        <source>Choose the kind of reply: initial, final or follow-up.</source>
        <translation>请选择回复类型：初次回复、最终回复或后续回复。</translation>
    </message>
    <message>
        <source>The reply is empty.</source>
        <translation>回复内容为空。</translation>
    </message>
    <message>
        <source>Choose who sees the reply: the public or the author only.</source>
        <translation>请选择回复的可见范围：公开，或仅提交者可见。</translation>
    </message>
    <message>
        <source>A reply to a report is seen by its author only (R10).</source>
        <translation>对举报类网帖的回复只能由提交者本人看到（R10）。</translation>
    </message>
    <message>
        <source>The referenced documents must be a list.</source>
        <translation>引用文件必须是列表。</translation>
    </message>
    <message>
        <source>Every referenced document needs a title.</source>
        <translation>每个引用文件都要有名称。</translation>
    </message>
    <message>
        <source>Your unit returned this post; it cannot reply to it.</source>
        <translation>本单位已退回此网帖，不能再回复。</translation>
    </message>
    <message>
        <source>Column staff reply for the column, not for a unit.</source>
        <translation>栏目工作人员以栏目名义回复，不代表承办单位。</translation>
    </message>
    <message>
        <source>The post was not dispatched to that unit.</source>
        <translation>此网帖未分发给该单位。</translation>
    </message>
    <message>
        <source>Choose how to supervise: by phone or by written notice.</source>
        <translation>请选择督办方式：电话督办或下发督办通知。</translation>
    </message>
    <message>
        <source>Choose the reason for supervision (R20).</source>
        <translation>请选择督办原因（R20）。</translation>
    </message>
    <message>
        <source>This supervision already has its result.</source>
        <translation>此项督办已有结果。</translation>
    </message>
    <message>
        <source>Write down the result of the supervision.</source>
        <translation>请填写督办结果。</translation>
    </message>
    <message>
        <source>There is no such supervision on this post.</source>
        <translation>此网帖没有这项督办。</translation>
    </message>
    <message>
        <source>A unit has not replied yet; the post cannot be closed.</source>
        <translation>尚有单位未答复，不能办结。</translation>
    </message>
    <message>
        <source>%1 returned this post as outside its remit (R15); choose another unit.</source>
        <translation>%1已将此网帖作为非本单位职责范围退回（R15）；请选择其他单位。</translation>
    </message>
    <message>
        <source>Every unit returned this post; dispatch it to the right unit before closing it (R15).</source>
        <translation>所有单位都已退回此网帖；请先分发给正确的单位，再办结（R15）。</translation>
    </message>
</context>
<context>
    <name>CalendarYear</name>
    <message>
        <source>"%1" is not a date (YYYY-MM-DD)</source>
        <translation>“%1”不是日期（应为 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>%1 is not near the year %2</source>
        <translation>%1 不在 %2 年前后</translation>
    </message>
    <message>
        <source>"holidays" and "workdays" must be lists of dates</source>
        <translation>“holidays”和“workdays”必须是日期列表</translation>
    </message>
    <message>
        <source>the calendar has no valid "year"</source>
        <translation>日历缺少有效的“year”</translation>
    </message>
    <message>
        <source>"days" must be a list</source>
        <translation>“days”必须是列表</translation>
    </message>
    <message>
        <source>day %1 has no true/false "isOffDay"</source>
        <translation>%1 缺少取值为 true/false 的“isOffDay”</translation>
    </message>
    <message>
        <source>%1 is listed both as a day off and as a working day</source>
        <translation>%1 同时被列为休息日和工作日</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Consultation</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Commentary</source>
        <translation>评议</translation>
    </message>
    <message>
        <source>Petition</source>
        <translation>信访</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>举报</translation>
    </message>
    <message>
        <source>Multi-department</source>
        <translation>综合</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 不是 JSON 对象：%2</translation>
    </message>
    <message>
        <source>case store ready: %1 (schema %2)</source>
        <translation>案件库已就绪：%1（结构版本 %2）</translation>
    </message>
    <message>
        <source>skipped line %1: %2
</source>
        <translation>已跳过第 %1 行：%2
</translation>
    </message>
    <message>
        <source>imported: %1 new, %2 updated, %3 unchanged (stored version as new or newer), %4 skipped</source>
        <translation>已导入：新增 %1，更新 %2，未变 %3（库中版本相同或更新），跳过 %4</translation>
    </message>
    <message>
        <source>--format is jsonl or csv</source>
        <translation>--format 取值为 jsonl 或 csv</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>exported %1 posts to %2
</source>
        <translation>已将 %1 条网帖导出到 %2
</translation>
    </message>
    <message>
        <source>--limit is a number from 1 to 10000</source>
        <translation>--limit 须为 1 到 10000 之间的数</translation>
    </message>
    <message>
        <source>--unit-kind is department or district</source>
        <translation>--unit-kind 取值为 department 或 district</translation>
    </message>
    <message>
        <source>--category is one of consultation, appeal, suggestion, commentary, petition, report, multi_department, other</source>
        <translation>--category 取值为 consultation、appeal、suggestion、commentary、petition、report、multi_department、other 之一</translation>
    </message>
    <message>
        <source>--dispatched is an RFC 3339 time with an offset, e.g. 2025-03-03T10:02:00+08:00</source>
        <translation>--dispatched 须为带时区偏移的 RFC 3339 时间，例如 2025-03-03T10:02:00+08:00</translation>
    </message>
    <message>
        <source>posts of the category %1 (%2) are not dispatched to units, so no unit has a reply deadline for them (R9, R10, R12)</source>
        <translation>%1（%2）类网帖不分发给承办单位，因此没有单位答复时限（R9、R10、R12）</translation>
    </message>
    <message>
        <source>--promise-due "%1" is not a date (YYYY-MM-DD)</source>
        <translation>--promise-due “%1”不是日期（应为 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>usage: calendar import FILE | calendar show YEAR</source>
        <translation>用法：calendar import 文件 | calendar show 年份</translation>
    </message>
    <message>
        <source>%1: %2. Nothing was imported.</source>
        <translation>%1：%2。未导入任何内容。</translation>
    </message>
    <message>
        <source>calendar %1 imported: %2 days off, %3 make-up working days</source>
        <translation>已导入 %1 年日历：休息日 %2 天，调休上班 %3 天</translation>
    </message>
    <message>
        <source>YEAR is a number, e.g. 2026</source>
        <translation>年份须为数字，例如 2026</translation>
    </message>
    <message>
        <source>the working-day calendar of %1 is not known (R18); import the State Council's holiday notice with "calendar import FILE"</source>
        <translation>%1 年的工作日历未知（R18）；请用“calendar import 文件”导入国务院节假日安排通知</translation>
    </message>
    <message>
        <source>a row of %1 points to a missing row</source>
        <translation>%1 中有记录指向不存在的记录</translation>
    </message>
    <message>
        <source>schema version %1 (this program: %2)</source>
        <translation>结构版本 %1（本程序：%2）</translation>
    </message>
    <message>
        <source>posts: %1</source>
        <translation>网帖：%1</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <source>the case store is damaged; restore a backup</source>
        <translation>案件库已损坏，请恢复备份</translation>
    </message>
    <message>
        <source>integrity: ok</source>
        <translation>完整性：正常</translation>
    </message>
    <message>
        <source>backup written to %1</source>
        <translation>备份已写入 %1</translation>
    </message>
    <message>
        <source>usage: units import FILE</source>
        <translation>用法：units import 文件</translation>
    </message>
    <message>
        <source>%1 has no "units" list</source>
        <translation>%1 中没有“units”列表</translation>
    </message>
    <message>
        <source>%1 units imported</source>
        <translation>已导入 %1 个单位</translation>
    </message>
    <message>
        <source>--count is a number from 1 to 2000000</source>
        <translation>--count 须为 1 到 2000000 之间的数</translation>
    </message>
    <message>
        <source>the case store already holds posts; the demo posts were not added</source>
        <translation>案件库中已有网帖，未添加演示网帖</translation>
    </message>
    <message>
        <source>demo store ready: %1 posts in %2</source>
        <translation>演示案件库已就绪：%2 中有 %1 条网帖</translation>
    </message>
    <message>
        <source>usage: baixingtan-cli [--db PATH] [--user NAME] COMMAND ...
commands:
</source>
        <translation>用法：baixingtan-cli [--db 路径] [--user 姓名] 命令 ...
命令：
</translation>
    </message>
    <message>
        <source>The case store file.</source>
        <translation>案件库文件。</translation>
    </message>
    <message>
        <source>Your name in the audit log.</source>
        <translation>审计日志中记录的操作人。</translation>
    </message>
    <message>
        <source>Report and skip bad lines instead of aborting.</source>
        <translation>报告并跳过错误行，而不是中止。</translation>
    </message>
    <message>
        <source>jsonl or csv.</source>
        <translation>jsonl 或 csv。</translation>
    </message>
    <message>
        <source>Write to this file.</source>
        <translation>写入此文件。</translation>
    </message>
    <message>
        <source>At most this many hits.</source>
        <translation>最多返回的结果数。</translation>
    </message>
    <message>
        <source>department or district.</source>
        <translation>department（部门）或 district（区县）。</translation>
    </message>
    <message>
        <source>The post's category code.</source>
        <translation>网帖的类别代码。</translation>
    </message>
    <message>
        <source>When the post was dispatched (RFC 3339).</source>
        <translation>网帖的分发时间（RFC 3339）。</translation>
    </message>
    <message>
        <source>The promised reply date.</source>
        <translation>承诺的答复日期。</translation>
    </message>
    <message>
        <source>How many demo posts.</source>
        <translation>演示网帖的数量。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>no command given; try --help</source>
        <translation>未指定命令；请用 --help 查看</translation>
    </message>
    <message>
        <source>unknown command "%1"; try --help</source>
        <translation>未知命令“%1”；请用 --help 查看</translation>
    </message>
    <message>
        <source>%1 does not take --%2; usage: %3</source>
        <translation>%1 不接受 --%2；用法：%3</translation>
    </message>
    <message>
        <source>usage: baixingtan-cli %1</source>
        <translation>用法：baixingtan-cli %1</translation>
    </message>
    <message>
        <source>deadline needs --%1</source>
        <translation>deadline 需要 --%1</translation>
    </message>
    <message>
        <source>search index: it counts %1 posts, the store holds %2</source>
        <translation>搜索索引：索引记有 %1 条网帖，案件库中有 %2 条</translation>
    </message>
    <message>
        <source>usage: rules show | rules import FILE</source>
        <translation>用法：rules show | rules import 文件</translation>
    </message>
    <message>
        <source>deadline rules imported</source>
        <translation>已导入回复时限规则</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot open the case store %1: %2</source>
        <translation>无法打开案件库 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a case store (not an SQLite database, or damaged): %2</source>
        <translation>%1 不是案件库（不是 SQLite 数据库，或已损坏）：%2</translation>
    </message>
    <message>
        <source>Database error: %1 (in: %2)</source>
        <translation>数据库错误：%1（语句：%2）</translation>
    </message>
    <message>
        <source>The case store %1 was written by a newer version of Baixingtan Desk (schema %2; this program knows up to %3). Open it with the newer program, or restore a backup.</source>
        <translation>案件库 %1 由更新版本的百姓谈工作台写入（结构版本 %2；本程序最高支持 %3）。请用新版程序打开，或恢复备份。</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <source>Cannot save the changes: %1</source>
        <translation>无法保存更改：%1</translation>
    </message>
</context>
<context>
    <name>DeadlineCalculator</name>
    <message>
        <source>The promised date is not a valid date.</source>
        <translation>承诺日期不是有效日期。</translation>
    </message>
    <message>
        <source>The promised date must be after the day of dispatch (%1).</source>
        <translation>承诺日期必须晚于分发当日（%1）。</translation>
    </message>
    <message>
        <source>The promised date %1 is later than the final deadline %2 (%3 working days, R16).</source>
        <translation>承诺日期 %1 晚于最长回复时限 %2（%3 个工作日，R16）。</translation>
    </message>
</context>
<context>
    <name>DeadlineRules</name>
    <message>
        <source>a period needs "days" (1–366) and "working_days" (true/false)</source>
        <translation>时限须有“days”（1–366）和“working_days”（true/false）</translation>
    </message>
    <message>
        <source>"%1" must be an object</source>
        <translation>“%1”须为对象</translation>
    </message>
</context>
<context>
    <name>LocalActions</name>
    <message>
        <source>There is no post %1 in this store.</source>
        <translation>本案件库中没有网帖 %1。</translation>
    </message>
</context>
<context>
    <name>PostExporter</name>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>无法写入导出文件：%1</translation>
    </message>
</context>
<context>
    <name>PostImporter</name>
    <message>
        <source>the text is not valid UTF-8 (at byte %1)</source>
        <translation>文本不是有效的 UTF-8（第 %1 字节处）</translation>
    </message>
    <message>
        <source>not valid JSON: %1 (at byte %2)</source>
        <translation>不是有效的 JSON：%1（第 %2 字节处）</translation>
    </message>
    <message>
        <source>the line is longer than %1 MiB</source>
        <translation>该行超过 %1 MiB</translation>
    </message>
    <message>
        <source>the line is not a JSON object</source>
        <translation>该行不是 JSON 对象</translation>
    </message>
    <message>
        <source>line %1: %2. Nothing was imported.</source>
        <translation>第 %1 行：%2。未导入任何内容。</translation>
    </message>
    <message>
        <source>line %1: cannot store the post: %2. Nothing was imported.</source>
        <translation>第 %1 行：无法保存网帖：%2。未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>PostValidator</name>
    <message>
        <source>field "%1" is missing or has the wrong type or value</source>
        <translation>字段“%1”缺失，或类型、取值有误</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Baixingtan Desk</source>
        <translation>百姓谈工作台</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Column staff</source>
        <translation>栏目工作人员</translation>
    </message>
    <message>
        <source>Unit liaison</source>
        <translation>承办单位联络员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>督办人员</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>领导</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>new</source>
        <translation>新帖</translation>
    </message>
    <message>
        <source>classified</source>
        <translation>已分类</translation>
    </message>
    <message>
        <source>dispatched</source>
        <translation>已分发</translation>
    </message>
    <message>
        <source>replied</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>forwarded</source>
        <translation>已转办</translation>
    </message>
    <message>
        <source>shielded</source>
        <translation>已屏蔽</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>waiting to be signed for</source>
        <translation>待签收</translation>
    </message>
    <message>
        <source>signed for</source>
        <translation>已签收</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>reply date promised</source>
        <translation>已承诺答复时间</translation>
    </message>
</context>
<context>
    <name>StoreBackup</name>
    <message>
        <source>The SQLite driver gives no handle for the backup.</source>
        <translation>SQLite 驱动未提供备份所需的句柄。</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
    <message>
        <source>Cannot write the backup to %1.</source>
        <translation>无法将备份写入 %1。</translation>
    </message>
</context>
<context>
    <name>UnitStore</name>
    <message>
        <source>A unit needs an id, a name and a kind (department or district): %1</source>
        <translation>单位须有编号、名称和类型（部门或区县）：%1</translation>
    </message>
</context>
<context>
    <name>bxt::MainWindow</name>
    <message>
        <source>Baixingtan Desk</source>
        <translation>百姓谈工作台</translation>
    </message>
    <message>
        <source>Search titles and text, e.g. 供暖 or 物业费</source>
        <translation>搜索标题和正文，例如：供暖、物业费</translation>
    </message>
    <message>
        <source>Search posts</source>
        <translation>搜索网帖</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>网帖</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Case store: %1</source>
        <translation>案件库：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>unclassified</source>
        <translation>未分类</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) in the store. </source>
        <translation><numerusform>案件库共有 %n 条网帖。</numerusform></translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Search failed</source>
        <translation>搜索失败</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) found</source>
        <translation><numerusform>找到 %n 条网帖</numerusform></translation>
    </message>
</context>
</TS>