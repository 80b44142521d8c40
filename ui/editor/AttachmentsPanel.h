#pragma once
#include "app/domain/ItemAttachment.h"

#include <QWidget>

class QListWidget;
class QPushButton;

namespace pd::ui {

/// The item's attachments (附件: PDF, DOC/DOCX, XLS/XLSX) as a list with add and remove; adding asks for files,
/// which the editor uploads, and the list shows them once the portal has them.
class AttachmentsPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentsPanel)

public:
    explicit AttachmentsPanel(QWidget *parent = nullptr);
    ~AttachmentsPanel() override;

    void setAttachments(const QList<domain::ItemAttachment> &attachments);
    [[nodiscard]] QList<domain::ItemAttachment> attachments() const { return m_attachments; }
    void append(const domain::ItemAttachment &attachment);
    void setReadOnly(bool readOnly);
    [[nodiscard]] QListWidget *list() const { return m_list; }
    /// The file dialog's filter: the document types the portal accepts as attachments.
    [[nodiscard]] static QString fileFilter();

Q_SIGNALS:
    /// The user wants to add files (the window asks for them and uploads them).
    void addRequested();
    /// The user removed an attachment.
    void changed();

private:
    void refresh();

    QList<domain::ItemAttachment> m_attachments;
    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    bool m_readOnly = false;
};

} // namespace pd::ui
