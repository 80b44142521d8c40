#include "ui/editor/ItemEditorWindow.h"

#include "ui/UiLog.h"
#include "ui/checks/FindingsPanel.h"
#include "ui/checks/SourceCheckBinder.h"
#include "app/domain/Column.h"
#include "app/checksclient/TraditionalVersion.h"
#include "ui/conflict/ConflictDialog.h"
#include "ui/disclosure/DisclosureForm.h"
#include "ui/editor/AttachmentsPanel.h"
#include "ui/editor/NewsMetadataForm.h"
#include "ui/editor/RichEditorPool.h"
#include "ui/editor/RichEditorView.h"
#include "ui/editor/SourceView.h"
#include "ui/editor/UploadsPanel.h"
#include "ui/editor/CoPublishDialog.h"
#include "ui/editor/UrgentCorrectionDialog.h"
#include "app/editing/ItemListModel.h"
#include "app/editing/EditorBridge.h"
#include "app/editing/HtmlSourceCheck.h"
#include "ui/features/FeatureForm.h"
#include "ui/preview/PreviewView.h"
#include "ui/revisions/RevisionsDialog.h"
#include "app/api/PortalClient.h"
#include "app/store/Draft.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLineEdit>
#include <QTextCursor>
#include <QPlainTextEdit>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QFileInfo>
#include <QDir>
#include <QStandardPaths>
#include <QInputDialog>
#include <QTextEdit>
#include <QComboBox>
#include <QAbstractItemView>
#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QGuiApplication>
#include <QScreen>
#include <QMenu>
#include <QMenuBar>
#include <QVBoxLayout>
#include <QWebEngineView>

using namespace Qt::StringLiterals;

namespace {
// The file dialog's 类型 column: Qt 6 looks these up under QAbstractFileIconProvider, where Qt's own Chinese
// catalogue has nothing yet (it has them under QFileDialog), so "Folder" stayed English. Listed here, they go into
// our catalogue, which the lookup reaches after Qt's.
[[maybe_unused]] constexpr const char *kFileTypeTexts[] = {
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "%1 File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Shortcut"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
};
} // namespace

namespace pd::ui {

ItemEditorWindow::ItemEditorWindow(api::PortalClient &client, store::LocalStore *drafts,
                                   const QList<domain::Column> &columns, QWidget *parent, RichEditorPool *pool)
    : QMainWindow(parent)
    , m_client(client)
    , m_session(client, drafts)
    , m_columns(columns)
    , m_uploads(client)
    , m_ruleSource(client, drafts)
    , m_categorySource(client)
    , m_submitGate(m_checks)
{
    setObjectName(u"itemEditorWindow"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    // Within the screen it opens on: a 1366×768 screen has less room than the window would like.
    resize(1200, 800);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        resize(size().boundedTo(screen->availableGeometry().size() - QSize(40, 60)));
    buildUi(pool);
    buildChecks();
    // The 栏目 field offers the group's sites: the columns given (the current site's) at once, the rest as they come.
    if (!m_columns.isEmpty())
        m_form->columnChoices().setSiteColumns(m_columns.constFirst().siteId, m_columns);
    m_form->columnChoices().load(m_client);

    connect(&m_session, &editing::DocumentSession::loaded, this, [this] {
        // An edit of a published item saved before (or sent back) is taken up again as it was left.
        const domain::Item &item = m_session.item();
        m_correcting = item.workflow.state == domain::ItemState::Published && item.pendingRevision
                       && pendingEditOpen(item);
    });
    connect(&m_session, &editing::DocumentSession::loaded, this, &ItemEditorWindow::showItem);
    connect(&m_session, &editing::DocumentSession::loaded, this, [this] {
        if (m_session.isFromCache())
            setMessage(tr("The portal cannot be reached: this is the copy kept on this computer. You can edit and "
                          "submit it; the changes wait in the outbox and go to the portal in order when it answers."),
                       false);
    });
    connect(&m_session, &editing::DocumentSession::statusChanged, this, &ItemEditorWindow::updateActions);
    connect(&m_session, &editing::DocumentSession::failed, this, &ItemEditorWindow::showFailure);
    connect(&m_session, &editing::DocumentSession::conflict, this, &ItemEditorWindow::showConflict);
    connect(&m_session, &editing::DocumentSession::itemTitles, m_featureForm, &FeatureForm::setItemTitles);
    connect(&m_session, &editing::DocumentSession::autosaved, this,
            [this] { m_status->setText(tr("Changes kept locally at %1").arg(QTime::currentTime().toString(u"HH:mm:ss"_s))); });
    connect(&m_session, &editing::DocumentSession::saved, this, [this] {
        showItem();
        setMessage(tr("Saved as revision %1.").arg(m_session.item().revision), false);
        Q_EMIT itemSaved(m_session.item().id);
    });
    connect(&m_session, &editing::DocumentSession::queuedOffline, this, [this] {
        setMessage(tr("Kept in the outbox on this computer: your changes go to the portal, in the order you made "
                      "them, as soon as it answers (the status bar shows how many wait)."),
                   false);
    });
    connect(&m_session, &editing::DocumentSession::corrected, this, [this] {
        m_correcting = false;
        showItem();
        setMessage(tr("Corrected: the public pages show your changes now. The correction and its reason are "
                      "recorded."),
                   false);
        Q_EMIT itemSaved(m_session.item().id);
    });
    connect(&m_session, &editing::DocumentSession::submitted, this, [this] {
        showItem();
        setMessage(tr("Submitted for review."), false);
        Q_EMIT itemSaved(m_session.item().id);
    });
    updateActions();
}

ItemEditorWindow::~ItemEditorWindow() = default;

ConflictDialog *ItemEditorWindow::conflictDialog() const
{
    return m_conflict;
}

void ItemEditorWindow::buildMenus(QAction *preview)
{
    // The toolbar's actions in a menu bar too, where a new user looks for them, and the window's own keys: Ctrl+W
    // and Esc close it, asking about unsaved changes as the close button does.
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(u"editorFileMenu"_s);
    file->addActions({m_saveAction, m_submitAction});
    file->addSeparator();
    file->addActions({preview, m_revisionsAction});
    file->addSeparator();
    QAction *close = file->addAction(tr("&Close"), this, &QWidget::close);
    close->setObjectName(u"closeAction"_s);
    close->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_W), QKeySequence(Qt::Key_Escape)});
    close->setShortcutContext(Qt::WindowShortcut);
    QMenu *insert = menuBar()->addMenu(tr("&Insert"));
    insert->setObjectName(u"editorInsertMenu"_s);
    insert->addAction(m_insertImageAction);
    QMenu *item = menuBar()->addMenu(tr("&Item"));
    item->setObjectName(u"editorItemMenu"_s);
    item->addActions({m_correctAction, m_urgentAction});
    for (QAction *a : std::as_const(m_pullBackActions))
        item->addAction(a);
    item->addSeparator();
    item->addAction(m_traditionalAction);
}

void ItemEditorWindow::setFieldsReadOnly(bool readOnly)
{
    // Back to editable: only what was locked here comes back (a form keeps some fields locked for its own
    // reasons, e.g. the 索引号 the portal assigns).
    if (!readOnly) {
        for (const QPointer<QWidget> &w : std::exchange(m_lockedWhileReadOnly, {})) {
            if (auto *line = qobject_cast<QLineEdit *>(w.get()))
                line->setReadOnly(false);
            else if (auto *plain = qobject_cast<QPlainTextEdit *>(w.get()))
                plain->setReadOnly(false);
            else if (auto *rich = qobject_cast<QTextEdit *>(w.get()))
                rich->setReadOnly(false);
            else if (w)
                w->setEnabled(true);
        }
        m_source->setReadOnly(false);
        return;
    }
    // What the user types into: read-only (still selectable, for copying); what they pick from: disabled.
    const auto lock = [this](QWidget *w) {
        if (auto *line = qobject_cast<QLineEdit *>(w)) {
            if (line->isReadOnly())
                return;
            line->setReadOnly(true);
        } else if (auto *plain = qobject_cast<QPlainTextEdit *>(w)) {
            if (plain->isReadOnly())
                return;
            plain->setReadOnly(true);
        } else if (auto *rich = qobject_cast<QTextEdit *>(w)) {
            if (rich->isReadOnly())
                return;
            rich->setReadOnly(true);
        } else if ((qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w)
                    || qobject_cast<QAbstractButton *>(w) || qobject_cast<QAbstractItemView *>(w))
                   && w->isEnabled()) {
            w->setEnabled(false);
        } else {
            return;
        }
        m_lockedWhileReadOnly.append(w);
    };
    for (QWidget *form : {static_cast<QWidget *>(m_form), static_cast<QWidget *>(m_disclosure),
                          static_cast<QWidget *>(m_featureForm)})
        for (QWidget *w : form->findChildren<QWidget *>())
            if (!qobject_cast<QComboBox *>(w->parentWidget()) && !qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
                lock(w);
    m_source->setReadOnly(true);
}

void ItemEditorWindow::buildUi(RichEditorPool *pool)
{
    QToolBar *bar = addToolBar(tr("Editing"));
    bar->setObjectName(u"editorToolBar"_s);
    m_saveAction = bar->addAction(tr("&Save"), this, &ItemEditorWindow::save);
    m_saveAction->setObjectName(u"saveAction"_s);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setToolTip(tr("Save to the server (Ctrl+S)"));
    m_submitAction = bar->addAction(tr("S&ubmit for review"), this, &ItemEditorWindow::submit);
    m_submitAction->setObjectName(u"submitAction"_s);
    m_submitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_submitAction->setToolTip(tr("Save and submit for review (Ctrl+Shift+S)"));
    m_correctAction = bar->addAction(tr("&Edit published item"), this, &ItemEditorWindow::startCorrecting);
    m_correctAction->setObjectName(u"correctAction"_s);
    m_correctAction->setToolTip(tr("Change the published text: the public keeps the published version until your "
                                   "edit has passed review and is published"));
    m_correctAction->setVisible(false);
    m_urgentAction = bar->addAction(tr("&Urgent correction…"), this, &ItemEditorWindow::correctUrgently);
    m_urgentAction->setObjectName(u"urgentCorrectionAction"_s);
    m_urgentAction->setToolTip(tr("Publisher: republish your changes at once, bypassing review (recorded)"));
    m_urgentAction->setVisible(false);
    for (const domain::WorkflowAction a :
         {domain::WorkflowAction::Unpublish, domain::WorkflowAction::Withdraw, domain::WorkflowAction::Archive}) {
        QAction *action = bar->addAction(tr("%1…").arg(domain::workflowActionDisplayName(a)), this,
                                         [this, a] { Q_EMIT pullBackRequested(a); });
        action->setObjectName(domain::workflowActionCode(a) + u"Action"_s);
        action->setVisible(false);
        m_pullBackActions.insert(a, action);
    }
    m_invalidateAction = bar->addAction(tr("No longer in force (失效 / 废止)…"), this, &ItemEditorWindow::invalidateRequested);
    m_invalidateAction->setObjectName(u"invalidateAction"_s);
    m_invalidateAction->setToolTip(tr("Mark this document as no longer in force, optionally naming the one replacing it"));
    m_invalidateAction->setVisible(false);
    bar->addSeparator();
    QAction *preview = bar->addAction(tr("&Preview"), this, [this] { showPreview(); });
    preview->setObjectName(u"previewAction"_s);
    preview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    preview->setToolTip(tr("Show the item as the public site will (Ctrl+Shift+P)"));
    m_revisionsAction = bar->addAction(tr("&Revisions…"), this, [this] { showRevisions(); });
    m_revisionsAction->setObjectName(u"revisionsAction"_s);
    m_traditionalAction = bar->addAction(tr("&Traditional version"), this, &ItemEditorWindow::generateTraditional);
    m_traditionalAction->setObjectName(u"traditionalAction"_s);
    m_traditionalAction->setToolTip(tr("Create or refresh the Traditional Chinese copy of this item for the portal's "
                                       "繁体版 and open it"));
    m_coPublishAction = bar->addAction(tr("&Other sites…"), this, [this] { showCoPublishing(); });
    m_coPublishAction->setObjectName(u"coPublishAction"_s);
    m_coPublishAction->setToolTip(tr("Where this item is published on the other sites of the group; submit it to the "
                                     "portal (报送) or push it to sites you write for (推送)"));
    bar->addSeparator();
    m_insertImageAction = bar->addAction(tr("Insert &image…"), this, &ItemEditorWindow::chooseImages);
    m_insertImageAction->setObjectName(u"insertImageAction"_s);
    m_insertImageAction->setToolTip(tr("Upload pictures and insert them into the body"));
    buildMenus(preview);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 6);
    m_message = new QLabel(central);
    m_message->setObjectName(u"editorMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setVisible(false);
    layout->addWidget(m_message);

    auto *split = new QSplitter(Qt::Horizontal, central);
    split->setObjectName(u"editorSplitter"_s);
    auto *formBox = new QWidget(split);
    auto *formLayout = new QVBoxLayout(formBox);
    formLayout->setContentsMargins(0, 0, 0, 0);
    m_form = new NewsMetadataForm(formBox);
    formLayout->addWidget(m_form);
    m_disclosure = new DisclosureForm(formBox);
    m_disclosure->setVisible(false);
    formLayout->addWidget(m_disclosure);
    m_featureForm = new FeatureForm(formBox);
    m_featureForm->setVisible(false);
    formLayout->addWidget(m_featureForm);
    m_fieldEditors = m_form->fieldEditors();
    m_fieldEditors.insert(m_disclosure->fieldEditors());
    m_attachments = new AttachmentsPanel(formBox);
    formLayout->addWidget(m_attachments);
    m_uploadsPanel = new UploadsPanel(m_uploads, formBox);
    formLayout->addWidget(m_uploadsPanel);
    formLayout->addStretch(1);
    auto *scroll = new QScrollArea(split);
    scroll->setWidget(formBox);
    scroll->setWidgetResizable(true);
    scroll->setMinimumWidth(380);
    split->addWidget(scroll);

    m_bodyTabs = new QTabWidget(split);
    m_bodyTabs->setObjectName(u"bodyTabs"_s);
    m_rich = pool ? pool->take(m_bodyTabs) : new RichEditorView(m_bodyTabs);
    m_rich->setServer(m_client.session().serverUrl());
    m_rich->followSession(m_client.session());
    m_bodyTabs->addTab(m_rich, tr("Body"));
    m_source = new SourceView;
    auto *sourceTab = new QWidget(m_bodyTabs);
    auto *sourceLayout = new QVBoxLayout(sourceTab);
    sourceLayout->setContentsMargins(0, 0, 0, 0);
    sourceLayout->addWidget(m_source, 1);
    m_sourceProblem = new QLabel(sourceTab);
    m_sourceProblem->setObjectName(u"sourceProblem"_s);
    m_sourceProblem->setTextFormat(Qt::PlainText);
    m_sourceProblem->setStyleSheet(u"color: #c0392b;"_s);
    m_sourceProblem->setVisible(false);
    sourceLayout->addWidget(m_sourceProblem);
    m_bodyTabs->addTab(sourceTab, tr("Body (HTML source)"));
    // The preview's web engine starts only when the tab is first opened: most edits never need it.
    m_previewTab = new QWidget(m_bodyTabs);
    m_previewTab->setObjectName(u"previewTab"_s);
    auto *previewLayout = new QVBoxLayout(m_previewTab);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    m_bodyTabs->addTab(m_previewTab, tr("Preview"));
    connect(m_bodyTabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_bodyTabs->widget(index) == m_previewTab)
            showPreview();
    });
    split->addWidget(m_bodyTabs);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);
    setCentralWidget(central);

    m_status = new QLabel(this);
    m_status->setObjectName(u"editorStatus"_s);
    statusBar()->addWidget(m_status, 1);

    connect(m_form, &NewsMetadataForm::changed, this, &ItemEditorWindow::collect);
    connect(m_disclosure, &DisclosureForm::changed, this, &ItemEditorWindow::collect);
    connect(m_featureForm, &FeatureForm::changed, this, &ItemEditorWindow::collect);
    connect(m_source, &SourceView::changed, this, &ItemEditorWindow::collect);
    connect(m_source, &SourceView::changed, this, &ItemEditorWindow::checkSource);
    // Source edits reach the rich editor once typing pauses, and only as HTML that parses (a half-typed tag would
    // be "repaired" by the editor and come back changed).
    m_sourceSync = new QTimer(this);
    m_sourceSync->setObjectName(u"sourceSyncTimer"_s);
    m_sourceSync->setSingleShot(true);
    m_sourceSync->setInterval(300);
    connect(m_source, &SourceView::changed, m_sourceSync, qOverload<>(&QTimer::start));
    connect(m_sourceSync, &QTimer::timeout, this, &ItemEditorWindow::syncSourceToRichEditor);
    connect(&m_rich->bridge(), &editing::EditorBridge::changed, this, &ItemEditorWindow::richEditorChanged);
    connect(m_attachments, &AttachmentsPanel::changed, this, &ItemEditorWindow::collect);
    connect(m_attachments, &AttachmentsPanel::addRequested, this, [this] {
        attachFiles(QFileDialog::getOpenFileNames(this, tr("Add attachments"), QString(),
                                                  AttachmentsPanel::fileFilter()));
    });
    connectUploads();
}

void ItemEditorWindow::checkSource()
{
    const auto problem = editing::HtmlSourceCheck::check(m_source->html());
    m_sourceProblem->setText(problem ? problem->message : QString());
    m_sourceProblem->setVisible(problem.has_value());
}

void ItemEditorWindow::syncSourceToRichEditor()
{
    if (editing::HtmlSourceCheck::check(m_source->html()))
        return;
    if (m_source->html() != m_rich->bridge().html())
        m_rich->bridge().pushHtml(m_source->html());
}

void ItemEditorWindow::richEditorChanged(const QString &html)
{
    if (m_showing)
        return;
    m_sourceSync->stop();
    m_source->setHtml(html); // the binder hands it to the checks
    checkSource();
    collect();
    // The page already waited for a pause in typing before it reported the change; the checks' own pause (meant
    // for typing in the source view) would only add to the time before a finding shows. After collect(): it hands
    // the checks the item again, and a check started before that would be dropped as stale.
    m_checks.checkNow();
}

void ItemEditorWindow::connectUploads()
{
    m_uploadRouter = new editing::UploadRouter(m_uploads, m_rich->bridge(),
                                               [this] { return m_session.item().siteId; }, this);
    connect(m_uploadRouter, &editing::UploadRouter::attachmentReady, m_attachments, &AttachmentsPanel::append);
    connect(m_uploadRouter, &editing::UploadRouter::failed, this,
            [this](const pd::Error &error) { setMessage(tr("Upload failed: %1").arg(error.message), true); });
}

void ItemEditorWindow::insertImageFiles(const QStringList &paths)
{
    for (const pd::Error &error : m_uploadRouter->insertImageFiles(paths))
        setMessage(error.message, true);
}

void ItemEditorWindow::chooseImages()
{
    // Pictures are where people keep them, not in the program's folder.
    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString start = !pictures.isEmpty() && QDir(pictures).exists() ? pictures : QDir::homePath();
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Insert image"), start,
                                                            tr("Images (*.jpg *.jpeg *.png *.gif *.webp)"));
    for (const QString &path : files) {
        // Asked now, while the picture is in mind: the checks refuse an image without it at submit time.
        bool ok = false;
        const QString alt = QInputDialog::getText(this, tr("Alternative text"),
                                                  tr("Describe “%1” in a few words for readers who cannot see "
                                                     "it (替代文字):")
                                                      .arg(QFileInfo(path).fileName()),
                                                  QLineEdit::Normal, QString(), &ok)
                                .trimmed();
        if (!ok)
            continue;
        if (alt.isEmpty()) {
            setMessage(tr("“%1” was not inserted: an image needs its alternative text.").arg(QFileInfo(path).fileName()),
                       true);
            continue;
        }
        if (auto started = m_uploadRouter->insertImageFile(path, alt); !started)
            setMessage(started.error().message, true);
    }
}

void ItemEditorWindow::attachFiles(const QStringList &paths)
{
    for (const pd::Error &error : m_uploadRouter->attachFiles(paths))
        setMessage(error.message, true);
}

QList<domain::Column> ItemEditorWindow::columnsFor(domain::ItemType type) const
{
    QList<domain::Column> out;
    for (const domain::Column &c : m_columns) {
        if (c.enabled && domain::columnTakes(c.kind, type))
            out.append(c);
    }
    return out;
}

PreviewView *ItemEditorWindow::showPreview()
{
    collect();
    if (!m_preview) {
        m_preview = new PreviewView(m_previewTab);
        m_preview->setServer(m_client.session().serverUrl());
        m_preview->followSession(m_client.session());
        m_previewTab->layout()->addWidget(m_preview);
    }
    if (m_bodyTabs->currentWidget() != m_previewTab)
        m_bodyTabs->setCurrentWidget(m_previewTab); // re-enters through currentChanged; harmless
    m_preview->showItem(m_session.item());
    return m_preview;
}

RevisionsDialog *ItemEditorWindow::showRevisions()
{
    if (m_session.isNew())
        return nullptr;
    auto *dialog = new RevisionsDialog(m_client, m_session.item().id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RevisionsDialog::restoreRequested, this, [this](const domain::Item &old) {
        // The old content on top of the current revision: saving makes it the newest revision, history intact.
        domain::Item content = m_session.item();
        content.takeContentFrom(old);
        if (content.disclosure && m_session.item().disclosure)
            content.disclosure->indexNo = m_session.item().disclosure->indexNo;
        m_session.setContent(content);
        showItem();
        setMessage(tr("Revision %1 restored as a new draft. Save to make it current.").arg(old.revision), false);
    });
    dialog->open();
    return dialog;
}

void ItemEditorWindow::openItem(qint64 itemId)
{
    setMessage(tr("Loading…"), false);
    m_session.open(itemId);
}

void ItemEditorWindow::newItem(domain::ItemType type, qint64 siteId, qint64 columnId)
{
    QList<qint64> columns;
    if (columnId > 0)
        columns.append(columnId);
    else if (const QList<domain::Column> fit = columnsFor(type); !fit.isEmpty())
        columns.append(fit.constFirst().id);
    m_session.create(type, siteId, columns);
}

void ItemEditorWindow::restoreDraft(const store::Draft &draft)
{
    m_session.restore(draft);
    setMessage(tr("Restored unsaved changes from %1. Save them to keep them.")
                   .arg(QLocale().toString(draft.updatedAt.toLocalTime(), QLocale::ShortFormat)),
               false);
}

void ItemEditorWindow::showItem()
{
    const domain::Item &item = m_session.item();
    m_showing = true;
    // Until it first goes out, a new item may still move to another site of the group with the column chosen.
    m_form->columnChoices().setSiteMovable(m_session.isNew() && !m_session.isCreateQueued());
    m_form->setItem(item);
    m_disclosure->setVisible(item.type == domain::ItemType::Disclosure);
    if (item.disclosure)
        m_disclosure->setMeta(*item.disclosure);
    m_featureForm->setVisible(item.type == domain::ItemType::Feature);
    m_featureForm->showErrors({});
    if (item.feature) {
        m_featureForm->setFeature(*item.feature);
        m_session.fetchItemTitles(item.feature->referencedItems());
    }
    m_attachments->setAttachments(item.attachments);
    m_source->setHtml(item.bodyHtml);
    checkSource();
    m_sourceSync->stop();
    if (m_rich->bridge().html() != item.bodyHtml || !m_rich->bridge().isBodyLoaded())
        m_rich->bridge().pushHtml(item.bodyHtml);
    m_showing = false;
    m_checks.setItem(item);
    followSite(item.siteId);
    if (m_message->text() == tr("Loading…"))
        setMessage({}, false);
    // An opened item starts with its own values; an empty new one has nothing to say yet.
    if (!m_session.isNew())
        m_form->showErrors({});
    updateTitle();
    updateActions();
}

void ItemEditorWindow::followSite(qint64 siteId)
{
    if (siteId <= 0 || siteId == m_rulesSite)
        return;
    m_rulesSite = siteId;
    if (const auto rules = m_ruleSource.rules(siteId))
        m_checks.setRuleSet(*rules);
    m_ruleSource.load(siteId);
    if (const auto own = m_categorySource.categories(siteId))
        m_disclosure->setSiteCategories(*own);
    m_categorySource.load(siteId);
}

void ItemEditorWindow::collect()
{
    if (m_showing || m_session.status() == editing::DocumentSession::Status::Empty)
        return;
    domain::Item content = m_session.item();
    m_form->applyTo(content);
    // A column chosen on another site takes a new item there, with that site's check rules and categories.
    if (content.siteId != m_session.item().siteId && m_session.moveToSite(content.siteId))
        followSite(content.siteId);
    content.bodyHtml = m_source->html();
    if (content.type == domain::ItemType::Disclosure)
        content.disclosure = m_disclosure->meta();
    if (content.type == domain::ItemType::Feature)
        content.feature = m_featureForm->feature();
    content.attachments = m_attachments->attachments();
    m_session.setContent(content);
    m_checks.setItem(m_session.item());
    updateTitle();
}

void ItemEditorWindow::updateTitle()
{
    const domain::Item &item = m_session.item();
    QString title = item.title.isEmpty() ? tr("Untitled") : item.title;
    if (m_session.isModified())
        title += u" *"_s;
    const QString kind = item.type == domain::ItemType::Disclosure ? tr("Disclosure item")
                         : item.type == domain::ItemType::Feature  ? tr("Feature")
                                                                   : tr("News");
    setWindowTitle(tr("%1 — %2").arg(title, kind));
}

bool ItemEditorWindow::isEditable() const
{
    // The server accepts edits to drafts, rejected and unpublished items, and to a published item as a pending
    // revision unless that edit is in review already; the others are read-only here.
    const domain::Item &item = m_session.item();
    const domain::ItemState state = item.workflow.state;
    return m_session.isNew() || state == domain::ItemState::Draft || state == domain::ItemState::Rejected
           || state == domain::ItemState::Unpublished
           || (state == domain::ItemState::Published && m_correcting && pendingEditOpen(item));
}

bool ItemEditorWindow::pendingEditOpen(const domain::Item &item)
{
    if (!item.pendingRevision)
        return true;
    const domain::ItemState pending = item.pendingRevision->workflow.state;
    return pending == domain::ItemState::Draft || pending == domain::ItemState::Rejected;
}

void ItemEditorWindow::setUrgentCorrectionFilter(std::function<bool(const domain::Item &)> allowed)
{
    m_urgentAllowed = std::move(allowed);
    updateActions();
}

void ItemEditorWindow::startCorrecting()
{
    const domain::Item &item = m_session.item();
    if (item.workflow.state != domain::ItemState::Published)
        return;
    if (!pendingEditOpen(item)) {
        setMessage(tr("An edit of this item is in review already (%1): wait until it is decided, or ask the reviewer "
                      "to send it back, then edit again.")
                       .arg(editing::ItemListModel::stateText(item)),
                   true);
        return;
    }
    m_correcting = true;
    setMessage(tr("You are editing the published item. Save keeps your edit; Submit sends it into review. The "
                  "public pages keep the published text until the edit is published."),
               false);
    updateActions();
}

void ItemEditorWindow::correctUrgently()
{
    if (!m_urgentAllowed || !m_urgentAllowed(m_session.item()) || m_urgentDialog)
        return;
    auto *dialog = new UrgentCorrectionDialog(m_session.item().title, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_urgentDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString reason = dialog->reason();
        QPointer<ItemEditorWindow> guard(this);
        m_rich->flush([guard, reason] {
            if (!guard)
                return;
            guard->collect();
            guard->m_session.correctUrgently(reason);
        });
    });
    dialog->open();
}

void ItemEditorWindow::setPullBackFilter(std::function<bool(domain::WorkflowAction, const domain::Item &)> allowed)
{
    m_pullBackAllowed = std::move(allowed);
    updateActions();
}

void ItemEditorWindow::setInvalidateFilter(std::function<bool(const domain::Item &)> allowed)
{
    m_invalidateAllowed = std::move(allowed);
    updateActions();
}

void ItemEditorWindow::updateActions()
{
    using Status = editing::DocumentSession::Status;
    const Status s = m_session.status();
    m_invalidateAction->setVisible(m_invalidateAllowed && !m_session.isNew() && s == Status::Clean
                                   && m_invalidateAllowed(m_session.item()));
    // Pulling back acts on the revision on the server: only offered for a loaded item without unsaved changes.
    for (auto it = m_pullBackActions.cbegin(); it != m_pullBackActions.cend(); ++it)
        it.value()->setVisible(m_pullBackAllowed && !m_session.isNew() && s == Status::Clean
                               && m_pullBackAllowed(it.key(), m_session.item()));
    const bool idle = s == Status::Clean || s == Status::Modified;
    const domain::ItemState state = m_session.item().workflow.state;
    const bool editable = isEditable();
    m_saveAction->setEnabled(idle && editable);
    m_insertImageAction->setEnabled(editable && s != Status::Empty && s != Status::Loading);
    m_rich->bridge().setReadOnly(!editable);
    m_attachments->setReadOnly(!editable);
    // Only while loaded: an empty or loading window has nothing the user could change anyway.
    if (s != Status::Empty && s != Status::Loading)
        setFieldsReadOnly(!editable);
    m_revisionsAction->setEnabled(!m_session.isNew() && s != Status::Loading && s != Status::Empty);
    // A disclosure item has no 繁体版 (a copy would take a second 索引号); unsaved changes are saved first.
    m_traditionalAction->setEnabled(!m_session.isNew() && s == Status::Clean
                                    && m_session.item().type != domain::ItemType::Disclosure);
    m_coPublishAction->setEnabled(!m_session.isNew() && s == Status::Clean
                                  && editing::CoPublishing::canPlace(m_session.item(), m_client.session().user()));
    m_submitAction->setEnabled(idle
                               && (state == domain::ItemState::Draft || state == domain::ItemState::Rejected
                                   || state == domain::ItemState::Unpublished
                                   || (state == domain::ItemState::Published && editable)));
    const bool published = !m_session.isNew() && state == domain::ItemState::Published;
    m_correctAction->setVisible(published && !m_correcting);
    m_correctAction->setEnabled(idle);
    m_urgentAction->setVisible(published && m_urgentAllowed && m_urgentAllowed(m_session.item()));
    m_urgentAction->setEnabled(idle && m_session.canCorrectUrgently());
    switch (s) {
    case Status::Saving: m_status->setText(tr("Saving…")); break;
    case Status::Loading: m_status->setText(tr("Loading…")); break;
    case Status::Conflict: m_status->setText(tr("Conflict: someone else saved a newer revision")); break;
    case Status::Modified: m_status->setText(tr("Unsaved changes")); break;
    case Status::Clean:
        m_status->setText(m_session.isNew() ? tr("New, not saved yet")
                          : editable        ? tr("%1 · revision %2")
                                           .arg(editing::ItemListModel::stateText(m_session.item()))
                                           .arg(m_session.item().revision)
                          : published ? tr("%1 · revision %2 · choose Edit published item to change it")
                                            .arg(editing::ItemListModel::stateText(m_session.item()))
                                            .arg(m_session.item().revision)
                                            : tr("%1 · revision %2 · read-only: only drafts, rejected and unpublished "
                                                 "items can be changed")
                                           .arg(domain::itemStateDisplayName(state))
                                           .arg(m_session.item().revision));
        break;
    case Status::Empty: m_status->clear(); break;
    }
    updateTitle();
}

void ItemEditorWindow::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: #c0392b; font-weight: bold;"_s : QString());
    m_message->setVisible(!text.isEmpty());
}

void ItemEditorWindow::save()
{
    QPointer<ItemEditorWindow> guard(this);
    m_rich->flush([guard] {
        if (!guard)
            return;
        guard->collect();
        guard->m_disclosure->showAllProblems();
        guard->m_session.save();
    });
}

void ItemEditorWindow::submit()
{
    QPointer<ItemEditorWindow> guard(this);
    m_rich->flush([guard] {
        if (!guard)
            return;
        guard->collect();
        guard->m_disclosure->showAllProblems();
        guard->m_submitGate.request();
    });
}

void ItemEditorWindow::showBlocked(const QList<checks::Finding> &findings)
{
    QStringList lines;
    for (const checks::Finding &f : findings)
        lines.append(tr("· %1 “%2”").arg(f.message, f.excerpt));
    setMessage(tr("Not submitted: these findings must be fixed first:") + u'\n' + lines.join(u'\n'), true);
    m_findingsDock->show();
    m_findingsDock->raise();
}

void ItemEditorWindow::buildChecks()
{
    m_findingsPanel = new FindingsPanel(m_findings, this);
    m_findingsDock = new QDockWidget(tr("Content checks"), this);
    m_findingsDock->setObjectName(u"findingsDock"_s);
    m_findingsDock->setWidget(m_findingsPanel);
    m_findingsDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::BottomDockWidgetArea, m_findingsDock);
    resizeDocks({m_findingsDock}, {150}, Qt::Vertical);
    m_sourceBinder = new SourceCheckBinder(*m_source, m_checks, *m_findingsPanel, u"bodyHtml"_s,
                                           checks::CheckRunner::Format::Html, this);
    // The window decides where a finding is shown (rich editor or source view), not the binder alone.
    disconnect(m_findingsPanel, nullptr, m_sourceBinder, nullptr);
    connect(m_findingsPanel, &FindingsPanel::findingActivated, this, &ItemEditorWindow::showFinding);
    connect(m_findingsPanel, &FindingsPanel::applySuggestionRequested, this, &ItemEditorWindow::applySuggestion);
    connect(&m_checks, &checks::CheckRunner::findingsChanged, &m_findings, &checks::FindingsModel::setFindings);
    connect(&m_submitGate, &editing::SubmitGate::cleared, &m_session, &editing::DocumentSession::submit);
    connect(&m_submitGate, &editing::SubmitGate::blocked, this, &ItemEditorWindow::showBlocked);
    connect(&m_ruleSource, &checks::RuleSource::rulesChanged, this,
            [this](qint64 siteId, const checks::RuleSet &rules) {
                if (siteId == m_rulesSite)
                    m_checks.setRuleSet(rules);
            });
    connect(&m_categorySource, &editing::TopicCategorySource::loaded, this,
            [this](qint64 siteId, const QList<domain::TopicCategory> &categories) {
                if (siteId == m_rulesSite)
                    m_disclosure->setSiteCategories(categories);
            });
}

std::pair<QString, int> ItemEditorWindow::bodyPlace(const checks::Finding &finding) const
{
    const QString checked = m_checks.checkedText(u"bodyHtml"_s);
    const QString text = checked.mid(finding.start, finding.length);
    // The n-th appearance in the HTML before it is the n-th in the editor's text (rules match text, not markup).
    const int occurrence = text.isEmpty() ? 0 : int(checked.left(finding.start).count(text));
    return {text, occurrence};
}

void ItemEditorWindow::showFinding(const checks::Finding &finding)
{
    if (finding.field == u"bodyHtml") {
        if (m_bodyTabs->currentWidget() == m_rich) {
            const auto [text, occurrence] = bodyPlace(finding);
            m_rich->webView()->setFocus();
            m_rich->bridge().select(text, occurrence);
        } else {
            m_bodyTabs->setCurrentWidget(m_source->parentWidget());
            m_sourceBinder->select(finding);
        }
        return;
    }
    // A metadata field: its line or text edit, as the forms list them.
    QWidget *editor = fieldEditor(finding.field);
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->setFocus();
        line->setSelection(int(finding.start), int(finding.length));
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        QTextCursor cursor(text->document());
        cursor.setPosition(int(finding.start));
        cursor.setPosition(int(finding.start + finding.length), QTextCursor::KeepAnchor);
        text->setTextCursor(cursor);
        text->setFocus();
    }
}

void ItemEditorWindow::applySuggestion(const checks::Finding &finding)
{
    if (finding.suggestion.isEmpty() || !isEditable())
        return;
    if (finding.field == u"bodyHtml") {
        // Through the source text the finding indexes; the rich editor follows (source → rich sync).
        if (m_sourceBinder->apply(finding))
            syncSourceToRichEditor();
        return;
    }
    QWidget *editor = fieldEditor(finding.field);
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        if (line->text() != m_checks.checkedText(finding.field))
            return;
        line->setSelection(int(finding.start), int(finding.length));
        line->insert(finding.suggestion);
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        if (text->toPlainText() != m_checks.checkedText(finding.field))
            return;
        QTextCursor cursor(text->document());
        cursor.setPosition(int(finding.start));
        cursor.setPosition(int(finding.start + finding.length), QTextCursor::KeepAnchor);
        cursor.insertText(finding.suggestion);
    }
}

CoPublishDialog *ItemEditorWindow::showCoPublishing()
{
    if (!m_coPublishAction->isEnabled())
        return nullptr;
    auto *dialog = new CoPublishDialog(m_client, m_session.item(), m_client.session().user(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void ItemEditorWindow::generateTraditional()
{
    setMessage(tr("Asking the portal for the Traditional Chinese version…"), false);
    checks::TraditionalVersion::generate(m_client, m_session.item().id, this, [this](Result<domain::Item> copy) {
        if (!copy) {
            showFailure(copy.error());
            return;
        }
        setMessage(tr("The Traditional Chinese version \"%1\" is ready.").arg(copy->title), false);
        Q_EMIT traditionalVersionReady(copy->id);
    });
}

void ItemEditorWindow::showFailure(const pd::Error &error)
{
    qCInfo(lcUi) << "editor:" << error.message;
    QString text = error.message;
    QStringList details;
    for (const FieldError &f : error.fields) {
        const QString label = editing::ConflictMerge::fieldLabel(f.field);
        const QString line = tr("%1: %2").arg(label, f.message);
        if (!details.contains(line) && f.message != error.message)
            details.append(line);
    }
    if (!details.isEmpty())
        text += u'\n' + details.join(u'\n');
    setMessage(text, true);
    m_form->showErrors(error.fields);
    if (m_session.item().type == domain::ItemType::Disclosure)
        m_disclosure->showErrors(error.fields);
    if (m_session.item().type == domain::ItemType::Feature)
        m_featureForm->showErrors(error.fields);
}

void ItemEditorWindow::showConflict(const domain::Item &mine, const domain::Item &theirs)
{
    setMessage(tr("Someone else saved this item while you were editing. Choose what to keep."), true);
    auto *dialog = new ConflictDialog(mine, theirs, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_conflict = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const domain::Item merged = dialog->merged();
        m_session.resolveConflict(merged);
        showItem();
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        setMessage(tr("Not saved: your version conflicts with a newer one on the server. Save again to merge."),
                   true);
    });
    dialog->open();
}

void ItemEditorWindow::closeEvent(QCloseEvent *event)
{
    collect();
    if (!m_session.isModified()) {
        event->accept();
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"),
        tr("“%1” has changes that are not on the server yet. Save them now?").arg(m_session.item().title),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel) {
        event->ignore();
        return;
    }
    if (answer == QMessageBox::Save) {
        // Close once the server has it; a failure keeps the window (and the local draft) open.
        connect(&m_session, &editing::DocumentSession::saved, this, &QWidget::close, Qt::SingleShotConnection);
        m_session.save();
        event->ignore();
        return;
    }
    m_session.discardChanges();
    event->accept();
}

} // namespace pd::ui
