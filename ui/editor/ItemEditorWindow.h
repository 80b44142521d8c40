#pragma once
#include "app/domain/WorkflowAction.h"
#include "app/checksclient/CheckRunner.h"
#include "app/checksclient/FindingsModel.h"
#include "app/checksclient/RuleSource.h"
#include "app/domain/Column.h"
#include "app/domain/Error.h"
#include "app/domain/Item.h"
#include "app/editing/DocumentSession.h"
#include "app/editing/MediaUploadQueue.h"
#include "app/editing/SubmitGate.h"
#include "app/editing/TopicCategorySource.h"
#include "app/editing/UploadRouter.h"
#include "ui/editor/UrgentCorrectionDialog.h"

#include <QHash>

#include <functional>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QDockWidget;
class QLabel;
class QTabWidget;
class QTimer;

namespace pd::api {
class PortalClient;
}
namespace pd::store {
class LocalStore;
struct Draft;
} // namespace pd::store

namespace pd::ui {

class AttachmentsPanel;
class CoPublishDialog;
class ConflictDialog;
class DisclosureForm;
class FeatureForm;
class FindingsPanel;
class SourceCheckBinder;
class NewsMetadataForm;
class PreviewView;
class RevisionsDialog;
class RichEditorPool;
class RichEditorView;
class SourceView;
class UploadsPanel;

/// The editor window of one item: metadata form(s) beside the body, Save (If-Match) and Submit, the conflict dialog
/// on 412, and an autosave journal through the local store. The logic is DocumentSession's; this renders it.
class ItemEditorWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ItemEditorWindow)

public:
    /// `drafts` may be null (no autosave). `columns` are the current site's columns: the 栏目 field offers them at
    /// once and loads the rest of the group's sites and columns from the portal.
    /// `pool` (optional, must outlive the window) gives the window a rich editor started ahead of time.
    ItemEditorWindow(api::PortalClient &client, store::LocalStore *drafts, const QList<domain::Column> &columns,
                     QWidget *parent = nullptr, RichEditorPool *pool = nullptr);
    ~ItemEditorWindow() override;

    void openItem(qint64 itemId);
    void newItem(domain::ItemType type, qint64 siteId, qint64 columnId);
    void restoreDraft(const store::Draft &draft);

    [[nodiscard]] editing::DocumentSession &session() { return m_session; }
    [[nodiscard]] SourceView *sourceView() const { return m_source; }
    /// The body in CKEditor 5 (the first body tab).
    [[nodiscard]] RichEditorView *richEditor() const { return m_rich; }
    [[nodiscard]] editing::MediaUploadQueue &uploads() { return m_uploads; }
    [[nodiscard]] AttachmentsPanel *attachmentsPanel() const { return m_attachments; }
    /// Opens the 站群 dialog for the loaded item (the "Other sites…" action); nullptr when the item cannot travel.
    CoPublishDialog *showCoPublishing();
    /// The content checks of this item (rules of its site, run while typing).
    [[nodiscard]] checks::CheckRunner &checks() { return m_checks; }
    [[nodiscard]] FindingsPanel *findingsPanel() const { return m_findingsPanel; }
    /// Shows a finding's place: selected in the rich editor (or the source view when that is open) or in its field.
    void showFinding(const checks::Finding &finding);
    /// Replaces a finding's text by its suggestion.
    void applySuggestion(const checks::Finding &finding);
    /// Uploads local image files and inserts each into the body once the portal has it.
    void insertImageFiles(const QStringList &paths);
    /// Uploads local documents and lists them as the item's attachments once the portal has them.
    void attachFiles(const QStringList &paths);
    /// 插入图片: picks image files (starting in the user's pictures folder), asks each one's alternative text, and
    /// uploads and inserts those that have one.
    void chooseImages();
    /// Shows the preview tab (creating its locked-down web view on first use) with the current content.
    PreviewView *showPreview();
    /// Opens the revision history (window-modal); null for an item not saved yet.
    RevisionsDialog *showRevisions();
    /// Asks portald for the item's 繁体版 (a linked Traditional copy, created or refreshed); when it is there,
    /// traditionalVersionReady asks for it to be opened.
    void generateTraditional();
    /// The open conflict dialog, if any (tests answer it).
    [[nodiscard]] ConflictDialog *conflictDialog() const;

    /// Save and submit first collect what the rich editor still holds back (its short change delay).
    void save();
    void submit();
    /// Which pull-back actions (unpublish, withdraw, archive) the signed-in user may take on an item: the editor
    /// offers exactly those (none until this is set).
    void setPullBackFilter(std::function<bool(domain::WorkflowAction, const domain::Item &)> allowed);
    /// Decides whether 失效 / 废止 is offered for the open item (the owner knows the user's roles); unset: never.
    void setInvalidateFilter(std::function<bool(const domain::Item &)> allowed);

    /// Who may make an urgent correction (紧急更正) of a published item: the editor offers it to exactly them (to
    /// nobody until this is set).
    void setUrgentCorrectionFilter(std::function<bool(const domain::Item &)> allowed);
    /// Starts editing a published item (修改): the edit is saved as a pending revision and goes through review.
    void startCorrecting();
    /// Asks for the reason of an urgent correction, then saves and republishes at once.
    void correctUrgently();
    /// The open urgent-correction dialog, if any (tests answer it).
    [[nodiscard]] UrgentCorrectionDialog *urgentDialog() const { return m_urgentDialog; }

Q_SIGNALS:
    /// The item was created or updated on the server.
    void itemSaved(qint64 itemId);
    /// The user asked to unpublish, withdraw or archive the open item (the main window asks for the reason).
    void pullBackRequested(pd::domain::WorkflowAction action);
    /// The user asked to mark the open disclosure document 失效 or 废止 (the owner shows the dialog).
    void invalidateRequested();
    /// The 繁体版 of this item was created or refreshed on the server (open it in an editor).
    void traditionalVersionReady(qint64 itemId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi(RichEditorPool *pool);
    /// The menu bar (文件, 插入, 条目) over the toolbar's actions, and the close keys.
    void buildMenus(QAction *preview);
    /// Makes the metadata forms and the source view read-only (or editable again).
    void setFieldsReadOnly(bool readOnly);
    void showItem();
    /// Takes the check rules and 主题分类 of the item's site (again when a new item moved to another site).
    void followSite(qint64 siteId);
    void collect();
    void syncSourceToRichEditor();
    void richEditorChanged(const QString &html);
    void checkSource();
    [[nodiscard]] bool isEditable() const;
    /// A published item's edit can still be changed: there is none yet, or it is a draft or was sent back.
    [[nodiscard]] static bool pendingEditOpen(const domain::Item &item);
    void buildChecks();
    void showBlocked(const QList<checks::Finding> &findings);
    /// The body text a finding points at and which appearance of it that is, for the rich editor's search.
    [[nodiscard]] std::pair<QString, int> bodyPlace(const checks::Finding &finding) const;
    void connectUploads();
    /// The line or text edit of a metadata field, by the field name findings use (as the forms list them).
    [[nodiscard]] QWidget *fieldEditor(const QString &field) const { return m_fieldEditors.value(field); }
    void updateTitle();
    void updateActions();
    void showFailure(const pd::Error &error);
    void showConflict(const domain::Item &mine, const domain::Item &theirs);
    void setMessage(const QString &text, bool error);
    [[nodiscard]] QList<domain::Column> columnsFor(domain::ItemType type) const;

    api::PortalClient &m_client;
    editing::DocumentSession m_session;
    QList<domain::Column> m_columns;
    NewsMetadataForm *m_form = nullptr;
    DisclosureForm *m_disclosure = nullptr;
    FeatureForm *m_featureForm = nullptr;
    SourceView *m_source = nullptr;
    RichEditorView *m_rich = nullptr;
    editing::MediaUploadQueue m_uploads;
    UploadsPanel *m_uploadsPanel = nullptr;
    AttachmentsPanel *m_attachments = nullptr;
    QTimer *m_sourceSync = nullptr;
    checks::RuleSource m_ruleSource;
    editing::TopicCategorySource m_categorySource;
    checks::CheckRunner m_checks;
    checks::FindingsModel m_findings;
    editing::SubmitGate m_submitGate;
    editing::UploadRouter *m_uploadRouter = nullptr;
    QHash<QString, QWidget *> m_fieldEditors;
    FindingsPanel *m_findingsPanel = nullptr;
    QDockWidget *m_findingsDock = nullptr;
    SourceCheckBinder *m_sourceBinder = nullptr;
    qint64 m_rulesSite = 0;
    QTabWidget *m_bodyTabs = nullptr;
    QWidget *m_previewTab = nullptr;
    PreviewView *m_preview = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_sourceProblem = nullptr;
    QLabel *m_status = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_submitAction = nullptr;
    QHash<domain::WorkflowAction, QAction *> m_pullBackActions;
    std::function<bool(domain::WorkflowAction, const domain::Item &)> m_pullBackAllowed;
    QAction *m_invalidateAction = nullptr;
    std::function<bool(const domain::Item &)> m_invalidateAllowed;
    QAction *m_correctAction = nullptr;
    QAction *m_urgentAction = nullptr;
    std::function<bool(const domain::Item &)> m_urgentAllowed;
    QPointer<UrgentCorrectionDialog> m_urgentDialog;
    /// A published item is being edited (its edit becomes a pending revision).
    bool m_correcting = false;
    QList<QPointer<QWidget>> m_lockedWhileReadOnly; ///< fields setFieldsReadOnly() locked
    QAction *m_revisionsAction = nullptr;
    QAction *m_traditionalAction = nullptr;
    QAction *m_coPublishAction = nullptr;
    QAction *m_insertImageAction = nullptr;
    QPointer<ConflictDialog> m_conflict;
    bool m_showing = false;
};

} // namespace pd::ui
