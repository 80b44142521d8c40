<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AuditEntry</name>
    <message>
        <source>Submitted for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpublished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (level %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictMerge</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proofreader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for not disclosing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HtmlSourceCheck</name>
    <message>
        <source>Line %1: a comment is not closed with --&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a tag is not finished with &gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: “&lt;” does not start a tag; write &amp;lt; for a literal “&lt;”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: &lt;/%2&gt; closes &lt;%3&gt; opened on line %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: &lt;/%2&gt; has no matching &lt;%2&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: &lt;%2&gt; is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveSessionTimes</name>
    <message>
        <source>The session “%1” ends before it starts: set its end after its start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>PortalDesk — the desktop back office of the government portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name to sign in with. With the PORTALDESK_PASSWORD environment variable set, sign in without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language: zh_CN or en (default: the system language).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurement: quit as soon as the main window is first shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site id for commands about one site (default: the first site).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server and --user are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--site needs a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item JSON file for create and update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment for a workflow action (required to reject).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: only items in this state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: only items of this type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: only my items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local database with the outbox, for import and sync (default: per account).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command-line access to the government portal. The password is read from the PORTALDESK_PASSWORD environment variable or asked for without echo.

Exit codes: 0 done; 1 refused or failed otherwise (wrong password, not found, server error); 2 wrong command line; 3 server unreachable; 4 your role may not do this (403); 5 not possible in the item&apos;s current state, or changed by someone else meanwhile (409, 412); 6 a field is missing or wrong, e.g. withdraw without --reason (422).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for withdraw (required), unpublish, archive, invalidate and an urgent publish (required); the same as --comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule: the publish time, e.g. 2026-12-24T08:00:00+08:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish: put the pending edit of a published item online at once (publishers; needs --reason).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalidate: 失效 or 废止.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalidate: the day it takes effect, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalidate: the id of the document that replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at needs a time such as 2026-12-24T08:00:00+08:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--replaced-by needs an item id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: the first day, YYYY-MM-DD (default: the first of last month).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: the last day, included (default: the end of last month).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: compare every site of the site group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report, live-report: write the PDF here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report, live-report: write the CSV here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item id (show, update and the workflow actions), live event id (live-posts, live-report), live post id (live-approve) or folder (import).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::admin::AccountValidator</name>
    <message>
        <source>A user name has 2 to 32 letters, digits, dots, underscores or hyphens and starts with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name of 1 to 50 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account needs at least one role; disable an account that is no longer used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reviewer acts at a level from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::admin::AdminValidator</name>
    <message>
        <source>Enter the site&apos;s name, at most 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A site identification code has 10 digits (6 for the region and 4 for the site, e.g. 3217000001), or bm and 8 digits for a ministry site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the 18-character unified social credit code (or the older 9-character organisation code); a check character does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A site has 1 to %1 review levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each review level has between 0 and 240 working hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the full address, starting with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A site cannot be its own portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the column&apos;s name, 1 to 50 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update rule is 0 (none) to %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A category code is 1 to 4 capital letters and two digits, e.g. SW01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the category&apos;s name, 1 to 50 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sub-category code is its category&apos;s code and two digits, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::admin::CategoryListModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::admin::ColumnArrangementModel</name>
    <message>
        <source>%1 (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update at least</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::admin::SiteListModel</name>
    <message>
        <source>Portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n level(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site ID code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::admin::UserListModel</name>
    <message>
        <source>%1 level %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::admin::WorkingHoursForm</name>
    <message>
        <source>Write the daily working periods as 09:00-12:00 13:30-17:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A site needs at least one working day and one working period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::api::ErrorMapper</name>
    <message>
        <source>The server %1 did not answer in time. Please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be established: %2. Check the server address and the certificate settings of this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server %1 through the configured proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server %1. Check the server address and the network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has expired. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have permission to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested content no longer exists on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not allowed in the item&apos;s current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this in the meantime. Review their version before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload is larger than the server accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not accept this type of file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields are not filled in correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused a change made without a known revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Please wait %n second(s) and try again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Too many attempts. Please wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not understand the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported an internal error (HTTP %1). Please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address “%1” is not valid. Enter an address such as https://portal.example.gov.cn or http://127.0.0.1:8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 sent a response that cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the certificate file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 contains no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a media file of the portal: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::api::ItemBatch</name>
    <message numerus="yes">
        <source>%1, %n not applied</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::api::PlainHttpWarning</name>
    <message>
        <source>The connection to %1 is not encrypted (http://): your password, your session and your drafts can be read and changed on the way. Use https:// unless this is a test server on a network you trust.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::app::AppContext</name>
    <message>
        <source>The local database was damaged. A copy was kept as %1 and a new one was created; changes already sent to the server are safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugins…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check rules…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::checks</name>
    <message>
        <source>The rule set needs a positive version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule set needs a list of rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every rule needs an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two rules have the same id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every rule needs a pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown rule kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown severity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only leader rules have titles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check rules are invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title of %1 is %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a sensitive expression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; may be a typo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; may be a typo for &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an incorrect expression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an incorrect expression; write &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names a leader incorrectly; write &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 should be named with the title %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image has no alt text; describe it for readers who cannot see it (GB/T 37668).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only http, https and mailto links are kept on the portal; this link will be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The heading is empty; screen readers announce it anyway. Remove it or give it text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title has %1 characters; keep it within %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is broken: HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is broken: the server does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Traditional Chinese conversion data is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::checks::FindingsModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::checks::RuleListModel</name>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (titles: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::cli::CliRunner</name>
    <message>
        <source>Signed in to %1 as %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has no site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the item id after the command, e.g. %1 42.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the item as a JSON file with --file.</source>
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
        <source>Revision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created item %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved item %1 (revision %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database was damaged; it was kept as %1 and a new one was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the folder to import after the command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no .html or .md files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) queued for import.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) stay queued; run “sync” later.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delivered %n change(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to need days such as 2026-11-01, the first not after the second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs --pdf FILE, --csv FILE or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no site to report on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joint review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live-report needs --pdf FILE, --csv FILE or both.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::cli::ImportFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the header line “%2” is not of the form key: value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the header has no title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown column “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::domain</name>
    <message>
        <source>The server sent an incomplete user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an incomplete site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an incomplete column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item waits for review at level %1, which you do not review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rejection needs a comment for the author.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawing an item needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduling needs a publish time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publish time must be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A working period must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working periods must not overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days are numbered 1 (Monday) to 7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UTC offset is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit code starts with an unknown registrar or category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters 3 to 8 of a credit code are the region code digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit code contains characters it cannot have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit code&apos;s check character is wrong; check for a typo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation code inside the credit code is inconsistent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation code has digits and capital letters only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation code&apos;s check character is wrong; check for a typo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation code has 18 characters (unified social credit code) or 9 characters (legacy code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An index number looks like &lt;org code&gt;/&lt;year&gt;-&lt;5-digit number&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disclosure metadata cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publishing organisation is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document number is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The written date is missing or invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The written date is too early; check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The written date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic category is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown topic category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown genre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown audience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown disclosure mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown disclosure term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown disclosure scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown validity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information that is not disclosed needs the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A keyword is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The abstract may have at most %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpublished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not perform &quot;%1&quot; on this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not possible while the item is &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slug must be 1 to 64 lower-case letters, digits or hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every section needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item references must be item ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an incomplete column health entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an incomplete site health report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an incomplete site report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a topic category without code or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an incomplete placement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an incomplete sweep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an incomplete sweep finding.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::domain::Item</name>
    <message>
        <source>This field must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The type must be news, feature or disclosure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns must be a list of column ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keywords must be a list of words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords must be 1 to 30 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a feature has feature fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a disclosure item has disclosure metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A feature needs its slug and sections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A disclosure item needs its metadata.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::editing::BulkTransition</name>
    <message>
        <source>Only unpublish, withdraw and archive apply here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A withdrawal needs a reason: it goes on the public record and into the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The reason is too long: at most %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The previous run is still going on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was changed by someone else after you chose it; nothing was done to it. Refresh the list, look at the new version and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is no longer in a state that allows this (%2); nothing was done to it. Refresh the list to see where it stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your roles on this site do not allow this for “%1”; nothing was done to it. Ask a publisher (签发) to do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was refused: %2 Correct the reason and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be sent (%2); nothing was done to it. Try again when the portal is reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: the portal&apos;s answer could not be read (%2). Refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unpublished</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n archived</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::editing::ColumnChoiceModel</name>
    <message>
        <source>Site %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not write for this site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved item stays on its site; use Other sites… to place it here too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns of this site could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns of this site are being loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column is disabled and takes no new items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column does not take this kind of item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column of this site takes this kind of item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 (not loaded)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::editing::DocumentSession</name>
    <message>
        <source>An urgent correction needs a reason: say what was wrong and why it cannot wait for review. The reason is recorded with the correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier changes of this item still wait in the outbox: an urgent correction can only be made once they have reached the portal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::editing::Invalidation</name>
    <message>
        <source>Choose 失效 (no longer in force) or 废止 (abolished).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day from which the document is no longer in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document cannot replace itself: choose another one, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The reason is too long: at most %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal could not be searched (%1). Try again when it is reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous request is still on its way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: the portal&apos;s answer could not be read (%2). Refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was changed by someone else after you opened this dialog; it was not marked. Close the dialog, look at the new version and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be marked now (%2); nothing was changed. Refresh the list to see where it stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your roles on this site do not allow marking documents; nothing was changed. Ask a publisher (签发) to do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal refused the marking: %1 Correct it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be sent (%2); nothing was changed. Try again when the portal is reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::editing::ItemListModel</name>
    <message>
        <source>%1 (level %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit in review (level %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit in review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit approved, waiting to be published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit not submitted yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::editing::MediaUploadQueue</name>
    <message>
        <source>pasted-image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::editing::PlacementListModel</name>
    <message>
        <source>Submitted (报送)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushed (推送)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::editing::PlacementTargetModel</name>
    <message>
        <source>submit (报送), reviewed there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>push (推送)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — placed already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal this site belongs to: the item enters its review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A site of the group you write for: its review policy decides whether the copy is reviewed there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites and columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::editing::PublicPages</name>
    <message>
        <source>The item&apos;s own page (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column page: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure catalogue (信息公开目录)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every feature (专题) that references it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature (专题)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traditional Chinese copy (繁体)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::interview::DirectorView</name>
    <message>
        <source>Search questions by text or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A accept · D decline · Q to the host&apos;s queue · M merge the selected duplicates into the current question · J next · K previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host&apos;s queue (drag to reorder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (asked by %n netizens)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>[accepted] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waiting to be screened, %2 accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats another question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not about the interview&apos;s subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncivil wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns a private person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is it declined? (kept in the back office)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::interview::HostView</name>
    <message>
        <source>Ask next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue (N or Enter asks the first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No question is being answered. Ask the next one from the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Asked by %1 and %n other netizens</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Netizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::interview::InterviewDesk</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the question is declined (kept in the back office).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the duplicates together with the question they repeat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current question has not been answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host&apos;s queue is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no asked question to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to this question is already on its way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the guest who answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the guest&apos;s answer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent — the content checks block it:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transcript is built after the interview has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transcript “%1” is open in the editor: read it through, then submit it for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an answer already sent to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the corrected answer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A correction needs a note saying what was corrected; readers see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The corrected answer is the same as the one sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not corrected — the content checks block it:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an answer waiting for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the answer goes back; the typist fixes it by that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer is still waiting for review.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::interview::InterviewPanel</name>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build transcript…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the end: the 实录 from every answered question, opened in the editor for a final read before it goes to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · host %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The link to the portal is down — %n answer(s) wait and go out in order when it returns. Keep typing.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The link to the portal is down. Keep typing: answers wait and go out in order when it returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::interview::ReviewView</name>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it goes back (the typist sees this) — Enter sends it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New answers and corrections reach readers once every review group has approved them (A or Enter approves the chosen one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This interview is not reviewed: answers go public as soon as they are sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction — Q: %1
Now (%2): %3
Corrected: %4
Note: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New answer — Q: %1
A (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::interview::TypistView</name>
    <message>
        <source>The guest&apos;s answer — Ctrl+Enter sends it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answering:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the host to ask the next question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q: %1
A (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the link — the answer goes out by itself when it returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published with its question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a sent answer above to correct it — Ctrl+Enter sends the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was corrected (readers see this note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction waiting for review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction queued — readers see it with its note once it is through (and through review, if this interview is reviewed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent back: %1 — fix it below and send it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent — waiting for review before readers see it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::livebroadcast::ComposerWidget</name>
    <message>
        <source>Post (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker (type to search the guests)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick phrases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good morning, the live broadcast is about to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting has begun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applause from the audience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The following is a summary of the speech:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting is adjourned. Thank you for following.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay tuned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is happening? Ctrl+Enter posts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a photo to write its caption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.heic *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2, %3 KB — double-click to write a caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo %1 of %2: %3 % uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A photo could not be uploaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watermark photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text drawn in the lower right corner of each photo; empty: the site&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image (PNG, JPEG) drawn in the lower right corner of each photo, above the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the watermark logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watermark logo, %1 × %2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not in this sub-forum&apos;s team; the portal will refuse your posts here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::livebroadcast::CorrectionDialog</name>
    <message>
        <source>Correct post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. The speaker&apos;s title was corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::livebroadcast::DeskView</name>
    <message>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::livebroadcast::LiveDesk</name>
    <message>
        <source>Event created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an event first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write something or add a photo first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not posted — the content checks block it:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That post is not in this event&apos;s timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A correction needs a note saying what was corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not corrected — the content checks block it: “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the post is retracted; readers see the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::livebroadcast::LiveEventDialog</name>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New live event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit live event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct — posts go out at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed — a moderator approves each post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderators…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team of the selected sub-forum (nobody chosen: everyone of the site):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporters of this sub-forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderators of this sub-forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the guest whose photo you want to choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the guest&apos;s photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be the guest&apos;s photo: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo %1 could not be uploaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or F2 sets the time; Delete clears it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::livebroadcast::LiveGuestModel</name>
    <message>
        <source>Uploading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo (removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New photo, kept when the event is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest&apos;s photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo not shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::livebroadcast::LivePanel</name>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The link to the portal is down — %n post(s) wait and go out in order when it returns. Keep writing.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The link to the portal is down. Keep writing: posts wait and go out in order when it returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open beside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sub-forum this desk tab covers: its timeline, and where its posts go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another desk tab beside this one, on the next sub-forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sub-forums</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::livebroadcast::LiveTimelineModel</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retracted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> [%n photo(s)]</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (Correction: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live moderators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · retraction in review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · correction in review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (Correction in review: %1 — %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · Approved by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · Awaiting %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::livebroadcast::ModeratorWidget</name>
    <message>
        <source>Does not meet the publication requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A approve · H reject post / hide comment · J next · K previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for rejecting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post by %1: %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting: %1 posts, %2 comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — %1 asks to retract it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — %1 corrects it to: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · Approved by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · Awaiting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search comments (text or name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[approved] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[hidden] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>more below</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::livebroadcast::StatsWidget</name>
    <message>
        <source>Posts per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open public live page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page views (right axis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Posts&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;Characters&lt;/b&gt; %2 &amp;nbsp; &lt;b&gt;Photos&lt;/b&gt; %3 &amp;nbsp; &lt;b&gt;Viewers now&lt;/b&gt; %4 &amp;nbsp; &lt;b&gt;Peak&lt;/b&gt; %5 &amp;nbsp; &lt;b&gt;Page views&lt;/b&gt; %6&lt;br&gt;&lt;b&gt;Comments received&lt;/b&gt; %7 &amp;nbsp; &lt;b&gt;approved&lt;/b&gt; %8 &amp;nbsp; &lt;b&gt;waiting&lt;/b&gt; %9</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::livebroadcast::TimelineWidget</name>
    <message>
        <source>Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retract post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this post retracted? Readers see the reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::media::PhotoPipeline</name>
    <message>
        <source>The photo could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a photo PortalDesk can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo could not be decoded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted image is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo could not be encoded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::media::WatermarkLogo</name>
    <message>
        <source>The logo %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo %1 could not be decoded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored logo is damaged; choose the logo again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an image PortalDesk can use as a logo. Choose a PNG or JPEG file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::models::CachedItemListModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::models::ColumnTreeModel</name>
    <message>
        <source>News</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live broadcasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Overdue: nothing published for more than %n day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue: nothing has been published in this column yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last published</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::models::DisclosureCatalogModel</name>
    <message>
        <source>The server sent a catalogue this program cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n item(s), %3 published</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Topic category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::models::ReviewQueueModel</name>
    <message>
        <source>To publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted (报送) by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushed (推送) from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::models::SiteHealthWatch</name>
    <message>
        <source>%1: empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: stale for %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n day(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Update soon — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaking the rule — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 stale or empty columns — the site fails the inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 stale or empty columns before the site fails</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::models::SweepDesk</name>
    <message>
        <source>Say why the finding is ignored: reviewers and the audit log show the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 %3 checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (started over after the rules changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 %2 checked, %3 findings, %4 open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dead of %2 links (%3 %), the limit is %4 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 on the home page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 external links not checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::models::SweepFindingsModel</name>
    <message>
        <source>Home page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style or script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirects without end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (suggested: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item or page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::models::Workspace</name>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to %1 lost — retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account has no site to work on. Ask an administrator to grant you a role on a site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password must differ from the one-time password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator reset your password. Sign in with the one-time password you were given to set a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::plugins::PluginManager</name>
    <message>
        <source>%1 is not a usable PortalDesk plugin: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was ignored: another plugin with the id “%2” was found first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plugin “%1” is turned off in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plugin with the id “%1” was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not implement the panel interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plugin “%1” could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plugin “%1” in %2 is not one PortalDesk installed; it stays off until you turn it on in Tools → Plugins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plugin “%1” %2 was built for plugin interface version %3, but this PortalDesk runs versions %4 to %5. It was not loaded; install a version of the plugin made for this release.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::plugins::PluginMetaData</name>
    <message>
        <source>The file is not a Qt plugin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plugin carries no plugin.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plugin.json has no &quot;id&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plugin.json has no &quot;name&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::reports::LiveReportWriter</name>
    <message>
        <source>scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Began: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — live broadcast report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went out</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 posts were published: %2 characters of text and %n photo(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 readers followed the broadcast at one time; the live page was viewed %2 times. Readers on every server of the portal count, on the live stream and on the page&apos;s automatic refresh alike.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak viewers online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments from the public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 comments were received; %2 were approved and shown on the live page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for moderation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::reports::ReportDocument</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::reports::SiteReportWriter</name>
    <message>
        <source>Period: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was published, reviewed or broadcast on %1 from %2 to %3: there is no report to make for this period. Choose another period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — site report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items published per column and type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items published in the period (an item in two columns counts in each).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items published per column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure items per topic category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review turnaround per level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median review time per level (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale and empty columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stale or empty columns at the time of the report; %2 fail a site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak viewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site group report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member sites compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale or empty columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items published per site</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::review::BulkReview</name>
    <message>
        <source>A bulk decision is still being applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only approve and reject apply to many items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since you saw it; open it again and review the new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already decided by someone else (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approved</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::review::ReviewActions</name>
    <message>
        <source>A rejection needs a comment: tell the author what to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a publishing time in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::review::ReviewDesk</name>
    <message>
        <source>The item changed since you opened it; review the new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::review::ReviewItemLoader</name>
    <message>
        <source>Title: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::store::AccountRegistry</name>
    <message>
        <source>The server address must look like https://portal.example.gov.cn or http://host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user name for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 contains no certificate in PEM format (-----BEGIN CERTIFICATE-----).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::store::KeychainCredentialStore</name>
    <message>
        <source>No password is stored for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keyring is available, so the password cannot be remembered; it will be asked for at every start (it is never stored in clear text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring refused access: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::store::LocalStore</name>
    <message>
        <source>The local database %1 could not be used (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::store::MemoryCredentialStore</name>
    <message>
        <source>No password is stored for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::store::OutboxEntry</name>
    <message>
        <source>item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — needs attention: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::sync::OutboxSync</name>
    <message>
        <source>The change this one builds on was not delivered; open the item and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::AdminDialogParts</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Your changes are kept: save again to replace that version, or cancel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::AdminEntry</name>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::AdminPage</name>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review policy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::Appearance</name>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::AttachmentsPanel</name>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add attachment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload PDF, Word or Excel files and attach them to the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.pdf *.doc *.docx *.xls *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::CataloguePage</name>
    <message>
        <source>Topic categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title or index number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as no longer in force (失效 / 废止)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::CategoriesPanel</name>
    <message>
        <source>The site&apos;s own topic categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. SW01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Under:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The national 22 categories are always offered; these are the site&apos;s own, shown after them in the disclosure form, the catalogue and the public catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: a top category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category %1 %2 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a category first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category %1 renamed to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category %1 %2 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::CheckRulesDialog</name>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as new rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to selected rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save allow-list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by pattern, kind, suggestion or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample text to test the rule against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One phrase per line: findings inside these phrases are not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow-list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The new rules apply to every check from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Check rules — version %1, %n rule(s), %2 disabled</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The rule finds nothing in the sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The rule finds %n place(s) in the sample.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::CoPublishDialog</name>
    <message>
        <source>Publish on other sites — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this item is published on other sites of the group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placements on other sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw from the selected site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the columns to place it in (报送 to the portal, 推送 to sites you write for):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites and columns to place the item in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place in ticked columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no other site you may place this item in: only published news travels, and only to your site&apos;s portal or to sites you write for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Placed on %n site(s); each site&apos;s own review decides when it is public there.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Withdrawn from that site.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::ColumnChooser</name>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type any part of the path, e.g. 教育 通知</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites and columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column for this kind of item matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ ↓ move · Enter chooses · Esc closes; greyed entries cannot take this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column the item appears in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a column…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::ColumnsPanel</name>
    <message>
        <source>%1 The tree now shows the current columns; make your change again if it is still needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update at least every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the disclosure catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update at least every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New column name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of the new column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at &amp;top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;under selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a column onto another to put it under that one, or between two to reorder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the column the new one goes under.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a column first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields are not filled in correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::ConflictDialog</name>
    <message>
        <source>Someone else saved this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone saved revision %1 of “%2” while you were editing. For each field below, keep your version or take theirs; the merged result is saved on top of their revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version of %1 to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep all &amp;mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take all &amp;theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save merged version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theirs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::DashboardPage</name>
    <message>
        <source>Site health (inspection thresholds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site health problems; Enter goes to the fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My drafts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My items in review (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected back to me (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column “%1” not updated for %2 days (rule: every %3 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column “%1” is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) overdue — open the queue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n public comment(s) waiting for moderation</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stale columns: %1 · Empty columns: %2 · Overdue reviews: %3 · Pending comments: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average review time per level (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items published per day, %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweeps…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check everything published, or every link of the public site, before the inspection does</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::DecisionDialog</name>
    <message>
        <source>Working hours: %1, %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>What must the author change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional comment for the author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside working hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::DisclosureForm</name>
    <message>
        <source>Index number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned by the server when first saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name of the publishing organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Written date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topic category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Genre:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;udience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure &amp;mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for not disclosing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure t&amp;erm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure &amp;scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark a document that was amended or abolished as 失效 or 废止 on the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject te&amp;rms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;bstract:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::DraftRecoveryDialog</name>
    <message>
        <source>Restore unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PortalDesk did not close properly last time. These items have changes that were kept locally but never reached the server. Restore the ticked ones; unticked ones are discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — item %2, changed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — new item, changed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask me &amp;later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::FeatureForm</name>
    <message>
        <source>Slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower-case letters, digits and -, e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;lug:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections and their items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section / item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item number to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no. %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a section first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 is already in this section.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::FindingsPanel</name>
    <message>
        <source>Apply suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s), %1 must be fixed before submitting.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::InspectionBanner</name>
    <message>
        <source>Site group:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::InvalidateDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as no longer in force (失效 / 废止)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” stays on the public site, marked as no longer in force from the day you give; its page and its catalogue entry say so and link to the document replacing it. A marking cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>失效 — no longer in force (expired or modified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>废止 — abolished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the replacing document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title, index number (索引号) or document number (文号)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacing document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No replacing document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replaced by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: why (kept in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public pages that will show the marking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the portal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the document is not on any public page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked: %1. The public pages show it once the portal has rewritten them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::ItemEditorWindow</name>
    <message>
        <source>Changes kept locally at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as revision %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to the server (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubmit for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and submit for review (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body (HTML source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored unsaved changes from %1. Save them to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: someone else saved a newer revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New, not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · revision %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this item while you were editing. Choose what to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: your version conflicts with a newer one on the server. Save again to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has changes that are not on the server yet. Save them now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the item as the public site will (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revisions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 restored as a new draft. Save to make it current.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · revision %2 · read-only: only drafts, rejected and unpublished items can be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert &amp;image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload pictures and insert them into the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>· %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not submitted: these findings must be fixed first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Traditional version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or refresh the Traditional Chinese copy of this item for the portal&apos;s 繁体版 and open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the portal for the Traditional Chinese version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Traditional Chinese version &quot;%1&quot; is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal cannot be reached: this is the copy kept on this computer. You can edit and submit it; the changes wait in the outbox and go to the portal in order when it answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the outbox on this computer: your changes go to the portal, in the order you made them, as soon as it answers (the status bar shows how many wait).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected: the public pages show your changes now. The correction and its reason are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit published item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the published text: the public keeps the published version until your edit has passed review and is published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Urgent correction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher: republish your changes at once, bypassing review (recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An edit of this item is in review already (%1): wait until it is decided, or ask the reviewer to send it back, then edit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are editing the published item. Save keeps your edit; Submit sends it into review. The public pages keep the published text until the edit is published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · revision %2 · choose Edit published item to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer in force (失效 / 废止)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark this document as no longer in force, optionally naming the one replacing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other sites…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this item is published on the other sites of the group; submit it to the portal (报送) or push it to sites you write for (推送)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternative text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe “%1” in a few words for readers who cannot see it (替代文字):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not inserted: an image needs its alternative text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::LivePage</name>
    <message>
        <source>No live broadcast panel is available to this account: the live desk is for live reporters, live moderators and administrators of the site.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::LivePanelHost</name>
    <message>
        <source>The local database is not open, so nothing can be queued for sending.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::LoginDialog</name>
    <message>
        <source>Sign in — PortalDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;PortalDesk&lt;/b&gt;&lt;br&gt;Back office of the government portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator reset your password. Choose your own password now (at least 12 characters); the one-time password stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About PortalDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About PortalDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;PortalDesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The desktop back office of the government portal: writing, review, publishing, information disclosure and live broadcasts.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) overdue for an update</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles and text (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New news item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;disclosure item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch account (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n change(s) waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Outbox: all sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved changes are kept in the local outbox until the server has accepted them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site you are working on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy public link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New news item (Ctrl+N); the arrow offers the other kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — switch account (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal cannot be reached: the list shows the items kept on this computer. Those you opened here before open as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as no longer in force (失效 / 废止)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::MarginTrayNotifier</name>
    <message>
        <source>Columns about to go stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>The status bar&apos;s form of the tray notification: its title, then the columns.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::NewsMetadataForm</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;btitle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Responsible editor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separated by spaces or commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keywords:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::OneTimePasswordDialog</name>
    <message>
        <source>One-time password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one-time password of %1 is shown only now. Hand it over in person; at the next sign-in they choose their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::PluginsDialog</name>
    <message>
        <source>Plugins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes take effect at the next start of PortalDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turned off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incompatible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed to load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not installed with PortalDesk: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::PolicyPanel</name>
    <message>
        <source>%1 The form now shows the current policy; make your change again if it is still needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One person may approve more than one level of the same item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An author may approve their own item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By default every level is approved by a different person, never by the author (the three-review rule). Turn a rule off only where the site has too few people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review &amp;levels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review policy of %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::PreviewView</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to other sites blocked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::PullBackDialog</name>
    <message numerus="yes">
        <source>Take %n item(s) off the public site. They can go through review again later.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive %n item(s): they stay off the public site and leave the daily lists.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Withdraw (撤稿) %n item(s) from everywhere they are published. A withdrawal is final and on the record; a corrected text is a new item.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public pages they are on now (re-rendered without them):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the portal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why? It is kept in the audit log and shown in the lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the items are not on any public page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::ReportDialog</name>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare every site of the site group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no site to report on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live broadcast final report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save live report PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::ReviewPage</name>
    <message>
        <source>Search title, author or column (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of the bulk decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying: %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only approve and reject apply to several items; select one item to publish it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n waiting, %1 overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken back: nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back the last decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” will be published in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” will be approved in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::ReviewPane</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments and audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish now (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule… (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with the published revision %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with the version rejected in revision %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New item: nothing was published or rejected before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored in a sweep by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::ReviewTray</name>
    <message>
        <source>New item to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>PortalDesk: %n item(s) waiting for review</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::RevisionsDialog</name>
    <message>
        <source>Revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two revisions to compare them, or one to compare it with the one before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore as new draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 — %2, %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Revision %1 → %2: %n field(s) changed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n body paragraph(s) changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore revision %1 as new draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::RichEditorView</name>
    <message>
        <source>Body (rich text)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::SettingsDialog</name>
    <message>
        <source>Settings — PortalDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user@server (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for servers with their own certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours of the PortalDesk windows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (signed in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first site I may work on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::SiteChooser</name>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::SiteDialog</name>
    <message>
        <source>New site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. swj.example.gov.cn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site identification code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 digits, e.g. 3217000001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18-character unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: this site is a portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours per review level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer a Traditional Chinese version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site &amp;ID code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Portal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review &amp;levels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time per level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields are not filled in correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>09:00-12:00 13:30-17:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Working hours:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::SitePanelLayout</name>
    <message>
        <source>Site:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::SitesPanel</name>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a site first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site %1 disabled: it keeps its content but takes no new work.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::SourceView</name>
    <message>
        <source>HTML source of the body</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::SweepDialog</name>
    <message>
        <source>Whole-site sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content (every published item against the current check rules)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links (every link, image and attachment of the public pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal checks the published item again before it believes the fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignoring needs a reason; reviewers and the audit log show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored; the reason is on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sweep of this kind yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this not a problem? Reviewers and the audit log show the reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::UploadsPanel</name>
    <message>
        <source>Uploads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::UrgentCorrectionDialog</name>
    <message>
        <source>Urgent correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” will be republished with your changes at once, bypassing review. The correction, your name, the time and the reason are recorded in the item&apos;s audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was wrong, and why it cannot wait for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Republish now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An urgent correction needs a reason: say what was wrong and why it cannot wait for review.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::UserDialog</name>
    <message>
        <source>%1 level %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site of the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields are not filled in correctly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::UsersPanel</name>
    <message>
        <source>Search accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by user name or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an account first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 disabled: it can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
