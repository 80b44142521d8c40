#pragma once
#include <QObject>
#include <QTimer>

namespace pd::server {

class ItemRepository;
class ItemService;

/// Publishes scheduled items on time (and archives features past their end date). The schedule lives in the
/// database, so it survives a restart: on start the scheduler publishes whatever fell due while portald was down,
/// then sleeps until the next publish time (at most 30 s, which is also the archiving granularity).
class PublishScheduler : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublishScheduler)

public:
    PublishScheduler(ItemService &service, ItemRepository &items, QObject *parent = nullptr);

    void start();

private:
    void tick();
    void arm();

    ItemService &m_service;
    ItemRepository &m_items;
    QTimer m_timer;
};

} // namespace pd::server
