<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AuditEntry</name>
    <message>
        <source>Submitted for review</source>
        <translation>送审</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>定时发布</translation>
    </message>
    <message>
        <source>Unpublished</source>
        <translation>撤稿</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>%1 (level %2)</source>
        <translation>%1（第 %2 级）</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>修改</translation>
    </message>
</context>
<context>
    <name>ConflictMerge</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>副标题</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Responsible editor</source>
        <translation>责任编辑</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>所属栏目</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Proofreader</source>
        <translation>校对</translation>
    </message>
    <message>
        <source>Cover image</source>
        <translation>封面图片</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Feature sections</source>
        <translation>专题子栏目</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>发布机构</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>发文字号</translation>
    </message>
    <message>
        <source>Written date</source>
        <translation>成文日期</translation>
    </message>
    <message>
        <source>Topic category</source>
        <translation>主题分类</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>体裁分类</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <source>Disclosure mode</source>
        <translation>公开方式</translation>
    </message>
    <message>
        <source>Reason for not disclosing</source>
        <translation>不予公开理由</translation>
    </message>
    <message>
        <source>Disclosure term</source>
        <translation>公开时限</translation>
    </message>
    <message>
        <source>Disclosure scope</source>
        <translation>公开范围</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>有效性</translation>
    </message>
    <message>
        <source>Subject terms</source>
        <translation>主题词</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>内容概述</translation>
    </message>
</context>
<context>
    <name>HtmlSourceCheck</name>
    <message>
        <source>Line %1: a comment is not closed with --&gt;.</source>
        <translation>第 %1 行：注释没有以 --&gt; 结束。</translation>
    </message>
    <message>
        <source>Line %1: a tag is not finished with &gt;.</source>
        <translation>第 %1 行：标签没有以 &gt; 结束。</translation>
    </message>
    <message>
        <source>Line %1: “&lt;” does not start a tag; write &amp;lt; for a literal “&lt;”.</source>
        <translation>第 %1 行：“&lt;”后面不是标签；要显示“&lt;”本身，请写成 &amp;lt;。</translation>
    </message>
    <message>
        <source>Line %1: &lt;/%2&gt; closes &lt;%3&gt; opened on line %4.</source>
        <translation>第 %1 行：&lt;/%2&gt; 关闭的是第 %4 行打开的 &lt;%3&gt;，标签交叉。</translation>
    </message>
    <message>
        <source>Line %1: &lt;/%2&gt; has no matching &lt;%2&gt;.</source>
        <translation>第 %1 行：&lt;/%2&gt; 没有对应的 &lt;%2&gt;。</translation>
    </message>
    <message>
        <source>Line %1: &lt;%2&gt; is never closed.</source>
        <translation>第 %1 行：&lt;%2&gt; 没有关闭。</translation>
    </message>
</context>
<context>
    <name>LiveSessionTimes</name>
    <message>
        <source>The session “%1” ends before it starts: set its end after its start.</source>
        <translation>议程“%1”的结束时间早于开始时间，请把结束时间设在开始时间之后。</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1 文件</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷方式</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>PortalDesk — the desktop back office of the government portal.</source>
        <translation>门户编辑台——政府门户网站桌面管理端。</translation>
    </message>
    <message>
        <source>Portal server address.</source>
        <translation>门户服务器地址。</translation>
    </message>
    <message>
        <source>User name to sign in with. With the PORTALDESK_PASSWORD environment variable set, sign in without asking.</source>
        <translation>登录用户名。若已设置环境变量 PORTALDESK_PASSWORD，则直接登录，不再询问。</translation>
    </message>
    <message>
        <source>User interface language: zh_CN or en (default: the system language).</source>
        <translation>界面语言：zh_CN 或 en（默认跟随系统语言）。</translation>
    </message>
    <message>
        <source>Measurement: quit as soon as the main window is first shown.</source>
        <translation>性能测量用：主窗口首次显示后立即退出。</translation>
    </message>
    <message>
        <source>User name.</source>
        <translation>用户名。</translation>
    </message>
    <message>
        <source>Site id for commands about one site (default: the first site).</source>
        <translation>针对单个网站的命令所用的网站编号（默认为第一个网站）。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>以 JSON 格式输出。</translation>
    </message>
    <message>
        <source>Give exactly one command: %1</source>
        <translation>请指定且仅指定一个命令：%1</translation>
    </message>
    <message>
        <source>--server and --user are required.</source>
        <translation>必须提供 --server 和 --user 参数。</translation>
    </message>
    <message>
        <source>--site needs a positive number.</source>
        <translation>--site 参数须为正整数。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>No password given.</source>
        <translation>未输入密码。</translation>
    </message>
    <message>
        <source>Item JSON file for create and update.</source>
        <translation>用于新建和更新的稿件 JSON 文件。</translation>
    </message>
    <message>
        <source>Comment for a workflow action (required to reject).</source>
        <translation>流程操作的意见（退回时必填）。</translation>
    </message>
    <message>
        <source>list: only items in this state.</source>
        <translation>list：只列出处于该状态的稿件。</translation>
    </message>
    <message>
        <source>list: only items of this type.</source>
        <translation>list：只列出该类型的稿件。</translation>
    </message>
    <message>
        <source>list: only my items.</source>
        <translation>list：只列出我的稿件。</translation>
    </message>
    <message>
        <source>Local database with the outbox, for import and sync (default: per account).</source>
        <translation>存放待发送队列的本地数据库，用于 import 和 sync（默认按账号存放）。</translation>
    </message>
    <message>
        <source>Command-line access to the government portal. The password is read from the PORTALDESK_PASSWORD environment variable or asked for without echo.

Exit codes: 0 done; 1 refused or failed otherwise (wrong password, not found, server error); 2 wrong command line; 3 server unreachable; 4 your role may not do this (403); 5 not possible in the item&apos;s current state, or changed by someone else meanwhile (409, 412); 6 a field is missing or wrong, e.g. withdraw without --reason (422).</source>
        <translation>政府门户网站命令行工具。密码从环境变量 PORTALDESK_PASSWORD 读取，或以不回显方式提示输入。

退出码：0 完成；1 其他拒绝或失败（密码错误、找不到、服务器错误）；2 命令行有误；3 无法连接服务器；4 您的角色无权执行此操作（403）；5 条目当前状态下不能执行，或已被他人修改（409、412）；6 有字段缺失或有误，例如撤稿未给出 --reason（422）。</translation>
    </message>
    <message>
        <source>Reason for withdraw (required), unpublish, archive, invalidate and an urgent publish (required); the same as --comment.</source>
        <translation>原因：撤稿（必填）、下线、归档、标注失效/废止和紧急更正（必填）时使用；与 --comment 相同。</translation>
    </message>
    <message>
        <source>schedule: the publish time, e.g. 2026-12-24T08:00:00+08:00.</source>
        <translation>schedule：发布时间，例如 2026-12-24T08:00:00+08:00。</translation>
    </message>
    <message>
        <source>publish: put the pending edit of a published item online at once (publishers; needs --reason).</source>
        <translation>publish：立即发布已发布条目的修改稿（紧急更正，限签发人，须给出 --reason）。</translation>
    </message>
    <message>
        <source>invalidate: 失效 or 废止.</source>
        <translation>invalidate：失效 或 废止。</translation>
    </message>
    <message>
        <source>invalidate: the day it takes effect, YYYY-MM-DD.</source>
        <translation>invalidate：生效日期，格式 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>invalidate: the id of the document that replaces it.</source>
        <translation>invalidate：取代它的文件的条目编号。</translation>
    </message>
    <message>
        <source>--at needs a time such as 2026-12-24T08:00:00+08:00.</source>
        <translation>--at 需要一个时间，例如 2026-12-24T08:00:00+08:00。</translation>
    </message>
    <message>
        <source>--replaced-by needs an item id.</source>
        <translation>--replaced-by 需要一个条目编号。</translation>
    </message>
    <message>
        <source>report: the first day, YYYY-MM-DD (default: the first of last month).</source>
        <translation>report：起始日期，YYYY-MM-DD（默认：上月1日）。</translation>
    </message>
    <message>
        <source>report: the last day, included (default: the end of last month).</source>
        <translation>report：截止日期（含当天；默认：上月最后一天）。</translation>
    </message>
    <message>
        <source>report: compare every site of the site group.</source>
        <translation>report：对比网站群内的全部网站。</translation>
    </message>
    <message>
        <source>report, live-report: write the PDF here.</source>
        <translation>report、live-report：PDF 文件保存位置。</translation>
    </message>
    <message>
        <source>report, live-report: write the CSV here.</source>
        <translation>report、live-report：CSV 文件保存位置。</translation>
    </message>
    <message>
        <source>Item id (show, update and the workflow actions), live event id (live-posts, live-report), live post id (live-approve) or folder (import).</source>
        <translation>稿件编号（用于 show、update 和各项流程操作）、直播编号（用于 live-posts、live-report）、直播稿件编号（用于 live-approve）或文件夹（用于 import）。</translation>
    </message>
</context>
<context>
    <name>pd::admin::AccountValidator</name>
    <message>
        <source>A user name has 2 to 32 letters, digits, dots, underscores or hyphens and starts with a letter or digit.</source>
        <translation>用户名为 2 到 32 个字母、数字、点、下划线或连字符，以字母或数字开头。</translation>
    </message>
    <message>
        <source>Enter a name of 1 to 50 characters.</source>
        <translation>请填写 1 到 50 个字的姓名。</translation>
    </message>
    <message>
        <source>An account needs at least one role; disable an account that is no longer used instead.</source>
        <translation>账号至少要有一个角色；不再使用的账号请停用。</translation>
    </message>
    <message>
        <source>A reviewer acts at a level from 1 to 5.</source>
        <translation>审核人的审核级别应为 1 到 5。</translation>
    </message>
</context>
<context>
    <name>pd::admin::AdminValidator</name>
    <message>
        <source>Enter the site&apos;s name, at most 100 characters.</source>
        <translation>请填写网站名称，不超过 100 个字。</translation>
    </message>
    <message>
        <source>A site identification code has 10 digits (6 for the region and 4 for the site, e.g. 3217000001), or bm and 8 digits for a ministry site.</source>
        <translation>网站标识码为 10 位数字（6 位行政区划代码加 4 位顺序号，如 3217000001），部委网站为 bm 加 8 位数字。</translation>
    </message>
    <message>
        <source>Enter the 18-character unified social credit code (or the older 9-character organisation code); a check character does not match.</source>
        <translation>请填写 18 位统一社会信用代码（或旧的 9 位组织机构代码）；校验位不符。</translation>
    </message>
    <message>
        <source>A site has 1 to %1 review levels.</source>
        <translation>审核级数应为 1 到 %1 级。</translation>
    </message>
    <message>
        <source>Each review level has between 0 and 240 working hours.</source>
        <translation>每级审核时限应在 0 到 240 个工作小时之间。</translation>
    </message>
    <message>
        <source>Enter the full address, starting with http:// or https://.</source>
        <translation>请填写以 http:// 或 https:// 开头的完整网址。</translation>
    </message>
    <message>
        <source>A site cannot be its own portal.</source>
        <translation>站点不能以自己为上级门户。</translation>
    </message>
    <message>
        <source>Enter the column&apos;s name, 1 to 50 characters.</source>
        <translation>请填写栏目名称，1 到 50 个字。</translation>
    </message>
    <message>
        <source>The update rule is 0 (none) to %1 days.</source>
        <translation>更新周期应为 0（不要求）到 %1 天。</translation>
    </message>
    <message>
        <source>A category code is 1 to 4 capital letters and two digits, e.g. SW01.</source>
        <translation>分类编码为 1 到 4 个大写字母加两位数字，如 SW01。</translation>
    </message>
    <message>
        <source>Enter the category&apos;s name, 1 to 50 characters.</source>
        <translation>请填写分类名称，1 到 50 个字。</translation>
    </message>
    <message>
        <source>A sub-category code is its category&apos;s code and two digits, e.g. %1.</source>
        <translation>子类编码为上级分类编码加两位数字，如 %1。</translation>
    </message>
</context>
<context>
    <name>pd::admin::CategoryListModel</name>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
</context>
<context>
    <name>pd::admin::ColumnArrangementModel</name>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <source>%1 · catalogue</source>
        <translation>%1 · 公开目录</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>每 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>no rule</source>
        <translation>不要求</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Update at least</source>
        <translation>更新周期</translation>
    </message>
</context>
<context>
    <name>pd::admin::SiteListModel</name>
    <message>
        <source>Portal</source>
        <translation>门户</translation>
    </message>
    <message numerus="yes">
        <source>%n level(s)</source>
        <translation>
            <numerusform>%n 级</numerusform>
        </translation>
    </message>
    <message>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Site ID code</source>
        <translation>网站标识码</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>域名</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>pd::admin::UserListModel</name>
    <message>
        <source>%1 level %2</source>
        <translation>%1第 %2 级</translation>
    </message>
    <message>
        <source>all sites</source>
        <translation>全部站点</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>须修改密码</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>pd::admin::WorkingHoursForm</name>
    <message>
        <source>Write the daily working periods as 09:00-12:00 13:30-17:30.</source>
        <translation>请按 09:00-12:00 13:30-17:30 的格式填写每天的工作时段。</translation>
    </message>
    <message>
        <source>A site needs at least one working day and one working period.</source>
        <translation>站点至少需要一个工作日和一个工作时段。</translation>
    </message>
</context>
<context>
    <name>pd::api::ErrorMapper</name>
    <message>
        <source>The server %1 did not answer in time. Please try again later.</source>
        <translation>服务器 %1 响应超时，请稍后重试。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be established: %2. Check the server address and the certificate settings of this account.</source>
        <translation>无法与 %1 建立安全连接：%2。请检查服务器地址及本账号的证书设置。</translation>
    </message>
    <message>
        <source>Cannot reach the server %1 through the configured proxy.</source>
        <translation>无法通过所配置的代理连接服务器 %1。</translation>
    </message>
    <message>
        <source>Cannot reach the server %1. Check the server address and the network connection.</source>
        <translation>无法连接服务器 %1，请检查服务器地址和网络连接。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Your session has expired. Please sign in again.</source>
        <translation>登录已过期，请重新登录。</translation>
    </message>
    <message>
        <source>You do not have permission to do this.</source>
        <translation>您没有执行此操作的权限。</translation>
    </message>
    <message>
        <source>The requested content no longer exists on the server.</source>
        <translation>所请求的内容在服务器上已不存在。</translation>
    </message>
    <message>
        <source>This is not allowed in the item&apos;s current state.</source>
        <translation>稿件当前状态下不允许此操作。</translation>
    </message>
    <message>
        <source>Someone else changed this in the meantime. Review their version before saving.</source>
        <translation>他人已修改了此内容，请先查看对方的版本后再保存。</translation>
    </message>
    <message>
        <source>The upload is larger than the server accepts.</source>
        <translation>上传的文件超过服务器允许的大小。</translation>
    </message>
    <message>
        <source>The server does not accept this type of file.</source>
        <translation>服务器不接受此类型的文件。</translation>
    </message>
    <message>
        <source>Some fields are not filled in correctly.</source>
        <translation>部分字段填写有误。</translation>
    </message>
    <message>
        <source>The server refused a change made without a known revision.</source>
        <translation>修改未携带版本信息，服务器拒绝保存。</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Please wait %n second(s) and try again.</source>
        <translation>
            <numerusform>尝试次数过多，请等待 %n 秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many attempts. Please wait a moment and try again.</source>
        <translation>尝试次数过多，请稍候再试。</translation>
    </message>
    <message>
        <source>The server could not understand the request.</source>
        <translation>服务器无法识别该请求。</translation>
    </message>
    <message>
        <source>The server reported an internal error (HTTP %1). Please try again later.</source>
        <translation>服务器内部错误（HTTP %1），请稍后重试。</translation>
    </message>
    <message>
        <source>The server address “%1” is not valid. Enter an address such as https://portal.example.gov.cn or http://127.0.0.1:8080.</source>
        <translation>服务器地址“%1”无效，请输入形如 https://portal.example.gov.cn 或 http://127.0.0.1:8080 的地址。</translation>
    </message>
    <message>
        <source>The server %1 sent a response that cannot be read.</source>
        <translation>服务器 %1 返回的内容无法识别。</translation>
    </message>
    <message>
        <source>Cannot read the certificate file %1: %2</source>
        <translation>无法读取证书文件 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 contains no PEM certificate.</source>
        <translation>文件 %1 中没有 PEM 格式的证书。</translation>
    </message>
    <message>
        <source>Not a media file of the portal: %1</source>
        <translation>不是门户网站的媒体文件：%1</translation>
    </message>
</context>
<context>
    <name>pd::api::ItemBatch</name>
    <message numerus="yes">
        <source>%1, %n not applied</source>
        <translation>
            <numerusform>%1，%n 条未执行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::api::PlainHttpWarning</name>
    <message>
        <source>The connection to %1 is not encrypted (http://): your password, your session and your drafts can be read and changed on the way. Use https:// unless this is a test server on a network you trust.</source>
        <translation>与 %1 的连接未加密（http://）：您的密码、登录会话和稿件在传输途中可能被他人读取和篡改。除非这是可信网络中的测试服务器，请使用 https://。</translation>
    </message>
</context>
<context>
    <name>pd::app::AppContext</name>
    <message>
        <source>The local database was damaged. A copy was kept as %1 and a new one was created; changes already sent to the server are safe.</source>
        <translation>本地数据库已损坏，已将其副本保留为 %1 并新建了数据库；已提交到服务器的修改不受影响。</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Workbench</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Plugins…</source>
        <translation>插件…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>直播</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>信息公开</translation>
    </message>
    <message>
        <source>Check rules…</source>
        <translation>检查规则…</translation>
    </message>
</context>
<context>
    <name>pd::checks</name>
    <message>
        <source>The rule set needs a positive version.</source>
        <translation>规则集必须有一个正整数版本号。</translation>
    </message>
    <message>
        <source>The rule set needs a list of rules.</source>
        <translation>规则集必须包含规则列表。</translation>
    </message>
    <message>
        <source>Every rule needs an id.</source>
        <translation>每条规则都必须有编号。</translation>
    </message>
    <message>
        <source>Two rules have the same id.</source>
        <translation>有两条规则编号重复。</translation>
    </message>
    <message>
        <source>Every rule needs a pattern.</source>
        <translation>每条规则都必须有匹配词。</translation>
    </message>
    <message>
        <source>Unknown rule kind.</source>
        <translation>未知的规则类型。</translation>
    </message>
    <message>
        <source>Unknown severity.</source>
        <translation>未知的严重程度。</translation>
    </message>
    <message>
        <source>Only leader rules have titles.</source>
        <translation>只有领导人规则可以设置职务。</translation>
    </message>
    <message>
        <source>The check rules are invalid.</source>
        <translation>检查规则无效。</translation>
    </message>
    <message>
        <source>The title of %1 is %2, not %3.</source>
        <translation>%1的职务是“%2”，不是“%3”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a sensitive expression.</source>
        <translation>“%1”是敏感词。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may be a typo.</source>
        <translation>“%1”可能是错别字。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may be a typo for &quot;%2&quot;.</source>
        <translation>“%1”可能是错别字，应为“%2”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an incorrect expression.</source>
        <translation>“%1”属于错误表述。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an incorrect expression; write &quot;%2&quot;.</source>
        <translation>“%1”属于错误表述，应为“%2”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names a leader incorrectly; write &quot;%2&quot;.</source>
        <translation>“%1”中领导人姓名或职务有误，应为“%2”。</translation>
    </message>
    <message>
        <source>%1 should be named with the title %2.</source>
        <translation>提及%1时应写明职务“%2”。</translation>
    </message>
    <message>
        <source>The image has no alt text; describe it for readers who cannot see it (GB/T 37668).</source>
        <translation>图片缺少替代文本，请为无法看到图片的读者描述图片内容（GB/T 37668）。</translation>
    </message>
    <message>
        <source>Only http, https and mailto links are kept on the portal; this link will be removed.</source>
        <translation>门户网站只保留 http、https 和 mailto 链接，此链接将被移除。</translation>
    </message>
    <message>
        <source>The heading is empty; screen readers announce it anyway. Remove it or give it text.</source>
        <translation>标题为空，读屏软件仍会朗读它。请删除或补充标题文字。</translation>
    </message>
    <message>
        <source>The title has %1 characters; keep it within %2.</source>
        <translation>标题共 %1 个字，请控制在 %2 个字以内。</translation>
    </message>
    <message>
        <source>The link timed out.</source>
        <translation>连接超时。</translation>
    </message>
    <message>
        <source>The link is broken: HTTP %1.</source>
        <translation>链接失效：HTTP %1。</translation>
    </message>
    <message>
        <source>The link is broken: the server does not answer.</source>
        <translation>链接失效：服务器无响应。</translation>
    </message>
    <message>
        <source>The Traditional Chinese conversion data is missing.</source>
        <translation>缺少繁体转换数据文件。</translation>
    </message>
</context>
<context>
    <name>pd::checks::FindingsModel</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>副标题</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>内容概述</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>发布机构</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>发文字号</translation>
    </message>
    <message>
        <source>Written date</source>
        <translation>成文日期</translation>
    </message>
    <message>
        <source>Topic category</source>
        <translation>主题分类</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>体裁分类</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <source>Disclosure mode</source>
        <translation>公开方式</translation>
    </message>
    <message>
        <source>Disclosure term</source>
        <translation>公开时限</translation>
    </message>
    <message>
        <source>Disclosure scope</source>
        <translation>公开范围</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>有效性</translation>
    </message>
    <message>
        <source>Disclosure metadata</source>
        <translation>信息公开元数据</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>专题</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>敏感词</translation>
    </message>
    <message>
        <source>Typo</source>
        <translation>错别字</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>表述错误</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>领导人姓名职务</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>规范性</translation>
    </message>
    <message>
        <source>Must fix</source>
        <translation>必须修改</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>示例</translation>
    </message>
</context>
<context>
    <name>pd::checks::RuleListModel</name>
    <message>
        <source>On</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>%1 (titles: %2)</source>
        <translation>%1（职务：%2）</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>词语</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>pd::cli::CliRunner</name>
    <message>
        <source>Signed in to %1 as %2 (%3).</source>
        <translation>已登录 %1，当前用户：%2（%3）。</translation>
    </message>
    <message>
        <source>User name: %1</source>
        <translation>用户名：%1</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>姓名：%1</translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <translation>角色：%1</translation>
    </message>
    <message>
        <source>The account has no site.</source>
        <translation>该账号没有可管理的网站。</translation>
    </message>
    <message>
        <source>Give the item id after the command, e.g. %1 42.</source>
        <translation>请在命令后给出稿件编号，例如 %1 42。</translation>
    </message>
    <message>
        <source>Give the item as a JSON file with --file.</source>
        <translation>请用 --file 指定稿件的 JSON 文件。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 不是 JSON 对象：%2</translation>
    </message>
    <message>
        <source>Revision: %1</source>
        <translation>版本：%1</translation>
    </message>
    <message>
        <source>Created item %1.</source>
        <translation>已新建稿件 %1。</translation>
    </message>
    <message>
        <source>Saved item %1 (revision %2).</source>
        <translation>已保存稿件 %1（版本 %2）。</translation>
    </message>
    <message>
        <source>Item %1 is now %2.</source>
        <translation>稿件 %1 现为“%2”。</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>第 %1 级</translation>
    </message>
    <message>
        <source>The local database was damaged; it was kept as %1 and a new one was created.</source>
        <translation>本地数据库已损坏，原文件已保留为 %1，并已新建数据库。</translation>
    </message>
    <message>
        <source>Give the folder to import after the command.</source>
        <translation>请在命令后给出要导入的文件夹。</translation>
    </message>
    <message>
        <source>%1 holds no .html or .md files.</source>
        <translation>%1 中没有 .html 或 .md 文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) queued for import.</source>
        <translation>
            <numerusform>已有 %n 篇稿件加入导入队列。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) stay queued; run “sync” later.</source>
        <translation>
            <numerusform>%n 项修改仍在队列中，请稍后运行“sync”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delivered %n change(s).</source>
        <translation>
            <numerusform>已提交 %n 项修改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <translation>需要处理：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>--from and --to need days such as 2026-11-01, the first not after the second.</source>
        <translation>--from 和 --to 需要 2026-11-01 这样的日期，且起始日期不能晚于截止日期。</translation>
    </message>
    <message>
        <source>report needs --pdf FILE, --csv FILE or both.</source>
        <translation>report 需要 --pdf 文件、--csv 文件，或两者都给。</translation>
    </message>
    <message>
        <source>There is no site to report on.</source>
        <translation>没有可以生成报表的网站。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>joint review: %1</source>
        <translation>会审：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>已审核：%1</translation>
    </message>
    <message>
        <source>awaiting %1</source>
        <translation>待审：%1</translation>
    </message>
    <message>
        <source>live-report needs --pdf FILE, --csv FILE or both.</source>
        <translation>live-report 需要 --pdf 文件、--csv 文件，或两者都给出。</translation>
    </message>
</context>
<context>
    <name>pd::cli::ImportFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: the header line “%2” is not of the form key: value.</source>
        <translation>%1：头部行“%2”不符合“键: 值”的格式。</translation>
    </message>
    <message>
        <source>%1: the header has no title.</source>
        <translation>%1：头部缺少 title（标题）。</translation>
    </message>
    <message>
        <source>%1: unknown column “%2”.</source>
        <translation>%1：栏目“%2”不存在。</translation>
    </message>
</context>
<context>
    <name>pd::domain</name>
    <message>
        <source>The server sent an incomplete user.</source>
        <translation>服务器返回的用户信息不完整。</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>签发人</translation>
    </message>
    <message>
        <source>Live reporter</source>
        <translation>直播记者</translation>
    </message>
    <message>
        <source>Live moderator</source>
        <translation>直播审核</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>The server sent an incomplete site.</source>
        <translation>服务器返回的网站信息不完整。</translation>
    </message>
    <message>
        <source>The server sent an incomplete column.</source>
        <translation>服务器返回的栏目信息不完整。</translation>
    </message>
    <message>
        <source>This item waits for review at level %1, which you do not review.</source>
        <translation>该稿件正在等待第 %1 级审核，您不是该级审核人。</translation>
    </message>
    <message>
        <source>A rejection needs a comment for the author.</source>
        <translation>退回稿件须填写给作者的退回意见。</translation>
    </message>
    <message>
        <source>Withdrawing an item needs a reason.</source>
        <translation>撤稿须填写撤稿原因。</translation>
    </message>
    <message>
        <source>Scheduling needs a publish time.</source>
        <translation>定时发布须设置发布时间。</translation>
    </message>
    <message>
        <source>The publish time must be in the future.</source>
        <translation>发布时间须晚于当前时间。</translation>
    </message>
    <message>
        <source>A working period must end after it starts.</source>
        <translation>工作时段的结束时间须晚于开始时间。</translation>
    </message>
    <message>
        <source>Working periods must not overlap.</source>
        <translation>工作时段不得相互重叠。</translation>
    </message>
    <message>
        <source>Working days are numbered 1 (Monday) to 7.</source>
        <translation>工作日以 1（星期一）至 7（星期日）表示。</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD.</source>
        <translation>日期格式应为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>The UTC offset is out of range.</source>
        <translation>UTC 时差超出有效范围。</translation>
    </message>
    <message>
        <source>The credit code starts with an unknown registrar or category.</source>
        <translation>统一社会信用代码的登记管理部门代码或机构类别代码无效。</translation>
    </message>
    <message>
        <source>Characters 3 to 8 of a credit code are the region code digits.</source>
        <translation>统一社会信用代码的第 3 至 8 位应为行政区划代码（数字）。</translation>
    </message>
    <message>
        <source>The credit code contains characters it cannot have.</source>
        <translation>统一社会信用代码含有不允许使用的字符。</translation>
    </message>
    <message>
        <source>The credit code&apos;s check character is wrong; check for a typo.</source>
        <translation>统一社会信用代码校验位不正确，请检查是否输错。</translation>
    </message>
    <message>
        <source>The organisation code inside the credit code is inconsistent.</source>
        <translation>统一社会信用代码中的组织机构代码部分有误。</translation>
    </message>
    <message>
        <source>An organisation code has digits and capital letters only.</source>
        <translation>组织机构代码只能由数字和大写字母组成。</translation>
    </message>
    <message>
        <source>The organisation code&apos;s check character is wrong; check for a typo.</source>
        <translation>组织机构代码校验位不正确，请检查是否输错。</translation>
    </message>
    <message>
        <source>An organisation code has 18 characters (unified social credit code) or 9 characters (legacy code).</source>
        <translation>机构代码应为 18 位（统一社会信用代码）或 9 位（原组织机构代码）。</translation>
    </message>
    <message>
        <source>An index number looks like &lt;org code&gt;/&lt;year&gt;-&lt;5-digit number&gt;.</source>
        <translation>索引号格式应为“机构代码/年份-5 位流水号”。</translation>
    </message>
    <message>
        <source>This field must be text.</source>
        <translation>此字段须为文本。</translation>
    </message>
    <message>
        <source>Keywords must be text.</source>
        <translation>主题词须为文本。</translation>
    </message>
    <message>
        <source>Keywords must be a list.</source>
        <translation>主题词须为列表。</translation>
    </message>
    <message>
        <source>The disclosure metadata cannot be read.</source>
        <translation>无法读取信息公开元数据。</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message>
        <source>The publishing organisation is required.</source>
        <translation>请填写发布机构。</translation>
    </message>
    <message>
        <source>The document number is too long.</source>
        <translation>发文字号过长。</translation>
    </message>
    <message>
        <source>The written date is missing or invalid.</source>
        <translation>成文日期缺失或无效。</translation>
    </message>
    <message>
        <source>The written date is too early; check the year.</source>
        <translation>成文日期过早，请检查年份。</translation>
    </message>
    <message>
        <source>The written date cannot be in the future.</source>
        <translation>成文日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The topic category is required.</source>
        <translation>请选择主题分类。</translation>
    </message>
    <message>
        <source>Unknown topic category.</source>
        <translation>主题分类无效。</translation>
    </message>
    <message>
        <source>Unknown genre.</source>
        <translation>体裁分类无效。</translation>
    </message>
    <message>
        <source>Unknown audience.</source>
        <translation>服务对象无效。</translation>
    </message>
    <message>
        <source>Unknown disclosure mode.</source>
        <translation>公开方式无效。</translation>
    </message>
    <message>
        <source>Unknown disclosure term.</source>
        <translation>公开时限无效。</translation>
    </message>
    <message>
        <source>Unknown disclosure scope.</source>
        <translation>公开范围无效。</translation>
    </message>
    <message>
        <source>Unknown validity.</source>
        <translation>有效性取值无效。</translation>
    </message>
    <message>
        <source>Information that is not disclosed needs the reason.</source>
        <translation>不予公开的信息须说明不予公开的理由。</translation>
    </message>
    <message>
        <source>Keywords must not be empty.</source>
        <translation>主题词不能为空。</translation>
    </message>
    <message>
        <source>A keyword is too long.</source>
        <translation>主题词过长。</translation>
    </message>
    <message numerus="yes">
        <source>The abstract may have at most %n characters.</source>
        <translation>
            <numerusform>内容概述不得超过 %n 个字。</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>定时发布</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Unpublished</source>
        <translation>已取消发布</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤稿</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>送审</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>定时发布</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>取消发布</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤稿</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>You may not perform &quot;%1&quot; on this item.</source>
        <translation>您无权对此稿件执行“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not possible while the item is &quot;%2&quot;.</source>
        <translation>稿件当前状态为“%2”，不能执行“%1”。</translation>
    </message>
    <message>
        <source>The slug must be 1 to 64 lower-case letters, digits or hyphens.</source>
        <translation>专题地址标识须为 1 至 64 个小写字母、数字或连字符。</translation>
    </message>
    <message>
        <source>Every section needs a title.</source>
        <translation>每个子栏目都需要标题。</translation>
    </message>
    <message>
        <source>Item references must be item ids.</source>
        <translation>引用的稿件须为稿件编号。</translation>
    </message>
    <message>
        <source>The server sent an incomplete column health entry.</source>
        <translation>服务器返回的栏目更新状况不完整。</translation>
    </message>
    <message>
        <source>The server sent an incomplete site health report.</source>
        <translation>服务器返回的网站更新状况不完整。</translation>
    </message>
    <message>
        <source>The server sent an incomplete site report.</source>
        <translation>服务器返回的网站报表数据不完整。</translation>
    </message>
    <message>
        <source>The server sent a topic category without code or name.</source>
        <translation>服务器返回的主题分类缺少编码或名称。</translation>
    </message>
    <message>
        <source>The server sent an incomplete placement.</source>
        <translation>服务器返回的推送记录不完整。</translation>
    </message>
    <message>
        <source>The server sent an incomplete sweep.</source>
        <translation>服务器返回的巡检信息不完整。</translation>
    </message>
    <message>
        <source>The server sent an incomplete sweep finding.</source>
        <translation>服务器返回的巡检问题不完整。</translation>
    </message>
</context>
<context>
    <name>pd::domain::Item</name>
    <message>
        <source>This field must be text.</source>
        <translation>该字段须为文本。</translation>
    </message>
    <message>
        <source>The type must be news, feature or disclosure.</source>
        <translation>稿件类型须为新闻、专题或信息公开。</translation>
    </message>
    <message>
        <source>The columns must be a list of column ids.</source>
        <translation>栏目须为栏目编号列表。</translation>
    </message>
    <message>
        <source>The keywords must be a list of words.</source>
        <translation>关键词须为词语列表。</translation>
    </message>
    <message>
        <source>Some fields could not be read.</source>
        <translation>部分字段无法读取。</translation>
    </message>
    <message>
        <source>The title is required.</source>
        <translation>请填写标题。</translation>
    </message>
    <message>
        <source>The title is longer than %1 characters.</source>
        <translation>标题超过 %1 个字。</translation>
    </message>
    <message>
        <source>The summary is longer than %1 characters.</source>
        <translation>摘要超过 %1 个字。</translation>
    </message>
    <message>
        <source>Choose at least one column.</source>
        <translation>请至少选择一个栏目。</translation>
    </message>
    <message>
        <source>Keywords must be 1 to 30 characters long.</source>
        <translation>每个关键词须为 1 至 30 个字。</translation>
    </message>
    <message>
        <source>Only a feature has feature fields.</source>
        <translation>只有专题才有专题字段。</translation>
    </message>
    <message>
        <source>Only a disclosure item has disclosure metadata.</source>
        <translation>只有信息公开稿件才有公开元数据。</translation>
    </message>
    <message>
        <source>A feature needs its slug and sections.</source>
        <translation>专题需要地址标识和子栏目。</translation>
    </message>
    <message>
        <source>A disclosure item needs its metadata.</source>
        <translation>信息公开稿件需要填写公开元数据。</translation>
    </message>
</context>
<context>
    <name>pd::editing::BulkTransition</name>
    <message>
        <source>Only unpublish, withdraw and archive apply here.</source>
        <translation>此处只能取消发布、撤稿或归档。</translation>
    </message>
    <message>
        <source>A withdrawal needs a reason: it goes on the public record and into the audit log.</source>
        <translation>撤稿须填写原因：原因将公开留档并记入审计日志。</translation>
    </message>
    <message numerus="yes">
        <source>The reason is too long: at most %n characters.</source>
        <translation>
            <numerusform>原因过长：最多 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The previous run is still going on.</source>
        <translation>上一次操作仍在进行中。</translation>
    </message>
    <message>
        <source>Choose at least one item.</source>
        <translation>请至少选择一个条目。</translation>
    </message>
    <message>
        <source>“%1” was changed by someone else after you chose it; nothing was done to it. Refresh the list, look at the new version and try again.</source>
        <translation>“%1”在您选中后已被他人修改，未做任何处理。请刷新列表，查看新版本后重试。</translation>
    </message>
    <message>
        <source>“%1” is no longer in a state that allows this (%2); nothing was done to it. Refresh the list to see where it stands.</source>
        <translation>“%1”当前状态已不允许此操作（%2），未做任何处理。请刷新列表查看其当前状态。</translation>
    </message>
    <message>
        <source>Your roles on this site do not allow this for “%1”; nothing was done to it. Ask a publisher (签发) to do it.</source>
        <translation>您在本站点的角色无权对“%1”执行此操作，未做任何处理。请联系签发人员办理。</translation>
    </message>
    <message>
        <source>“%1” was refused: %2 Correct the reason and try again.</source>
        <translation>“%1”被拒绝：%2 请修改原因后重试。</translation>
    </message>
    <message>
        <source>“%1” could not be sent (%2); nothing was done to it. Try again when the portal is reachable.</source>
        <translation>“%1”未能发送（%2），未做任何处理。请在门户可连接时重试。</translation>
    </message>
    <message>
        <source>“%1” was refused: %2</source>
        <translation>“%1”被拒绝：%2</translation>
    </message>
    <message>
        <source>“%1”: the portal&apos;s answer could not be read (%2). Refresh the list.</source>
        <translation>“%1”：无法读取门户的应答（%2）。请刷新列表。</translation>
    </message>
    <message numerus="yes">
        <source>%n unpublished</source>
        <translation>
            <numerusform>已取消发布 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n archived</source>
        <translation>
            <numerusform>已归档 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn</source>
        <translation>
            <numerusform>已撤稿 %n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::editing::ColumnChoiceModel</name>
    <message>
        <source>Site %1</source>
        <translation>站点 %1</translation>
    </message>
    <message>
        <source>You do not write for this site.</source>
        <translation>您不是本站的编辑，不能把稿件放到这里。</translation>
    </message>
    <message>
        <source>A saved item stays on its site; use Other sites… to place it here too.</source>
        <translation>已保存的稿件只能留在本站；如需同时发到这里，请用“其他站点…”。</translation>
    </message>
    <message>
        <source>The columns of this site could not be loaded.</source>
        <translation>未能载入本站的栏目。</translation>
    </message>
    <message>
        <source>The columns of this site are being loaded.</source>
        <translation>正在载入本站的栏目。</translation>
    </message>
    <message>
        <source>This column is disabled and takes no new items.</source>
        <translation>此栏目已停用，不能再放入稿件。</translation>
    </message>
    <message>
        <source>This column does not take this kind of item.</source>
        <translation>此栏目不能存放这类稿件。</translation>
    </message>
    <message>
        <source>No column of this site takes this kind of item.</source>
        <translation>本站没有能存放这类稿件的栏目。</translation>
    </message>
    <message>
        <source>Column %1 (not loaded)</source>
        <translation>栏目 %1（未载入）</translation>
    </message>
</context>
<context>
    <name>pd::editing::DocumentSession</name>
    <message>
        <source>An urgent correction needs a reason: say what was wrong and why it cannot wait for review. The reason is recorded with the correction.</source>
        <translation>紧急更正必须填写原因：说明哪里有误、为什么不能等待审核。原因与更正一起记录。</translation>
    </message>
    <message>
        <source>Earlier changes of this item still wait in the outbox: an urgent correction can only be made once they have reached the portal.</source>
        <translation>这条内容之前的修改还在待发送队列中：等它们送达门户网站后才能紧急更正。</translation>
    </message>
</context>
<context>
    <name>pd::editing::Invalidation</name>
    <message>
        <source>Choose 失效 (no longer in force) or 废止 (abolished).</source>
        <translation>请选择“失效”或“废止”。</translation>
    </message>
    <message>
        <source>Give the day from which the document is no longer in force.</source>
        <translation>请填写生效日期：文件从哪一天起失效或废止。</translation>
    </message>
    <message>
        <source>A document cannot replace itself: choose another one, or none.</source>
        <translation>文件不能取代它自己：请选择另一篇文件，或选择“无替代文件”。</translation>
    </message>
    <message numerus="yes">
        <source>The reason is too long: at most %n characters.</source>
        <translation>
            <numerusform>原因太长：最多 %n 个字。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>自 %2 起%1</translation>
    </message>
    <message>
        <source>The portal could not be searched (%1). Try again when it is reachable.</source>
        <translation>无法在门户中搜索（%1）。请在能连接门户时重试。</translation>
    </message>
    <message>
        <source>The previous request is still on its way.</source>
        <translation>上一次的请求尚未完成。</translation>
    </message>
    <message>
        <source>“%1”: the portal&apos;s answer could not be read (%2). Refresh the list.</source>
        <translation>“%1”：无法读取门户的答复（%2）。请刷新列表。</translation>
    </message>
    <message>
        <source>“%1” was changed by someone else after you opened this dialog; it was not marked. Close the dialog, look at the new version and try again.</source>
        <translation>窗口打开后，“%1”已被他人修改，未做标注。请关闭窗口，查看新版本后重试。</translation>
    </message>
    <message>
        <source>“%1” cannot be marked now (%2); nothing was changed. Refresh the list to see where it stands.</source>
        <translation>“%1”当前不能标注（%2），未做任何更改。请刷新列表查看当前状态。</translation>
    </message>
    <message>
        <source>Your roles on this site do not allow marking documents; nothing was changed. Ask a publisher (签发) to do it.</source>
        <translation>您在本站点的角色无权标注文件，未做任何更改。请签发人员办理。</translation>
    </message>
    <message>
        <source>The portal refused the marking: %1 Correct it and try again.</source>
        <translation>门户拒绝了标注：%1 请改正后重试。</translation>
    </message>
    <message>
        <source>“%1” could not be sent (%2); nothing was changed. Try again when the portal is reachable.</source>
        <translation>“%1”未能发送（%2），未做任何更改。请在能连接门户时重试。</translation>
    </message>
    <message>
        <source>“%1” was refused: %2</source>
        <translation>“%1”被拒绝：%2</translation>
    </message>
</context>
<context>
    <name>pd::editing::ItemListModel</name>
    <message>
        <source>%1 (level %2)</source>
        <translation>%1（第 %2 级）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>edit in review (level %1)</source>
        <translation>修改审核中（第 %1 级）</translation>
    </message>
    <message>
        <source>edit in review</source>
        <translation>修改审核中</translation>
    </message>
    <message>
        <source>edit approved, waiting to be published</source>
        <translation>修改已通过，等待签发</translation>
    </message>
    <message>
        <source>edit rejected</source>
        <translation>修改被退回</translation>
    </message>
    <message>
        <source>edit not submitted yet</source>
        <translation>修改尚未送审</translation>
    </message>
</context>
<context>
    <name>pd::editing::MediaUploadQueue</name>
    <message>
        <source>pasted-image</source>
        <translation>粘贴的图片</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
</context>
<context>
    <name>pd::editing::PlacementListModel</name>
    <message>
        <source>Submitted (报送)</source>
        <translation>报送</translation>
    </message>
    <message>
        <source>Pushed (推送)</source>
        <translation>推送</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>待审</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>未采用</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤</translation>
    </message>
    <message>
        <source>Public at %1</source>
        <translation>公开地址：%1</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>时间</translation>
    </message>
</context>
<context>
    <name>pd::editing::PlacementTargetModel</name>
    <message>
        <source>submit (报送), reviewed there</source>
        <translation>报送，由该站审核</translation>
    </message>
    <message>
        <source>push (推送)</source>
        <translation>推送</translation>
    </message>
    <message>
        <source>%1 — placed already</source>
        <translation>%1 — 已推送或报送</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The portal this site belongs to: the item enters its review queue</source>
        <translation>本站所属的门户网站：稿件进入其审核队列</translation>
    </message>
    <message>
        <source>A site of the group you write for: its review policy decides whether the copy is reviewed there</source>
        <translation>您担任编辑的站群网站：是否需要该站审核由其审核规则决定</translation>
    </message>
    <message>
        <source>Sites and columns</source>
        <translation>站点和栏目</translation>
    </message>
</context>
<context>
    <name>pd::editing::PublicPages</name>
    <message>
        <source>The item&apos;s own page (%1)</source>
        <translation>条目本身的页面（%1）</translation>
    </message>
    <message>
        <source>Column page: %1</source>
        <translation>栏目页：%1</translation>
    </message>
    <message>
        <source>Home page</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Disclosure catalogue (信息公开目录)</source>
        <translation>信息公开目录</translation>
    </message>
    <message>
        <source>Every feature (专题) that references it</source>
        <translation>引用它的所有专题</translation>
    </message>
    <message>
        <source>Item page</source>
        <translation>稿件页面</translation>
    </message>
    <message>
        <source>Column page</source>
        <translation>栏目页</translation>
    </message>
    <message>
        <source>Feature (专题)</source>
        <translation>专题</translation>
    </message>
    <message>
        <source>Traditional Chinese copy (繁体)</source>
        <translation>繁体版</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>pd::interview::DirectorView</name>
    <message>
        <source>Search questions by text or name</source>
        <translation>按问题内容或网友名称搜索</translation>
    </message>
    <message>
        <source>Incoming questions</source>
        <translation>网友提问</translation>
    </message>
    <message>
        <source>A accept · D decline · Q to the host&apos;s queue · M merge the selected duplicates into the current question · J next · K previous</source>
        <translation>A 采纳 · D 不采纳 · Q 加入主持人队列 · M 将选中的重复问题合并到当前问题 · J 下一条 · K 上一条</translation>
    </message>
    <message>
        <source>The host&apos;s queue (drag to reorder)</source>
        <translation>主持人提问队列（拖动调整顺序）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Netizen</source>
        <translation>网友</translation>
    </message>
    <message numerus="yes">
        <source> (asked by %n netizens)</source>
        <translation>
            <numerusform>（%n 位网友提问）</numerusform>
        </translation>
    </message>
    <message>
        <source>[accepted] %1</source>
        <translation>［已采纳］%1</translation>
    </message>
    <message>
        <source>%1 waiting to be screened, %2 accepted</source>
        <translation>待筛选 %1 条，已采纳 %2 条</translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation>%1. %2：%3</translation>
    </message>
    <message>
        <source>Repeats another question</source>
        <translation>与其他问题重复</translation>
    </message>
    <message>
        <source>Not about the interview&apos;s subject</source>
        <translation>与访谈主题无关</translation>
    </message>
    <message>
        <source>Uncivil wording</source>
        <translation>含有不文明用语</translation>
    </message>
    <message>
        <source>Concerns a private person</source>
        <translation>涉及个人隐私</translation>
    </message>
    <message>
        <source>Decline question</source>
        <translation>不采纳问题</translation>
    </message>
    <message>
        <source>Why is it declined? (kept in the back office)</source>
        <translation>不采纳的原因（仅后台可见）：</translation>
    </message>
</context>
<context>
    <name>pd::interview::HostView</name>
    <message>
        <source>Ask next question</source>
        <translation>提问下一题</translation>
    </message>
    <message>
        <source>Current question</source>
        <translation>当前问题</translation>
    </message>
    <message>
        <source>Queue (N or Enter asks the first)</source>
        <translation>提问队列（按 N 或回车提问第一题）</translation>
    </message>
    <message>
        <source>No question is being answered. Ask the next one from the queue.</source>
        <translation>当前没有正在回答的问题。请从队列中提问下一题。</translation>
    </message>
    <message numerus="yes">
        <source>Asked by %1 and %n other netizens</source>
        <translation>
            <numerusform>%1 等 %n 位网友提问</numerusform>
        </translation>
    </message>
    <message>
        <source>Netizen</source>
        <translation>网友</translation>
    </message>
    <message>
        <source>Asked by %1</source>
        <translation>提问人：%1</translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation>%1. %2：%3</translation>
    </message>
</context>
<context>
    <name>pd::interview::InterviewDesk</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Say why the question is declined (kept in the back office).</source>
        <translation>请填写不采纳的原因（仅后台可见）。</translation>
    </message>
    <message>
        <source>Select the duplicates together with the question they repeat.</source>
        <translation>请同时选中重复的问题和被重复的问题（当前问题）。</translation>
    </message>
    <message>
        <source>The current question has not been answered yet.</source>
        <translation>当前问题还没有回答。</translation>
    </message>
    <message>
        <source>The host&apos;s queue is empty.</source>
        <translation>主持人提问队列是空的。</translation>
    </message>
    <message>
        <source>There is no asked question to answer.</source>
        <translation>没有待回答的问题。</translation>
    </message>
    <message>
        <source>The answer to this question is already on its way.</source>
        <translation>这个问题的回答已经在发送中。</translation>
    </message>
    <message>
        <source>Choose the guest who answers.</source>
        <translation>请选择回答问题的嘉宾。</translation>
    </message>
    <message>
        <source>Write the guest&apos;s answer first.</source>
        <translation>请先录入嘉宾的回答。</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>Not sent — the content checks block it:
%1</source>
        <translation>未发送——内容检查不允许发布：
%1</translation>
    </message>
    <message>
        <source>The transcript is built after the interview has ended.</source>
        <translation>访谈结束后才能生成实录。</translation>
    </message>
    <message>
        <source>The transcript “%1” is open in the editor: read it through, then submit it for review.</source>
        <translation>实录“%1”已在编辑窗口中打开：请通读核对后提交审核。</translation>
    </message>
    <message>
        <source>Choose an answer already sent to correct it.</source>
        <translation>请先选择一条已发出的回答再更正。</translation>
    </message>
    <message>
        <source>Write the corrected answer first.</source>
        <translation>请先写好更正后的回答。</translation>
    </message>
    <message>
        <source>A correction needs a note saying what was corrected; readers see it.</source>
        <translation>更正须写明更正说明，网友会看到。</translation>
    </message>
    <message>
        <source>The corrected answer is the same as the one sent.</source>
        <translation>更正后的回答与已发出的回答相同。</translation>
    </message>
    <message>
        <source>Not corrected — the content checks block it:
%1</source>
        <translation>未更正——内容检查不予通过：
%1</translation>
    </message>
    <message>
        <source>Choose an answer waiting for review.</source>
        <translation>请选择一条等待审核的回答。</translation>
    </message>
    <message>
        <source>Say why the answer goes back; the typist fixes it by that.</source>
        <translation>请写明退回的理由，录入员据此修改。</translation>
    </message>
    <message>
        <source>This answer is still waiting for review.</source>
        <translation>这条回答仍在等待审核。</translation>
    </message>
</context>
<context>
    <name>pd::interview::InterviewPanel</name>
    <message>
        <source>Upcoming</source>
        <translation>预告</translation>
    </message>
    <message>
        <source>Live now</source>
        <translation>直播中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Public page</source>
        <translation>访谈页面</translation>
    </message>
    <message>
        <source>Build transcript…</source>
        <translation>生成实录…</translation>
    </message>
    <message>
        <source>Online interview</source>
        <translation>在线访谈</translation>
    </message>
    <message>
        <source>After the end: the 实录 from every answered question, opened in the editor for a final read before it goes to review.</source>
        <translation>访谈结束后：用全部已回答的问题生成实录，在编辑窗口中打开，通读核对后提交审核。</translation>
    </message>
    <message>
        <source>Interview:</source>
        <translation>访谈：</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>导播</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Typist</source>
        <translation>录入</translation>
    </message>
    <message>
        <source>%1 · host %2</source>
        <translation>%1 · 主持人 %2</translation>
    </message>
    <message numerus="yes">
        <source>The link to the portal is down — %n answer(s) wait and go out in order when it returns. Keep typing.</source>
        <translation>
            <numerusform>与门户的连接已中断——%n 条回答正在排队，连接恢复后按顺序发出。请继续录入。</numerusform>
        </translation>
    </message>
    <message>
        <source>The link to the portal is down. Keep typing: answers wait and go out in order when it returns.</source>
        <translation>与门户的连接已中断。请继续录入：回答会排队，连接恢复后按顺序发出。</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
</context>
<context>
    <name>pd::interview::ReviewView</name>
    <message>
        <source>Approve</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Why it goes back (the typist sees this) — Enter sends it back</source>
        <translation>退回理由（录入员可以看到）——按回车退回</translation>
    </message>
    <message>
        <source>New answers and corrections reach readers once every review group has approved them (A or Enter approves the chosen one).</source>
        <translation>新回答和更正须经每个审核组批准后才公开（按 A 或回车批准选中的一条）。</translation>
    </message>
    <message>
        <source>This interview is not reviewed: answers go public as soon as they are sent.</source>
        <translation>本场访谈为直接发布：回答发出后立即公开。</translation>
    </message>
    <message>
        <source>Correction — Q: %1
Now (%2): %3
Corrected: %4
Note: %5</source>
        <translation>更正——问：%1
现为（%2）：%3
更正为：%4
说明：%5</translation>
    </message>
    <message>
        <source>New answer — Q: %1
A (%2): %3</source>
        <translation>新回答——问：%1
答（%2）：%3</translation>
    </message>
    <message>
        <source>Approved by: %1</source>
        <translation>已批准：%1</translation>
    </message>
    <message>
        <source>Waiting for: %1</source>
        <translation>仍待：%1</translation>
    </message>
</context>
<context>
    <name>pd::interview::TypistView</name>
    <message>
        <source>The guest&apos;s answer — Ctrl+Enter sends it</source>
        <translation>嘉宾的回答——按 Ctrl+Enter 发送</translation>
    </message>
    <message>
        <source>Answering:</source>
        <translation>回答嘉宾：</translation>
    </message>
    <message>
        <source>Current question</source>
        <translation>当前问题</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已回答</translation>
    </message>
    <message>
        <source>Waiting for the host to ask the next question.</source>
        <translation>等待主持人提问下一题。</translation>
    </message>
    <message>
        <source>Asked by %1</source>
        <translation>提问人：%1</translation>
    </message>
    <message>
        <source>Netizen</source>
        <translation>网友</translation>
    </message>
    <message>
        <source>Q: %1
A (%2): %3</source>
        <translation>问：%1
答（%2）：%3</translation>
    </message>
    <message>
        <source>Waiting for the link — the answer goes out by itself when it returns.</source>
        <translation>等待网络连接——连接恢复后回答会自动发出。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Published with its question.</source>
        <translation>已与问题一起发布。</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>未发布：%1</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Choose a sent answer above to correct it — Ctrl+Enter sends the correction</source>
        <translation>在上方选择一条已发出的回答进行更正——按 Ctrl+Enter 发出更正</translation>
    </message>
    <message>
        <source>What was corrected (readers see this note)</source>
        <translation>更正说明（网友会看到）</translation>
    </message>
    <message>
        <source>Correction waiting for review: %1</source>
        <translation>更正待审核：%1</translation>
    </message>
    <message>
        <source>Corrected: %1</source>
        <translation>已更正：%1</translation>
    </message>
    <message>
        <source>Correction queued — readers see it with its note once it is through (and through review, if this interview is reviewed).</source>
        <translation>更正已排队发出——发出后（先审后发的访谈须经审核通过后）网友将看到更正后的回答及更正说明。</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Sent back: %1 — fix it below and send it again</source>
        <translation>已退回：%1——请在下方修改后重新发送</translation>
    </message>
    <message>
        <source>Sent — waiting for review before readers see it.</source>
        <translation>已发出——审核通过后网友才能看到。</translation>
    </message>
</context>
<context>
    <name>pd::livebroadcast::ComposerWidget</name>
    <message>
        <source>Post (Ctrl+Enter)</source>
        <translation>发布（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>添加图片…</translation>
    </message>
    <message>
        <source>Speaker (type to search the guests)</source>
        <translation>发言人（输入以搜索嘉宾）</translation>
    </message>
    <message>
        <source>Quick phrases…</source>
        <translation>常用语…</translation>
    </message>
    <message>
        <source>Good morning, the live broadcast is about to begin.</source>
        <translation>各位网友，大家好！图文直播即将开始。</translation>
    </message>
    <message>
        <source>The meeting has begun.</source>
        <translation>会议开始。</translation>
    </message>
    <message>
        <source>Applause from the audience.</source>
        <translation>（现场掌声）</translation>
    </message>
    <message>
        <source>The following is a summary of the speech:</source>
        <translation>以下为发言摘要：</translation>
    </message>
    <message>
        <source>The meeting is adjourned. Thank you for following.</source>
        <translation>会议结束，感谢各位网友关注！</translation>
    </message>
    <message>
        <source>Stay tuned.</source>
        <translation>敬请关注。</translation>
    </message>
    <message>
        <source>What is happening? Ctrl+Enter posts.</source>
        <translation>现场情况如何？按 Ctrl+Enter 发布。</translation>
    </message>
    <message>
        <source>Double-click a photo to write its caption.</source>
        <translation>双击图片填写图片说明。</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>添加图片</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.heic *.bmp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.webp *.heic *.bmp)</translation>
    </message>
    <message>
        <source>Pasted photo</source>
        <translation>粘贴的图片</translation>
    </message>
    <message>
        <source>%1 × %2, %3 KB — double-click to write a caption</source>
        <translation>%1 × %2，%3 KB——双击填写图片说明</translation>
    </message>
    <message>
        <source>Photo %1 of %2: %3 % uploaded</source>
        <translation>第 %1/%2 张图片：已上传 %3%</translation>
    </message>
    <message>
        <source>A photo could not be uploaded: %1</source>
        <translation>图片上传失败：%1</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>已上传</translation>
    </message>
    <message>
        <source>Watermark photos</source>
        <translation>图片加水印</translation>
    </message>
    <message>
        <source>Text drawn in the lower right corner of each photo; empty: the site&apos;s name</source>
        <translation>绘制在每张图片右下角的文字；留空则使用网站名称</translation>
    </message>
    <message>
        <source>Logo…</source>
        <translation>选择标志图片…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>清除标志</translation>
    </message>
    <message>
        <source>An image (PNG, JPEG) drawn in the lower right corner of each photo, above the text</source>
        <translation>绘制在每张图片右下角、文字水印上方的标志图片（PNG、JPEG）</translation>
    </message>
    <message>
        <source>Choose the watermark logo</source>
        <translation>选择水印标志图片</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>图片 (%1)</translation>
    </message>
    <message>
        <source>Watermark logo, %1 × %2 pixels</source>
        <translation>水印标志，%1 × %2 像素</translation>
    </message>
    <message>
        <source>Posting to: %1</source>
        <translation>发往：%1</translation>
    </message>
    <message>
        <source>You are not in this sub-forum&apos;s team; the portal will refuse your posts here.</source>
        <translation>您不在该分论坛的直播团队中，门户会拒绝您在此发布的稿件。</translation>
    </message>
</context>
<context>
    <name>pd::livebroadcast::CorrectionDialog</name>
    <message>
        <source>Correct post</source>
        <translation>更正稿件</translation>
    </message>
    <message>
        <source>e.g. The speaker&apos;s title was corrected.</source>
        <translation>例如：更正了发言人职务</translation>
    </message>
    <message>
        <source>Publish correction</source>
        <translation>发布更正</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Correction note</source>
        <translation>更正说明</translation>
    </message>
</context>
<context>
    <name>pd::livebroadcast::DeskView</name>
    <message>
        <source>Write</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Live desk</source>
        <translation>直播台</translation>
    </message>
</context>
<context>
    <name>pd::livebroadcast::LiveDesk</name>
    <message>
        <source>Event created.</source>
        <translation>直播活动已创建。</translation>
    </message>
    <message>
        <source>Event saved.</source>
        <translation>直播活动已保存。</translation>
    </message>
    <message>
        <source>Choose an event first.</source>
        <translation>请先选择直播活动。</translation>
    </message>
    <message>
        <source>Write something or add a photo first.</source>
        <translation>请先输入文字或添加图片。</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>Not posted — the content checks block it:
%1</source>
        <translation>未发布——内容检查不允许发布：
%1</translation>
    </message>
    <message>
        <source>That post is not in this event&apos;s timeline.</source>
        <translation>该稿件不在本场直播的时间线中。</translation>
    </message>
    <message>
        <source>A correction needs a note saying what was corrected.</source>
        <translation>更正须填写更正说明。</translation>
    </message>
    <message>
        <source>Not corrected — the content checks block it: “%1”: %2</source>
        <translation>未更正——内容检查不允许发布：“%1”：%2</translation>
    </message>
    <message>
        <source>Say why the post is retracted; readers see the reason.</source>
        <translation>请写明撤回原因，读者会看到该原因。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>pd::livebroadcast::LiveEventDialog</name>
    <message>
        <source>Session</source>
        <translation>议程</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>New live event</source>
        <translation>新建直播活动</translation>
    </message>
    <message>
        <source>Edit live event</source>
        <translation>编辑直播活动</translation>
    </message>
    <message>
        <source>Direct — posts go out at once</source>
        <translation>直接发布——稿件立即发出</translation>
    </message>
    <message>
        <source>Reviewed — a moderator approves each post</source>
        <translation>先审后发——每条稿件由审核员批准</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>发布方式</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>议程</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>嘉宾</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Reporters</source>
        <translation>记者</translation>
    </message>
    <message>
        <source>Moderators</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>论坛</translation>
    </message>
    <message>
        <source>Press conference</source>
        <translation>新闻发布会</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>听证会</translation>
    </message>
    <message>
        <source>Online interview</source>
        <translation>在线访谈</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Reporters…</source>
        <translation>记者…</translation>
    </message>
    <message>
        <source>Moderators…</source>
        <translation>审核…</translation>
    </message>
    <message>
        <source>Team of the selected sub-forum (nobody chosen: everyone of the site):</source>
        <translation>所选分论坛的直播团队（不选则本站直播人员均可）：</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <source>Double-click to choose</source>
        <translation>双击选择</translation>
    </message>
    <message>
        <source>Reporters of this sub-forum</source>
        <translation>本分论坛的记者</translation>
    </message>
    <message>
        <source>Moderators of this sub-forum</source>
        <translation>本分论坛的直播审核</translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation>选择照片…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>移除照片</translation>
    </message>
    <message>
        <source>Select the guest whose photo you want to choose.</source>
        <translation>请先在表格中选中要设置照片的嘉宾。</translation>
    </message>
    <message>
        <source>Choose the guest&apos;s photo</source>
        <translation>选择嘉宾照片</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <source>%1 cannot be the guest&apos;s photo: %2</source>
        <translation>%1 不能作为嘉宾照片：%2</translation>
    </message>
    <message>
        <source>The photo %1 could not be uploaded: %2</source>
        <translation>照片 %1 未能上传：%2</translation>
    </message>
    <message>
        <source>Double-click or F2 sets the time; Delete clears it.</source>
        <translation>双击或按 F2 设置时间；按 Delete 清除。</translation>
    </message>
</context>
<context>
    <name>pd::livebroadcast::LiveGuestModel</name>
    <message>
        <source>Uploading…</source>
        <translation>正在上传…</translation>
    </message>
    <message>
        <source>No photo (removed)</source>
        <translation>无照片（已移除）</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
    <message>
        <source>New photo</source>
        <translation>新照片</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>New photo, kept when the event is saved</source>
        <translation>新照片，保存活动后生效</translation>
    </message>
    <message>
        <source>The guest&apos;s photo</source>
        <translation>嘉宾照片</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>嘉宾</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Photo not shown</source>
        <translation>照片暂时无法显示</translation>
    </message>
</context>
<context>
    <name>pd::livebroadcast::LivePanel</name>
    <message>
        <source>Upcoming</source>
        <translation>预告</translation>
    </message>
    <message>
        <source>Live now</source>
        <translation>直播中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>新建活动…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Go live</source>
        <translation>开始直播</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束直播</translation>
    </message>
    <message>
        <source>Live broadcast</source>
        <translation>图文直播</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>直播活动：</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>先审后发</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>直接发布</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续直播</translation>
    </message>
    <message numerus="yes">
        <source>The link to the portal is down — %n post(s) wait and go out in order when it returns. Keep writing.</source>
        <translation>
            <numerusform>与门户的连接已中断——%n 条稿件等待发送，连接恢复后按顺序发出。请继续写稿。</numerusform>
        </translation>
    </message>
    <message>
        <source>The link to the portal is down. Keep writing: posts wait and go out in order when it returns.</source>
        <translation>与门户的连接已中断。请继续写稿：稿件会排队，连接恢复后按顺序发出。</translation>
    </message>
    <message>
        <source>Open beside</source>
        <translation>并排打开</translation>
    </message>
    <message>
        <source>The sub-forum this desk tab covers: its timeline, and where its posts go</source>
        <translation>此标签页负责的分论坛：时间线只显示该分论坛的稿件，稿件也发往该分论坛</translation>
    </message>
    <message>
        <source>Open another desk tab beside this one, on the next sub-forum</source>
        <translation>在旁边新开一个标签页，打开下一个分论坛</translation>
    </message>
    <message>
        <source>All sub-forums</source>
        <translation>全部分论坛</translation>
    </message>
</context>
<context>
    <name>pd::livebroadcast::LiveTimelineModel</name>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>需处理</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Retracted</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>%1 · pinned</source>
        <translation>%1 · 置顶</translation>
    </message>
    <message numerus="yes">
        <source> [%n photo(s)]</source>
        <translation>
            <numerusform> 〔图片 %n 张〕</numerusform>
        </translation>
    </message>
    <message>
        <source> (Correction: %1)</source>
        <translation>（更正：%1）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>发言人</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>live moderators</source>
        <translation>直播审核</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source> · retraction in review</source>
        <translation> · 撤回审核中</translation>
    </message>
    <message>
        <source> · correction in review</source>
        <translation> · 更正审核中</translation>
    </message>
    <message>
        <source> (Correction in review: %1 — %2)</source>
        <translation>（更正审核中：%1 — %2）</translation>
    </message>
    <message>
        <source> · Approved by %1</source>
        <translation> · 已审核：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source> · Awaiting %1</source>
        <translation> · 待审：%1</translation>
    </message>
</context>
<context>
    <name>pd::livebroadcast::ModeratorWidget</name>
    <message>
        <source>Does not meet the publication requirements</source>
        <translation>不符合发布要求</translation>
    </message>
    <message>
        <source>A approve · H reject post / hide comment · J next · K previous</source>
        <translation>A 通过 · H 驳回稿件／隐藏评论 · J 下一条 · K 上一条</translation>
    </message>
    <message>
        <source>Reason for rejecting:</source>
        <translation>驳回理由：</translation>
    </message>
    <message>
        <source>Post by %1: %2%3</source>
        <translation>稿件（%1）：%2%3</translation>
    </message>
    <message>
        <source>Comment by %1: %2</source>
        <translation>评论（%1）：%2</translation>
    </message>
    <message>
        <source>a reader</source>
        <translation>网友</translation>
    </message>
    <message>
        <source>Waiting: %1 posts, %2 comments</source>
        <translation>待审：稿件 %1 条，评论 %2 条</translation>
    </message>
    <message>
        <source> — %1 asks to retract it: %2</source>
        <translation> — %1 申请撤回：%2</translation>
    </message>
    <message>
        <source> — %1 corrects it to: %2 (%3)</source>
        <translation> — %1 更正为：%2（%3）</translation>
    </message>
    <message>
        <source> · Approved by %1</source>
        <translation> · 已审核：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source> · Awaiting %1</source>
        <translation> · 待审：%1</translation>
    </message>
    <message>
        <source>Pending comments</source>
        <translation>待审评论</translation>
    </message>
    <message>
        <source>Approved comments</source>
        <translation>已通过的评论</translation>
    </message>
    <message>
        <source>Hidden comments</source>
        <translation>已隐藏的评论</translation>
    </message>
    <message>
        <source>All comments</source>
        <translation>全部评论</translation>
    </message>
    <message>
        <source>Search comments (text or name)</source>
        <translation>搜索评论（内容或昵称）</translation>
    </message>
    <message>
        <source>[approved] %1</source>
        <translation>［已通过］%1</translation>
    </message>
    <message>
        <source>[hidden] %1</source>
        <translation>［已隐藏］%1</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) shown</source>
        <translation>
            <numerusform>已显示 %n 条评论</numerusform>
        </translation>
    </message>
    <message>
        <source>more below</source>
        <translation>下面还有</translation>
    </message>
</context>
<context>
    <name>pd::livebroadcast::StatsWidget</name>
    <message>
        <source>Posts per minute</source>
        <translation>每分钟发稿数</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>在线人数</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Open public live page</source>
        <translation>打开公开直播页</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Page views (right axis)</source>
        <translation>页面浏览量（右侧坐标）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Posts&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;Characters&lt;/b&gt; %2 &amp;nbsp; &lt;b&gt;Photos&lt;/b&gt; %3 &amp;nbsp; &lt;b&gt;Viewers now&lt;/b&gt; %4 &amp;nbsp; &lt;b&gt;Peak&lt;/b&gt; %5 &amp;nbsp; &lt;b&gt;Page views&lt;/b&gt; %6&lt;br&gt;&lt;b&gt;Comments received&lt;/b&gt; %7 &amp;nbsp; &lt;b&gt;approved&lt;/b&gt; %8 &amp;nbsp; &lt;b&gt;waiting&lt;/b&gt; %9</source>
        <translation>&lt;b&gt;稿件&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;字数&lt;/b&gt; %2 &amp;nbsp; &lt;b&gt;图片&lt;/b&gt; %3 &amp;nbsp; &lt;b&gt;当前在线&lt;/b&gt; %4 &amp;nbsp; &lt;b&gt;峰值&lt;/b&gt; %5 &amp;nbsp; &lt;b&gt;页面浏览量&lt;/b&gt; %6&lt;br&gt;&lt;b&gt;收到评论&lt;/b&gt; %7 &amp;nbsp; &lt;b&gt;已通过&lt;/b&gt; %8 &amp;nbsp; &lt;b&gt;待审&lt;/b&gt; %9</translation>
    </message>
</context>
<context>
    <name>pd::livebroadcast::TimelineWidget</name>
    <message>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <source>Retract…</source>
        <translation>撤回…</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>置顶</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>重新发送</translation>
    </message>
    <message>
        <source>Give up</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>取消置顶</translation>
    </message>
    <message>
        <source>Live broadcast</source>
        <translation>图文直播</translation>
    </message>
    <message>
        <source>Retract post</source>
        <translation>撤回稿件</translation>
    </message>
    <message>
        <source>Why is this post retracted? Readers see the reason.</source>
        <translation>为什么撤回这条稿件？读者会看到该原因。</translation>
    </message>
</context>
<context>
    <name>pd::media::PhotoPipeline</name>
    <message>
        <source>The photo could not be read.</source>
        <translation>无法读取该图片。</translation>
    </message>
    <message>
        <source>The photo %1 could not be opened: %2</source>
        <translation>无法打开图片 %1：%2</translation>
    </message>
    <message>
        <source>This file is not a photo PortalDesk can read.</source>
        <translation>该文件不是门户编辑台能读取的图片。</translation>
    </message>
    <message>
        <source>The photo could not be decoded: %1</source>
        <translation>图片无法解码：%1</translation>
    </message>
    <message>
        <source>The pasted image is empty.</source>
        <translation>粘贴的图片是空的。</translation>
    </message>
    <message>
        <source>The photo could not be encoded: %1</source>
        <translation>图片无法编码：%1</translation>
    </message>
</context>
<context>
    <name>pd::media::WatermarkLogo</name>
    <message>
        <source>The logo %1 could not be opened: %2</source>
        <translation>无法打开标志图片 %1：%2</translation>
    </message>
    <message>
        <source>The logo %1 could not be decoded: %2</source>
        <translation>标志图片 %1 无法解码：%2</translation>
    </message>
    <message>
        <source>The stored logo is damaged; choose the logo again.</source>
        <translation>保存的标志图片已损坏，请重新选择。</translation>
    </message>
    <message>
        <source>%1 is not an image PortalDesk can use as a logo. Choose a PNG or JPEG file.</source>
        <translation>%1 不是可用作水印标志的图片，请选择 PNG 或 JPEG 文件。</translation>
    </message>
</context>
<context>
    <name>pd::models::CachedItemListModel</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Index number</source>
        <translation>索引号</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>pd::models::ColumnTreeModel</name>
    <message>
        <source>News</source>
        <translation>新闻动态</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>通知公告</translation>
    </message>
    <message>
        <source>Policy documents</source>
        <translation>政策文件</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>专题专栏</translation>
    </message>
    <message>
        <source>Information disclosure</source>
        <translation>政府信息公开</translation>
    </message>
    <message>
        <source>Live broadcasts</source>
        <translation>网络直播</translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>每 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>No rule</source>
        <translation>无要求</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未发布</translation>
    </message>
    <message numerus="yes">
        <source>Overdue: nothing published for more than %n day(s).</source>
        <translation>
            <numerusform>已超期：超过 %n 天未更新。</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue: nothing has been published in this column yet.</source>
        <translation>已超期：该栏目尚未发布任何内容。</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Update rule</source>
        <translation>更新要求</translation>
    </message>
    <message>
        <source>Last published</source>
        <translation>最近发布</translation>
    </message>
</context>
<context>
    <name>pd::models::DisclosureCatalogModel</name>
    <message>
        <source>The server sent a catalogue this program cannot read.</source>
        <translation>服务器返回的目录无法识别。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n item(s), %3 published</source>
        <translation>
            <numerusform>%1（%2）：%n 条，已发布 %3 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Topic category</source>
        <translation>主题分类</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>条目数</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
</context>
<context>
    <name>pd::models::ReviewQueueModel</name>
    <message>
        <source>To publish</source>
        <translation>待签发</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>第 %1 级审核</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>待办环节</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>时限状态</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>专题</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>信息公开</translation>
    </message>
    <message>
        <source>News</source>
        <translation>新闻</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>送达时间</translation>
    </message>
    <message>
        <source>Submitted (报送) by %1</source>
        <translation>%1 报送</translation>
    </message>
    <message>
        <source>Pushed (推送) from %1</source>
        <translation>%1 推送</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>pd::models::SiteHealthWatch</name>
    <message>
        <source>%1: empty</source>
        <translation>%1：空白栏目</translation>
    </message>
    <message numerus="yes">
        <source>%1: stale for %n day(s)</source>
        <translation>
            <numerusform>%1：已超期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: due today</source>
        <translation>%1：今天到期</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n day(s) left</source>
        <translation>
            <numerusform>%1：还剩 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Update soon — %1</source>
        <translation>即将超期，请尽快更新——%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Breaking the rule — %1</source>
        <translation>已超期或空白——%1</translation>
    </message>
    <message>
        <source>%1: %2 of %3 stale or empty columns — the site fails the inspection</source>
        <translation>%1：超期或空白栏目 %2 个，达到 %3 个，网站检查不合格</translation>
    </message>
    <message>
        <source>%1: %2 of %3 stale or empty columns before the site fails</source>
        <translation>%1：超期或空白栏目 %2 个（达到 %3 个即不合格）</translation>
    </message>
</context>
<context>
    <name>pd::models::SweepDesk</name>
    <message>
        <source>Say why the finding is ignored: reviewers and the audit log show the reason.</source>
        <translation>请填写忽略的理由，审核人员和操作日志都会看到。</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>个页面</translation>
    </message>
    <message>
        <source>items</source>
        <translation>篇稿件</translation>
    </message>
    <message>
        <source>%1 of %2 %3 checked</source>
        <translation>已检查 %1 / %2 %3</translation>
    </message>
    <message>
        <source> (started over after the rules changed)</source>
        <translation>（检查规则已变更，已重新开始）</translation>
    </message>
    <message>
        <source>Done: %1 %2 checked, %3 findings, %4 open</source>
        <translation>完成：已检查 %1 %2，发现问题 %3 个，待处理 %4 个</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 %3</source>
        <translation>已取消：检查了 %1 / %2 %3</translation>
    </message>
    <message>
        <source>%1 dead of %2 links (%3 %), the limit is %4 %</source>
        <translation>失效链接 %1 个，共检查链接 %2 个（失效率 %3 %），上限 %4 %</translation>
    </message>
    <message>
        <source>; %1 on the home page</source>
        <translation>；其中首页 %1 个</translation>
    </message>
    <message>
        <source>; %1 external links not checked</source>
        <translation>；%1 个站外链接未检查</translation>
    </message>
</context>
<context>
    <name>pd::models::SweepFindingsModel</name>
    <message>
        <source>Home page</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>稿件 %1</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Style or script</source>
        <translation>样式或脚本</translation>
    </message>
    <message>
        <source>External link</source>
        <translation>站外链接</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>副标题</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>内容概述</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>无响应</translation>
    </message>
    <message>
        <source>redirects without end</source>
        <translation>循环跳转</translation>
    </message>
    <message>
        <source>cannot be reached</source>
        <translation>无法访问</translation>
    </message>
    <message>
        <source>not found (HTTP %1)</source>
        <translation>打不开（HTTP %1）</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>打不开</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source> (suggested: %1)</source>
        <translation>（建议：%1）</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>已整改</translation>
    </message>
    <message>
        <source>Ignored: %1</source>
        <translation>忽略：%1</translation>
    </message>
    <message>
        <source>Item or page</source>
        <translation>稿件或页面</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>pd::models::Workspace</name>
    <message>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>已连接 %1</translation>
    </message>
    <message>
        <source>Connection to %1 lost — retrying</source>
        <translation>与 %1 的连接已断开，正在重试</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Your account has no site to work on. Ask an administrator to grant you a role on a site.</source>
        <translation>您的账号尚未分配任何网站，请联系管理员为您分配网站角色。</translation>
    </message>
    <message>
        <source>The new password was not accepted.</source>
        <translation>新密码未被接受。</translation>
    </message>
    <message>
        <source>The new password needs at least %1 characters.</source>
        <translation>新密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The new password must differ from the one-time password.</source>
        <translation>新密码不能与一次性密码相同。</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>An administrator reset your password. Sign in with the one-time password you were given to set a new one.</source>
        <translation>管理员已重置您的密码。请用收到的一次性密码登录，然后设置新密码。</translation>
    </message>
</context>
<context>
    <name>pd::plugins::PluginManager</name>
    <message>
        <source>%1 is not a usable PortalDesk plugin: %2</source>
        <translation>%1 不是可用的门户编辑台插件：%2</translation>
    </message>
    <message>
        <source>%1 was ignored: another plugin with the id “%2” was found first.</source>
        <translation>已忽略 %1：先找到了另一个标识为“%2”的插件。</translation>
    </message>
    <message>
        <source>The plugin “%1” is turned off in the settings.</source>
        <translation>插件“%1”已在设置中停用。</translation>
    </message>
    <message>
        <source>No plugin with the id “%1” was found.</source>
        <translation>未找到标识为“%1”的插件。</translation>
    </message>
    <message>
        <source>it does not implement the panel interface</source>
        <translation>它没有实现面板接口</translation>
    </message>
    <message>
        <source>The plugin “%1” could not be loaded: %2</source>
        <translation>无法加载插件“%1”：%2</translation>
    </message>
    <message>
        <source>The plugin “%1” in %2 is not one PortalDesk installed; it stays off until you turn it on in Tools → Plugins.</source>
        <translation>插件“%1”（%2）不是随门户编辑台安装的，在您于“工具 → 插件…”中启用之前保持关闭。</translation>
    </message>
    <message>
        <source>The plugin “%1” %2 was built for plugin interface version %3, but this PortalDesk runs versions %4 to %5. It was not loaded; install a version of the plugin made for this release.</source>
        <translation>插件“%1” %2 是为插件接口第 %3 版构建的，而本门户编辑台支持第 %4 版至第 %5 版。该插件未加载，请安装适用于此版本的插件。</translation>
    </message>
</context>
<context>
    <name>pd::plugins::PluginMetaData</name>
    <message>
        <source>The file is not a Qt plugin.</source>
        <translation>该文件不是 Qt 插件。</translation>
    </message>
    <message>
        <source>The plugin carries no plugin.json.</source>
        <translation>该插件不含 plugin.json。</translation>
    </message>
    <message>
        <source>plugin.json has no &quot;id&quot;.</source>
        <translation>plugin.json 缺少 &quot;id&quot;。</translation>
    </message>
    <message>
        <source>plugin.json has no &quot;name&quot;.</source>
        <translation>plugin.json 缺少 &quot;name&quot;。</translation>
    </message>
</context>
<context>
    <name>pd::reports::LiveReportWriter</name>
    <message>
        <source>scheduled</source>
        <translation>预告</translation>
    </message>
    <message>
        <source>live</source>
        <translation>直播中</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>论坛</translation>
    </message>
    <message>
        <source>Press conference</source>
        <translation>新闻发布会</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>听证会</translation>
    </message>
    <message>
        <source>Online interview</source>
        <translation>在线访谈</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Venue: %1</source>
        <translation>地点：%1</translation>
    </message>
    <message>
        <source>Began: %1</source>
        <translation>开始时间：%1</translation>
    </message>
    <message>
        <source>Generated: %1</source>
        <translation>生成时间：%1</translation>
    </message>
    <message>
        <source>%1 — live broadcast report</source>
        <translation>%1 — 直播总结报告</translation>
    </message>
    <message>
        <source>What went out</source>
        <translation>发布情况</translation>
    </message>
    <message numerus="yes">
        <source>%1 posts were published: %2 characters of text and %n photo(s).</source>
        <translation>
            <numerusform>共发布稿件 %1 条，文字 %2 字，图片 %n 张。</numerusform>
        </translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>稿件条数</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>文字字数</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>图片张数</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>观看情况</translation>
    </message>
    <message>
        <source>At most %1 readers followed the broadcast at one time; the live page was viewed %2 times. Readers on every server of the portal count, on the live stream and on the page&apos;s automatic refresh alike.</source>
        <translation>最高同时在线 %1 人，直播页面浏览 %2 次。在线人数包括门户各台服务器上的读者，实时推送和页面自动刷新的读者都计算在内。</translation>
    </message>
    <message>
        <source>Peak viewers online</source>
        <translation>最高在线人数</translation>
    </message>
    <message>
        <source>Page views</source>
        <translation>页面浏览量</translation>
    </message>
    <message>
        <source>Comments from the public</source>
        <translation>网友评论</translation>
    </message>
    <message>
        <source>%1 comments were received; %2 were approved and shown on the live page.</source>
        <translation>共收到网友评论 %1 条，审核通过并在直播页面显示 %2 条。</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>已隐藏</translation>
    </message>
    <message>
        <source>Waiting for moderation</source>
        <translation>待审核</translation>
    </message>
</context>
<context>
    <name>pd::reports::ReportDocument</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>pd::reports::SiteReportWriter</name>
    <message>
        <source>Period: %1 to %2</source>
        <translation>统计期间：%1 至 %2</translation>
    </message>
    <message>
        <source>Generated: %1</source>
        <translation>生成时间：%1</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空白</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>超期未更新</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>即将超期</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>News</source>
        <translation>新闻</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>专题</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>信息公开</translation>
    </message>
    <message>
        <source>Nothing was published, reviewed or broadcast on %1 from %2 to %3: there is no report to make for this period. Choose another period.</source>
        <translation>%1 在 %2 至 %3 期间没有发布、审核或直播记录，无法生成该期间的报表。请选择其他期间。</translation>
    </message>
    <message>
        <source>%1 — site report</source>
        <translation>%1运行情况报表</translation>
    </message>
    <message>
        <source>Items published per column and type</source>
        <translation>各栏目、各类型发布数量</translation>
    </message>
    <message>
        <source>%1 items published in the period (an item in two columns counts in each).</source>
        <translation>本期共发布 %1 条（同时发布在两个栏目的信息在每个栏目各计一次）。</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>条数</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Items published per column</source>
        <translation>各栏目发布数量</translation>
    </message>
    <message>
        <source>Disclosure items per topic category</source>
        <translation>政府信息公开按主题分类统计</translation>
    </message>
    <message>
        <source>Topic category</source>
        <translation>主题分类</translation>
    </message>
    <message>
        <source>Review turnaround per level</source>
        <translation>各级审核用时</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>审核级别</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>审核次数</translation>
    </message>
    <message>
        <source>Median (hours)</source>
        <translation>用时中位数（小时）</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超时次数</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>第%1级</translation>
    </message>
    <message>
        <source>Median review time per level (hours)</source>
        <translation>各级审核用时中位数（小时）</translation>
    </message>
    <message>
        <source>Stale and empty columns</source>
        <translation>超期未更新栏目和空白栏目</translation>
    </message>
    <message>
        <source>%1 stale or empty columns at the time of the report; %2 fail a site.</source>
        <translation>报表生成时超期或空白栏目 %1 个；达到 %2 个即单项否决。</translation>
    </message>
    <message>
        <source>Rule (days)</source>
        <translation>更新周期（天）</translation>
    </message>
    <message>
        <source>Last published</source>
        <translation>最后更新</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未发布</translation>
    </message>
    <message>
        <source>Live events</source>
        <translation>图文直播和在线访谈</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>发布条数</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>字数</translation>
    </message>
    <message>
        <source>Peak viewers</source>
        <translation>最高同时在线</translation>
    </message>
    <message>
        <source>Page views</source>
        <translation>浏览量</translation>
    </message>
    <message>
        <source>Site group report</source>
        <translation>网站群运行情况报表</translation>
    </message>
    <message>
        <source>Member sites compared</source>
        <translation>成员网站对比</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Items published</source>
        <translation>发布条数</translation>
    </message>
    <message>
        <source>Disclosure items</source>
        <translation>信息公开条数</translation>
    </message>
    <message>
        <source>Review decisions</source>
        <translation>审核次数</translation>
    </message>
    <message>
        <source>Overdue decisions</source>
        <translation>超时审核</translation>
    </message>
    <message>
        <source>Stale or empty columns</source>
        <translation>超期或空白栏目</translation>
    </message>
    <message>
        <source>Items published per site</source>
        <translation>各网站发布数量</translation>
    </message>
</context>
<context>
    <name>pd::review::BulkReview</name>
    <message>
        <source>A bulk decision is still being applied.</source>
        <translation>批量操作仍在执行中。</translation>
    </message>
    <message>
        <source>Only approve and reject apply to many items.</source>
        <translation>批量操作只能是通过或驳回。</translation>
    </message>
    <message>
        <source>Changed since you saw it; open it again and review the new version.</source>
        <translation>您查看后稿件已被修改，请重新打开并审核新版本。</translation>
    </message>
    <message>
        <source>Already decided by someone else (%1).</source>
        <translation>已由他人处理（%1）。</translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>已驳回 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approved</source>
        <translation>
            <numerusform>已通过 %n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::review::ReviewActions</name>
    <message>
        <source>A rejection needs a comment: tell the author what to change.</source>
        <translation>驳回必须填写意见：请告诉作者需要修改什么。</translation>
    </message>
    <message>
        <source>Choose a publishing time in the future.</source>
        <translation>请选择一个将来的发布时间。</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Publish now</source>
        <translation>立即签发</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>定时发布</translation>
    </message>
</context>
<context>
    <name>pd::review::ReviewDesk</name>
    <message>
        <source>The item changed since you opened it; review the new version.</source>
        <translation>您打开后稿件已被修改，请审核新版本。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>pd::review::ReviewItemLoader</name>
    <message>
        <source>Title: %1</source>
        <translation>标题：%1</translation>
    </message>
    <message>
        <source>Subtitle: %1</source>
        <translation>副标题：%1</translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation>摘要：%1</translation>
    </message>
</context>
<context>
    <name>pd::store::AccountRegistry</name>
    <message>
        <source>The server address must look like https://portal.example.gov.cn or http://host:port.</source>
        <translation>服务器地址应形如 https://portal.example.gov.cn 或 http://主机:端口。</translation>
    </message>
    <message>
        <source>Enter the user name for this account.</source>
        <translation>请输入该账号的用户名。</translation>
    </message>
    <message>
        <source>The certificate file %1 cannot be read.</source>
        <translation>无法读取证书文件 %1。</translation>
    </message>
    <message>
        <source>The file %1 contains no certificate in PEM format (-----BEGIN CERTIFICATE-----).</source>
        <translation>文件 %1 中没有 PEM 格式的证书（-----BEGIN CERTIFICATE-----）。</translation>
    </message>
    <message>
        <source>The account %1 exists already.</source>
        <translation>账号 %1 已存在。</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>该账号已不存在。</translation>
    </message>
</context>
<context>
    <name>pd::store::KeychainCredentialStore</name>
    <message>
        <source>No password is stored for this account.</source>
        <translation>该账号未保存密码。</translation>
    </message>
    <message>
        <source>No system keyring is available, so the password cannot be remembered; it will be asked for at every start (it is never stored in clear text).</source>
        <translation>系统中没有可用的密钥环，因此无法记住密码；每次启动时将要求输入密码（密码绝不会以明文保存）。</translation>
    </message>
    <message>
        <source>The system keyring refused access: %1</source>
        <translation>系统密钥环拒绝访问：%1</translation>
    </message>
    <message>
        <source>The system keyring failed: %1</source>
        <translation>系统密钥环出错：%1</translation>
    </message>
</context>
<context>
    <name>pd::store::LocalStore</name>
    <message>
        <source>The local database %1 could not be used (%2): %3</source>
        <translation>本地数据库 %1 无法使用（%2）：%3</translation>
    </message>
    <message>
        <source>The draft no longer exists.</source>
        <translation>该草稿已不存在。</translation>
    </message>
    <message>
        <source>The local database cannot be read: %1</source>
        <translation>无法读取本地数据库：%1</translation>
    </message>
</context>
<context>
    <name>pd::store::MemoryCredentialStore</name>
    <message>
        <source>No password is stored for %1.</source>
        <translation>未保存 %1 的密码。</translation>
    </message>
</context>
<context>
    <name>pd::store::OutboxEntry</name>
    <message>
        <source>item %1</source>
        <translation>条目 %1</translation>
    </message>
    <message>
        <source>the new item</source>
        <translation>新建的条目</translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation>新建%1</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>保存%1</translation>
    </message>
    <message>
        <source>%1 — needs attention: %2</source>
        <translation>%1——需要处理：%2</translation>
    </message>
</context>
<context>
    <name>pd::sync::OutboxSync</name>
    <message>
        <source>The change this one builds on was not delivered; open the item and save it again.</source>
        <translation>此更改所依赖的前一项更改未能送达；请打开该稿件重新保存。</translation>
    </message>
</context>
<context>
    <name>pd::ui::AdminDialogParts</name>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>%1 Your changes are kept: save again to replace that version, or cancel.</source>
        <translation>%1 您的修改仍保留：再次保存将覆盖该版本，或取消。</translation>
    </message>
</context>
<context>
    <name>pd::ui::AdminEntry</name>
    <message>
        <source>Administration</source>
        <translation>管理</translation>
    </message>
</context>
<context>
    <name>pd::ui::AdminPage</name>
    <message>
        <source>Administration</source>
        <translation>管理</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>用户与角色</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>Topic categories</source>
        <translation>主题分类</translation>
    </message>
    <message>
        <source>Review policy</source>
        <translation>审核策略</translation>
    </message>
</context>
<context>
    <name>pd::ui::Appearance</name>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>pd::ui::AttachmentsPanel</name>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Add attachment…</source>
        <translation>添加附件…</translation>
    </message>
    <message>
        <source>Upload PDF, Word or Excel files and attach them to the item</source>
        <translation>上传 PDF、Word 或 Excel 文件作为本稿件的附件</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.doc *.docx *.xls *.xlsx)</source>
        <translation>文档 (*.pdf *.doc *.docx *.xls *.xlsx)</translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <translation>附件 %1</translation>
    </message>
</context>
<context>
    <name>pd::ui::CataloguePage</name>
    <message>
        <source>Topic categories</source>
        <translation>主题分类</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部分类</translation>
    </message>
    <message>
        <source>Show all categories</source>
        <translation>显示全部分类</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>搜索目录</translation>
    </message>
    <message>
        <source>Title or index number</source>
        <translation>标题或索引号</translation>
    </message>
    <message>
        <source>Items shown</source>
        <translation>显示条数</translation>
    </message>
    <message>
        <source>Disclosure items</source>
        <translation>信息公开条目</translation>
    </message>
    <message>
        <source>%1 of %2 items</source>
        <translation>显示 %1 条，共 %2 条</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Mark as no longer in force (失效 / 废止)…</source>
        <translation>标注失效 / 废止…</translation>
    </message>
</context>
<context>
    <name>pd::ui::CategoriesPanel</name>
    <message>
        <source>The site&apos;s own topic categories</source>
        <translation>本站自设主题分类</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>新建分类</translation>
    </message>
    <message>
        <source>Under</source>
        <translation>上级</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>e.g. SW01</source>
        <translation>如 SW01</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>&amp;Add category</source>
        <translation>添加分类(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Under:</source>
        <translation>上级(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>编码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Selected category</source>
        <translation>选中的分类</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>新名称</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>改名(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>New &amp;name:</source>
        <translation>新名称(&amp;N)：</translation>
    </message>
    <message>
        <source>The national 22 categories are always offered; these are the site&apos;s own, shown after them in the disclosure form, the catalogue and the public catalogue.</source>
        <translation>国家规定的 22 个一级分类始终可用；这里是本站自设的分类，在信息公开表单、目录浏览和公开目录中排在国家分类之后。</translation>
    </message>
    <message>
        <source>None: a top category</source>
        <translation>无：一级分类</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> —— %1</translation>
    </message>
    <message>
        <source>Category %1 %2 added.</source>
        <translation>已添加分类 %1 %2。</translation>
    </message>
    <message>
        <source>Select a category first.</source>
        <translation>请先选择一个分类。</translation>
    </message>
    <message>
        <source>Category %1 renamed to %2.</source>
        <translation>分类 %1 已改名为 %2。</translation>
    </message>
    <message>
        <source>Category %1 %2 deleted.</source>
        <translation>已删除分类 %1 %2。</translation>
    </message>
</context>
<context>
    <name>pd::ui::CheckRulesDialog</name>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Add as new rule</source>
        <translation>添加为新规则</translation>
    </message>
    <message>
        <source>Save to selected rule</source>
        <translation>保存到所选规则</translation>
    </message>
    <message>
        <source>Save allow-list</source>
        <translation>保存白名单</translation>
    </message>
    <message>
        <source>Check rules</source>
        <translation>检查规则</translation>
    </message>
    <message>
        <source>Filter by pattern, kind, suggestion or note</source>
        <translation>按词语、类别、建议或说明筛选</translation>
    </message>
    <message>
        <source>Sample text to test the rule against</source>
        <translation>用于测试规则的示例文字</translation>
    </message>
    <message>
        <source>One phrase per line: findings inside these phrases are not reported</source>
        <translation>每行一个词语：出现在这些词语中的问题不再报告</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Pattern:</source>
        <translation>词语：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>级别：</translation>
    </message>
    <message>
        <source>Suggestion:</source>
        <translation>建议：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>Sample text:</source>
        <translation>示例文字：</translation>
    </message>
    <message>
        <source>Allow-list</source>
        <translation>白名单</translation>
    </message>
    <message>
        <source>Saved. The new rules apply to every check from now on.</source>
        <translation>已保存。此后的每次检查都使用新规则。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message numerus="yes">
        <source>Check rules — version %1, %n rule(s), %2 disabled</source>
        <translation>
            <numerusform>检查规则 — 第 %1 版，共 %n 条，停用 %2 条</numerusform>
        </translation>
    </message>
    <message>
        <source>The rule finds nothing in the sample.</source>
        <translation>该规则在示例文字中没有发现问题。</translation>
    </message>
    <message numerus="yes">
        <source>The rule finds %n place(s) in the sample.</source>
        <translation>
            <numerusform>该规则在示例文字中发现 %n 处。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
</context>
<context>
    <name>pd::ui::CoPublishDialog</name>
    <message>
        <source>Publish on other sites — %1</source>
        <translation>在其他站点发布 — %1</translation>
    </message>
    <message>
        <source>Where this item is published on other sites of the group:</source>
        <translation>本稿件在站群其他站点的发布情况：</translation>
    </message>
    <message>
        <source>Placements on other sites</source>
        <translation>在其他站点的发布</translation>
    </message>
    <message>
        <source>&amp;Withdraw from the selected site</source>
        <translation>从所选站点撤回(&amp;W)</translation>
    </message>
    <message>
        <source>Tick the columns to place it in (报送 to the portal, 推送 to sites you write for):</source>
        <translation>勾选要发布到的栏目（报送到门户网站，推送到您担任编辑的站点）：</translation>
    </message>
    <message>
        <source>Sites and columns to place the item in</source>
        <translation>要发布到的站点和栏目</translation>
    </message>
    <message>
        <source>&amp;Place in ticked columns</source>
        <translation>发布到所选栏目(&amp;P)</translation>
    </message>
    <message>
        <source>There is no other site you may place this item in: only published news travels, and only to your site&apos;s portal or to sites you write for.</source>
        <translation>没有可以发布本稿件的其他站点：只有已发布的新闻可以报送到本站所属的门户网站，或推送到您担任编辑的站点。</translation>
    </message>
    <message numerus="yes">
        <source>Placed on %n site(s); each site&apos;s own review decides when it is public there.</source>
        <translation>
            <numerusform>已发布到 %n 个站点；何时在各站公开，由各站自己的审核决定。</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdrawn from that site.</source>
        <translation>已从该站点撤回。</translation>
    </message>
</context>
<context>
    <name>pd::ui::ColumnChooser</name>
    <message>
        <source>Column</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>Filter columns</source>
        <translation>筛选栏目</translation>
    </message>
    <message>
        <source>Type any part of the path, e.g. 教育 通知</source>
        <translation>输入路径中的任意部分，如“教育 通知”</translation>
    </message>
    <message>
        <source>Sites and columns</source>
        <translation>站点和栏目</translation>
    </message>
    <message>
        <source>No column for this kind of item matches.</source>
        <translation>没有符合条件、能存放这类稿件的栏目。</translation>
    </message>
    <message>
        <source>↑ ↓ move · Enter chooses · Esc closes; greyed entries cannot take this item.</source>
        <translation>↑ ↓ 移动 · Enter 选定 · Esc 关闭；灰色项不能存放本稿件。</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>栏目 %1</translation>
    </message>
    <message>
        <source>Choose the column the item appears in</source>
        <translation>选择稿件所在的栏目</translation>
    </message>
    <message>
        <source>Choose a column…</source>
        <translation>选择栏目…</translation>
    </message>
</context>
<context>
    <name>pd::ui::ColumnsPanel</name>
    <message>
        <source>%1 The tree now shows the current columns; make your change again if it is still needed.</source>
        <translation>%1 栏目树已显示当前内容；如仍需修改，请在此基础上重新操作。</translation>
    </message>
    <message>
        <source>Column tree</source>
        <translation>栏目树</translation>
    </message>
    <message>
        <source>Selected column</source>
        <translation>选中的栏目</translation>
    </message>
    <message>
        <source>Column name</source>
        <translation>栏目名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Update at least every</source>
        <translation>更新周期</translation>
    </message>
    <message>
        <source>no rule</source>
        <translation>不要求</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Part of the disclosure catalogue</source>
        <translation>属于信息公开目录</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>&amp;Save column</source>
        <translation>保存栏目(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Delete column</source>
        <translation>删除栏目(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Update at least every:</source>
        <translation>更新周期(&amp;U)：</translation>
    </message>
    <message>
        <source>New column</source>
        <translation>新建栏目</translation>
    </message>
    <message>
        <source>New column name</source>
        <translation>新栏目名称</translation>
    </message>
    <message>
        <source>Name of the new column</source>
        <translation>新栏目的名称</translation>
    </message>
    <message>
        <source>Kind of the new column</source>
        <translation>新栏目的类型</translation>
    </message>
    <message>
        <source>Add at &amp;top level</source>
        <translation>添加为一级栏目(&amp;T)</translation>
    </message>
    <message>
        <source>Add &amp;under selected</source>
        <translation>添加到选中栏目之下(&amp;U)</translation>
    </message>
    <message>
        <source>Drag a column onto another to put it under that one, or between two to reorder.</source>
        <translation>把栏目拖到另一个栏目上即移到其下；拖到两个栏目之间即调整顺序。</translation>
    </message>
    <message>
        <source>Column %1 moved.</source>
        <translation>已移动栏目 %1。</translation>
    </message>
    <message>
        <source>Select the column the new one goes under.</source>
        <translation>请先选择新栏目的上级栏目。</translation>
    </message>
    <message>
        <source>Column %1 added.</source>
        <translation>已添加栏目 %1。</translation>
    </message>
    <message>
        <source>Select a column first.</source>
        <translation>请先选择一个栏目。</translation>
    </message>
    <message>
        <source>Some fields are not filled in correctly.</source>
        <translation>有些项目填写不正确。</translation>
    </message>
    <message>
        <source>Column %1 saved.</source>
        <translation>已保存栏目 %1。</translation>
    </message>
    <message>
        <source>Column %1 deleted.</source>
        <translation>已删除栏目 %1。</translation>
    </message>
</context>
<context>
    <name>pd::ui::ConflictDialog</name>
    <message>
        <source>Someone else saved this item</source>
        <translation>他人已保存此稿件</translation>
    </message>
    <message>
        <source>Someone saved revision %1 of “%2” while you were editing. For each field below, keep your version or take theirs; the merged result is saved on top of their revision.</source>
        <translation>在您编辑期间，他人保存了“%2”的第 %1 版。请逐项选择保留您的版本或采用对方的版本，合并结果将在对方版本的基础上保存。</translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation>存在差异的字段</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的版本</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>对方版本</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Version of %1 to keep</source>
        <translation>要保留的“%1”版本</translation>
    </message>
    <message>
        <source>Merged result</source>
        <translation>合并结果</translation>
    </message>
    <message>
        <source>Merged result:</source>
        <translation>合并结果：</translation>
    </message>
    <message>
        <source>Keep all &amp;mine</source>
        <translation>全部保留我的版本(&amp;M)</translation>
    </message>
    <message>
        <source>Take all &amp;theirs</source>
        <translation>全部采用对方版本(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Save merged version</source>
        <translation>保存合并后的版本(&amp;S)</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>我的版本</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>对方版本</translation>
    </message>
</context>
<context>
    <name>pd::ui::DashboardPage</name>
    <message>
        <source>Site health (inspection thresholds)</source>
        <translation>网站健康（按检查指标）</translation>
    </message>
    <message>
        <source>Site health problems; Enter goes to the fix</source>
        <translation>网站健康问题；按回车前往处理</translation>
    </message>
    <message>
        <source>My drafts (%1)</source>
        <translation>我的草稿（%1）</translation>
    </message>
    <message>
        <source>My items in review (%1)</source>
        <translation>我送审中的稿件（%1）</translation>
    </message>
    <message>
        <source>Rejected back to me (%1)</source>
        <translation>退回给我的稿件（%1）</translation>
    </message>
    <message>
        <source>Column “%1” not updated for %2 days (rule: every %3 days)</source>
        <translation>栏目“%1”已 %2 天未更新（要求每 %3 天）</translation>
    </message>
    <message>
        <source>Column “%1” is empty</source>
        <translation>栏目“%1”为空白栏目</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) overdue — open the queue</source>
        <translation>
            <numerusform>%n 条审核已超时——打开审核队列</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n public comment(s) waiting for moderation</source>
        <translation>
            <numerusform>%n 条公众留言待审核</numerusform>
        </translation>
    </message>
    <message>
        <source>Stale columns: %1 · Empty columns: %2 · Overdue reviews: %3 · Pending comments: %4</source>
        <translation>未及时更新栏目：%1 · 空白栏目：%2 · 超时审核：%3 · 待审留言：%4</translation>
    </message>
    <message>
        <source>Other columns</source>
        <translation>其他栏目</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>第 %1 级</translation>
    </message>
    <message>
        <source>Average review time per level (hours)</source>
        <translation>各级平均审核用时（小时）</translation>
    </message>
    <message>
        <source>Items published per day, %1 to %2</source>
        <translation>每日发布量（%1 至 %2）</translation>
    </message>
    <message>
        <source>Reports…</source>
        <translation>报表…</translation>
    </message>
    <message>
        <source>Sweeps…</source>
        <translation>巡检…</translation>
    </message>
    <message>
        <source>Check everything published, or every link of the public site, before the inspection does</source>
        <translation>在检查之前，先把已发布的全部内容或公开网站上的每一个链接查一遍</translation>
    </message>
</context>
<context>
    <name>pd::ui::DecisionDialog</name>
    <message>
        <source>Working hours: %1, %2 (%3)</source>
        <translation>工作时间：%1，%2（%3）</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n items</source>
        <translation>
            <numerusform>%1：%n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>What must the author change?</source>
        <translation>作者需要修改什么？</translation>
    </message>
    <message>
        <source>Optional comment for the author</source>
        <translation>给作者的意见（可选）</translation>
    </message>
    <message>
        <source>Reason (required):</source>
        <translation>驳回理由（必填）：</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>意见：</translation>
    </message>
    <message>
        <source>Publish at:</source>
        <translation>发布时间：</translation>
    </message>
    <message>
        <source>Outside working hours.</source>
        <translation>不在工作时间内。</translation>
    </message>
    <message>
        <source>%1 (Ctrl+Enter)</source>
        <translation>%1（Ctrl+Enter）</translation>
    </message>
</context>
<context>
    <name>pd::ui::DisclosureForm</name>
    <message>
        <source>Index number</source>
        <translation>索引号</translation>
    </message>
    <message>
        <source>Assigned by the server when first saved</source>
        <translation>首次保存时由服务器分配</translation>
    </message>
    <message>
        <source>Index number:</source>
        <translation>索引号：</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>发布机构</translation>
    </message>
    <message>
        <source>Full name of the publishing organisation</source>
        <translation>发布机构全称</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>发布机构(&amp;P)：</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>发文字号</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>例如 %1</translation>
    </message>
    <message>
        <source>&amp;Document number:</source>
        <translation>发文字号(&amp;D)：</translation>
    </message>
    <message>
        <source>Written date</source>
        <translation>成文日期</translation>
    </message>
    <message>
        <source>&amp;Written date:</source>
        <translation>成文日期(&amp;W)：</translation>
    </message>
    <message>
        <source>Topic category</source>
        <translation>主题分类</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>&amp;Topic category:</source>
        <translation>主题分类(&amp;T)：</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>体裁分类</translation>
    </message>
    <message>
        <source>&amp;Genre:</source>
        <translation>体裁分类(&amp;G)：</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <source>A&amp;udience:</source>
        <translation>服务对象(&amp;U)：</translation>
    </message>
    <message>
        <source>Disclosure mode</source>
        <translation>公开方式</translation>
    </message>
    <message>
        <source>Disclosure &amp;mode:</source>
        <translation>公开方式(&amp;M)：</translation>
    </message>
    <message>
        <source>Reason for not disclosing</source>
        <translation>不予公开理由</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>Disclosure term</source>
        <translation>公开时限</translation>
    </message>
    <message>
        <source>Disclosure t&amp;erm:</source>
        <translation>公开时限(&amp;E)：</translation>
    </message>
    <message>
        <source>Disclosure scope</source>
        <translation>公开范围</translation>
    </message>
    <message>
        <source>Disclosure &amp;scope:</source>
        <translation>公开范围(&amp;S)：</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>有效性</translation>
    </message>
    <message>
        <source>Mark a document that was amended or abolished as 失效 or 废止 on the original.</source>
        <translation>已修改或废止的文件，应在原文件上标注“失效”或“废止”。</translation>
    </message>
    <message>
        <source>&amp;Validity:</source>
        <translation>有效性(&amp;V)：</translation>
    </message>
    <message>
        <source>Subject terms</source>
        <translation>主题词</translation>
    </message>
    <message>
        <source>Subject te&amp;rms:</source>
        <translation>主题词(&amp;R)：</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>内容概述</translation>
    </message>
    <message>
        <source>A&amp;bstract:</source>
        <translation>内容概述(&amp;B)：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 字</translation>
    </message>
</context>
<context>
    <name>pd::ui::DraftRecoveryDialog</name>
    <message>
        <source>Restore unsaved work</source>
        <translation>恢复未保存的内容</translation>
    </message>
    <message>
        <source>PortalDesk did not close properly last time. These items have changes that were kept locally but never reached the server. Restore the ticked ones; unticked ones are discarded.</source>
        <translation>门户编辑台上次未正常退出。以下稿件有保存在本地、尚未提交到服务器的修改。勾选的将被恢复，未勾选的将被丢弃。</translation>
    </message>
    <message>
        <source>Unsaved drafts</source>
        <translation>未保存的草稿</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>无标题</translation>
    </message>
    <message>
        <source>%1 — item %2, changed %3</source>
        <translation>%1 — 稿件 %2，修改于 %3</translation>
    </message>
    <message>
        <source>%1 — new item, changed %2</source>
        <translation>%1 — 新稿件，修改于 %2</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Ask me &amp;later</source>
        <translation>稍后再说(&amp;L)</translation>
    </message>
</context>
<context>
    <name>pd::ui::FeatureForm</name>
    <message>
        <source>Slug</source>
        <translation>网址标识</translation>
    </message>
    <message>
        <source>lower-case letters, digits and -, e.g. %1</source>
        <translation>小写字母、数字和 -，例如 %1</translation>
    </message>
    <message>
        <source>S&amp;lug:</source>
        <translation>网址标识(&amp;L)：</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>结束于</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>End date:</source>
        <translation>结束日期：</translation>
    </message>
    <message>
        <source>Sections and their items</source>
        <translation>子栏目及其稿件</translation>
    </message>
    <message>
        <source>Section / item</source>
        <translation>子栏目 / 稿件</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>子栏目：</translation>
    </message>
    <message>
        <source>Add &amp;section</source>
        <translation>添加子栏目(&amp;S)</translation>
    </message>
    <message>
        <source>Item number to add</source>
        <translation>要添加的稿件编号</translation>
    </message>
    <message>
        <source>Item no.</source>
        <translation>稿件编号</translation>
    </message>
    <message>
        <source>Add &amp;item</source>
        <translation>添加稿件(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>条目 %1</translation>
    </message>
    <message>
        <source>%1 (no. %2)</source>
        <translation>%1（编号 %2）</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>新子栏目</translation>
    </message>
    <message>
        <source>Add a section first.</source>
        <translation>请先添加子栏目。</translation>
    </message>
    <message>
        <source>Item %1 is already in this section.</source>
        <translation>条目 %1 已在此子栏目中。</translation>
    </message>
</context>
<context>
    <name>pd::ui::FindingsPanel</name>
    <message>
        <source>Apply suggestion</source>
        <translation>采用建议</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s).</source>
        <translation>
            <numerusform>发现 %n 处问题。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s), %1 must be fixed before submitting.</source>
        <translation>
            <numerusform>发现 %n 处问题，其中 %1 处须修改后才能送审。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::InspectionBanner</name>
    <message>
        <source>Site group:
%1</source>
        <translation>网站群：
%1</translation>
    </message>
</context>
<context>
    <name>pd::ui::InvalidateDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Mark as no longer in force (失效 / 废止)</source>
        <translation>标注失效或废止</translation>
    </message>
    <message>
        <source>“%1” stays on the public site, marked as no longer in force from the day you give; its page and its catalogue entry say so and link to the document replacing it. A marking cannot be undone.</source>
        <translation>“%1”仍留在网站上，但自您填写的日期起标明不再有效；文件页面和信息公开目录中都会注明，并链接到替代它的文件。标注后不能撤销。</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>有效性</translation>
    </message>
    <message>
        <source>失效 — no longer in force (expired or modified)</source>
        <translation>失效 — 不再有效（到期或已被修改）</translation>
    </message>
    <message>
        <source>废止 — abolished</source>
        <translation>废止 — 已被废止</translation>
    </message>
    <message>
        <source>&amp;Validity:</source>
        <translation>有效性(&amp;V)：</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>生效日期(&amp;F)：</translation>
    </message>
    <message>
        <source>Search the replacing document</source>
        <translation>搜索替代文件</translation>
    </message>
    <message>
        <source>Title, index number (索引号) or document number (文号)</source>
        <translation>标题、索引号或文号</translation>
    </message>
    <message>
        <source>Replacing document</source>
        <translation>替代文件</translation>
    </message>
    <message>
        <source>No replacing document</source>
        <translation>无替代文件</translation>
    </message>
    <message>
        <source>&amp;Replaced by:</source>
        <translation>替代文件(&amp;R)：</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Optional: why (kept in the audit log)</source>
        <translation>可选：为什么标注（记入审计日志）</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>原因(&amp;E)：</translation>
    </message>
    <message>
        <source>Public pages that will show the marking:</source>
        <translation>将显示此标注的公开页面：</translation>
    </message>
    <message>
        <source>Public pages</source>
        <translation>公开页面</translation>
    </message>
    <message>
        <source>Asking the portal…</source>
        <translation>正在向门户查询…</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>None: the document is not on any public page.</source>
        <translation>无：这篇文件不在任何公开页面上。</translation>
    </message>
    <message>
        <source>Marked: %1. The public pages show it once the portal has rewritten them.</source>
        <translation>已标注：%1。门户重新生成页面后，公开页面即显示此标注。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>pd::ui::ItemEditorWindow</name>
    <message>
        <source>Changes kept locally at %1</source>
        <translation>修改已于 %1 保存在本地</translation>
    </message>
    <message>
        <source>Saved as revision %1.</source>
        <translation>已保存为第 %1 版。</translation>
    </message>
    <message>
        <source>Submitted for review.</source>
        <translation>已提交审核。</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save to the server (Ctrl+S)</source>
        <translation>保存到服务器（Ctrl+S）</translation>
    </message>
    <message>
        <source>S&amp;ubmit for review</source>
        <translation>提交审核(&amp;U)</translation>
    </message>
    <message>
        <source>Save and submit for review (Ctrl+Shift+S)</source>
        <translation>保存并提交审核（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <source>Body (HTML source)</source>
        <translation>正文（HTML 源码）</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Restored unsaved changes from %1. Save them to keep them.</source>
        <translation>已恢复 %1 未保存的修改，请保存以免丢失。</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>无标题</translation>
    </message>
    <message>
        <source>Disclosure item</source>
        <translation>信息公开</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>专题</translation>
    </message>
    <message>
        <source>News</source>
        <translation>新闻</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Conflict: someone else saved a newer revision</source>
        <translation>冲突：他人已保存了更新的版本</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <source>New, not saved yet</source>
        <translation>新稿件，尚未保存</translation>
    </message>
    <message>
        <source>%1 · revision %2</source>
        <translation>%1 · 第 %2 版</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Someone else saved this item while you were editing. Choose what to keep.</source>
        <translation>在您编辑期间他人保存了此稿件，请选择要保留的内容。</translation>
    </message>
    <message>
        <source>Not saved: your version conflicts with a newer one on the server. Save again to merge.</source>
        <translation>未保存：您的版本与服务器上更新的版本冲突，请再次保存以进行合并。</translation>
    </message>
    <message>
        <source>“%1” has changes that are not on the server yet. Save them now?</source>
        <translation>“%1”有尚未保存到服务器的修改，是否现在保存？</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>Show the item as the public site will (Ctrl+Shift+P)</source>
        <translation>按门户网站前台的样式显示稿件（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>&amp;Revisions…</source>
        <translation>历史版本(&amp;R)…</translation>
    </message>
    <message>
        <source>Revision %1 restored as a new draft. Save to make it current.</source>
        <translation>已将第 %1 版恢复为新草稿，保存后成为当前版本。</translation>
    </message>
    <message>
        <source>%1 · revision %2 · read-only: only drafts, rejected and unpublished items can be changed</source>
        <translation>%1 · 第 %2 版 · 只读：只有草稿、被退回和已下线的条目可以修改</translation>
    </message>
    <message>
        <source>Insert &amp;image…</source>
        <translation>插入图片(&amp;I)…</translation>
    </message>
    <message>
        <source>Insert image</source>
        <translation>插入图片</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif *.webp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.gif *.webp)</translation>
    </message>
    <message>
        <source>Upload pictures and insert them into the body</source>
        <translation>上传图片并插入正文</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Add attachments</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>Upload failed: %1</source>
        <translation>上传失败：%1</translation>
    </message>
    <message>
        <source>· %1 “%2”</source>
        <translation>· %1 “%2”</translation>
    </message>
    <message>
        <source>Not submitted: these findings must be fixed first:</source>
        <translation>未提交：须先修改以下问题：</translation>
    </message>
    <message>
        <source>Content checks</source>
        <translation>内容检查</translation>
    </message>
    <message>
        <source>&amp;Traditional version</source>
        <translation>繁体版(&amp;T)</translation>
    </message>
    <message>
        <source>Create or refresh the Traditional Chinese copy of this item for the portal&apos;s 繁体版 and open it</source>
        <translation>为门户繁体版生成或更新本稿件的繁体中文副本并打开</translation>
    </message>
    <message>
        <source>Asking the portal for the Traditional Chinese version…</source>
        <translation>正在向门户请求繁体中文版本…</translation>
    </message>
    <message>
        <source>The Traditional Chinese version &quot;%1&quot; is ready.</source>
        <translation>繁体中文版本“%1”已生成。</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>The portal cannot be reached: this is the copy kept on this computer. You can edit and submit it; the changes wait in the outbox and go to the portal in order when it answers.</source>
        <translation>无法连接门户：这是保存在本机的副本。可以修改并送审；更改先存入发件箱，门户恢复后按顺序发送。</translation>
    </message>
    <message>
        <source>Kept in the outbox on this computer: your changes go to the portal, in the order you made them, as soon as it answers (the status bar shows how many wait).</source>
        <translation>已存入本机发件箱：门户恢复应答后，您的更改将按操作顺序发送（状态栏显示等待发送的数量）。</translation>
    </message>
    <message>
        <source>Corrected: the public pages show your changes now. The correction and its reason are recorded.</source>
        <translation>已更正：公开页面现在显示您的修改。更正及其原因已记录。</translation>
    </message>
    <message>
        <source>&amp;Edit published item</source>
        <translation>修改(&amp;E)</translation>
    </message>
    <message>
        <source>Change the published text: the public keeps the published version until your edit has passed review and is published</source>
        <translation>修改已发布的内容：修改经审核并签发之前，网站继续显示已发布的版本</translation>
    </message>
    <message>
        <source>&amp;Urgent correction…</source>
        <translation>紧急更正(&amp;U)…</translation>
    </message>
    <message>
        <source>Publisher: republish your changes at once, bypassing review (recorded)</source>
        <translation>签发人：不经审核立即重新发布您的修改（记入审计日志）</translation>
    </message>
    <message>
        <source>An edit of this item is in review already (%1): wait until it is decided, or ask the reviewer to send it back, then edit again.</source>
        <translation>这条内容的修改已在审核中（%1）：请等待审核结果，或请审核人退回后再修改。</translation>
    </message>
    <message>
        <source>You are editing the published item. Save keeps your edit; Submit sends it into review. The public pages keep the published text until the edit is published.</source>
        <translation>您正在修改已发布的内容。“保存”保存修改稿，“提交审核”把修改送去审核。修改签发之前，公开页面继续显示已发布的内容。</translation>
    </message>
    <message>
        <source>%1 · revision %2 · choose Edit published item to change it</source>
        <translation>%1 · 第 %2 版 · 如需更改请选择“修改”</translation>
    </message>
    <message>
        <source>No longer in force (失效 / 废止)…</source>
        <translation>失效 / 废止…</translation>
    </message>
    <message>
        <source>Mark this document as no longer in force, optionally naming the one replacing it</source>
        <translation>标注这篇文件已失效或废止，可同时指定替代它的文件</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>插入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>条目(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Other sites…</source>
        <translation>其他站点(&amp;O)…</translation>
    </message>
    <message>
        <source>Where this item is published on the other sites of the group; submit it to the portal (报送) or push it to sites you write for (推送)</source>
        <translation>查看本稿件在站群其他站点的发布情况；报送到门户网站，或推送到您担任编辑的站点</translation>
    </message>
    <message>
        <source>Alternative text</source>
        <translation>替代文字</translation>
    </message>
    <message>
        <source>Describe “%1” in a few words for readers who cannot see it (替代文字):</source>
        <translation>请用一句话描述图片“%1”的内容，供看不到图片的读者使用（替代文字）：</translation>
    </message>
    <message>
        <source>“%1” was not inserted: an image needs its alternative text.</source>
        <translation>未插入“%1”：图片必须填写替代文字。</translation>
    </message>
</context>
<context>
    <name>pd::ui::LivePage</name>
    <message>
        <source>No live broadcast panel is available to this account: the live desk is for live reporters, live moderators and administrators of the site.</source>
        <translation>此账户没有可用的直播面板：直播台供本网站的直播记者、直播审核员和管理员使用。</translation>
    </message>
</context>
<context>
    <name>pd::ui::LivePanelHost</name>
    <message>
        <source>The local database is not open, so nothing can be queued for sending.</source>
        <translation>本地数据库未打开，无法将内容排队发送。</translation>
    </message>
</context>
<context>
    <name>pd::ui::LoginDialog</name>
    <message>
        <source>Sign in — PortalDesk</source>
        <translation>登录 — 门户编辑台</translation>
    </message>
    <message>
        <source>&lt;b&gt;PortalDesk&lt;/b&gt;&lt;br&gt;Back office of the government portal</source>
        <translation>&lt;b&gt;门户编辑台&lt;/b&gt;&lt;br&gt;政府门户网站内容管理系统</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>登录(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>在系统密钥环中记住密码(&amp;R)</translation>
    </message>
    <message>
        <source>An administrator reset your password. Choose your own password now (at least 12 characters); the one-time password stops working.</source>
        <translation>管理员已重置您的密码。请现在设置自己的密码（至少 12 个字符），一次性密码随即失效。</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>Re&amp;type:</source>
        <translation>再次输入(&amp;T)：</translation>
    </message>
    <message>
        <source>Set &amp;password</source>
        <translation>设置密码(&amp;P)</translation>
    </message>
</context>
<context>
    <name>pd::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About PortalDesk</source>
        <translation>关于门户编辑台(&amp;A)</translation>
    </message>
    <message>
        <source>About PortalDesk</source>
        <translation>关于门户编辑台</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;PortalDesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The desktop back office of the government portal: writing, review, publishing, information disclosure and live broadcasts.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;门户编辑台 %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;政府门户网站桌面管理端：稿件编辑、审核、发布，政府信息公开与网络直播。&lt;/p&gt;&lt;p&gt;依据 GNU 通用公共许可证第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) overdue for an update</source>
        <translation>
            <numerusform>%n 个栏目超期未更新</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>当前用户：%1（%2）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <source>Workbench</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>News</source>
        <translation>新闻</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>专题</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>信息公开</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Search titles and text (Ctrl+F)</source>
        <translation>搜索标题和正文（Ctrl+F）</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>稿件</translation>
    </message>
    <message>
        <source>&amp;New news item</source>
        <translation>新建新闻稿件(&amp;N)</translation>
    </message>
    <message>
        <source>New &amp;disclosure item</source>
        <translation>新建信息公开(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>New &amp;feature</source>
        <translation>新建专题(&amp;F)</translation>
    </message>
    <message>
        <source>Switch account</source>
        <translation>切换账户</translation>
    </message>
    <message>
        <source>Switch account (Ctrl+Shift+A)</source>
        <translation>切换账户（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接状态</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>发件箱</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Outbox unavailable</source>
        <translation>发件箱不可用</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n change(s) waiting</source>
        <translation>
            <numerusform>发件箱：%n 项更改待发送</numerusform>
        </translation>
    </message>
    <message>
        <source>Outbox: all sent</source>
        <translation>发件箱：已全部发送</translation>
    </message>
    <message>
        <source>Saved changes are kept in the local outbox until the server has accepted them.</source>
        <translation>已保存的更改会留在本地发件箱中，直到服务器接收为止。</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>外观(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>添加账户(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Manage accounts…</source>
        <translation>管理账户(&amp;M)…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>条目(&amp;I)</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>…… 另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>The site you are working on</source>
        <translation>当前工作的站点</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Submit for review</source>
        <translation>送审(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Copy public link</source>
        <translation>复制公开链接(&amp;C)</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>已复制：%1</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>新建稿件</translation>
    </message>
    <message>
        <source>New news item (Ctrl+N); the arrow offers the other kinds</source>
        <translation>新建新闻稿件（Ctrl+N）；点箭头可选其他类型</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>更多工具</translation>
    </message>
    <message>
        <source>%1 — switch account (Ctrl+Shift+A)</source>
        <translation>%1——切换账户（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <source>The portal cannot be reached: the list shows the items kept on this computer. Those you opened here before open as usual.</source>
        <translation>无法连接门户：列表显示的是保存在本机的稿件。在本机打开过的稿件可以照常打开。</translation>
    </message>
    <message>
        <source>Mark as no longer in force (失效 / 废止)…</source>
        <translation>标注失效 / 废止…</translation>
    </message>
</context>
<context>
    <name>pd::ui::MarginTrayNotifier</name>
    <message>
        <source>Columns about to go stale</source>
        <translation>栏目即将超期未更新</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>The status bar&apos;s form of the tray notification: its title, then the columns.</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>pd::ui::NewsMetadataForm</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>副标题</translation>
    </message>
    <message>
        <source>Su&amp;btitle:</source>
        <translation>副标题(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Column:</source>
        <translation>栏目(&amp;C)：</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>作者(&amp;A)：</translation>
    </message>
    <message>
        <source>Responsible editor</source>
        <translation>责任编辑</translation>
    </message>
    <message>
        <source>&amp;Responsible editor:</source>
        <translation>责任编辑(&amp;R)：</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>Separated by spaces or commas</source>
        <translation>以空格或逗号分隔</translation>
    </message>
    <message>
        <source>&amp;Keywords:</source>
        <translation>关键词(&amp;K)：</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>摘要(&amp;M)：</translation>
    </message>
</context>
<context>
    <name>pd::ui::OneTimePasswordDialog</name>
    <message>
        <source>One-time password</source>
        <translation>一次性密码</translation>
    </message>
    <message>
        <source>The one-time password of %1 is shown only now. Hand it over in person; at the next sign-in they choose their own.</source>
        <translation>%1 的一次性密码只显示这一次。请当面交给本人；本人下次登录时须设置自己的密码。</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
</context>
<context>
    <name>pd::ui::PluginsDialog</name>
    <message>
        <source>Plugins</source>
        <translation>插件</translation>
    </message>
    <message>
        <source>Changes take effect at the next start of PortalDesk.</source>
        <translation>更改将在下次启动门户编辑台时生效。</translation>
    </message>
    <message>
        <source>loaded</source>
        <translation>已加载</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>未加载</translation>
    </message>
    <message>
        <source>turned off</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>incompatible</source>
        <translation>不兼容</translation>
    </message>
    <message>
        <source>failed to load</source>
        <translation>加载失败</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>Not installed with PortalDesk: %1</source>
        <translation>非随门户编辑台安装：%1</translation>
    </message>
</context>
<context>
    <name>pd::ui::PolicyPanel</name>
    <message>
        <source>%1 The form now shows the current policy; make your change again if it is still needed.</source>
        <translation>%1 表单已显示当前的审核策略；如仍需修改，请在此基础上重新操作。</translation>
    </message>
    <message>
        <source>Review levels</source>
        <translation>审核级数</translation>
    </message>
    <message>
        <source>One person may approve more than one level of the same item</source>
        <translation>同一人可审核同一稿件的多个级别</translation>
    </message>
    <message>
        <source>An author may approve their own item</source>
        <translation>作者可审核自己的稿件</translation>
    </message>
    <message>
        <source>&amp;Save policy</source>
        <translation>保存审核策略(&amp;S)</translation>
    </message>
    <message>
        <source>By default every level is approved by a different person, never by the author (the three-review rule). Turn a rule off only where the site has too few people.</source>
        <translation>默认每一级由不同的人审核，作者不能审核自己的稿件（三审制）。只有在本站人手不足时才放宽这些规则。</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>站点：</translation>
    </message>
    <message>
        <source>Review &amp;levels:</source>
        <translation>审核级数(&amp;L)：</translation>
    </message>
    <message>
        <source>Review policy of %1 saved.</source>
        <translation>已保存 %1 的审核策略。</translation>
    </message>
</context>
<context>
    <name>pd::ui::PreviewView</name>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>&amp;Desktop</source>
        <translation>电脑版(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>手机版(&amp;P)</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to other sites blocked</source>
        <translation>
            <numerusform>已拦截 %n 个对外部网站的请求</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::PullBackDialog</name>
    <message numerus="yes">
        <source>Take %n item(s) off the public site. They can go through review again later.</source>
        <translation>
            <numerusform>将 %n 个条目从公开网站撤下（取消发布）。之后可重新送审发布。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive %n item(s): they stay off the public site and leave the daily lists.</source>
        <translation>
            <numerusform>归档 %n 个条目：不再出现在公开网站和日常列表中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Withdraw (撤稿) %n item(s) from everywhere they are published. A withdrawal is final and on the record; a corrected text is a new item.</source>
        <translation>
            <numerusform>将 %n 个条目从所有发布位置撤稿。撤稿不可恢复并留档；更正后的内容须作为新条目发布。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n items</source>
        <translation>
            <numerusform>%1：%n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Items</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Public pages they are on now (re-rendered without them):</source>
        <translation>目前所在的公开页面（将重新生成，不再包含这些条目）：</translation>
    </message>
    <message>
        <source>Public pages</source>
        <translation>公开页面</translation>
    </message>
    <message>
        <source>Asking the portal…</source>
        <translation>正在查询门户…</translation>
    </message>
    <message>
        <source>Reason (required):</source>
        <translation>原因（必填）：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Why? It is kept in the audit log and shown in the lists.</source>
        <translation>原因将记入审计日志，并显示在列表中。</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>None: the items are not on any public page.</source>
        <translation>无：这些条目不在任何公开页面上。</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>已完成 %1 / %2</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>pd::ui::ReportDialog</name>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>起始日期：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>截止日期：</translation>
    </message>
    <message>
        <source>Compare every site of the site group</source>
        <translation>对比网站群内全部网站</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>保存 CSV…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>保存报表</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>截止日期早于起始日期。</translation>
    </message>
    <message>
        <source>Collecting the figures…</source>
        <translation>正在汇总数据…</translation>
    </message>
    <message>
        <source>There is no site to report on.</source>
        <translation>没有可以生成报表的网站。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Live broadcast final report</source>
        <translation>直播总结报告</translation>
    </message>
    <message>
        <source>Save live report PDF…</source>
        <translation>保存直播报告 PDF…</translation>
    </message>
</context>
<context>
    <name>pd::ui::ReviewPage</name>
    <message>
        <source>Search title, author or column (Ctrl+F)</source>
        <translation>搜索标题、作者或栏目（Ctrl+F）</translation>
    </message>
    <message>
        <source>All deadlines</source>
        <translation>全部时限</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>News</source>
        <translation>新闻</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>专题</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>信息公开</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>审核队列</translation>
    </message>
    <message>
        <source>Results of the bulk decision</source>
        <translation>批量操作结果</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <source>Applying: %1 of %2…</source>
        <translation>正在执行：%1 / %2…</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>下一条</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>上一条</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Publish now</source>
        <translation>立即签发</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>定时发布</translation>
    </message>
    <message>
        <source>Search the queue</source>
        <translation>搜索审核队列</translation>
    </message>
    <message>
        <source>Reload the queue</source>
        <translation>刷新审核队列</translation>
    </message>
    <message>
        <source>Back to the queue</source>
        <translation>返回审核队列</translation>
    </message>
    <message>
        <source>Only approve and reject apply to several items; select one item to publish it.</source>
        <translation>多选时只能通过或驳回；签发请只选一条。</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>✗ %1 — %2</source>
        <translation>✗ %1 —— %2</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting, %1 overdue</source>
        <translation>
            <numerusform>%n 条待审，其中 %1 条超时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n 条待审</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo (Ctrl+Z)</source>
        <translation>撤销(&amp;U)（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Taken back: nothing was sent.</source>
        <translation>已撤销，未发送任何决定。</translation>
    </message>
    <message>
        <source>Take back the last decision</source>
        <translation>撤销刚才的决定</translation>
    </message>
    <message numerus="yes">
        <source>“%1” will be published in %n second(s).</source>
        <translation>
            <numerusform>《%1》将在 %n 秒后签发。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” will be approved in %n second(s).</source>
        <translation>
            <numerusform>《%1》将在 %n 秒后通过。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::ReviewPane</name>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>修改对比</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>内容检查</translation>
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
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Comments and audit trail</source>
        <translation>审核意见与操作记录</translation>
    </message>
    <message>
        <source>&amp;Approve (A)</source>
        <translation>通过(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reject (R)</source>
        <translation>驳回(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Publish now (P)</source>
        <translation>立即签发(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Schedule… (S)</source>
        <translation>定时发布(&amp;S)…</translation>
    </message>
    <message>
        <source>Must fix</source>
        <translation>必须修改</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Checks (%1)</source>
        <translation>内容检查（%1）</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>未选择稿件</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>第 %1 级</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>作者 %1</translation>
    </message>
    <message>
        <source>submitted by %1</source>
        <translation>提交人 %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>截止 %1</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <source>Compared with the published revision %1.</source>
        <translation>与已发布的第 %1 版对比。</translation>
    </message>
    <message>
        <source>Compared with the version rejected in revision %1.</source>
        <translation>与第 %1 版被驳回的版本对比。</translation>
    </message>
    <message>
        <source>New item: nothing was published or rejected before.</source>
        <translation>新稿件：此前没有发布或驳回过的版本。</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>修改对比（%1）</translation>
    </message>
    <message>
        <source>Ignored in a sweep by %1: %2</source>
        <translation>巡检中由%1标记为忽略，理由：%2</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>已忽略</translation>
    </message>
</context>
<context>
    <name>pd::ui::ReviewTray</name>
    <message>
        <source>New item to review</source>
        <translation>有新的待审稿件</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>审核已超时</translation>
    </message>
    <message numerus="yes">
        <source>PortalDesk: %n item(s) waiting for review</source>
        <translation>
            <numerusform>门户编辑台：%n 条稿件待审</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::RevisionsDialog</name>
    <message>
        <source>Revisions</source>
        <translation>历史版本</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Select two revisions to compare them, or one to compare it with the one before.</source>
        <translation>选择两个版本进行对比，或选择一个版本与其上一版对比。</translation>
    </message>
    <message>
        <source>&amp;Restore as new draft</source>
        <translation>恢复为新草稿(&amp;R)</translation>
    </message>
    <message>
        <source>Revision %1 — %2, %3 (%4)</source>
        <translation>第 %1 版 — %2，%3（%4）</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message numerus="yes">
        <source>Revision %1 → %2: %n field(s) changed</source>
        <translation>
            <numerusform>第 %1 版 → 第 %2 版：%n 个字段有改动</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n body paragraph(s) changed.</source>
        <translation>
            <numerusform>，正文 %n 段有改动。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore revision %1 as new draft</source>
        <translation>将第 %1 版恢复为新草稿(&amp;R)</translation>
    </message>
</context>
<context>
    <name>pd::ui::RichEditorView</name>
    <message>
        <source>Body (rich text)</source>
        <translation>正文（富文本）</translation>
    </message>
</context>
<context>
    <name>pd::ui::SettingsDialog</name>
    <message>
        <source>Settings — PortalDesk</source>
        <translation>设置 — 门户编辑台</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>设置页面</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;New account</source>
        <translation>新建账户(&amp;N)</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>新建账户</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>删除账户</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>user@server (default)</source>
        <translation>用户名@服务器（默认）</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Extra CA certificate file</source>
        <translation>附加 CA 证书文件</translation>
    </message>
    <message>
        <source>Only for servers with their own certificate authority</source>
        <translation>仅用于使用自建证书机构的服务器</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation>选择 CA 证书文件</translation>
    </message>
    <message>
        <source>&amp;Save account</source>
        <translation>保存账户(&amp;S)</translation>
    </message>
    <message>
        <source>Save account</source>
        <translation>保存账户</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>服务器地址：</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>显示名称：</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>站点：</translation>
    </message>
    <message>
        <source>Extra CA file:</source>
        <translation>附加 CA 证书：</translation>
    </message>
    <message>
        <source>Colours of the PortalDesk windows:</source>
        <translation>门户编辑台窗口的配色：</translation>
    </message>
    <message>
        <source>%1 (signed in)</source>
        <translation>%1（已登录）</translation>
    </message>
    <message>
        <source>The first site I may work on</source>
        <translation>我可以编辑的第一个站点</translation>
    </message>
    <message>
        <source>Site %1</source>
        <translation>站点 %1</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>pd::ui::SiteChooser</name>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1（已停用）</translation>
    </message>
</context>
<context>
    <name>pd::ui::SiteDialog</name>
    <message>
        <source>New site</source>
        <translation>新建站点</translation>
    </message>
    <message>
        <source>Site %1</source>
        <translation>站点 %1</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>网站名称</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>域名</translation>
    </message>
    <message>
        <source>e.g. swj.example.gov.cn</source>
        <translation>如 swj.example.gov.cn</translation>
    </message>
    <message>
        <source>Site identification code</source>
        <translation>网站标识码</translation>
    </message>
    <message>
        <source>10 digits, e.g. 3217000001</source>
        <translation>10 位数字，如 3217000001</translation>
    </message>
    <message>
        <source>Organisation code</source>
        <translation>机构代码</translation>
    </message>
    <message>
        <source>18-character unified social credit code</source>
        <translation>18 位统一社会信用代码</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>门户</translation>
    </message>
    <message>
        <source>None: this site is a portal</source>
        <translation>无：本站即门户</translation>
    </message>
    <message>
        <source>Review levels</source>
        <translation>审核级数</translation>
    </message>
    <message>
        <source>Working hours per review level</source>
        <translation>每级审核时限（工作小时）</translation>
    </message>
    <message>
        <source> working hours</source>
        <translation> 个工作小时</translation>
    </message>
    <message>
        <source>Offer a Traditional Chinese version</source>
        <translation>提供繁体版</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>访问地址</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>域名(&amp;D)：</translation>
    </message>
    <message>
        <source>Site &amp;ID code:</source>
        <translation>网站标识码(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Organisation code:</source>
        <translation>机构代码(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Portal:</source>
        <translation>上级门户(&amp;P)：</translation>
    </message>
    <message>
        <source>Review &amp;levels:</source>
        <translation>审核级数(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Time per level:</source>
        <translation>每级时限(&amp;T)：</translation>
    </message>
    <message>
        <source>Public &amp;address:</source>
        <translation>访问地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Some fields are not filled in correctly.</source>
        <translation>有些项目填写不正确。</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>Working periods</source>
        <translation>工作时段</translation>
    </message>
    <message>
        <source>09:00-12:00 13:30-17:30</source>
        <translation>09:00-12:00 13:30-17:30</translation>
    </message>
    <message>
        <source>&amp;Working hours:</source>
        <translation>工作时间(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>pd::ui::SitePanelLayout</name>
    <message>
        <source>Site:</source>
        <translation>站点：</translation>
    </message>
</context>
<context>
    <name>pd::ui::SitesPanel</name>
    <message>
        <source>Sites</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>&amp;New site…</source>
        <translation>新建站点(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Select a site first.</source>
        <translation>请先选择一个站点。</translation>
    </message>
    <message>
        <source>Site %1 created.</source>
        <translation>已创建站点 %1。</translation>
    </message>
    <message>
        <source>Site %1 saved.</source>
        <translation>已保存站点 %1。</translation>
    </message>
    <message>
        <source>Site %1 disabled: it keeps its content but takes no new work.</source>
        <translation>已停用站点 %1：内容保留，但不再接收新稿件。</translation>
    </message>
</context>
<context>
    <name>pd::ui::SourceView</name>
    <message>
        <source>HTML source of the body</source>
        <translation>正文的 HTML 源码</translation>
    </message>
</context>
<context>
    <name>pd::ui::SweepDialog</name>
    <message>
        <source>Whole-site sweep</source>
        <translation>全站巡检</translation>
    </message>
    <message>
        <source>Sweep:</source>
        <translation>巡检：</translation>
    </message>
    <message>
        <source>Content (every published item against the current check rules)</source>
        <translation>内容（用当前检查规则检查所有已发布稿件）</translation>
    </message>
    <message>
        <source>Links (every link, image and attachment of the public pages)</source>
        <translation>链接（检查公开页面上的所有链接、图片和附件）</translation>
    </message>
    <message>
        <source>Start sweep</source>
        <translation>开始巡检</translation>
    </message>
    <message>
        <source>Cancel sweep</source>
        <translation>取消巡检</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>在编辑器中打开</translation>
    </message>
    <message>
        <source>Mark fixed</source>
        <translation>标记已整改</translation>
    </message>
    <message>
        <source>The portal checks the published item again before it believes the fix.</source>
        <translation>门户服务器会重新检查已发布的稿件，确认问题已不存在。</translation>
    </message>
    <message>
        <source>Ignore…</source>
        <translation>忽略…</translation>
    </message>
    <message>
        <source>Ignoring needs a reason; reviewers and the audit log show it.</source>
        <translation>忽略需要填写理由，审核人员和操作日志都会看到。</translation>
    </message>
    <message>
        <source>Confirmed fixed.</source>
        <translation>复查通过，已标记为已整改。</translation>
    </message>
    <message>
        <source>Ignored; the reason is on record.</source>
        <translation>已忽略，理由已记录。</translation>
    </message>
    <message>
        <source>No sweep of this kind yet.</source>
        <translation>尚未进行过这类巡检。</translation>
    </message>
    <message>
        <source>Ignore finding</source>
        <translation>忽略巡检问题</translation>
    </message>
    <message>
        <source>Why is this not a problem? Reviewers and the audit log show the reason.</source>
        <translation>为什么这不是问题？审核人员和操作日志都会看到这条理由。</translation>
    </message>
</context>
<context>
    <name>pd::ui::UploadsPanel</name>
    <message>
        <source>Uploads</source>
        <translation>上传</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>已上传</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
</context>
<context>
    <name>pd::ui::UrgentCorrectionDialog</name>
    <message>
        <source>Urgent correction</source>
        <translation>紧急更正</translation>
    </message>
    <message>
        <source>“%1” will be republished with your changes at once, bypassing review. The correction, your name, the time and the reason are recorded in the item&apos;s audit log.</source>
        <translation>“%1”将按您的修改立即重新发布，不经过审核。更正内容、您的姓名、时间和原因都会记入稿件的审计日志。</translation>
    </message>
    <message>
        <source>Reason (required):</source>
        <translation>原因（必填）：</translation>
    </message>
    <message>
        <source>What was wrong, and why it cannot wait for review</source>
        <translation>哪里有误，为什么不能等待审核</translation>
    </message>
    <message>
        <source>Republish now</source>
        <translation>立即重新发布</translation>
    </message>
    <message>
        <source>An urgent correction needs a reason: say what was wrong and why it cannot wait for review.</source>
        <translation>紧急更正必须填写原因：说明哪里有误、为什么不能等待审核。</translation>
    </message>
</context>
<context>
    <name>pd::ui::UserDialog</name>
    <message>
        <source>%1 level %2</source>
        <translation>%1第 %2 级</translation>
    </message>
    <message>
        <source>all sites</source>
        <translation>全部站点</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>新建账号</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>账号 %1</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>May sign in</source>
        <translation>允许登录</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Site of the role</source>
        <translation>角色所属站点</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>全部站点</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Review level</source>
        <translation>审核级别</translation>
    </message>
    <message>
        <source>Level </source>
        <translation>级别 </translation>
    </message>
    <message>
        <source>&amp;Add role</source>
        <translation>添加角色(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove role</source>
        <translation>移除角色(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Some fields are not filled in correctly.</source>
        <translation>部分字段填写有误。</translation>
    </message>
</context>
<context>
    <name>pd::ui::UsersPanel</name>
    <message>
        <source>Search accounts</source>
        <translation>搜索账号</translation>
    </message>
    <message>
        <source>Search by user name or name</source>
        <translation>按用户名或姓名搜索</translation>
    </message>
    <message>
        <source>Filter by site</source>
        <translation>按站点筛选</translation>
    </message>
    <message>
        <source>Filter by role</source>
        <translation>按角色筛选</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>全部角色</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>新建账号(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>重置密码(&amp;R)</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>全部站点</translation>
    </message>
    <message>
        <source>Select an account first.</source>
        <translation>请先选择一个账号。</translation>
    </message>
    <message>
        <source>Account %1 created.</source>
        <translation>已创建账号 %1。</translation>
    </message>
    <message>
        <source>Account %1 saved.</source>
        <translation>已保存账号 %1。</translation>
    </message>
    <message>
        <source>Account %1 disabled: it can no longer sign in.</source>
        <translation>已停用账号 %1，该账号不能再登录。</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>已重置 %1 的密码。</translation>
    </message>
</context>
</TS>
