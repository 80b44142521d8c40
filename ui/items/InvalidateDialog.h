#pragma once
#include "app/domain/Item.h"

#include <QDialog>
#include <QTimer>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace pd::editing {
class Invalidation;
}

namespace pd::ui {

/// Marks one published disclosure document 失效 or 废止: the validity, the day it takes effect, optionally the
/// document that replaces it (searched among the site's published documents by title, 索引号 or 文号), a reason,
/// and the public pages that will show the marking. The work is the core's `Invalidation`; the dialog only shows it.
class InvalidateDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InvalidateDialog)

public:
    InvalidateDialog(editing::Invalidation &run, const domain::Item &item, QWidget *parent = nullptr);

    /// Shows the public pages the document is on (arriving from the portal after the dialog opened).
    void setPages(const QStringList &pages);

    [[nodiscard]] QComboBox *validityBox() const { return m_validity; }
    [[nodiscard]] QDateEdit *dateEdit() const { return m_date; }
    [[nodiscard]] QLineEdit *searchEdit() const { return m_search; }
    [[nodiscard]] QListWidget *replacementList() const { return m_candidates; }
    [[nodiscard]] QListWidget *pageList() const { return m_pages; }
    [[nodiscard]] QPlainTextEdit *reasonEdit() const { return m_reason; }
    [[nodiscard]] QPushButton *confirmButton() const { return m_confirm; }
    /// The refusal of the last attempt, or the portal's (empty when none).
    [[nodiscard]] QString errorText() const;
    /// What the dialog says after the portal answered (empty before).
    [[nodiscard]] QString statusText() const;
    /// The id of the replacing document chosen in the list (0: none).
    [[nodiscard]] qint64 replacedBy() const;

    /// Sends the marking when it is complete; otherwise shows why and stays open.
    void confirm();

Q_SIGNALS:
    /// The portal marked the document; `item` is it in its new state.
    void marked(const pd::domain::Item &item);

private:
    void searchNow();
    void showCandidates();
    void showFinished();

    editing::Invalidation &m_run;
    domain::Item m_item;
    QComboBox *m_validity = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_search = nullptr;
    QListWidget *m_candidates = nullptr;
    QListWidget *m_pages = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_confirm = nullptr;
    QTimer m_searchSoon; ///< one search once the user pauses typing, not one per keystroke
};

} // namespace pd::ui
