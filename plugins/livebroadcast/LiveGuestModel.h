#pragma once
#include "app/domain/LiveEvent.h"

#include <QAbstractTableModel>
#include <QImage>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace pd::livebroadcast {

/// The guests of a live event as the event dialog edits them: name and title typed, a photo kept, chosen (an
/// uploaded image) or taken away. What it hands back names every guest by its id, so a renamed guest keeps its
/// photo (and the interview answers that name it), and carries a photo only where the person changed it.
class LiveGuestModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveGuestModel)

public:
    enum Column { NameColumn, TitleColumn, PhotoColumn, ColumnCount };
    enum Role {
        PhotoIdRole = Qt::UserRole + 1, ///< the media id the guest's photo is (0: none)
        PhotoUrlRole,                   ///< `/media/{id}/{name}`; empty without a photo or for one not saved yet
        GuestIdRole,                    ///< the guest's id in the event (0: a new guest)
    };
    /// A row's handle that survives rows added or removed above it while its photo is on the wire.
    using RowKey = quint64;

    explicit LiveGuestModel(const QList<domain::LiveEvent::Guest> &guests, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    [[nodiscard]] RowKey keyOf(int row) const;
    /// The row with this key; -1 when it was removed.
    [[nodiscard]] int rowOf(RowKey key) const;

    /// The row's new photo is being uploaded: the dialog must not be saved before it has its media id.
    void setUploading(RowKey key, bool uploading);
    /// The row's new photo, uploaded as media `mediaId`; `thumbnail` is what the row shows of it. Only for a row
    /// still uploading: a photo removed meanwhile stays removed.
    void setPhoto(RowKey key, qint64 mediaId, const QImage &thumbnail);
    /// Takes the row's photo away (the guest is saved without one).
    void removePhoto(int row);
    /// The picture of the photo at `photoUrl` (fetched after the dialog opened), for every row showing it.
    void setThumbnail(const QString &photoUrl, const QImage &picture);
    /// The picture at `photoUrl` could not be fetched: the rows say so instead of waiting for it (the guests keep
    /// the photo all the same).
    void setThumbnailFailed(const QString &photoUrl);
    /// The saved photos whose pictures the rows still wait for.
    [[nodiscard]] QStringList missingThumbnails() const;
    [[nodiscard]] bool isUploading() const;

    /// The `guests` of a LiveEventInput: rows without a name left out; `id` for a guest the event had; `photoId`
    /// only where the photo changed (a media id, or null for none), so a photo nobody touched stays as it is.
    [[nodiscard]] QJsonArray input() const;

    /// The long edge of a row's thumbnail, in pixels.
    static constexpr int ThumbnailSize = 48;

private:
    struct Row {
        RowKey key = 0;
        qint64 id = 0;
        QString name;
        QString title;
        qint64 photoId = 0;
        QString photoUrl;
        QImage thumbnail;
        bool photoChanged = false;
        bool thumbnailFailed = false;
        bool uploading = false;
    };
    void changed(int row);

    QList<Row> m_rows;
    RowKey m_nextKey = 1;
};

} // namespace pd::livebroadcast
