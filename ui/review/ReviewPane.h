#pragma once
#include "app/domain/Item.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTreeWidget;

namespace pd::api {
class Session;
}

namespace pd::review {
class ReviewItemLoader;
}

namespace pd::ui {

class PreviewView;

/// The item under review, rendered from the ReviewItemLoader: a header (title, state, deadline), the preview as
/// citizens will see it, the diff against the baseline revision, the check findings, and the comment thread with
/// the audit trail. The decision buttons only report intent; the review page applies them.
class ReviewPane : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewPane)

public:
    enum class Tab { Preview, Diff, Findings, History };

    ReviewPane(review::ReviewItemLoader &loader, QWidget *parent = nullptr);

    void setServer(const QUrl &server);
    /// The signed-in session whose token the preview's /media/ requests carry (items under review are unpublished).
    void followSession(const api::Session &session);
    void showTab(Tab tab);
    /// The outcome of the last decision (or an error), under the header.
    void showMessage(const QString &text, bool error);
    /// Shows nothing: no item, no message, no decision possible.
    void clear();

    [[nodiscard]] PreviewView *preview() const { return m_preview; }
    [[nodiscard]] QTextBrowser *diffView() const { return m_diff; }
    [[nodiscard]] QTreeWidget *findingsView() const { return m_findings; }
    [[nodiscard]] QTreeWidget *historyView() const { return m_history; }
    [[nodiscard]] QLabel *messageLabel() const { return m_message; }
    [[nodiscard]] QLabel *metaLabel() const { return m_meta; }
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    void approveRequested();
    void rejectRequested();
    void publishRequested();
    void scheduleRequested();

private:
    /// The title, the tabs (preview, changes, checks, history) and the decision buttons, laid out.
    void buildUi();
    /// The buttons to their requests, the loader's answers to the tabs.
    void connectSignals();
    void showItem(const domain::Item &item);
    void showDiff();
    /// The checks' findings on the text under review, then the sweep findings someone let stand (忽略).
    void showFindings();
    void clearAll();

    review::ReviewItemLoader &m_loader;
    QLabel *m_title = nullptr;
    QLabel *m_meta = nullptr;
    QLabel *m_message = nullptr;
    QTabWidget *m_tabs = nullptr;
    PreviewView *m_preview = nullptr;
    QTextBrowser *m_diff = nullptr;
    QTreeWidget *m_findings = nullptr;
    QTreeWidget *m_history = nullptr;
    QList<QPushButton *> m_buttons;
};

} // namespace pd::ui
