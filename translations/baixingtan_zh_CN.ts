<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Action</name>
    <message>
        <source>&quot;%1&quot; is not an action this program knows.</source>
        <translation>本程序不认识操作“%1”。</translation>
    </message>
    <message>
        <source>The action %1 has no parameter &quot;%2&quot; (it takes: %3).</source>
        <translation>操作 %1 没有参数“%2”（它的参数是：%3）。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
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
        <source>A petition is forwarded to the mayor&apos;s mailbox, not dispatched to a unit (R9).</source>
        <translation>信访类网帖转“市长信箱”处理，不分发给承办单位（R9）。</translation>
    </message>
    <message>
        <source>A report is confidential: it goes to the discipline mailbox only and never to a department or district (R10).</source>
        <translation>举报类网帖须保密：只转“纪检信箱”，绝不分发给任何部门或区县（市）（R10）。</translation>
    </message>
    <message>
        <source>Posts of the category &quot;other&quot; are shielded, not dispatched (R12).</source>
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
        <source>&quot;%1&quot; is not in the unit list. Update the unit list and try again.</source>
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
        <source>Choose the mayor&apos;s mailbox or the discipline mailbox.</source>
        <translation>请选择“市长信箱”或“纪检信箱”。</translation>
    </message>
    <message>
        <source>A report can go to the discipline mailbox only (R10).</source>
        <translation>举报类网帖只能转“纪检信箱”（R10）。</translation>
    </message>
    <message>
        <source>A petition goes to the mayor&apos;s mailbox (R9).</source>
        <translation>信访类网帖转“市长信箱”（R9）。</translation>
    </message>
    <message>
        <source>Only petitions (to the mayor&apos;s mailbox) and reports (to the discipline mailbox) are forwarded (R9, R10).</source>
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
        <source>Say why the matter is outside your unit&apos;s remit (R15).</source>
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
        <translation>请选择回复的可见范围：公开，或仅留言人可见。</translation>
    </message>
    <message>
        <source>A reply to a report is seen by its author only (R10).</source>
        <translation>对举报类网帖的回复只能由留言人本人看到（R10）。</translation>
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
    <name>AssessmentWeights</name>
    <message>
        <source>Weights are numbers of 0 or more, and not all of them 0.</source>
        <translation>权重须为 0 或以上的数，且不能全部为 0。</translation>
    </message>
</context>
<context>
    <name>BinaryCopy</name>
    <message>
        <source>The connection is not PostgreSQL&apos;s.</source>
        <translation>该连接不是 PostgreSQL 的连接。</translation>
    </message>
</context>
<context>
    <name>CalendarYear</name>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>“%1”不是日期（应为 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>%1 is not near the year %2</source>
        <translation>%1 不在 %2 年前后</translation>
    </message>
    <message>
        <source>&quot;holidays&quot; and &quot;workdays&quot; must be lists of dates</source>
        <translation>“holidays”和“workdays”必须是日期列表</translation>
    </message>
    <message>
        <source>the calendar has no valid &quot;year&quot;</source>
        <translation>日历缺少有效的“year”</translation>
    </message>
    <message>
        <source>&quot;days&quot; must be a list</source>
        <translation>“days”必须是列表</translation>
    </message>
    <message>
        <source>day %1 has no true/false &quot;isOffDay&quot;</source>
        <translation>%1 缺少取值为 true/false 的“isOffDay”</translation>
    </message>
    <message>
        <source>%1 is listed both as a day off and as a working day</source>
        <translation>%1 同时被列为休息日和工作日</translation>
    </message>
    <message>
        <source>%1 belongs to %2 and is not part of a holiday period across New Year; a calendar of %3 gives another year&apos;s days only there</source>
        <translation>%1 属于 %2 年，且不在跨年的节假日内；%3 年的日历只能在跨年的节假日内给出其他年份的日期</translation>
    </message>
    <message>
        <source>give either &quot;days&quot; or &quot;holidays&quot; and &quot;workdays&quot;, not both</source>
        <translation>请只给出 &quot;days&quot;，或只给出 &quot;holidays&quot; 和 &quot;workdays&quot;，不要同时给出</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>未知的键 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>day %1 has an unknown key &quot;%2&quot;</source>
        <translation>日期 %1 含有未知的键 &quot;%2&quot;</translation>
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
    <message>
        <source>Dispatched; the reply names the relevant documents with their numbers and explains them when asked (R5).</source>
        <translation>分发办理；答复时应提供有关文件名称和文号，如有要求应予解释（R5）。</translation>
    </message>
    <message>
        <source>Dispatched; the unit investigates and resolves it, or explains and gives a resolution date; if too vague, it contacts the author first (R6).</source>
        <translation>分发办理；承办单位调查解决，短期内难以解决的说明情况并提出解决期限；反映不具体的先与留言人联系（R6）。</translation>
    </message>
    <message>
        <source>Dispatched; feasible suggestions are adopted; replied when the author asked for a reply (R7).</source>
        <translation>分发办理；切实可行的建议积极采纳；留言人要求答复的予以答复（R7）。</translation>
    </message>
    <message>
        <source>Column staff decide whether to dispatch it and reply at all (R8).</source>
        <translation>由栏目工作人员视情况决定是否分发和答复（R8）。</translation>
    </message>
    <message>
        <source>Forwarded to the mayor&apos;s mailbox; column staff reply online that it was forwarded (R9).</source>
        <translation>转交“市长信箱”处理；栏目工作人员在网上答复已转交（R9）。</translation>
    </message>
    <message>
        <source>Confidential: forwarded to the discipline mailbox only, never shown to a department or district; the reply is seen by the author only (R10).</source>
        <translation>保密：只转交“纪检信箱”，绝不向部门或区县显示；答复仅留言人可见（R10）。</translation>
    </message>
    <message>
        <source>Dispatched to every unit concerned at once; each replies separately on its own clock (R11).</source>
        <translation>同时分发至各有关单位；各单位分别答复，各自计算时限（R11）。</translation>
    </message>
    <message>
        <source>Spam, duplicates, advertising, abusive or illegal posts: shielded by column staff with the reason kept; a shield can be undone (R12).</source>
        <translation>乱贴、重贴、广告、语言过激或违法的网帖：由栏目工作人员屏蔽并保留原因；屏蔽可以取消（R12）。</translation>
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
        <source>--limit is a number, 0 for every hit</source>
        <translation>--limit 须为一个数，0 表示全部结果</translation>
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
        <source>--promise-due &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
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
        <source>the working-day calendar of %1 is not known (R18); import the State Council&apos;s holiday notice with &quot;calendar import FILE&quot;</source>
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
        <source>%1 has no &quot;units&quot; list</source>
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
        <source>Write to this file.</source>
        <translation>写入此文件。</translation>
    </message>
    <message>
        <source>At most this many hits; 0 for every hit.</source>
        <translation>最多返回的结果数；0 表示全部结果。</translation>
    </message>
    <message>
        <source>Every hit, printed as it is found.</source>
        <translation>全部结果，找到一条即输出一条。</translation>
    </message>
    <message>
        <source>department or district.</source>
        <translation>department（部门）或 district（区县）。</translation>
    </message>
    <message>
        <source>The post&apos;s category code.</source>
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
        <source>unknown command &quot;%1&quot;; try --help</source>
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
    <message>
        <source>usage: reply-rules show | reply-rules import FILE</source>
        <translation>用法：reply-rules show | reply-rules import 文件</translation>
    </message>
    <message>
        <source>reply-check rules imported</source>
        <translation>已导入答复质量检查规则</translation>
    </message>
    <message>
        <source>There is no post %1 in this store.</source>
        <translation>本案件库中没有网帖 %1。</translation>
    </message>
    <message>
        <source>--category must be one of the eight category codes, not &quot;%1&quot;</source>
        <translation>--category 须为八个类别代码之一，而不是“%1”</translation>
    </message>
    <message>
        <source>--kind is initial, final or followup</source>
        <translation>--kind 取值为 initial、final 或 followup</translation>
    </message>
    <message>
        <source>the action is not a JSON object: %1</source>
        <translation>操作不是 JSON 对象：%1</translation>
    </message>
    <message>
        <source>leave out base_version: sync fills it in when it sends the action</source>
        <translation>请勿填写 base_version：同步发送操作时会自动填入</translation>
    </message>
    <message>
        <source>nobody has logged in to the portal from this case store yet; run sync first</source>
        <translation>尚无人通过此案件库登录门户网站；请先运行 sync</translation>
    </message>
    <message>
        <source>queued %1 on %2 (waiting for sync: %3)</source>
        <translation>已将网帖 %2 的 %1 操作加入队列（待同步：%3）</translation>
    </message>
    <message>
        <source>sync needs --%1</source>
        <translation>sync 需要 --%1</translation>
    </message>
    <message>
        <source>--password-stdin: no password on the standard input</source>
        <translation>--password-stdin：标准输入中没有密码</translation>
    </message>
    <message>
        <source>pulled %1, pushed %2, conflicts %3, failed %4, withheld %5</source>
        <translation>拉取 %1，推送 %2，冲突 %3，失败 %4，未保留 %5</translation>
    </message>
    <message>
        <source>partly synced: %1</source>
        <translation>部分同步：%1</translation>
    </message>
    <message>
        <source> Give it with --password-stdin.</source>
        <translation>请用 --password-stdin 提供密码。</translation>
    </message>
    <message>
        <source> Run sync again later to resume.</source>
        <translation>请稍后再次运行 sync 以继续。</translation>
    </message>
    <message>
        <source>synced: %1</source>
        <translation>已同步：%1</translation>
    </message>
    <message>
        <source>%1 posts are in conflict with the portal, and %2 actions wait for them; choose what to keep in Baixingtan Desk, then sync again</source>
        <translation>有 %1 条网帖与门户网站冲突，%2 项操作在等待处理；请在百姓谈工作台中选择保留哪个版本，然后再次同步</translation>
    </message>
    <message>
        <source>The portal&apos;s address, e.g. https://portal.example.org/api/v1.</source>
        <translation>门户网站地址，例如 https://portal.example.org/api/v1。</translation>
    </message>
    <message>
        <source>Read the portal password from the first line of standard input.</source>
        <translation>从标准输入的第一行读取门户网站密码。</translation>
    </message>
    <message>
        <source>Trust only the CA certificates in this PEM file.</source>
        <translation>只信任此 PEM 文件中的 CA 证书。</translation>
    </message>
    <message>
        <source>Development only: allow http:// to this computer.</source>
        <translation>仅供开发：允许用 http:// 连接本机。</translation>
    </message>
    <message>
        <source>The kind of reply: initial, final or followup.</source>
        <translation>答复类型：initial、final 或 followup。</translation>
    </message>
    <message>
        <source>Read from this file; - for standard input.</source>
        <translation>从此文件读取；- 表示标准输入。</translation>
    </message>
    <message>
        <source>The post the reply answers: its title and body are the matter (R19).</source>
        <translation>答复所针对的网帖：以其标题和正文作为所反映的事项（R19）。</translation>
    </message>
    <message>
        <source>lint-reply needs --category</source>
        <translation>lint-reply 需要 --category</translation>
    </message>
    <message>
        <source>--format is html, pdf or csv</source>
        <translation>--format 取值为 html、pdf 或 csv</translation>
    </message>
    <message>
        <source>report written to %1
</source>
        <translation>报告已写入 %1
</translation>
    </message>
    <message>
        <source>--year is a year from 2000 to 2200</source>
        <translation>--year 须为 2000 到 2200 之间的年份</translation>
    </message>
    <message>
        <source>--quarter is 1, 2, 3 or 4</source>
        <translation>--quarter 取值为 1、2、3 或 4</translation>
    </message>
    <message>
        <source>--out FILE is needed: where to write the report</source>
        <translation>需要 --out 文件：指定报告的写入位置</translation>
    </message>
    <message>
        <source>--per-unit is a number from 1 to 1000</source>
        <translation>--per-unit 须为 1 到 1000 之间的数</translation>
    </message>
    <message>
        <source>--substance, --responsibility and --form are each rated from 1 to 5 (R19)</source>
        <translation>--substance、--responsibility 和 --form 各按 1 到 5 分评分（R19）</translation>
    </message>
    <message>
        <source>rate needs --unit ID and --user NAME (the rater)</source>
        <translation>rate 需要 --unit 编号和 --user 姓名（评分人）</translation>
    </message>
    <message>
        <source>--%1 is a weight of 0 or more</source>
        <translation>--%1 是权重，须大于或等于 0</translation>
    </message>
    <message>
        <source>the weights cannot all be 0</source>
        <translation>权重不能全为 0</translation>
    </message>
    <message>
        <source>rating of %1 stored</source>
        <translation>已保存对 %1 的评分</translation>
    </message>
    <message>
        <source>The report&apos;s year.</source>
        <translation>报告年份。</translation>
    </message>
    <message>
        <source>The report&apos;s quarter, 1 to 4.</source>
        <translation>报告季度，1 到 4。</translation>
    </message>
    <message>
        <source>Assessment weight of the reply-quality check&apos;s findings (default 0.3).</source>
        <translation>答复质量检查结果在考核中的权重（默认 0.3）。</translation>
    </message>
    <message>
        <source>Assessment weight of supervisors&apos; ratings of sampled replies (default 0.4).</source>
        <translation>督办人员对抽查答复的评分在考核中的权重（默认 0.4）。</translation>
    </message>
    <message>
        <source>Assessment weight of the authors&apos; satisfaction (default 0.3).</source>
        <translation>留言人满意度在考核中的权重（默认 0.3）。</translation>
    </message>
    <message>
        <source>Replies to sample per unit.</source>
        <translation>每个单位抽查的答复数。</translation>
    </message>
    <message>
        <source>Rating 1-5: detailed, specific, accurate (R19).</source>
        <translation>评分 1-5：详细、具体、准确（R19）。</translation>
    </message>
    <message>
        <source>Rating 1-5: no evasion, resolved in one reply (R19).</source>
        <translation>评分 1-5：不推诿，一次答复解决（R19）。</translation>
    </message>
    <message>
        <source>Rating 1-5: polite, clear, concise, standard form (R19).</source>
        <translation>评分 1-5：礼貌、清楚、简洁，格式规范（R19）。</translation>
    </message>
    <message>
        <source>--role is column_staff, liaison, supervisor or leader, not &quot;%1&quot;</source>
        <translation>--role 应为 column_staff、liaison、supervisor 或 leader，而不是“%1”</translation>
    </message>
    <message>
        <source>a demo liaison needs --unit with the id of a Harbin unit, e.g. x-nangang</source>
        <translation>演示联络员需要用 --unit 指定哈尔滨承办单位的编号，例如 x-nangang</translation>
    </message>
    <message>
        <source>Demo user (%1)</source>
        <translation>演示用户（%1）</translation>
    </message>
    <message>
        <source>A unit&apos;s id: the rated reply&apos;s unit, or the demo liaison&apos;s.</source>
        <translation>承办单位编号：被评分答复所属单位，或演示联络员所在单位。</translation>
    </message>
    <message>
        <source>The demo user&apos;s role: column_staff, liaison, supervisor or leader.</source>
        <translation>演示用户的角色：column_staff、liaison、supervisor 或 leader。</translation>
    </message>
    <message>
        <source>not imported, line %1: %2
</source>
        <translation>未导入，第 %1 行：%2
</translation>
    </message>
    <message>
        <source>imported: %1 new, %2 updated, %3 unchanged (stored version as new or newer), %4 skipped, %5 not for this store&apos;s user (R10)</source>
        <translation>已导入：新增 %1，更新 %2，未变 %3（库中版本相同或更新），跳过 %4，%5 条不属于本库用户可持有的范围（R10）</translation>
    </message>
    <message>
        <source>%1 posts stored without the author&apos;s contact, which this store&apos;s user may not see (R10)</source>
        <translation>%1 条网帖保存时去掉了发帖人的联系方式，本库用户无权查看（R10）</translation>
    </message>
    <message>
        <source>%1 posts have unsent local actions: the new version is kept under them, as sync does</source>
        <translation>%1 条网帖有尚未发送的本地操作：与同步一样，以新版本为底并保留这些操作</translation>
    </message>
    <message>
        <source>interrupted import of %1: it stopped after line %2; import the same input again to finish it</source>
        <translation>%1 的导入被中断：停在第 %2 行之后；再次导入同一输入即可完成</translation>
    </message>
    <message>
        <source>%1 is the case store %2 or one of its files; write to another file. Nothing was written.</source>
        <translation>%1 是案件库 %2 或其附属文件；请写入其他文件。未写入任何内容。</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>放假</translation>
    </message>
    <message>
        <source>working day</source>
        <translation>上班</translation>
    </message>
    <message>
        <source>  %1: %2, not taken: the calendar of %3 keeps it a %4</source>
        <translation>  %1：%2，未采用：%3 年的日历仍为%4</translation>
    </message>
    <message>
        <source>  %1: %2, taken for %3</source>
        <translation>  %1：%2，已计入 %3 年</translation>
    </message>
    <message>
        <source>--from and --to are dates, YYYY-MM-DD</source>
        <translation>--from 和 --to 须为日期，格式 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--to is not before --from</source>
        <translation>--to 不能早于 --from</translation>
    </message>
    <message>
        <source>--top is a number from 1 to 100000</source>
        <translation>--top 须为 1 至 100000 之间的数</translation>
    </message>
    <message>
        <source>--format is json or csv</source>
        <translation>--format 须为 json 或 csv</translation>
    </message>
    <message>
        <source>jsonl or csv; for a report html, pdf or csv; for matters json or csv.</source>
        <translation>jsonl 或 csv；报告为 html、pdf 或 csv；事项为 json 或 csv。</translation>
    </message>
    <message>
        <source>The period&apos;s first day, YYYY-MM-DD (China Standard Time).</source>
        <translation>时段的第一天，YYYY-MM-DD（北京时间）。</translation>
    </message>
    <message>
        <source>The period&apos;s last day, YYYY-MM-DD (China Standard Time).</source>
        <translation>时段的最后一天，YYYY-MM-DD（北京时间）。</translation>
    </message>
    <message>
        <source>At most this many matters, the best first.</source>
        <translation>最多列出这么多事项，排名靠前的在先。</translation>
    </message>
    <message>
        <source>%1: given twice</source>
        <translation>%1：同一个键出现了两次</translation>
    </message>
    <message>
        <source>%1 lists no weekday off in %2: the holiday arrangement of %2 is not published yet. Nothing was imported; deadlines in %2 are counted Monday to Friday and marked incomplete (R18).</source>
        <translation>%1 未列出 %2 年任何工作日的放假：%2 年的放假安排尚未公布。未导入任何内容；%2 年的期限按周一至周五计算，并标注为日历不完整（R18）。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB, the most this command reads</source>
        <translation>%1 超过 %2 MiB，此命令最多读取这么多</translation>
    </message>
    <message>
        <source>%1 is not a JSON object</source>
        <translation>%1 不是 JSON 对象</translation>
    </message>
    <message>
        <source>%1 stored posts removed: their imported version is not for this store&apos;s user (R10)</source>
        <translation>已从本库删除 %1 条网帖：导入的新版本不属于本库用户可持有的范围（R10）</translation>
    </message>
    <message>
        <source>Cannot write the output: %1</source>
        <translation>无法写出输出：%1</translation>
    </message>
    <message>
        <source>the input grew while it was imported: the lines after line %1 were not checked and not imported; import it again to add them</source>
        <translation>导入期间输入文件增长了：第 %1 行之后的行未经检查，也未导入；请再次导入以补上这些行</translation>
    </message>
</context>
<context>
    <name>CurrentUser</name>
    <message>
        <source>The portal&apos;s user record has no id or an unknown role.</source>
        <translation>门户网站的用户记录缺少编号或角色未知。</translation>
    </message>
    <message>
        <source>The portal names a liaison without a unit.</source>
        <translation>门户网站指定的联络员没有所属单位。</translation>
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
    <message>
        <source>There is no case store at %1: only init and demo create one. Check --db.</source>
        <translation>%1 处没有案件库：只有 init 和 demo 会创建案件库。请检查 --db。</translation>
    </message>
    <message>
        <source>Cannot read the case store %1: %2</source>
        <translation>无法读取案件库 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a case store: it is an empty database. Create one with init.</source>
        <translation>%1 不是案件库：这是一个空数据库。请用 init 创建案件库。</translation>
    </message>
    <message>
        <source>%1 is not a case store: it is an SQLite database of another program. Nothing was changed.</source>
        <translation>%1 不是案件库：这是其他程序的 SQLite 数据库。未作任何改动。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a case store. Check --db.</source>
        <translation>%1 是文件夹，不是案件库。请检查 --db。</translation>
    </message>
    <message>
        <source>The case store %1 is read-only for this user, and this command changes it. Nothing was changed.</source>
        <translation>案件库 %1 对当前用户只读，而此命令要修改它。未做任何更改。</translation>
    </message>
    <message>
        <source>The case store is busy: another program has been writing to it for %1 seconds. Try again when it has finished.</source>
        <translation>案件库正忙：另一个程序已连续写入 %1 秒。请等它完成后再试。</translation>
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
        <source>a period needs &quot;days&quot; (1–366) and &quot;working_days&quot; (true/false)</source>
        <translation>时限须有“days”（1–366）和“working_days”（true/false）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object</source>
        <translation>“%1”须为对象</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; the keys are %2</source>
        <translation>未知的键“%1”；可用的键为 %2</translation>
    </message>
    <message>
        <source>%1: the first answer (%2 days) would be due after the final limit (%3 days)</source>
        <translation>%1：首次答复期限（%2 天）晚于最终办结时限（%3 天）</translation>
    </message>
</context>
<context>
    <name>FeedCompactor</name>
    <message>
        <source>Cannot compact the change feed: %1</source>
        <translation>无法压缩变更流：%1</translation>
    </message>
</context>
<context>
    <name>FlaggedTerms</name>
    <message>
        <source>The list “%1” of flagged terms must be an array of words.</source>
        <translation>敏感词列表“%1”必须是词语数组。</translation>
    </message>
    <message>
        <source>The list “%1” of flagged terms holds something that is not a word.</source>
        <translation>敏感词列表“%1”中含有非词语的内容。</translation>
    </message>
    <message>
        <source>The flagged term “%1” in the list “%2” has no letters or characters to look for.</source>
        <translation>列表“%2”中的敏感词“%1”不含可供查找的字母或文字。</translation>
    </message>
    <message>
        <source>Unknown list “%1” of flagged terms: the lists are “abusive” and “illegal”.</source>
        <translation>未知的敏感词列表“%1”：列表只有“abusive”和“illegal”。</translation>
    </message>
    <message>
        <source>The flagged term “%1” is in both lists; keep it in one.</source>
        <translation>敏感词“%1”同时出现在两个列表中，请只保留在其中一个列表中。</translation>
    </message>
</context>
<context>
    <name>FlaggedTermsStore</name>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>The saved list of flagged terms cannot be read (%1); save the list again.</source>
        <translation>无法读取已保存的敏感词列表（%1）；请重新保存该列表。</translation>
    </message>
</context>
<context>
    <name>KeyIssuesReport</name>
    <message>
        <source>Choose at least one matter for the report.</source>
        <translation>请至少选择一个事项编入专报。</translation>
    </message>
    <message>
        <source>Describe the situation.</source>
        <translation>请说明情况。</translation>
    </message>
    <message>
        <source>Write down the suggested action.</source>
        <translation>请填写建议措施。</translation>
    </message>
    <message>
        <source>Name the office that sends the report.</source>
        <translation>请填写报送专报的机关。</translation>
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
    <name>LocalState</name>
    <message>
        <source>The portal&apos;s newer version no longer allows this action: %1</source>
        <translation>网站上的较新版本已不允许此操作：%1</translation>
    </message>
</context>
<context>
    <name>MatterFacts</name>
    <message>
        <source>Posts per week</source>
        <translation>每周网帖数</translation>
    </message>
    <message>
        <source>Posts per day</source>
        <translation>每日网帖数</translation>
    </message>
</context>
<context>
    <name>MatterGrouper</name>
    <message>
        <source>Choose a period whose end is not before its start.</source>
        <translation>请选择结束日期不早于开始日期的时间段。</translation>
    </message>
    <message>
        <source>Post %1 is stored with a body that cannot be read.</source>
        <translation>网帖 %1 保存的正文无法读取。</translation>
    </message>
    <message>
        <source>Matters are ranked by a score: one point per post in the period, one per week in which the matter was raised, log10(1 + views), and up to one point for how late in the period it was last raised; so a matter raised week after week ranks above a burst of a few days. Posts about one place join across districts when some name only the street, community or estate. Shielded posts, reports and posts of the category &quot;other&quot; (spam, duplicates, abuse) are left out.</source>
        <translation>事项按得分排名：时段内每篇帖子计 1 分，每个有人反映此事的周计 1 分，加上 log10(1 + 浏览量)，再按最后一次反映在时段中的时间早晚最多加 1 分；因此周周有人反映的事项排在几天内集中出现的事项之前。部分帖子只写街道、社区或小区名称时，同一地点的帖子也会跨区县归为一个事项。已屏蔽的帖子、举报和“其他”类帖子（垃圾信息、重复、辱骂）不计入。</translation>
    </message>
</context>
<context>
    <name>OutboxPusher</name>
    <message>
        <source>The portal took the action, but the post is no longer in your scope.</source>
        <translation>门户网站已接收该操作，但该网帖已不在您的办理范围内。</translation>
    </message>
</context>
<context>
    <name>PasswordKeychain</name>
    <message>
        <source>no keychain service is available</source>
        <translation>没有可用的系统密钥环服务</translation>
    </message>
    <message>
        <source>the keychain refused access</source>
        <translation>系统密钥环拒绝访问</translation>
    </message>
    <message>
        <source>the keychain is not available (%1)</source>
        <translation>系统密钥环不可用（%1）</translation>
    </message>
    <message>
        <source>the keychain did not answer</source>
        <translation>系统密钥环无响应</translation>
    </message>
</context>
<context>
    <name>PortalCommandLine</name>
    <message>
        <source>Usage:
  baixingtan-portal --config FILE init                      create or upgrade the database
  baixingtan-portal --config FILE serve                     run the service
  baixingtan-portal --config FILE user add NAME --role ROLE [--unit ID] [--display NAME]   password on stdin
  baixingtan-portal --config FILE user disable NAME
  baixingtan-portal --config FILE units import FILE         the GET /units body
  baixingtan-portal --config FILE calendar import FILE      own or holiday-cn shape, as the desk takes it
  baixingtan-portal --config FILE import FILE|-             JSON Lines of POST objects (migrating history)
  baixingtan-portal --config FILE check                     schema version, counts, feed head
</source>
        <translation>用法：
  baixingtan-portal --config 文件 init                      创建或升级数据库
  baixingtan-portal --config 文件 serve                     运行服务
  baixingtan-portal --config 文件 user add 用户名 --role 角色 [--unit 单位ID] [--display 显示名]   密码从标准输入读取
  baixingtan-portal --config 文件 user disable 用户名
  baixingtan-portal --config 文件 units import 文件         GET /units 的响应体
  baixingtan-portal --config 文件 calendar import 文件      本程序或 holiday-cn 格式，与工作台相同
  baixingtan-portal --config 文件 import 文件|-             网帖的 JSON Lines（迁移历史数据）
  baixingtan-portal --config 文件 check                     结构版本、计数、变更序列末端
</translation>
    </message>
    <message>
        <source>The first argument is --config FILE, then the command.</source>
        <translation>第一个参数应为 --config 文件，然后是命令。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>init takes no arguments.</source>
        <translation>init 不带参数。</translation>
    </message>
    <message>
        <source>The database is at schema version %1.
</source>
        <translation>数据库结构版本为 %1。
</translation>
    </message>
    <message>
        <source>check takes no arguments.</source>
        <translation>check 不带参数。</translation>
    </message>
    <message>
        <source>Cannot read the counts: %1</source>
        <translation>无法读取计数：%1</translation>
    </message>
    <message>
        <source>schema version: %1
posts: %2
units: %3
active users: %4
feed head: %5
feed horizon: %6
</source>
        <translation>结构版本：%1
网帖：%2
单位：%3
启用的用户：%4
变更序列末端：%5
变更序列起点：%6
</translation>
    </message>
    <message>
        <source>serve takes no arguments.</source>
        <translation>serve 不带参数。</translation>
    </message>
    <message>
        <source>%1 takes: import FILE.</source>
        <translation>%1 的用法：import 文件。</translation>
    </message>
    <message>
        <source>%1 Nothing was imported.</source>
        <translation>%1 未导入任何内容。</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was imported.</source>
        <translation>%1：%2 未导入任何内容。</translation>
    </message>
    <message>
        <source>import takes one FILE, or - for standard input.</source>
        <translation>import 只接受一个文件，或用 - 表示标准输入。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 posts imported, %2 skipped (the portal holds the same or a newer version).
</source>
        <translation>已导入 %1 条网帖，跳过 %2 条（门户中已有相同或更新的版本）。
</translation>
    </message>
    <message>
        <source>Cannot read the users: %1</source>
        <translation>无法读取用户：%1</translation>
    </message>
    <message>
        <source>user %1 has a name over %2 characters and cannot log in; add a shorter one and disable it
</source>
        <translation>用户 %1 的名称超过 %2 个字符，无法登录；请另建一个较短名称的用户，并停用此用户
</translation>
    </message>
</context>
<context>
    <name>PortalConfig</name>
    <message>
        <source>The configuration file %1 does not exist.</source>
        <translation>配置文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The configuration file %1 cannot be read.</source>
        <translation>无法读取配置文件 %1。</translation>
    </message>
    <message>
        <source>The configuration file %1 has an unknown setting &quot;%2&quot;.</source>
        <translation>配置文件 %1 含有未知设置“%2”。</translation>
    </message>
    <message>
        <source>The configuration file %1 does not say which database (database = ...).</source>
        <translation>配置文件 %1 未指明数据库（database = ...）。</translation>
    </message>
    <message>
        <source>The configuration file %1: listen must be address:port, for example 127.0.0.1:8443.</source>
        <translation>配置文件 %1：listen 须为“地址:端口”，例如 127.0.0.1:8443。</translation>
    </message>
    <message>
        <source>The configuration file %1: plain_http_loopback is true or false.</source>
        <translation>配置文件 %1：plain_http_loopback 取值为 true 或 false。</translation>
    </message>
    <message>
        <source>The configuration file %1 needs either certificate and key (HTTPS) or plain_http_loopback = true.</source>
        <translation>配置文件 %1 须给出 certificate 和 key（HTTPS），或 plain_http_loopback = true。</translation>
    </message>
    <message>
        <source>The configuration file %1 needs both certificate and key.</source>
        <translation>配置文件 %1 须同时给出 certificate 和 key。</translation>
    </message>
    <message>
        <source>The configuration file %1: plain HTTP is served only on a loopback address (127.0.0.1 or ::1).</source>
        <translation>配置文件 %1：明文 HTTP 只能在本机回环地址（127.0.0.1 或 ::1）上提供。</translation>
    </message>
    <message>
        <source>The configuration file %1: token_hours is a whole number of hours, 1 to 2160.</source>
        <translation>配置文件 %1：token_hours 须为 1 至 2160 的整小时数。</translation>
    </message>
    <message>
        <source>The configuration file %1: base_path starts with /, for example /api/v1.</source>
        <translation>配置文件 %1：base_path 须以 / 开头，例如 /api/v1。</translation>
    </message>
    <message>
        <source>The configuration file %1: answer_delay_ms is a whole number of milliseconds, 0 to 60000.</source>
        <translation>配置文件 %1：answer_delay_ms 须为 0 到 60000 之间的整数毫秒数。</translation>
    </message>
    <message>
        <source>The configuration file %1: connections_per_address is a whole number, 1 to 100000.</source>
        <translation>配置文件 %1：connections_per_address 须为 1 到 100000 之间的整数。</translation>
    </message>
</context>
<context>
    <name>PortalDatabase</name>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql).</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（Debian：libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>Cannot connect to the database: %1</source>
        <translation>无法连接数据库：%1</translation>
    </message>
    <message>
        <source>Cannot set up the database connection: %1</source>
        <translation>无法设置数据库连接：%1</translation>
    </message>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation>无法读取结构版本：%1</translation>
    </message>
    <message>
        <source>The database has schema version %1, newer than this program knows (%2): upgrade the program.</source>
        <translation>数据库结构版本为 %1，比本程序所知的（%2）更新：请升级程序。</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <source>Cannot lock the schema: %1</source>
        <translation>无法锁定数据库结构：%1</translation>
    </message>
    <message>
        <source>Schema update %1 failed: %2</source>
        <translation>数据库结构更新 %1 失败：%2</translation>
    </message>
    <message>
        <source>Cannot commit: %1</source>
        <translation>无法提交：%1</translation>
    </message>
    <message>
        <source>The database has schema version %1, this program %2: run init.</source>
        <translation>数据库结构版本为 %1，本程序为 %2：请运行 init。</translation>
    </message>
    <message>
        <source>The database uses the encoding %1; the portal needs UTF8. Create it with createdb -E UTF8 -T template0 --locale=C.UTF-8 NAME.</source>
        <translation>数据库使用 %1 编码；门户需要 UTF8。请用 createdb -E UTF8 -T template0 --locale=C.UTF-8 NAME 创建数据库。</translation>
    </message>
</context>
<context>
    <name>PortalError</name>
    <message>
        <source> The portal says: %1</source>
        <translation>门户网站返回：%1</translation>
    </message>
    <message>
        <source> The portal says: %1 (field &quot;%2&quot;)</source>
        <translation>门户网站返回：%1（字段“%2”）</translation>
    </message>
    <message>
        <source>The portal did not accept the user name or password.</source>
        <translation>门户网站不接受该用户名或密码。</translation>
    </message>
    <message>
        <source>The portal ended the session again right after a new log-in; try again later.</source>
        <translation>重新登录后门户网站随即又结束了会话，请稍后重试。</translation>
    </message>
    <message>
        <source>The portal did not accept the log-in.</source>
        <translation>门户网站拒绝了登录。</translation>
    </message>
    <message>
        <source>The portal does not allow you to do this.</source>
        <translation>门户网站不允许您进行此操作。</translation>
    </message>
    <message>
        <source>The portal does not know this post or address.</source>
        <translation>门户网站上不存在此网帖或地址。</translation>
    </message>
    <message>
        <source>The post was changed on the portal in the meantime.</source>
        <translation>此网帖在此期间已在门户网站上被修改。</translation>
    </message>
    <message>
        <source>The portal no longer knows where this computer stopped reading changes.</source>
        <translation>门户网站已无法确定本机上次读取变更的位置。</translation>
    </message>
    <message>
        <source>The portal refused the action as invalid.</source>
        <translation>门户网站以操作无效为由拒绝了该操作。</translation>
    </message>
    <message>
        <source>The portal failed with an internal error (HTTP %1); try again later.</source>
        <translation>门户网站发生内部错误（HTTP %1），请稍后重试。</translation>
    </message>
    <message>
        <source>The portal answered with HTTP error %1.</source>
        <translation>门户网站返回 HTTP 错误 %1。</translation>
    </message>
    <message>
        <source>No portal address is set; it looks like https://portal.example.org/api/v1.</source>
        <translation>未设置门户网站地址；地址形如 https://portal.example.org/api/v1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a portal address; it looks like https://portal.example.org/api/v1.</source>
        <translation>“%1”不是门户网站地址；地址形如 https://portal.example.org/api/v1。</translation>
    </message>
    <message>
        <source>The portal must be reached over https://. Plain http:// is allowed only to this computer itself, for development, and only when asked for explicitly.</source>
        <translation>必须通过 https:// 访问门户网站。仅在连接本机自身进行开发、且明确要求时，才允许使用明文 http://。</translation>
    </message>
    <message>
        <source>The CA certificate file cannot be used: %1</source>
        <translation>无法使用该 CA 证书文件：%1</translation>
    </message>
    <message>
        <source>The portal&apos;s certificate is not trusted (%1), so nothing was sent. Check the address, or choose the CA certificate file your administrator gave you.</source>
        <translation>门户网站的证书不受信任（%1），因此未发送任何内容。请检查地址，或选择管理员提供的 CA 证书文件。</translation>
    </message>
    <message>
        <source>Cannot reach the portal: %1.</source>
        <translation>无法连接门户网站：%1。</translation>
    </message>
    <message>
        <source>The portal did not answer in time; try again later.</source>
        <translation>门户网站未及时响应，请稍后重试。</translation>
    </message>
    <message>
        <source>The portal is busy and asks to wait %1 seconds; try again later.</source>
        <translation>门户网站繁忙，要求等待 %1 秒，请稍后重试。</translation>
    </message>
    <message>
        <source>The portal is busy; try again later.</source>
        <translation>门户网站繁忙，请稍后重试。</translation>
    </message>
    <message>
        <source>The portal sent an answer larger than 16 MiB; nothing of it was applied.</source>
        <translation>门户网站返回的应答超过 16 MiB，未应用其中任何内容。</translation>
    </message>
    <message>
        <source>The portal sent an answer this program cannot read (%1); nothing of it was applied.</source>
        <translation>门户网站返回的应答本程序无法读取（%1），未应用其中任何内容。</translation>
    </message>
    <message>
        <source>The portal sent post %1 with an error (%2); nothing of that answer was applied.</source>
        <translation>门户网站发来的网帖 %1 有错误（%2），该应答的内容均未应用。</translation>
    </message>
    <message>
        <source>No password is remembered for this portal account (%1).</source>
        <translation>未保存此门户网站账号（%1）的密码。</translation>
    </message>
    <message>
        <source>This case store holds the work of %1; log in as that user or use another case store.</source>
        <translation>此案件库保存的是 %1 的工作；请以该用户登录，或使用其他案件库。</translation>
    </message>
    <message>
        <source>The case store failed: %1</source>
        <translation>案件库出错：%1</translation>
    </message>
    <message>
        <source>The synchronisation was cancelled.</source>
        <translation>同步已取消。</translation>
    </message>
    <message>
        <source>The portal says more changes wait but does not move on from them (cursor %1); the synchronisation stopped. Try again later, or tell the portal&apos;s administrator.</source>
        <translation>门户称还有更多变更，但游标没有前进（游标 %1），同步已停止。请稍后再试，或告知门户管理员。</translation>
    </message>
    <message>
        <source>This case store belongs to another portal (%1); synchronise it with that portal, or use another case store for this one. Nothing was changed.</source>
        <translation>此案件库属于另一个门户（%1）；请与该门户同步，或为本门户另用一个案件库。未作任何更改。</translation>
    </message>
    <message>
        <source>This case store holds posts not from a portal (imported or demo posts), which a synchronisation would remove; use another case store for the portal. Nothing was changed.</source>
        <translation>此案件库中的帖子并非来自门户（导入或演示帖子），同步会将其删除；请为门户另用一个案件库。未作任何更改。</translation>
    </message>
</context>
<context>
    <name>PortalJsonFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB.</source>
        <translation>%1 大于 16 MiB。</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at offset %3.</source>
        <translation>%1 不是有效的 JSON：%2（偏移 %3）。</translation>
    </message>
    <message>
        <source>%1 is not a JSON object.</source>
        <translation>%1 不是 JSON 对象。</translation>
    </message>
    <message>
        <source>%1: %2 is given twice.</source>
        <translation>%1：%2 出现了两次。</translation>
    </message>
</context>
<context>
    <name>PortalReply</name>
    <message>
        <source>The portal cannot answer now; try again later.</source>
        <translation>门户暂时无法应答，请稍后再试。</translation>
    </message>
</context>
<context>
    <name>PortalServer</name>
    <message>
        <source>Cannot read the certificate %1 or the key %2.</source>
        <translation>无法读取证书 %1 或私钥 %2。</translation>
    </message>
    <message>
        <source>The certificate %1 or the key %2 is not an unencrypted PEM file.</source>
        <translation>证书 %1 或私钥 %2 不是未加密的 PEM 文件。</translation>
    </message>
    <message>
        <source>This Qt has no TLS support (OpenSSL): HTTPS cannot be served.</source>
        <translation>此 Qt 不支持 TLS（OpenSSL），无法提供 HTTPS 服务。</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2.</source>
        <translation>无法在 %1 的端口 %2 上监听。</translation>
    </message>
    <message>
        <source>This path does not take %1.</source>
        <translation>此路径不接受 %1 请求。</translation>
    </message>
    <message>
        <source>No such path.</source>
        <translation>没有这个路径。</translation>
    </message>
    <message>
        <source>The request body is over %1 bytes.</source>
        <translation>请求正文超过 %1 字节。</translation>
    </message>
    <message>
        <source>The request&apos;s length is not clear: give one Content-Length or Transfer-Encoding: chunked, and no folded header lines.</source>
        <translation>请求的长度不明确：请只给出一个 Content-Length 或 Transfer-Encoding: chunked，且不要使用折行的请求头。</translation>
    </message>
    <message>
        <source>Send the body as application/json.</source>
        <translation>请以 application/json 发送正文。</translation>
    </message>
    <message>
        <source>The request has the character U+0000 or a broken surrogate pair.</source>
        <translation>请求中含有字符 U+0000 或不完整的代理对。</translation>
    </message>
    <message>
        <source>The request&apos;s headers are over %1 bytes.</source>
        <translation>请求头超过 %1 字节。</translation>
    </message>
    <message>
        <source>The request cannot be read: its request line or its chunked body is broken.</source>
        <translation>无法读取该请求：其请求行或分块正文已损坏。</translation>
    </message>
    <message>
        <source>Send the body as it is or with Transfer-Encoding: chunked alone; no other coding is supported.</source>
        <translation>请直接发送正文，或仅使用 Transfer-Encoding: chunked；不支持其他编码。</translation>
    </message>
</context>
<context>
    <name>PortalTerms</name>
    <message>
        <source>spam</source>
        <translation>乱贴</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>重贴</translation>
    </message>
    <message>
        <source>advertising</source>
        <translation>广告</translation>
    </message>
    <message>
        <source>abusive</source>
        <translation>语言过激</translation>
    </message>
    <message>
        <source>illegal</source>
        <translation>违法</translation>
    </message>
    <message>
        <source>the mayor&apos;s mailbox</source>
        <translation>市长信箱</translation>
    </message>
    <message>
        <source>the discipline-inspection mailbox</source>
        <translation>纪检信箱</translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>unsatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>initial reply</source>
        <translation>初次答复</translation>
    </message>
    <message>
        <source>final reply</source>
        <translation>最终答复</translation>
    </message>
    <message>
        <source>follow-up reply</source>
        <translation>跟进答复</translation>
    </message>
    <message>
        <source>public</source>
        <translation>公开</translation>
    </message>
    <message>
        <source>author only</source>
        <translation>仅留言人可见</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>电话督办</translation>
    </message>
    <message>
        <source>written notice</source>
        <translation>督办通知</translation>
    </message>
    <message>
        <source>past its deadline</source>
        <translation>超过答复时限</translation>
    </message>
    <message>
        <source>strong public attention</source>
        <translation>公众反映强烈</translation>
    </message>
    <message>
        <source>many posts on one matter</source>
        <translation>意见集中</translation>
    </message>
    <message>
        <source>author unsatisfied</source>
        <translation>留言人对答复不满意</translation>
    </message>
    <message>
        <source>posted repeatedly without a reply</source>
        <translation>多次发帖未获答复</translation>
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
        <source>forwarded</source>
        <translation>已转办</translation>
    </message>
    <message>
        <source>shielded</source>
        <translation>已屏蔽</translation>
    </message>
    <message>
        <source>shield undone</source>
        <translation>已取消屏蔽</translation>
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
    <message>
        <source>replied</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>supervision opened</source>
        <translation>已发起督办</translation>
    </message>
    <message>
        <source>supervision result recorded</source>
        <translation>已记录督办结果</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>PostActions</name>
    <message>
        <source>Log in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>There is no such address.</source>
        <translation>没有这个地址。</translation>
    </message>
    <message>
        <source>Every action needs an Idempotency-Key: up to %1 visible ASCII characters, a UUID.</source>
        <translation>每个操作都需要 Idempotency-Key：不超过 %1 个可见 ASCII 字符，即一个 UUID。</translation>
    </message>
    <message>
        <source>The service cannot reach the database now; send the action again later.</source>
        <translation>服务现在无法访问数据库，请稍后重新发送该操作。</translation>
    </message>
    <message>
        <source>The body is not a JSON object.</source>
        <translation>请求正文不是 JSON 对象。</translation>
    </message>
    <message>
        <source>There is no post %1.</source>
        <translation>没有帖子 %1。</translation>
    </message>
    <message>
        <source>You can act for your own unit only.</source>
        <translation>您只能代表本单位操作。</translation>
    </message>
    <message>
        <source>This action needs the base_version.</source>
        <translation>此操作需要 base_version。</translation>
    </message>
    <message>
        <source>The post has changed since version %1.</source>
        <translation>帖子自版本 %1 以来已有改动。</translation>
    </message>
    <message>
        <source>The post would be over %1 KiB; write less.</source>
        <translation>网帖将超过 %1 KiB；请精简内容。</translation>
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
    <name>PostImport</name>
    <message>
        <source>Cannot keep a copy of the input to import: %1</source>
        <translation>无法保存待导入输入的副本：%1</translation>
    </message>
    <message>
        <source>line %1: %2. Nothing was imported.</source>
        <translation>第 %1 行：%2。未导入任何内容。</translation>
    </message>
    <message>
        <source>the post %1 is given twice</source>
        <translation>网帖 %1 出现了两次</translation>
    </message>
    <message>
        <source>skipped line %1, post %2: the portal holds version %3, the file %4
</source>
        <translation>已跳过第 %1 行，网帖 %2：门户中为第 %3 版，文件中为第 %4 版
</translation>
    </message>
    <message>
        <source>the post %1 gives the id %2 to two replies or two supervisions</source>
        <translation>网帖 %1 的两条回复或两项督办使用了同一编号 %2</translation>
    </message>
    <message>
        <source>line %1: %2 Nothing was imported.</source>
        <translation>第 %1 行：%2 未导入任何内容。</translation>
    </message>
    <message>
        <source>Another import is writing to this portal&apos;s database. Nothing was imported; run this one when that one has finished.</source>
        <translation>另一个导入正在写入本门户的数据库。本次未导入任何内容；请待那一个完成后再运行本次导入。</translation>
    </message>
    <message>
        <source>The lines before line %1 were imported.</source>
        <translation>第 %1 行之前的各行已导入。</translation>
    </message>
    <message>
        <source>Lines %1 to %2 were imported.</source>
        <translation>第 %1 行至第 %2 行已导入。</translation>
    </message>
    <message>
        <source>Lines %1 to %2 were not imported: %3.</source>
        <translation>第 %1 行至第 %2 行未导入：%3。</translation>
    </message>
    <message>
        <source>Import the same input again to finish.</source>
        <translation>再次导入同一输入即可完成。</translation>
    </message>
    <message>
        <source>the post has the character U+0000 or half of a surrogate pair, which PostgreSQL cannot store</source>
        <translation>帖子含有字符 U+0000 或不完整的代理对，PostgreSQL 无法存储</translation>
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
        <source>Cannot keep a copy of the input to import: %1</source>
        <translation>无法保存待导入输入的副本：%1</translation>
    </message>
    <message>
        <source>Cannot read the input again: %1</source>
        <translation>无法再次读取输入：%1</translation>
    </message>
    <message>
        <source>%1 (the input changed while it was imported)</source>
        <translation>%1（导入期间输入发生了变化）</translation>
    </message>
    <message>
        <source>cannot store the post: %1</source>
        <translation>无法保存网帖：%1</translation>
    </message>
    <message>
        <source>a byte order mark (U+FEFF) at the start of the line; only the first line of a file may have one</source>
        <translation>行首有字节顺序标记（U+FEFF）；只有文件的第一行可以带它</translation>
    </message>
    <message>
        <source>An imported version of the post is not for this store&apos;s user (R10).</source>
        <translation>导入的该网帖版本不属于本库用户可持有的范围（R10）。</translation>
    </message>
    <message>
        <source>the input ends before this line</source>
        <translation>输入在此行之前就结束了</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>%1. Nothing was imported; import the same input again.</source>
        <translation>%1。没有导入任何内容；请再次导入同一输入。</translation>
    </message>
    <message>
        <source>%1. Lines 1 to %2 were imported; import the same input again to finish.</source>
        <translation>%1。第 1 至 %2 行已导入；请再次导入同一输入以完成。</translation>
    </message>
</context>
<context>
    <name>PostValidator</name>
    <message>
        <source>field &quot;%1&quot; is missing or has the wrong type or value</source>
        <translation>字段“%1”缺失，或类型、取值有误</translation>
    </message>
    <message>
        <source>a raw control character (U+%1) in a string at byte %2; JSON needs it escaped</source>
        <translation>第 %2 字节处的字符串中有未转义的控制字符（U+%1）；JSON 要求转义</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot; in one object</source>
        <translation>同一对象中有重复的键“%1”</translation>
    </message>
    <message>
        <source>a backslash in a string at byte %1 that starts no JSON escape (JSON allows \&quot; \\ \/ \b \f \n \r \t and \u)</source>
        <translation>字符串中第 %1 字节处的反斜杠不构成 JSON 转义（JSON 只允许 \&quot; \\ \/ \b \f \n \r \t 和 \u）</translation>
    </message>
</context>
<context>
    <name>PostWriter</name>
    <message>
        <source>A post has no id.</source>
        <translation>有一条帖子没有 id。</translation>
    </message>
    <message>
        <source>Post %1 is given twice.</source>
        <translation>帖子 %1 出现了两次。</translation>
    </message>
    <message>
        <source>Post %1 has no version (a whole number from 1).</source>
        <translation>帖子 %1 没有版本号（从 1 起的整数）。</translation>
    </message>
    <message>
        <source>Post %1 has no status.</source>
        <translation>帖子 %1 没有状态。</translation>
    </message>
    <message>
        <source>Post %1 has no submitted_at time with an offset.</source>
        <translation>帖子 %1 没有带时区偏移的 submitted_at 时间。</translation>
    </message>
    <message>
        <source>Post %1: assignments, replies and supervisions must be lists.</source>
        <translation>帖子 %1：assignments、replies 和 supervisions 必须是列表。</translation>
    </message>
    <message>
        <source>Post %1 has an assignment without unit_id.</source>
        <translation>帖子 %1 有一个没有 unit_id 的交办记录。</translation>
    </message>
    <message>
        <source>Cannot write the posts: %1</source>
        <translation>无法写入帖子：%1</translation>
    </message>
</context>
<context>
    <name>PublicIntake</name>
    <message>
        <source>%1 is text, and not empty.</source>
        <translation>%1 须为文字，且不能为空。</translation>
    </message>
    <message>
        <source>%1 is at most %2 characters.</source>
        <translation>%1 最多 %2 个字。</translation>
    </message>
    <message>
        <source>contact is an object with alias, phone and email, or null.</source>
        <translation>contact 须为含 alias、phone 和 email 的对象，或为 null。</translation>
    </message>
    <message>
        <source>Too many requests from this address; try again later.</source>
        <translation>来自此地址的请求过多，请稍后再试。</translation>
    </message>
    <message>
        <source>A post is at most %1 bytes of JSON.</source>
        <translation>一条网帖最多 %1 字节的 JSON。</translation>
    </message>
    <message>
        <source>wants_reply is true or false.</source>
        <translation>wants_reply 须为 true 或 false。</translation>
    </message>
    <message>
        <source>A rating is at most %1 bytes of JSON.</source>
        <translation>一次评价最多 %1 字节的 JSON。</translation>
    </message>
    <message>
        <source>Give the author token the post was answered with.</source>
        <translation>请提供提交网帖时得到的留言人凭据。</translation>
    </message>
    <message>
        <source>satisfaction is satisfied, basically_satisfied or unsatisfied.</source>
        <translation>satisfaction 须为 satisfied、basically_satisfied 或 unsatisfied。</translation>
    </message>
    <message>
        <source>There is no such post.</source>
        <translation>没有这条网帖。</translation>
    </message>
    <message>
        <source>This is not the post&apos;s author token.</source>
        <translation>这不是此网帖的留言人凭据。</translation>
    </message>
    <message>
        <source>The post has no reply to rate yet.</source>
        <translation>此网帖尚无可评价的答复。</translation>
    </message>
    <message>
        <source>The body is not a JSON object.</source>
        <translation>请求正文不是 JSON 对象。</translation>
    </message>
    <message>
        <source>%1 is one line without control characters or invisible formatting characters.</source>
        <translation>%1 须为单行，不得含控制字符或不可见的格式字符。</translation>
    </message>
    <message>
        <source>%1 has a control character other than a line break or a tab.</source>
        <translation>%1 含有换行符和制表符以外的控制字符。</translation>
    </message>
</context>
<context>
    <name>PullApplier</name>
    <message>
        <source>The post left your scope on the portal (reassigned, reclassified or withdrawn) before this action reached it.</source>
        <translation>此操作送达门户网站之前，该网帖已不在您的办理范围内（已改派、重新分类或撤回）。</translation>
    </message>
    <message>
        <source>The portal no longer shows this post to you, but your changes to it were not sent yet.</source>
        <translation>门户网站已不再向您显示此网帖，但您对它的更改尚未发送。</translation>
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
    <name>QuarterlyReport</name>
    <message>
        <source>Cannot read the assignments: %1</source>
        <translation>无法读取办理任务：%1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Some deadlines fall in a year whose working-day calendar is not known, so they were counted with weekdays only (R18). Import that year&apos;s calendar.</source>
        <translation>部分期限所在年份的工作日历未知，已仅按周一至周五计算（R18）。请导入该年份的日历。</translation>
    </message>
</context>
<context>
    <name>QueueLoader</name>
    <message>
        <source>Cannot read the queue from the case store: %1</source>
        <translation>无法从案件库读取队列：%1</translation>
    </message>
    <message>
        <source>The SQLite driver gives no handle to read the queue with.</source>
        <translation>SQLite 驱动未提供读取队列所需的句柄。</translation>
    </message>
</context>
<context>
    <name>ReferenceData</name>
    <message>
        <source>The calendar of %1 is not published.</source>
        <translation>%1 年的日历尚未发布。</translation>
    </message>
</context>
<context>
    <name>ReferenceImport</name>
    <message>
        <source>Cannot write the audit log: %1</source>
        <translation>无法写入审计日志：%1</translation>
    </message>
    <message>
        <source>The file has no &quot;units&quot; list.</source>
        <translation>文件中没有“units”列表。</translation>
    </message>
    <message>
        <source>Cannot replace the units: %1</source>
        <translation>无法替换单位列表：%1</translation>
    </message>
    <message>
        <source>%1 units imported; %2 no longer listed were deleted, %3 still named by posts or users are kept inactive.</source>
        <translation>已导入 %1 个单位；%2 个不再列出的单位已删除，%3 个仍被帖子或用户引用的单位保留为停用。</translation>
    </message>
    <message>
        <source>The file lists no weekday off in %1: the holiday arrangement of %1 is not published yet (R18).</source>
        <translation>文件中没有 %1 年工作日的休息日：%1 年的节假日安排尚未公布（R18）。</translation>
    </message>
    <message>
        <source>Cannot store the calendar: %1</source>
        <translation>无法保存日历：%1</translation>
    </message>
    <message>
        <source>Calendar %1 imported: %2 days off, %3 make-up working days.</source>
        <translation>已导入 %1 年日历：%2 天休息日，%3 天调休上班日。</translation>
    </message>
</context>
<context>
    <name>ReminderSummary</name>
    <message>
        <source>New posts: %1</source>
        <translation>新网帖：%1</translation>
    </message>
    <message>
        <source>Due today: %1</source>
        <translation>今日到期：%1</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>已超期：%1</translation>
    </message>
    <message>
        <source>Nothing new, due today or overdue.</source>
        <translation>没有新网帖，也没有今日到期或已超期的网帖。</translation>
    </message>
</context>
<context>
    <name>ReplyCheckRules</name>
    <message>
        <source>%1: unknown key</source>
        <translation>%1：未知的键</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1：缺少此项</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1：必须是对象</translation>
    </message>
    <message>
        <source>%1: must be a number from %2 to %3</source>
        <translation>%1：必须是 %2 到 %3 之间的数</translation>
    </message>
    <message>
        <source>%1: must be a list of texts</source>
        <translation>%1：必须是文本列表</translation>
    </message>
    <message>
        <source>%1: must be a non-empty text</source>
        <translation>%1：必须是非空文本</translation>
    </message>
    <message>
        <source>%1: not a valid regular expression (%2 at offset %3)</source>
        <translation>%1：不是有效的正则表达式（%2，位置 %3）</translation>
    </message>
    <message>
        <source>%1: needs either &quot;pattern&quot; or &quot;per_chars&quot;</source>
        <translation>%1：须有“pattern”或“per_chars”二者之一</translation>
    </message>
    <message>
        <source>%1: must be a list</source>
        <translation>%1：必须是列表</translation>
    </message>
</context>
<context>
    <name>ReplyLinter</name>
    <message>
        <source>The reply is empty.</source>
        <translation>回复内容为空。</translation>
    </message>
    <message>
        <source>Fill in the template&apos;s placeholder &quot;%1&quot; before sending.</source>
        <translation>发送前请填写模板中的占位符“%1”。</translation>
    </message>
    <message>
        <source>A reply to a consultation names the relevant documents with their document numbers (R5).</source>
        <translation>对咨询类网帖的答复应写明有关文件的名称和文号（R5）。</translation>
    </message>
    <message>
        <source>A referenced document has no title.</source>
        <translation>有一个引用文件没有名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document number in the standard form, such as 哈政办综〔2005〕71号.</source>
        <translation>“%1”不是规范的文号格式，规范格式如：哈政办综〔2005〕71号。</translation>
    </message>
    <message>
        <source>A reply to a report is seen by its author only (R10).</source>
        <translation>对举报类网帖的回复只能由留言人本人看到（R10）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is rude; keep the reply courteous (R19).</source>
        <translation>“%1”用语不文明；答复应态度平等、和蔼、友善（R19）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; refuses the matter without saying who decides it; name the competent unit, or return the post (R15, R19).</source>
        <translation>“%1”拒绝办理却未说明由谁决定；请写明主管单位，或退回网帖（R15、R19）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; only says the matter was passed on; say what was found and done, and who takes which measure (R19).</source>
        <translation>“%1”只说明已转办；请说明查明的情况、已做的工作，以及由谁采取何种措施（R19）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; sends the author to another channel without answering the matter; answer it in this reply (R19).</source>
        <translation>“%1”让留言人另找渠道，却未答复所问事项；请在本次答复中解决（R19）。</translation>
    </message>
    <message>
        <source>The reply says nothing about the matter beyond set phrases; say what was found and what was or will be done (R19).</source>
        <translation>答复除套话外未涉及所反映的事项；请说明查明的情况，以及已经或将要采取的措施（R19）。</translation>
    </message>
    <message>
        <source>The reply says little about the matter (substance %1 of the %2 expected); say what was found, what was done and who takes which measure (R19).</source>
        <translation>答复的实质内容不足（实质得分 %1，应达到 %2）；请说明查明的情况、已做的工作，以及由谁采取何种措施（R19）。</translation>
    </message>
    <message>
        <source>This reply promises a resolution still to come; send a follow-up reply once it is done (R19).</source>
        <translation>此答复承诺了尚待解决的事项；解决后请及时发送跟进答复（R19）。</translation>
    </message>
    <message>
        <source>An earlier reply promised a resolution; once it is done this should be a follow-up reply (R19).</source>
        <translation>此前的答复已承诺解决；解决后本次答复应为跟进答复（R19）。</translation>
    </message>
</context>
<context>
    <name>ReplyRatingStore</name>
    <message>
        <source>Each of the three criteria is rated from 1 to 5.</source>
        <translation>三项指标均按 1 至 5 分评分。</translation>
    </message>
    <message>
        <source>A rating needs the post, the reply, the unit, the rater and the time.</source>
        <translation>评分须包含网帖、答复、承办单位、评分人和时间。</translation>
    </message>
    <message>
        <source>The store has no reply %1 of %2 on post %3.</source>
        <translation>案件库中没有网帖 %3 上 %2 的答复 %1。</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>Not yet classified</source>
        <translation>未分类</translation>
    </message>
    <message>
        <source>Quarterly report on replies to posts, %1</source>
        <translation>网帖答复情况季度通报（%1）</translation>
    </message>
    <message>
        <source>%1 to %2, as of the end of %2 (China Standard Time); rules R15, R16 and R21</source>
        <translation>%1 至 %2，统计截至 %2 结束（北京时间）；依据规则 R15、R16 和 R21</translation>
    </message>
    <message>
        <source>Unit id</source>
        <translation>单位编号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>分发数</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>答复数</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Overdue, open</source>
        <translation>超期未答复</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Returned late</source>
        <translation>逾期退回</translation>
    </message>
    <message>
        <source>Supervisions</source>
        <translation>督办次数</translation>
    </message>
    <message>
        <source>On-time rate per unit (on time ÷ answered or overdue)</source>
        <translation>各单位按时答复率（按时数 ÷ 已答复或已超期数）</translation>
    </message>
    <message>
        <source>Posts submitted per week</source>
        <translation>每周提交网帖数</translation>
    </message>
    <message>
        <source>Posts by category</source>
        <translation>各类别网帖数</translation>
    </message>
    <message>
        <source>Posts submitted in the quarter: %1.</source>
        <translation>本季度提交网帖：%1 条。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>网帖数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Main matters raised</source>
        <translation>网帖反映的主要问题</translation>
    </message>
    <message>
        <source>The phrases the most titles of posts for units share, with the most viewed post on each.</source>
        <translation>分发至承办单位的网帖标题中最常见的短语，每项附浏览量最高的网帖。</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
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
        <source>Annual assessment of units&apos; replies, %1</source>
        <translation>%1 年度承办单位答复情况考核</translation>
    </message>
    <message>
        <source>Assignments dispatched in %1 and their replies by the year&apos;s end; rules R19 and R23</source>
        <translation>%1 年分发的办理任务及截至年底的答复情况；依据规则 R19 和 R23</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>分发数</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>答复数</translation>
    </message>
    <message>
        <source>Reply rate</source>
        <translation>答复率</translation>
    </message>
    <message>
        <source>Quality check</source>
        <translation>质量检查</translation>
    </message>
    <message>
        <source>Supervisors&apos; ratings</source>
        <translation>督办人员评分</translation>
    </message>
    <message>
        <source>Authors&apos; satisfaction</source>
        <translation>留言人满意度</translation>
    </message>
    <message>
        <source>Quality score</source>
        <translation>质量得分</translation>
    </message>
    <message>
        <source>Reply-quality score per unit (0–100)</source>
        <translation>各单位答复质量得分（0–100）</translation>
    </message>
    <message>
        <source>Reply rate per unit</source>
        <translation>各单位答复率</translation>
    </message>
    <message>
        <source>How the quality score is made</source>
        <translation>质量得分的计算方法</translation>
    </message>
    <message>
        <source>The weighted mean of the parts a unit has, each from 0 to 100. Quality check: per reply 100 without findings, 50 with advice, 0 when it would be blocked. Supervisors&apos; ratings: sampled replies rated 1 to 5 on substance, responsibility and form (R19). Authors&apos; satisfaction: satisfied 100, basically satisfied 60, unsatisfied 0. The weights are configurable.</source>
        <translation>质量得分为该单位已有各项得分（均为 0 到 100）的加权平均值。质量检查：每条答复无问题计 100 分，有建议计 50 分，会被拦截计 0 分。督办人员评分：对抽查的答复按内容、责任和形式分别评 1 到 5 分（R19）。留言人满意度：满意计 100 分，基本满意计 60 分，不满意计 0 分。各项权重可以配置。</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>组成项</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Writing a PDF needs the program&apos;s graphical part.</source>
        <translation>生成 PDF 需要本程序的图形界面部分。</translation>
    </message>
</context>
<context>
    <name>ReportUnits</name>
    <message>
        <source>Units not in the store&apos;s list of units, shown by their ids and counted with a department&apos;s deadlines: %1. Import the units to correct this.</source>
        <translation>以下单位不在案件库的单位列表中，按编号显示，并按市直部门的时限计算：%1。请导入单位列表以更正。</translation>
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
    <name>SavedViews</name>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>未分类</translation>
    </message>
    <message>
        <source>To dispatch</source>
        <translation>待分发</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>Due within 3 working days</source>
        <translation>3 个工作日内到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Calendar incomplete</source>
        <translation>日历不全</translation>
    </message>
    <message>
        <source>Flagged words</source>
        <translation>含敏感词</translation>
    </message>
    <message>
        <source>Shielded</source>
        <translation>已屏蔽</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>收件箱</translation>
    </message>
    <message>
        <source>To sign for</source>
        <translation>待签收</translation>
    </message>
    <message>
        <source>To answer</source>
        <translation>待答复</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
</context>
<context>
    <name>ScopeFilter</name>
    <message>
        <source>a report, which a liaison&apos;s store never holds (R10)</source>
        <translation>举报类网帖，联络员的库中从不保存（R10）</translation>
    </message>
    <message>
        <source>this liaison has no unit (R10)</source>
        <translation>该联络员没有所属单位（R10）</translation>
    </message>
    <message>
        <source>not assigned to unit %1 (R10)</source>
        <translation>未分发给单位 %1（R10）</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>Cannot set up the stop signals.</source>
        <translation>无法设置停止信号。</translation>
    </message>
    <message>
        <source>Serving %1://%2:%3%4
</source>
        <translation>正在服务 %1://%2:%3%4
</translation>
    </message>
</context>
<context>
    <name>SessionService</name>
    <message>
        <source>Give a user name.</source>
        <translation>请填写用户名。</translation>
    </message>
    <message>
        <source>Give a password.</source>
        <translation>请填写密码。</translation>
    </message>
    <message>
        <source>Too many failed log-ins; try again later.</source>
        <translation>登录失败次数过多，请稍后再试。</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>The session has expired; log in again.</source>
        <translation>会话已过期，请重新登录。</translation>
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
    <name>SupervisionCandidates</name>
    <message numerus="yes">
        <source>%1: first answer was due %2, %n working day(s) late</source>
        <translation>
            <numerusform>%1：首次答复期限为 %2，已超期 %n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: final reply was due %2, %n working day(s) late</source>
        <translation>
            <numerusform>%1：最终答复期限为 %2，已超期 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 须在 %2 到 %3 之间。</translation>
    </message>
    <message numerus="yes">
        <source>%n view(s)</source>
        <translation>
            <numerusform>浏览量 %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The author was unsatisfied with the reply.</source>
        <translation>留言人对答复不满意。</translation>
    </message>
    <message numerus="yes">
        <source>One of %n posts on this matter in %1 days</source>
        <translation>
            <numerusform>%1 天内有 %n 条网帖反映此事，本帖为其中之一</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One of %n posts on this matter in %1 in %2 days</source>
        <translation>
            <numerusform>%2 天内%1有 %n 条网帖反映此事，本帖为其中之一</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n similar post(s) within %1 days</source>
        <translation>
            <numerusform>%1 天内有 %n 条相似网帖</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The same author posted %n times within %1 days with no reply</source>
        <translation>
            <numerusform>同一留言人 %1 天内发帖 %n 次，均未获答复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The same text was posted %n times within %1 days with no reply</source>
        <translation>
            <numerusform>相同内容 %1 天内发布 %n 次，均未获答复</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupervisionNotices</name>
    <message>
        <source>A notice belongs to a supervision opened on a post.</source>
        <translation>督办通知须对应网帖上已发起的督办。</translation>
    </message>
    <message>
        <source>Name the unit the notice is sent to.</source>
        <translation>请填写督办通知的接收单位。</translation>
    </message>
    <message>
        <source>Give the date of issue and the date the unit must answer by.</source>
        <translation>请填写发文日期和单位答复截止日期。</translation>
    </message>
    <message>
        <source>The unit cannot be asked to answer before the notice is issued.</source>
        <translation>要求单位答复的日期不能早于通知下发日期。</translation>
    </message>
    <message>
        <source>Write down what the unit is required to do.</source>
        <translation>请填写对承办单位的办理要求。</translation>
    </message>
    <message>
        <source>Name the office that issues the notice.</source>
        <translation>请填写下发通知的机关。</translation>
    </message>
    <message>
        <source>Writing a PDF needs the program&apos;s graphical part.</source>
        <translation>生成 PDF 需要本程序的图形界面组件。</translation>
    </message>
    <message>
        <source>This supervision already has notice %1.</source>
        <translation>此项督办已有督办通知 %1。</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Give the user name you log in to the portal with.</source>
        <translation>请填写登录门户网站所用的用户名。</translation>
    </message>
    <message>
        <source>none is stored in the keychain</source>
        <translation>系统密钥环中未保存密码</translation>
    </message>
    <message>
        <source>The password was not remembered: %1.</source>
        <translation>未能记住密码：%1。</translation>
    </message>
    <message>
        <source>Post %1 has no conflict with the portal.</source>
        <translation>网帖 %1 与门户网站没有冲突。</translation>
    </message>
    <message>
        <source>There is no failed action %1.</source>
        <translation>没有失败的操作 %1。</translation>
    </message>
    <message>
        <source>%1 actions were queued during this sync; they go with the next sync</source>
        <translation>本次同步期间又排队了 %1 个操作，将随下次同步发送</translation>
    </message>
    <message>
        <source>Cannot count the conflicts and the actions still queued: %1</source>
        <translation>无法统计冲突和仍在排队的操作：%1</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <source>unclassified</source>
        <translation>未分类</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>%1 前</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Forwarded to</source>
        <translation>转至</translation>
    </message>
    <message>
        <source>Shielded as</source>
        <translation>屏蔽原因</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Supervisions</source>
        <translation>督办</translation>
    </message>
    <message>
        <source>The portal no longer shows this post to you</source>
        <translation>门户网站已不再向您显示此网帖</translation>
    </message>
</context>
<context>
    <name>TriageSuggester</name>
    <message numerus="yes">
        <source>Like %n earlier post(s)</source>
        <translation>
            <numerusform>与之前 %n 条网帖相似</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; words: %2</source>
        <translation>%1；关键词：%2</translation>
    </message>
</context>
<context>
    <name>UnitStore</name>
    <message>
        <source>A unit needs an id, a name and a kind (department or district): %1</source>
        <translation>单位须有编号、名称和类型（部门或区县）：%1</translation>
    </message>
    <message>
        <source>The list holds no units; the units stored are kept.</source>
        <translation>列表中没有任何单位；已保存的单位保持不变。</translation>
    </message>
    <message>
        <source>The unit %1 is listed twice.</source>
        <translation>单位 %1 在列表中出现了两次。</translation>
    </message>
</context>
<context>
    <name>UserCommand</name>
    <message>
        <source>user takes add or disable.</source>
        <translation>user 命令后接 add 或 disable。</translation>
    </message>
    <message>
        <source>user add needs the user&apos;s name first.</source>
        <translation>user add 首先需要用户名。</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 需要一个值。</translation>
    </message>
    <message>
        <source>user add does not take %1.</source>
        <translation>user add 不接受 %1。</translation>
    </message>
    <message>
        <source>user add needs --role.</source>
        <translation>user add 需要 --role。</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;: column_staff, liaison, supervisor, leader or admin.</source>
        <translation>未知角色“%1”：应为 column_staff、liaison、supervisor、leader 或 admin。</translation>
    </message>
    <message>
        <source>A liaison needs --unit, the unit it replies for.</source>
        <translation>联络员需要 --unit，即其负责答复的单位。</translation>
    </message>
    <message>
        <source>Only a liaison has a unit.</source>
        <translation>只有联络员有所属单位。</translation>
    </message>
    <message>
        <source>Give the password on the first line of standard input; an empty one is refused.</source>
        <translation>请在标准输入的第一行给出密码；空密码不被接受。</translation>
    </message>
    <message>
        <source>libsodium cannot start (no source of randomness).</source>
        <translation>libsodium 无法启动（没有随机数来源）。</translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation>内存不足，无法计算密码散列。</translation>
    </message>
    <message>
        <source>There is no unit &quot;%1&quot;: import the units first.</source>
        <translation>没有单位“%1”：请先导入单位。</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is taken.</source>
        <translation>名称“%1”已被占用。</translation>
    </message>
    <message>
        <source>User %1 is %2.</source>
        <translation>用户 %1 的编号为 %2。</translation>
    </message>
    <message>
        <source>user disable takes the user&apos;s name.</source>
        <translation>user disable 需要用户名。</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>没有用户“%1”。</translation>
    </message>
    <message>
        <source>User %1 is disabled; its sessions have ended.</source>
        <translation>用户 %1 已停用，其会话均已结束。</translation>
    </message>
    <message>
        <source>A user name has no spaces, line breaks or control characters.</source>
        <translation>用户名中不能有空格、换行或控制字符。</translation>
    </message>
    <message>
        <source>A user name has at most %1 characters.</source>
        <translation>用户名最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The password has a NUL character, which no log-in can send.</source>
        <translation>密码含有 NUL 字符，任何登录都无法发送它。</translation>
    </message>
    <message>
        <source>Give a user name.</source>
        <translation>请填写用户名。</translation>
    </message>
    <message>
        <source>The user name has bytes that are not UTF-8 (or U+FFFD, which stands for them): type it in UTF-8.</source>
        <translation>用户名含有不是 UTF-8 的字节（或代表这类字节的 U+FFFD）：请以 UTF-8 输入。</translation>
    </message>
    <message>
        <source>The user name starts with a combining mark (an accent with no letter under it): type the letter first.</source>
        <translation>用户名以组合符号开头（没有依附字母的附加符号）：请先输入字母。</translation>
    </message>
</context>
<context>
    <name>bxt::ConflictsModel</name>
    <message>
        <source>no waiting actions</source>
        <translation>无待发送的操作</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The portal no longer shows this post to you</source>
        <translation>门户网站已不再向您显示此网帖</translation>
    </message>
    <message>
        <source>the same fields, a newer version</source>
        <translation>字段相同，版本较新</translation>
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
        <source>Your actions</source>
        <translation>您的操作</translation>
    </message>
    <message>
        <source>On the portal</source>
        <translation>门户网站上</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
</context>
<context>
    <name>bxt::ConflictsPanel</name>
    <message>
        <source>Your work and the portal&apos;s disagree on these posts. Nothing is overwritten: until you choose, this computer shows your version and holds its actions.</source>
        <translation>您的处理与门户网站在以下网帖上不一致。不会覆盖任何内容：在您作出选择之前，本机显示您的版本，并暂缓发送相关操作。</translation>
    </message>
    <message>
        <source>Conflicts with the portal</source>
        <translation>与门户网站的冲突</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>On the portal</source>
        <translation>门户网站</translation>
    </message>
    <message>
        <source>Both versions side by side</source>
        <translation>两个版本对照</translation>
    </message>
    <message>
        <source>The portal&apos;s message</source>
        <translation>门户网站的消息</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <source>Send your actions again, against the portal&apos;s current version</source>
        <translation>基于门户网站的当前版本重新发送您的操作</translation>
    </message>
    <message>
        <source>Take the portal&apos;s</source>
        <translation>采用门户网站的</translation>
    </message>
    <message>
        <source>Drop your waiting actions on this post: it becomes the portal&apos;s version</source>
        <translation>放弃您对此网帖的待发送操作，以门户网站的版本为准</translation>
    </message>
    <message>
        <source>The portal refused these actions; their effect on this computer was undone.</source>
        <translation>门户网站拒绝了这些操作；其在本机的效果已撤销。</translation>
    </message>
    <message>
        <source>Actions the portal refused</source>
        <translation>被门户网站拒绝的操作</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Remove the refused action from this list</source>
        <translation>从列表中移除被拒绝的操作</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>冲突（%1）</translation>
    </message>
    <message>
        <source>Refused actions (%1)</source>
        <translation>被拒绝的操作（%1）</translation>
    </message>
    <message>
        <source>Take the portal&apos;s (remove here)</source>
        <translation>采用门户网站的（在本机删除）</translation>
    </message>
</context>
<context>
    <name>bxt::DispatchDialog</name>
    <message>
        <source>Dispatch post</source>
        <translation>分发网帖</translation>
    </message>
    <message>
        <source>Dispatch “%1”</source>
        <translation>分发“%1”</translation>
    </message>
    <message>
        <source>Already with: %1</source>
        <translation>已分发至：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Type a name or its pinyin initials, e.g. ngq for 南岗区</source>
        <translation>输入单位名称或其拼音首字母，如 ngq 表示南岗区</translation>
    </message>
    <message>
        <source>Find a unit</source>
        <translation>查找单位</translation>
    </message>
    <message>
        <source>Up and Down move, Space checks or unchecks, Enter dispatches.</source>
        <translation>上下键移动，空格键勾选或取消勾选，回车键分发。</translation>
    </message>
    <message>
        <source>&amp;Find unit:</source>
        <translation>查找单位(&amp;F)：</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Chosen units</source>
        <translation>已选单位</translation>
    </message>
    <message>
        <source>Why the post cannot be dispatched yet</source>
        <translation>暂不能分发的原因</translation>
    </message>
    <message>
        <source>No unit chosen.</source>
        <translation>未选择单位。</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>已选：%1</translation>
    </message>
    <message>
        <source>&amp;Dispatch</source>
        <translation>分发(&amp;D)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Dispatch to %n unit(s)</source>
        <translation>
            <numerusform>分发至 %n 个单位(&amp;D)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bxt::ForwardDialog</name>
    <message>
        <source>Forward report to the discipline mailbox</source>
        <translation>将举报类网帖转交纪检信箱</translation>
    </message>
    <message>
        <source>Forward petition to the mayor&apos;s mailbox</source>
        <translation>将信访类网帖转交市长信箱</translation>
    </message>
    <message>
        <source>Forward “%1”</source>
        <translation>转交“%1”</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>信箱</translation>
    </message>
    <message>
        <source>&amp;Mailbox:</source>
        <translation>信箱(&amp;M)：</translation>
    </message>
    <message>
        <source>Note for the mailbox</source>
        <translation>给信箱的附言</translation>
    </message>
    <message>
        <source>Optional: what the mailbox&apos;s staff should know</source>
        <translation>选填：需要信箱工作人员了解的情况</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>附言(&amp;N)：</translation>
    </message>
    <message>
        <source>Notice to the author</source>
        <translation>给留言人的告知</translation>
    </message>
    <message>
        <source>Notice to the &amp;author:</source>
        <translation>给留言人的告知(&amp;A)：</translation>
    </message>
    <message>
        <source>Who sees the notice</source>
        <translation>告知的可见范围</translation>
    </message>
    <message>
        <source>A reply to a report is seen by its author only (R10).</source>
        <translation>对举报类网帖的回复只能由留言人本人看到（R10）。</translation>
    </message>
    <message>
        <source>&amp;Seen by:</source>
        <translation>可见范围(&amp;S)：</translation>
    </message>
    <message>
        <source>Why the post cannot be forwarded yet</source>
        <translation>暂不能转交的原因</translation>
    </message>
    <message>
        <source>&amp;Forward and notify</source>
        <translation>转交并告知(&amp;F)</translation>
    </message>
</context>
<context>
    <name>bxt::JudgementPanel</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>系统建议</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Suggested categories</source>
        <translation>建议类别</translation>
    </message>
    <message>
        <source>Accept &amp;category</source>
        <translation>采用此类别(&amp;C)</translation>
    </message>
    <message>
        <source>Suggested category</source>
        <translation>建议类别</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Suggested units</source>
        <translation>建议承办单位</translation>
    </message>
    <message>
        <source>Dispatch to &amp;checked units</source>
        <translation>分发至勾选单位(&amp;C)</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>相似度</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>留言人</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Same author</source>
        <translation>同一留言人</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>疑似重复</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Mark as duplicate of it</source>
        <translation>标记为其重复帖(&amp;M)</translation>
    </message>
    <message>
        <source>Likely duplicates and re-posts</source>
        <translation>疑似重复帖及重复发帖</translation>
    </message>
    <message>
        <source>same author</source>
        <translation>同一留言人</translation>
    </message>
    <message>
        <source>Classify the post as the selected category.</source>
        <translation>将网帖归入所选类别。</translation>
    </message>
    <message>
        <source>Dispatch the post to the checked units.</source>
        <translation>将网帖分发至勾选的单位。</translation>
    </message>
    <message>
        <source>Shield this post as a duplicate of the selected one (R12).</source>
        <translation>将此网帖作为所选网帖的重复帖予以屏蔽（R12）。</translation>
    </message>
</context>
<context>
    <name>bxt::KeyIssuesWindow</name>
    <message>
        <source>Key issues</source>
        <translation>要事</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>上季度</translation>
    </message>
    <message>
        <source>Chosen days</source>
        <translation>自定时段</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>起始日</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>截止日</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>网帖数量</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>增长幅度</translation>
    </message>
    <message>
        <source>Public attention</source>
        <translation>公众关注度</translation>
    </message>
    <message>
        <source>Rank by</source>
        <translation>排序依据</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>时段：</translation>
    </message>
    <message>
        <source>Rank by:</source>
        <translation>排序依据：</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Posts replied to</source>
        <translation>已答复网帖</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>网帖</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待答复</translation>
    </message>
    <message>
        <source>Units involved</source>
        <translation>涉及单位</translation>
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
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>浏览量</translation>
    </message>
    <message>
        <source>Representative posts</source>
        <translation>代表性网帖</translation>
    </message>
    <message>
        <source>Replies so far:</source>
        <translation>答复进度：</translation>
    </message>
    <message>
        <source>Units involved:</source>
        <translation>涉及单位：</translation>
    </message>
    <message>
        <source>Representative posts:</source>
        <translation>代表性网帖：</translation>
    </message>
    <message>
        <source>Compose special report…</source>
        <translation>编写要事专报…</translation>
    </message>
    <message>
        <source>Leaders read the key issues; supervisors compose special reports.</source>
        <translation>领导查阅要事；督办人员编写要事专报。</translation>
    </message>
    <message>
        <source>Select one or more matters for a special report (R22).</source>
        <translation>请选择一个或多个事项编入要事专报（R22）。</translation>
    </message>
    <message>
        <source>Grouping the posts of %1 to %2 into matters…</source>
        <translation>正在将 %1 至 %2 的网帖归并为事项…</translation>
    </message>
    <message>
        <source>The matters could not be grouped: %1</source>
        <translation>无法归并事项：%1</translation>
    </message>
    <message>
        <source>No posts were submitted in this period.</source>
        <translation>此时段内没有提交的网帖。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 of %2 posts replied to</source>
        <translation>%2 条网帖中已答复 %1 条</translation>
    </message>
    <message>
        <source>Special report</source>
        <translation>要事专报</translation>
    </message>
    <message>
        <source>Select the matters to report on first.</source>
        <translation>请先选择要专报的事项。</translation>
    </message>
    <message>
        <source>Compose special report</source>
        <translation>编写要事专报</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n post(s)</source>
        <translation>
            <numerusform>%1：%n 条网帖</numerusform>
        </translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>情况</translation>
    </message>
    <message>
        <source>Suggested action</source>
        <translation>建议措施</translation>
    </message>
    <message>
        <source>Matters:</source>
        <translation>事项：</translation>
    </message>
    <message>
        <source>Situation:</source>
        <translation>情况：</translation>
    </message>
    <message>
        <source>Suggested action:</source>
        <translation>建议措施：</translation>
    </message>
    <message>
        <source>Sent by:</source>
        <translation>报送单位：</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Export special report</source>
        <translation>导出要事专报</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>无法保存专报：%1</translation>
    </message>
    <message>
        <source>Key-issue score</source>
        <translation>要事得分</translation>
    </message>
</context>
<context>
    <name>bxt::MainWindow</name>
    <message>
        <source>Baixingtan Desk</source>
        <translation>百姓谈工作台</translation>
    </message>
    <message>
        <source>The case store cannot be opened:
%1</source>
        <translation>无法打开案件库：
%1</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>网帖</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not logged in: contact details are hidden</source>
        <translation>未登录：联系方式已隐藏</translation>
    </message>
    <message>
        <source>Baixingtan Desk — %1</source>
        <translation>百姓谈工作台 — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Reminders…</source>
        <translation>提醒设置(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>网帖(&amp;P)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Find posts</source>
        <translation>查找网帖(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>队列(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Baixingtan Desk</source>
        <translation>关于百姓谈工作台(&amp;A)</translation>
    </message>
    <message>
        <source>About Baixingtan Desk</source>
        <translation>关于百姓谈工作台</translation>
    </message>
    <message>
        <source>Baixingtan Desk %1
Case management for the 百姓谈 column, by the rules of 哈政办综〔2005〕71号.</source>
        <translation>百姓谈工作台 %1
“百姓谈”栏目网帖办理系统，依据哈政办综〔2005〕71号文件规定。</translation>
    </message>
    <message>
        <source>%1	%2</source>
        <translation>%1	%2</translation>
    </message>
    <message>
        <source>%1	Find posts</source>
        <translation>%1	查找网帖</translation>
    </message>
    <message>
        <source>Ctrl+1…Ctrl+9	Saved views</source>
        <translation>Ctrl+1…Ctrl+9	已存视图</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>督办</translation>
    </message>
    <message>
        <source>Key issues</source>
        <translation>要事</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>通报与考核</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>待发送</translation>
    </message>
    <message>
        <source>Conflicts and refused actions</source>
        <translation>冲突与被拒操作</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>Portal &amp;connection…</source>
        <translation>门户连接设置(&amp;C)…</translation>
    </message>
    <message>
        <source>Actions &amp;waiting to be sent</source>
        <translation>待发送的操作(&amp;W)</translation>
    </message>
    <message>
        <source>Con&amp;flicts</source>
        <translation>冲突(&amp;F)</translation>
    </message>
</context>
<context>
    <name>bxt::MattersModel</name>
    <message>
        <source>%1 → %2 (×%3)</source>
        <translation>%1 → %2（×%3）</translation>
    </message>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>网帖</translation>
    </message>
    <message>
        <source>First → second half</source>
        <translation>前半段 → 后半段</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>浏览量</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>已答复</translation>
    </message>
</context>
<context>
    <name>bxt::OpenSupervisionsModel</name>
    <message>
        <source>Unit</source>
        <translation>承办单位</translation>
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
        <source>Opened</source>
        <translation>发起时间</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>督办通知</translation>
    </message>
</context>
<context>
    <name>bxt::OutboxModel</name>
    <message>
        <source>waiting to be sent</source>
        <translation>待发送</translation>
    </message>
    <message>
        <source>held: conflict with the portal</source>
        <translation>暂缓：与门户网站冲突</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>操作时间</translation>
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
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>The portal&apos;s message</source>
        <translation>门户网站的消息</translation>
    </message>
</context>
<context>
    <name>bxt::OutboxPanel</name>
    <message>
        <source>Waiting actions</source>
        <translation>待发送操作</translation>
    </message>
    <message>
        <source>Actions waiting to be sent</source>
        <translation>待发送的操作</translation>
    </message>
    <message>
        <source>Nothing waits to be sent: the portal has taken every action made on this computer.</source>
        <translation>没有待发送的操作：本机上的所有操作均已被门户网站接收。</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) wait to be sent. They are kept on this computer, also when it is closed, and sent in this order at the next synchronisation.</source>
        <translation>
            <numerusform>有 %n 项操作待发送。这些操作保存在本机上（程序关闭后也会保留），并将在下次同步时按此顺序发送。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bxt::PostActions</name>
    <message>
        <source>Classify as %1</source>
        <translation>分类为%1</translation>
    </message>
    <message>
        <source>&amp;Dispatch…</source>
        <translation>分发(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Forward to a mailbox…</source>
        <translation>转交至信箱(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Shield…</source>
        <translation>屏蔽(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Undo shield</source>
        <translation>取消屏蔽(&amp;U)</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>办结(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Accept (sign for)</source>
        <translation>签收(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;turn as outside our remit…</source>
        <translation>退回（非本单位职责）(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Promise a reply date…</source>
        <translation>承诺答复时间(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Reply…</source>
        <translation>答复(&amp;R)…</translation>
    </message>
    <message>
        <source>Select a post first.</source>
        <translation>请先选择一条网帖。</translation>
    </message>
    <message>
        <source>The post was forwarded, but the notice to the author was not posted: %1</source>
        <translation>网帖已转交，但给留言人的告知未能发布：%1</translation>
    </message>
    <message>
        <source>Close posts</source>
        <translation>办结网帖</translation>
    </message>
    <message numerus="yes">
        <source>Close %n post(s)? A closed post takes no more replies.</source>
        <translation>
            <numerusform>办结 %n 条网帖？已办结的网帖不能再答复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) were not changed:</source>
        <translation>
            <numerusform>有 %n 条网帖未更改：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>bxt::PostView</name>
    <message>
        <source>Post</source>
        <translation>网帖</translation>
    </message>
    <message>
        <source>Confidential report</source>
        <translation>保密举报</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>留言人</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Category and handling</source>
        <translation>类别与处理方式</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Flagged terms</source>
        <translation>敏感词</translation>
    </message>
    <message>
        <source>Post text</source>
        <translation>网帖正文</translation>
    </message>
    <message>
        <source>Handling of the post</source>
        <translation>网帖办理情况</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>分发时间</translation>
    </message>
    <message>
        <source>First answer due</source>
        <translation>首次答复期限</translation>
    </message>
    <message>
        <source>Final reply due</source>
        <translation>最终答复期限</translation>
    </message>
    <message>
        <source>Promised date</source>
        <translation>承诺答复时间</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>承办情况</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>发起时间</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Supervisions</source>
        <translation>督办</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>No post selected</source>
        <translation>未选择网帖</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>督办</translation>
    </message>
    <message>
        <source>CONFIDENTIAL REPORT (举报): handled by column staff only and forwarded to the discipline mailbox; never shown to a department or district; replies are seen by the author only (R10).</source>
        <translation>保密举报类网帖：仅由栏目工作人员处理并转“纪检信箱”；绝不向市直部门或区县政府显示；答复仅留言人可见（R10）。</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>留言人：%1</translation>
    </message>
    <message>
        <source>an anonymous author</source>
        <translation>匿名留言人</translation>
    </message>
    <message>
        <source>submitted %1</source>
        <translation>提交于 %1</translation>
    </message>
    <message>
        <source>asks for a reply</source>
        <translation>要求答复</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>电话 %1</translation>
    </message>
    <message>
        <source>E-mail %1</source>
        <translation>电子邮箱 %1</translation>
    </message>
    <message>
        <source>The author left no contact details.</source>
        <translation>留言人未留联系方式。</translation>
    </message>
    <message>
        <source>The author&apos;s contact details are not shown to your role.</source>
        <translation>您的角色无权查看留言人的联系方式。</translation>
    </message>
    <message>
        <source>Not classified yet.</source>
        <translation>尚未分类。</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n view(s)</source>
        <translation>
            <numerusform>浏览 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>author&apos;s rating: %1</source>
        <translation>留言人满意度：%1</translation>
    </message>
    <message>
        <source>forwarded to %1</source>
        <translation>已转至%1</translation>
    </message>
    <message>
        <source>shielded as %1</source>
        <translation>已屏蔽（%1）</translation>
    </message>
    <message>
        <source>duplicate of %1</source>
        <translation>与 %1 重复</translation>
    </message>
    <message>
        <source>%1 (illegal)</source>
        <translation>%1（违法）</translation>
    </message>
    <message>
        <source>%1 (abusive)</source>
        <translation>%1（语言过激）</translation>
    </message>
    <message>
        <source>Flagged as possibly illegal</source>
        <translation>标记为可能违法</translation>
    </message>
    <message>
        <source>Flagged as abusive</source>
        <translation>标记为语言过激</translation>
    </message>
    <message>
        <source>Flagged terms: %1</source>
        <translation>敏感词：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>unknown unit</source>
        <translation>未知单位</translation>
    </message>
    <message>
        <source>department</source>
        <translation>市直部门</translation>
    </message>
    <message>
        <source>district</source>
        <translation>区县政府</translation>
    </message>
    <message>
        <source>returned %1</source>
        <translation>已于 %1 退回</translation>
    </message>
    <message>
        <source>cannot be computed</source>
        <translation>无法计算</translation>
    </message>
    <message>
        <source>The working-day calendar of a year these deadlines fall in is not known; weekends alone were counted, so the dates may be wrong (R18).</source>
        <translation>这些期限所在年份的工作日历未知，仅按周末计算，日期可能有误（R18）。</translation>
    </message>
    <message>
        <source>Assignments (%1)</source>
        <translation>承办情况（%1）</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今日到期</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>剩余 %n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>已超期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>calendar incomplete (R18)</source>
        <translation>日历不全（R18）</translation>
    </message>
    <message>
        <source>《%1》</source>
        <translation>《%1》</translation>
    </message>
    <message>
        <source>《%1》(%2)</source>
        <translation>《%1》（%2）</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation>引用文件：%1</translation>
    </message>
    <message>
        <source>Column staff</source>
        <translation>栏目工作人员</translation>
    </message>
    <message>
        <source>No replies yet.</source>
        <translation>暂无答复。</translation>
    </message>
    <message>
        <source>Replies (%1)</source>
        <translation>答复（%1）</translation>
    </message>
    <message>
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Supervision (%1)</source>
        <translation>督办（%1）</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>历史记录（%1）</translation>
    </message>
    <message>
        <source>unclassified</source>
        <translation>未分类</translation>
    </message>
    <message>
        <source>category %1 → %2</source>
        <translation>类别：%1 → %2</translation>
    </message>
    <message>
        <source>status %1 → %2</source>
        <translation>状态：%1 → %2</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>送交%1</translation>
    </message>
    <message>
        <source>shield removed</source>
        <translation>已取消屏蔽</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>bxt::PromiseDialog</name>
    <message>
        <source>Promise a reply date for %1</source>
        <translation>为网帖 %1 承诺答复时间</translation>
    </message>
    <message>
        <source>Dispatched %1. First answer due %2; the promised date can be at the latest %3, the final deadline (R16).</source>
        <translation>%1 分发。首次答复期限为 %2；承诺日期最迟为最终期限 %3（R16）。</translation>
    </message>
    <message>
        <source>The holiday calendar of a year in this period is not known; the dates assume Monday to Friday (R18).</source>
        <translation>此期间内某年份的节假日日历未知，日期按周一至周五计算（R18）。</translation>
    </message>
    <message>
        <source>Promised reply date</source>
        <translation>承诺答复日期</translation>
    </message>
    <message>
        <source>What the date means</source>
        <translation>日期说明</translation>
    </message>
    <message>
        <source>Why more time is needed</source>
        <translation>需要更多时间的原因</translation>
    </message>
    <message>
        <source>Note to the author</source>
        <translation>给留言人的说明</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>Promise this date</source>
        <translation>承诺此日期</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n working day(s) after dispatch.</source>
        <translation>
            <numerusform>%1：分发后第 %n 个工作日。</numerusform>
        </translation>
    </message>
    <message>
        <source>Say why more time is needed.</source>
        <translation>请说明需要更多时间的原因。</translation>
    </message>
</context>
<context>
    <name>bxt::QueueFilterBar</name>
    <message>
        <source>Search titles and text (Ctrl+F)</source>
        <translation>搜索标题和正文（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search posts</source>
        <translation>搜索网帖</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>未分类</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Any unit</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation>全部时限</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>Due within</source>
        <translation>剩余时限不超过</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Calendar incomplete</source>
        <translation>日历不全</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Flagged words</source>
        <translation>敏感词</translation>
    </message>
    <message>
        <source>Shielded</source>
        <translation>已屏蔽</translation>
    </message>
</context>
<context>
    <name>bxt::QueueModel</name>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>今日</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) overdue</source>
        <translation>
            <numerusform>超期 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (calendar incomplete)</source>
        <translation>%1（日历不全）</translation>
    </message>
    <message>
        <source>No unit&apos;s deadline is running.</source>
        <translation>目前没有正在计时的承办单位办理时限。</translation>
    </message>
    <message>
        <source>First answer due %1 (24:00).</source>
        <translation>首次答复期限：%1（24:00）。</translation>
    </message>
    <message>
        <source>Final reply due %1 (24:00).</source>
        <translation>最终答复期限：%1（24:00）。</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left.</source>
        <translation>
            <numerusform>剩余 %n 个工作日。</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today.</source>
        <translation>今日到期。</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n working day(s).</source>
        <translation>
            <numerusform>已超期 %n 个工作日。</numerusform>
        </translation>
    </message>
    <message>
        <source>The holiday calendar of a year counted is not known, so this date and the days left may be wrong (R18). Import that year&apos;s calendar.</source>
        <translation>计算所涉年份的节假日安排未知，此日期和剩余天数可能有误（R18）。请导入该年份的日历。</translation>
    </message>
    <message>
        <source>Confidential report: never shown to a department or district (R10).</source>
        <translation>保密举报：绝不向市直部门或区县政府显示（R10）。</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>保密</translation>
    </message>
    <message>
        <source>Contains abusive or illegal words.</source>
        <translation>含有语言过激或违法的词语。</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>敏感词</translation>
    </message>
    <message>
        <source>Shielded (R12).</source>
        <translation>已屏蔽（R12）。</translation>
    </message>
    <message>
        <source>Shielded</source>
        <translation>已屏蔽</translation>
    </message>
    <message>
        <source>Every unit returned it: classify or dispatch it anew (R15).</source>
        <translation>所有承办单位均已退回：请重新分类或分发（R15）。</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Not dispatched to any unit.</source>
        <translation>未分发至任何承办单位。</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>未分类</translation>
    </message>
    <message>
        <source>[Confidential] %1</source>
        <translation>【保密】%1</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Working days to the nearest deadline of a unit still handling the post</source>
        <translation>距仍在办理此网帖的承办单位最近办理时限的工作日数</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>浏览量</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
</context>
<context>
    <name>bxt::ReminderBanner</name>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>bxt::ReminderNotifier</name>
    <message>
        <source>Reminder %1 — %2</source>
        <translation>提醒 %1 — %2</translation>
    </message>
    <message>
        <source>Look at your queue</source>
        <translation>请查看您的待办队列</translation>
    </message>
</context>
<context>
    <name>bxt::ReminderSettingsBox</name>
    <message>
        <source>Remind me to look at my queue</source>
        <translation>提醒我查看待办队列</translation>
    </message>
    <message>
        <source>Also as a message in the system tray</source>
        <translation>同时在系统托盘中显示消息</translation>
    </message>
    <message>
        <source>Reminder times</source>
        <translation>提醒时间</translation>
    </message>
    <message>
        <source>This desktop has no system tray: reminders show in the window only.</source>
        <translation>此桌面没有系统托盘：提醒仅在窗口中显示。</translation>
    </message>
    <message>
        <source>At (China Standard Time, on working days):</source>
        <translation>提醒时间（北京时间，工作日）：</translation>
    </message>
    <message>
        <source>Write times of day as HH:mm, separated by commas, e.g. 09:00, 14:00.</source>
        <translation>请按 HH:mm 格式填写时间，以英文逗号分隔，例如 09:00, 14:00。</translation>
    </message>
</context>
<context>
    <name>bxt::ReminderSettingsDialog</name>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
</context>
<context>
    <name>bxt::ReplyEditor</name>
    <message>
        <source>Reply to %1</source>
        <translation>答复网帖 %1</translation>
    </message>
    <message>
        <source>Initial reply</source>
        <translation>初次答复</translation>
    </message>
    <message>
        <source>Final reply</source>
        <translation>最终答复</translation>
    </message>
    <message>
        <source>Follow-up reply</source>
        <translation>跟进答复</translation>
    </message>
    <message>
        <source>Kind of reply</source>
        <translation>答复类型</translation>
    </message>
    <message>
        <source>Insert &amp;template</source>
        <translation>插入模板(&amp;T)</translation>
    </message>
    <message>
        <source>Replace the text with the template for this category and kind.</source>
        <translation>用此类别和答复类型的模板替换正文。</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>答复正文</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>正文(&amp;T)：</translation>
    </message>
    <message>
        <source>Document title</source>
        <translation>文件名称</translation>
    </message>
    <message>
        <source>Document number (文号)</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Referenced documents</source>
        <translation>引用文件</translation>
    </message>
    <message>
        <source>&amp;Add document</source>
        <translation>添加文件(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove document</source>
        <translation>移除文件(&amp;R)</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>公开</translation>
    </message>
    <message>
        <source>The author only</source>
        <translation>仅留言人可见</translation>
    </message>
    <message>
        <source>Who sees the reply</source>
        <translation>答复的可见范围</translation>
    </message>
    <message>
        <source>Government information that must be public (市政府令第104号, R13)</source>
        <translation>应当公开的政府信息（市政府令第104号，R13）</translation>
    </message>
    <message>
        <source>&amp;Visible to:</source>
        <translation>可见范围(&amp;V)：</translation>
    </message>
    <message>
        <source>Reply check result</source>
        <translation>答复检查结果</translation>
    </message>
    <message>
        <source>Reply check findings</source>
        <translation>答复检查发现的问题</translation>
    </message>
    <message>
        <source>&amp;Send reply</source>
        <translation>发送答复(&amp;S)</translation>
    </message>
    <message>
        <source>Send &amp;despite advice</source>
        <translation>仍然发送(&amp;D)</translation>
    </message>
    <message>
        <source>Send although the check gave advice; your decision is recorded.</source>
        <translation>检查提出了建议，仍然发送；您的决定将被记录。</translation>
    </message>
    <message>
        <source>A reply to a report is seen by its author only (R10).</source>
        <translation>举报类网帖的答复仅留言人可见（R10）。</translation>
    </message>
    <message>
        <source>Open-government information is answered in public (R13).</source>
        <translation>属于政府信息公开范围的，须公开答复（R13）。</translation>
    </message>
    <message>
        <source>Must fix: %1</source>
        <translation>必须修改：%1</translation>
    </message>
    <message>
        <source>Advice: %1</source>
        <translation>建议：%1</translation>
    </message>
    <message>
        <source>The reply breaks a rule and cannot be sent until it is fixed.</source>
        <translation>答复违反规则，修改后才能发送。</translation>
    </message>
    <message>
        <source>The reply can be sent; read the advice first.</source>
        <translation>答复可以发送；请先阅读建议。</translation>
    </message>
    <message>
        <source>The reply check found nothing to improve.</source>
        <translation>答复检查未发现需要改进之处。</translation>
    </message>
</context>
<context>
    <name>bxt::ReportsWindow</name>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Quarterly report (R21)</source>
        <translation>季度通报（R21）</translation>
    </message>
    <message>
        <source>Annual assessment (R23)</source>
        <translation>年度考核（R23）</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>第%1季度</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <source>Export HTML…</source>
        <translation>导出 HTML…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Report table</source>
        <translation>报告表格</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Working the report out…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <source>The report could not be worked out: %1</source>
        <translation>无法生成报告：%1</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>无法写入报告：%1</translation>
    </message>
</context>
<context>
    <name>bxt::ReturnDialog</name>
    <message>
        <source>Return post %1</source>
        <translation>退回网帖 %1</translation>
    </message>
    <message>
        <source>Dispatched on %1. A return now is late: the notice asks for it on the day of dispatch (R15). You can still return it; it is counted as a late return.</source>
        <translation>分发日期为 %1。现在退回属于逾期退回：通知要求在分发当日退回（R15）。您仍可退回，但将计为逾期退回。</translation>
    </message>
    <message>
        <source>Dispatched today (%1): a return now is on time (R15).</source>
        <translation>今日（%1）分发：现在退回属于按时退回（R15）。</translation>
    </message>
    <message>
        <source>Return timing</source>
        <translation>退回时间</translation>
    </message>
    <message>
        <source>Outside our unit&apos;s remit</source>
        <translation>不属于本单位职责范围</translation>
    </message>
    <message>
        <source>Within our remit, but decided by a higher authority</source>
        <translation>属于本单位职责范围，但管理权限在上级部门</translation>
    </message>
    <message>
        <source>A matter for one of our district&apos;s bureaus</source>
        <translation>属于本区县（市）政府所属部门处理的事项</translation>
    </message>
    <message>
        <source>Why the post is returned</source>
        <translation>退回原因</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Which unit the matter belongs to, and why (the column staff read this).</source>
        <translation>此事项应由哪个单位办理及理由（供栏目工作人员阅读）。</translation>
    </message>
    <message>
        <source>Reason for the column staff</source>
        <translation>给栏目工作人员的说明</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规定</translation>
    </message>
    <message>
        <source>Return to column staff</source>
        <translation>退回栏目工作人员</translation>
    </message>
    <message>
        <source>A matter within your remit whose authority sits higher up is not returned: accept it and pass it upward (R3).</source>
        <translation>属于本单位职责范围、但管理权限在上级部门的事项不予退回：应予受理并向上反映（R3）。</translation>
    </message>
    <message>
        <source>A matter for the district&apos;s own bureaus is answered by the district government as one reply; it is not returned (R3).</source>
        <translation>应由区县（市）政府所属部门处理的事项，由区县（市）政府统一答复，不予退回（R3）。</translation>
    </message>
    <message>
        <source>Say why the matter is outside your unit&apos;s remit (R15).</source>
        <translation>请说明此事项为何不属于本单位职责范围（R15）。</translation>
    </message>
</context>
<context>
    <name>bxt::SavedViewModel</name>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1（%L2）</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n post(s)</source>
        <translation>
            <numerusform>%1，%n 条网帖</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
</context>
<context>
    <name>bxt::ShieldDialog</name>
    <message>
        <source>Shield post</source>
        <translation>屏蔽网帖</translation>
    </message>
    <message>
        <source>Shield “%1”</source>
        <translation>屏蔽“%1”</translation>
    </message>
    <message>
        <source>The post and the reason are kept, and the shield can be undone (R12).</source>
        <translation>网帖及屏蔽原因均予保留，屏蔽可以取消（R12）。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>The earlier post&apos;s id, e.g. p-20250303-0001</source>
        <translation>原帖编号，例如 p-20250303-0001</translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation>重复的原帖</translation>
    </message>
    <message>
        <source>&amp;Duplicate of:</source>
        <translation>重复的原帖(&amp;D)：</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Why the post cannot be shielded yet</source>
        <translation>网帖暂不能屏蔽的原因</translation>
    </message>
    <message>
        <source>&amp;Shield</source>
        <translation>屏蔽(&amp;S)</translation>
    </message>
</context>
<context>
    <name>bxt::SuperviseDialog</name>
    <message>
        <source>Open supervision</source>
        <translation>发起督办</translation>
    </message>
    <message>
        <source>Unit to supervise</source>
        <translation>被督办单位</translation>
    </message>
    <message>
        <source>How to supervise</source>
        <translation>督办方式</translation>
    </message>
    <message>
        <source>Reason for supervision</source>
        <translation>督办原因</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>What was said or asked, e.g. whom you called</source>
        <translation>沟通内容或提出的要求，例如致电何人</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>承办单位：</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>方式：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>bxt::SupervisionCandidatesModel</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>督办原因</translation>
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
        <source>Units</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>浏览量</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
</context>
<context>
    <name>bxt::SupervisionDesk</name>
    <message>
        <source>Candidates for supervision</source>
        <translation>建议督办的网帖</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Thresholds…</source>
        <translation>阈值…</translation>
    </message>
    <message>
        <source>Open supervision…</source>
        <translation>发起督办…</translation>
    </message>
    <message>
        <source>Open supervisions</source>
        <translation>进行中的督办</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>Record result…</source>
        <translation>记录结果…</translation>
    </message>
    <message>
        <source>Written notice…</source>
        <translation>督办通知…</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>承办单位：</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>建议督办</translation>
    </message>
    <message>
        <source>Only a supervisor opens supervisions and records their results (R20).</source>
        <translation>只有督办人员才能发起督办并记录督办结果（R20）。</translation>
    </message>
    <message>
        <source>Looking for candidates…</source>
        <translation>正在查找建议督办的网帖…</translation>
    </message>
    <message>
        <source>The thresholds could not be read, the defaults apply: %1</source>
        <translation>无法读取阈值，将使用默认值：%1</translation>
    </message>
    <message>
        <source>The candidates could not be found: %1</source>
        <translation>无法查找建议督办的网帖：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) for supervision on %1</source>
        <translation>
            <numerusform>截至 %1，共有 %n 条建议督办的网帖</numerusform>
        </translation>
    </message>
    <message>
        <source>The open supervisions could not be read: %1</source>
        <translation>无法读取进行中的督办：%1</translation>
    </message>
    <message>
        <source>Supervision thresholds</source>
        <translation>督办阈值</translation>
    </message>
    <message>
        <source>The thresholds were not saved: %1</source>
        <translation>阈值未保存：%1</translation>
    </message>
    <message>
        <source>Open supervision</source>
        <translation>发起督办</translation>
    </message>
    <message>
        <source>The supervision was not opened: %1</source>
        <translation>督办未发起：%1</translation>
    </message>
    <message>
        <source>Record supervision result</source>
        <translation>记录督办结果</translation>
    </message>
    <message>
        <source>The result was not recorded: %1</source>
        <translation>督办结果未记录：%1</translation>
    </message>
    <message>
        <source>Written supervision notice</source>
        <translation>督办通知</translation>
    </message>
</context>
<context>
    <name>bxt::SupervisionNoticeDialog</name>
    <message>
        <source>Written supervision notice</source>
        <translation>督办通知</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <source>What is required</source>
        <translation>督办要求</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>签发单位</translation>
    </message>
    <message>
        <source>The notice</source>
        <translation>通知内容</translation>
    </message>
    <message>
        <source>Issue notice</source>
        <translation>下发通知</translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation>预览并打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Issue the notice first: it gets its number then.</source>
        <translation>请先下发通知，下发后才会生成编号。</translation>
    </message>
    <message>
        <source>Answer by:</source>
        <translation>答复期限：</translation>
    </message>
    <message>
        <source>Required:</source>
        <translation>要求：</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>签发单位：</translation>
    </message>
    <message>
        <source>Save notice as PDF</source>
        <translation>将通知另存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The notice could not be saved: %1</source>
        <translation>无法保存通知：%1</translation>
    </message>
</context>
<context>
    <name>bxt::SupervisionResultDialog</name>
    <message>
        <source>Record supervision result</source>
        <translation>记录督办结果</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>督办结果</translation>
    </message>
    <message>
        <source>What the unit did, e.g. replied to the author on a given day</source>
        <translation>承办单位的处理情况，例如某日已答复留言人</translation>
    </message>
    <message>
        <source>%1, %2, %3. %4</source>
        <translation>%1，%2，%3。%4</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <source>Record result</source>
        <translation>记录结果</translation>
    </message>
</context>
<context>
    <name>bxt::SupervisionThresholdsDialog</name>
    <message>
        <source>Supervision thresholds</source>
        <translation>督办阈值</translation>
    </message>
    <message>
        <source>Past a deadline by at least (working days):</source>
        <translation>超过期限至少（工作日）：</translation>
    </message>
    <message>
        <source>Look at posts of the last (days):</source>
        <translation>统计最近（天）的网帖：</translation>
    </message>
    <message>
        <source>Strong public attention from (views):</source>
        <translation>公众关注度高的标准（浏览量）：</translation>
    </message>
    <message>
        <source>… or from (similar posts):</source>
        <translation>…或（相似网帖数）：</translation>
    </message>
    <message>
        <source>… within (days):</source>
        <translation>…时间范围（天）：</translation>
    </message>
    <message>
        <source>Concentrated opinion from (posts on one matter):</source>
        <translation>意见集中的标准（同一事项网帖数）：</translation>
    </message>
    <message>
        <source>Posted repeatedly without a reply (times):</source>
        <translation>多次发帖未获答复（次数）：</translation>
    </message>
    <message>
        <source>Only an administrator changes the thresholds (R20).</source>
        <translation>只有管理员可以修改阈值（R20）。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>bxt::SyncSettingsDialog</name>
    <message>
        <source>Portal connection</source>
        <translation>门户网站连接</translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation>门户网站地址</translation>
    </message>
    <message>
        <source>Portal address:</source>
        <translation>门户网站地址：</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Empty: the password remembered in the system keychain</source>
        <translation>留空：使用系统密钥环中保存的密码</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>在系统密钥环中记住密码</translation>
    </message>
    <message>
        <source>The password is kept only in the system keychain, never in a settings file. It is remembered once the portal has accepted it.</source>
        <translation>密码只保存在系统密钥环中，绝不写入设置文件。门户网站接受该密码后才会记住。</translation>
    </message>
    <message>
        <source>Empty: the certificates this computer trusts</source>
        <translation>留空：使用本机信任的证书</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA 证书文件</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>选择 CA 证书文件</translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation>CA 证书：</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Automatic synchronisation interval</source>
        <translation>自动同步间隔</translation>
    </message>
    <message>
        <source>Every how many minutes the desk synchronises on its own; while it is open it also receives the portal&apos;s changes as they happen. Off: only when you choose Sync now.</source>
        <translation>工作台每隔多少分钟自动同步一次；工作台打开期间，还会实时接收门户网站的变更。关闭：仅在您选择“立即同步”时同步。</translation>
    </message>
    <message>
        <source>Synchronise every:</source>
        <translation>同步间隔：</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>CA certificate of the portal</source>
        <translation>门户网站的 CA 证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>bxt::SyncStatusWidget</name>
    <message>
        <source>Connection to the portal</source>
        <translation>与门户网站的连接</translation>
    </message>
    <message>
        <source>Actions waiting to be sent</source>
        <translation>待发送的操作</translation>
    </message>
    <message>
        <source>Conflicts with the portal</source>
        <translation>与门户网站的冲突</translation>
    </message>
    <message>
        <source>Receiving changes</source>
        <translation>正在接收更改</translation>
    </message>
    <message>
        <source>Last synchronisation</source>
        <translation>上次同步</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Send the waiting actions to the portal and receive its changes</source>
        <translation>将待发送的操作发送至门户网站，并接收其更改</translation>
    </message>
    <message>
        <source>Not synchronised yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>Not connected yet</source>
        <translation>尚未连接</translation>
    </message>
    <message>
        <source>The portal has not been contacted since the desk started.</source>
        <translation>工作台启动后尚未联系过门户网站。</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>The portal answers.</source>
        <translation>门户网站响应正常。</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>The portal cannot be reached. You can go on working: your actions wait on this computer and are sent when the portal is back.</source>
        <translation>无法连接门户网站。您可以继续工作：您的操作暂存在本机，门户网站恢复后即发送。</translation>
    </message>
    <message>
        <source>Nothing waiting to be sent</source>
        <translation>没有待发送的操作</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting to be sent</source>
        <translation>
            <numerusform>%n 项操作待发送</numerusform>
        </translation>
    </message>
    <message>
        <source>Actions made on this computer that the portal has not taken yet</source>
        <translation>在本机进行、门户网站尚未接收的操作</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n 处冲突</numerusform>
        </translation>
    </message>
    <message>
        <source>Posts where your work and the portal&apos;s disagree: choose which version stands</source>
        <translation>您的处理与门户网站不一致的网帖：请选择以哪个版本为准</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>%1 changes received</source>
        <translation>已接收 %1 项更改</translation>
    </message>
    <message>
        <source>Received %1 changes: %2 posts new or changed, %3 removed.</source>
        <translation>已接收 %1 项更改：新增或变更网帖 %2 条，移除 %3 条。</translation>
    </message>
    <message>
        <source>Sent %1 actions.</source>
        <translation>已发送 %1 项操作。</translation>
    </message>
    <message>
        <source>The portal refused %1 actions; their effect was undone.</source>
        <translation>门户网站拒绝了 %1 项操作，其效果已撤销。</translation>
    </message>
    <message>
        <source>%1 posts were not kept: this account may not hold them.</source>
        <translation>有 %1 条网帖未保留：此账号无权保存这些网帖。</translation>
    </message>
    <message>
        <source>Synchronised at %1</source>
        <translation>已于 %1 同步</translation>
    </message>
    <message>
        <source>Synchronisation failed at %1</source>
        <translation>%1 同步失败</translation>
    </message>
</context>
<context>
    <name>bxt::TriageDesk</name>
    <message>
        <source>Saved views</source>
        <translation>已存视图</translation>
    </message>
    <message>
        <source>The queue was not loaded</source>
        <translation>队列未加载</translation>
    </message>
    <message>
        <source>Our unit&apos;s posts</source>
        <translation>本单位网帖</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>网帖</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>操作未完成</translation>
    </message>
    <message>
        <source>Post %1 is not in this store.</source>
        <translation>本案件库中没有网帖 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) changed; waiting to be sent to the portal.</source>
        <translation>
            <numerusform>%n 条网帖已更改，等待发送到门户网站。</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 posts shown; loading the whole queue…</source>
        <translation>已显示 %L1 条网帖，正在加载整个队列…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln post(s) shown</source>
        <translation>
            <numerusform>已显示 %Ln 条网帖</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bxt::UnitPickerModel</name>
    <message>
        <source>Returned this post as outside its remit (R15).</source>
        <translation>已作为非本单位职责范围退回此网帖（R15）。</translation>
    </message>
    <message>
        <source>Has this post already (%1).</source>
        <translation>已收到此网帖（%1）。</translation>
    </message>
    <message>
        <source>City departments (%1)</source>
        <translation>市直部门（%1）</translation>
    </message>
    <message>
        <source>Districts, counties and county-level cities (%1)</source>
        <translation>区、县（市）政府（%1）</translation>
    </message>
    <message>
        <source>%1 · pinyin initials %2</source>
        <translation>%1 · 拼音首字母 %2</translation>
    </message>
</context>
<context>
    <name>bxt::portal::ChangeFeed</name>
    <message>
        <source>The service cannot read the database now; try again later.</source>
        <translation>服务现在无法读取数据库，请稍后重试。</translation>
    </message>
    <message>
        <source>%1 is given more than once.</source>
        <translation>%1 给出了不止一次。</translation>
    </message>
    <message>
        <source>limit is 1 to 1000.</source>
        <translation>limit 取值为 1 至 1000。</translation>
    </message>
    <message>
        <source>wait is 0 to 3600 seconds.</source>
        <translation>wait 取值为 0 至 3600 秒。</translation>
    </message>
    <message>
        <source>This is not a cursor of this feed.</source>
        <translation>这不是本变更流的游标。</translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>The cursor has expired; start again without one.</source>
        <translation>游标已过期；请不带游标重新开始。</translation>
    </message>
</context>
<context>
    <name>bxt::portal::ChangeListener</name>
    <message>
        <source>Cannot listen for changes: %1</source>
        <translation>无法监听变更：%1</translation>
    </message>
</context>
<context>
    <name>bxt::portal::PortalService</name>
    <message>
        <source>libsodium cannot start (no source of randomness).</source>
        <translation>libsodium 无法启动（没有随机数来源）。</translation>
    </message>
</context>
</TS>
