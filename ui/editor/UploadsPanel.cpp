#include "ui/editor/UploadsPanel.h"

#include "app/editing/MediaUploadQueue.h"

#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pd::ui {

UploadsPanel::UploadsPanel(editing::MediaUploadQueue &queue, QWidget *parent)
    : QWidget(parent)
    , m_queue(queue)
{
    setObjectName(u"uploadsPanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("Uploads"), this);
    title->setStyleSheet(u"font-weight: bold;"_s);
    layout->addWidget(title);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"uploadList"_s);
    m_list->setAccessibleName(tr("Uploads"));
    m_list->setHeaderLabels({tr("File"), tr("Progress")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->setMaximumHeight(120);
    layout->addWidget(m_list);
    setVisible(false);

    connect(&m_queue, &editing::MediaUploadQueue::started, this, &UploadsPanel::addRow);
    connect(&m_queue, &editing::MediaUploadQueue::progress, this, &UploadsPanel::updateRow);
    connect(&m_queue, &editing::MediaUploadQueue::finished, this, &UploadsPanel::updateRow);
    connect(&m_queue, &editing::MediaUploadQueue::failed, this, &UploadsPanel::updateRow);
}

UploadsPanel::~UploadsPanel() = default;

void UploadsPanel::addRow(int id)
{
    auto *row = new QTreeWidgetItem(m_list);
    auto *bar = new QProgressBar(m_list);
    bar->setRange(0, 1000);
    bar->setTextVisible(true);
    m_list->setItemWidget(row, 1, bar);
    m_rows.insert(id, row);
    m_bars.insert(id, bar);
    setVisible(true);
    updateRow(id);
}

void UploadsPanel::updateRow(int id)
{
    const editing::MediaUploadQueue::Upload *upload = m_queue.upload(id);
    QTreeWidgetItem *row = m_rows.value(id);
    QProgressBar *bar = m_bars.value(id);
    if (!upload || !row || !bar)
        return;
    using State = editing::MediaUploadQueue::Upload::State;
    row->setText(0, upload->fileName);
    const int permille = upload->total > 0 ? int(upload->sent * 1000 / upload->total) : 0;
    bar->setValue(upload->state == State::Done ? 1000 : permille);
    switch (upload->state) {
    case State::Sending: bar->setFormat(tr("%p%")); break;
    case State::Done: bar->setFormat(tr("Uploaded")); break;
    case State::Failed:
        bar->setFormat(tr("Failed"));
        row->setToolTip(0, upload->error);
        row->setToolTip(1, upload->error);
        break;
    }
}

} // namespace pd::ui
