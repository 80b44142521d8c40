#pragma once
#include <QHash>
#include <QWidget>

class QProgressBar;
class QTreeWidget;
class QTreeWidgetItem;

namespace pd::editing {
class MediaUploadQueue;
}

namespace pd::ui {

/// The files being uploaded from the editor (images and attachments), one row each with its own progress bar.
/// Renders a MediaUploadQueue; hidden while nothing was uploaded.
class UploadsPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UploadsPanel)

public:
    explicit UploadsPanel(editing::MediaUploadQueue &queue, QWidget *parent = nullptr);
    ~UploadsPanel() override;

    [[nodiscard]] QTreeWidget *list() const { return m_list; }

private:
    void addRow(int id);
    void updateRow(int id);

    editing::MediaUploadQueue &m_queue;
    QTreeWidget *m_list = nullptr;
    QHash<int, QTreeWidgetItem *> m_rows;
    QHash<int, QProgressBar *> m_bars;
};

} // namespace pd::ui
