<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Action</name>
    <message>
        <source>&quot;%1&quot; is not an action this program knows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch; the reply names the documents with their numbers (R5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch; the unit investigates and resolves, or promises a date (R6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch; adopt what is feasible, reply when the author asked (R7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commentary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column staff decide whether to dispatch and reply (R8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward to the mayor&apos;s mailbox and tell the author online (R9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential: forward to the discipline mailbox, reply to the author only (R10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch to every unit concerned; each replies on its own clock (R11).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam, duplicates, advertising, abuse: shield with a reason (R12).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineCalculator</name>
    <message>
        <source>The promised date is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promised date must be after the day of dispatch (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promised date %1 is later than the final deadline %2 (%3 working days, R16).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineRules</name>
    <message>
        <source>a period needs &quot;days&quot; (1–366) and &quot;working_days&quot; (true/false)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalActions</name>
    <message>
        <source>There is no post %1 in this store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostExporter</name>
    <message>
        <source>Cannot write the export: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Baixingtan Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Column staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit liaison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shielded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting to be signed for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply date promised</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitStore</name>
    <message>
        <source>A unit needs an id, a name and a kind (department or district): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bxt</name>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not near the year %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;holidays&quot; and &quot;workdays&quot; must be lists of dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the calendar has no valid &quot;year&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;days&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day %1 has no true/false &quot;isOffDay&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed both as a day off and as a working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case store ready: %1 (schema %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped line %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported: %1 new, %2 updated, %3 unchanged (stored version as new or newer), %4 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is jsonl or csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported %1 posts to %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit is a number from 1 to 10000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--unit-kind is department or district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--category is one of consultation, appeal, suggestion, commentary, petition, report, multi_department, other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dispatched is an RFC 3339 time with an offset, e.g. 2025-03-03T10:02:00+08:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posts of the category %1 (%2) are not dispatched to units, so no unit has a reply deadline for them (R9, R10, R12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--promise-due &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: calendar import FILE | calendar show YEAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar %1 imported: %2 days off, %3 make-up working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YEAR is a number, e.g. 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the working-day calendar of %1 is not known (R18); import the State Council&apos;s holiday notice with &quot;calendar import FILE&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row of %1 points to a missing row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version %1 (this program: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case store is damaged; restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: units import FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no &quot;units&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 units imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--count is a number from 1 to 2000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case store already holds posts; the demo posts were not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo store ready: %1 posts in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: baixingtan-cli [--db PATH] [--user NAME] COMMAND ...
commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is missing or has the wrong type or value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This post is %1; that cannot be done now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 (at byte %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1 (at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver gives no handle for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the backup to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bxt::ActionPolicy</name>
    <message>
        <source>This post was not dispatched to your unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This post is not shielded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As %1 you cannot do this; it is for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the eight categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This post is with a unit already; it can be reclassified only after every unit returned it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classify the post before dispatching it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A petition is forwarded to the mayor&apos;s mailbox, not dispatched to a unit (R9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report is confidential: it goes to the discipline mailbox only and never to a department or district (R10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts of the category &quot;other&quot; are shielded, not dispatched (R12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each unit can be chosen once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A multi-department post goes to two or more units at once (R11).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the unit list. Update the unit list and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer takes posts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post is with %1 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the mayor&apos;s mailbox or the discipline mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report can go to the discipline mailbox only (R10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A petition goes to the mayor&apos;s mailbox (R9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only petitions (to the mayor&apos;s mailbox) and reports (to the discipline mailbox) are forwarded (R9, R10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose why the post is shielded: spam, duplicate, advertising, abusive or illegal (R12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the earlier post that this one duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can act for your own unit only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unit has already dealt with this post (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post can be returned only before it is answered (now: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the matter is outside your unit&apos;s remit (R15).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply date can be promised only before the reply (now: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of reply: initial, final or follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who sees the reply: the public or the author only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply to a report is seen by its author only (R10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referenced documents must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every referenced document needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unit returned this post; it cannot reply to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column staff reply for the column, not for a unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post was not dispatched to that unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how to supervise: by phone or by written notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the reason for supervision (R20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This supervision already has its result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down the result of the supervision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such supervision on this post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit has not replied yet; the post cannot be closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bxt::CommandLine</name>
    <message>
        <source>The case store file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report and skip bad lines instead of aborting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jsonl or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many hits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department or district.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post&apos;s category code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the post was dispatched (RFC 3339).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promised reply date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many demo posts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given; try --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; try --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not take --%2; usage: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: baixingtan-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadline needs --%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bxt::Database</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the case store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a case store (not an SQLite database, or damaged): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1 (in: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case store %1 was written by a newer version of Baixingtan Desk (schema %2; this program knows up to %3). Open it with the newer program, or restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bxt::MainWindow</name>
    <message>
        <source>Baixingtan Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles and text, e.g. 供暖 or 物业费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unclassified</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) in the store. </source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bxt::PostImporter</name>
    <message>
        <source>the line is longer than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: cannot store the post: %2. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bxt::Transaction</name>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
