#pragma once
#include "domain/Column.h"
#include "domain/Error.h"
#include "domain/Item.h"
#include "editing/DocumentSession.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QTabWidget;

namespace pd::api {
class PortalClient;
}
namespace pd::store {
class LocalStore;
struct Draft;
} // namespace pd::store

namespace pd::ui {

class ConflictDialog;
class DisclosureForm;
class FeatureForm;
class NewsMetadataForm;
class PreviewView;
class RevisionsDialog;
class SourceView;

/// The editor window of one item: metadata form(s) beside the body, Save (If-Match) and Submit, the conflict dialog
/// on 412, and an autosave journal through the local store. The logic is DocumentSession's; this renders it.
class ItemEditorWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ItemEditorWindow)

public:
    /// `drafts` may be null (no autosave). `columns` are the site's columns (the form offers those of the item's kind).
    ItemEditorWindow(api::PortalClient &client, store::LocalStore *drafts, const QList<domain::Column> &columns,
                     QWidget *parent = nullptr);
    ~ItemEditorWindow() override;

    void openItem(qint64 itemId);
    void newItem(domain::ItemType type, qint64 siteId, qint64 columnId);
    void restoreDraft(const store::Draft &draft);

    [[nodiscard]] editing::DocumentSession &session() { return m_session; }
    [[nodiscard]] SourceView *sourceView() const { return m_source; }
    /// Shows the preview tab (creating its locked-down web view on first use) with the current content.
    PreviewView *showPreview();
    /// Opens the revision history (window-modal); null for an item not saved yet.
    RevisionsDialog *showRevisions();
    /// The open conflict dialog, if any (tests answer it).
    [[nodiscard]] ConflictDialog *conflictDialog() const;

    void save();
    void submit();

Q_SIGNALS:
    /// The item was created or updated on the server.
    void itemSaved(qint64 itemId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    void showItem();
    void loadFeatureTitles();
    void collect();
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
    QTabWidget *m_bodyTabs = nullptr;
    QWidget *m_previewTab = nullptr;
    PreviewView *m_preview = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_sourceProblem = nullptr;
    QLabel *m_status = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_submitAction = nullptr;
    QAction *m_revisionsAction = nullptr;
    QPointer<ConflictDialog> m_conflict;
    bool m_showing = false;
};

} // namespace pd::ui
