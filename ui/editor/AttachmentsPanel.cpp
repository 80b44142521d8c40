#include "ui/editor/AttachmentsPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pd::ui {

AttachmentsPanel::AttachmentsPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"attachmentsPanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("Attachments"), this);
    title->setStyleSheet(u"font-weight: bold;"_s);
    layout->addWidget(title);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"attachmentList"_s);
    m_list->setAccessibleName(tr("Attachments"));
    m_list->setMaximumHeight(110);
    layout->addWidget(m_list);
    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("Add attachment…"), this);
    m_add->setObjectName(u"addAttachmentButton"_s);
    m_add->setToolTip(tr("Upload PDF, Word or Excel files and attach them to the item"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(u"removeAttachmentButton"_s);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &AttachmentsPanel::addRequested);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row < 0 || row >= m_attachments.size())
            return;
        m_attachments.removeAt(row);
        refresh();
        Q_EMIT changed();
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this] { refresh(); });
    refresh();
}

AttachmentsPanel::~AttachmentsPanel() = default;

QString AttachmentsPanel::fileFilter()
{
    return tr("Documents (*.pdf *.doc *.docx *.xls *.xlsx)");
}

void AttachmentsPanel::setAttachments(const QList<domain::ItemAttachment> &attachments)
{
    m_attachments = attachments;
    m_list->clear();
    refresh();
}

void AttachmentsPanel::append(const domain::ItemAttachment &attachment)
{
    m_attachments.append(attachment);
    refresh();
    Q_EMIT changed();
}

void AttachmentsPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    refresh();
}

void AttachmentsPanel::refresh()
{
    if (m_list->count() != m_attachments.size()) {
        const QSignalBlocker block(m_list);
        m_list->clear();
        for (const domain::ItemAttachment &a : m_attachments)
            m_list->addItem(a.title.isEmpty() ? tr("Attachment %1").arg(a.mediaId) : a.title);
    }
    m_add->setEnabled(!m_readOnly);
    m_remove->setEnabled(!m_readOnly && m_list->currentRow() >= 0);
}

} // namespace pd::ui
