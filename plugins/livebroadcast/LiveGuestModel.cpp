#include "plugins/livebroadcast/LiveGuestModel.h"

#include <QJsonObject>
#include <QJsonValue>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd::livebroadcast {

namespace {

QImage thumbnailOf(const QImage &picture)
{
    return picture.isNull() ? QImage()
                            : picture.scaled(LiveGuestModel::ThumbnailSize, LiveGuestModel::ThumbnailSize,
                                             Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

} // namespace

LiveGuestModel::LiveGuestModel(const QList<domain::LiveEvent::Guest> &guests, QObject *parent)
    : QAbstractTableModel(parent)
{
    for (const domain::LiveEvent::Guest &g : guests) {
        Row row;
        row.key = m_nextKey++;
        row.id = g.id;
        row.name = g.name;
        row.title = g.title;
        row.photoId = std::max<qint64>(0, g.photoId);
        row.photoUrl = row.photoId > 0 ? g.photoUrl : QString();
        m_rows.append(row);
    }
}

int LiveGuestModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LiveGuestModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LiveGuestModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case PhotoIdRole:
        return row.photoId;
    case PhotoUrlRole:
        return row.photoUrl;
    case GuestIdRole:
        return row.id;
    default:
        break;
    }
    switch (index.column()) {
    case NameColumn:
        return role == Qt::DisplayRole || role == Qt::EditRole ? QVariant(row.name) : QVariant();
    case TitleColumn:
        return role == Qt::DisplayRole || role == Qt::EditRole ? QVariant(row.title) : QVariant();
    case PhotoColumn:
        if (role == Qt::DecorationRole && row.photoId > 0 && !row.uploading && !row.thumbnail.isNull())
            return row.thumbnail;
        if (role == Qt::DisplayRole) {
            if (row.uploading)
                return tr("Uploading…");
            if (row.photoId <= 0)
                return row.photoChanged ? tr("No photo (removed)") : tr("No photo");
            if (row.photoChanged)
                return tr("New photo");
            if (!row.thumbnail.isNull())
                return QString();
            return row.thumbnailFailed ? tr("Photo not shown") : tr("Loading…");
        }
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
            if (row.photoId <= 0)
                return tr("No photo");
            return row.photoChanged ? tr("New photo, kept when the event is saved") : tr("The guest's photo");
        }
        return {};
    default:
        return {};
    }
}

QVariant LiveGuestModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Guest");
    case TitleColumn:
        return tr("Title");
    case PhotoColumn:
        return tr("Photo");
    default:
        return {};
    }
}

Qt::ItemFlags LiveGuestModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    // The photo is chosen with its buttons, not typed.
    return index.column() == PhotoColumn ? base : base | Qt::ItemIsEditable;
}

bool LiveGuestModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() == PhotoColumn)
        return false;
    Row &row = m_rows[index.row()];
    QString &field = index.column() == NameColumn ? row.name : row.title;
    if (field == value.toString())
        return true;
    field = value.toString();
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

bool LiveGuestModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > m_rows.size() || count < 1)
        return false;
    beginInsertRows(parent, row, row + count - 1);
    for (int i = 0; i < count; ++i) {
        Row added;
        added.key = m_nextKey++;
        m_rows.insert(row + i, added);
    }
    endInsertRows();
    return true;
}

bool LiveGuestModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_rows.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_rows.remove(row, count);
    endRemoveRows();
    return true;
}

LiveGuestModel::RowKey LiveGuestModel::keyOf(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).key : 0;
}

int LiveGuestModel::rowOf(RowKey key) const
{
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows.at(r).key == key)
            return r;
    return -1;
}

void LiveGuestModel::setUploading(RowKey key, bool uploading)
{
    const int r = rowOf(key);
    if (r < 0 || m_rows.at(r).uploading == uploading)
        return;
    m_rows[r].uploading = uploading;
    changed(r);
}

void LiveGuestModel::setPhoto(RowKey key, qint64 mediaId, const QImage &thumbnail)
{
    // A photo taken away (or the row removed) while it was on the wire stays away.
    const int r = rowOf(key);
    if (r < 0 || !m_rows.at(r).uploading)
        return;
    Row &row = m_rows[r];
    row.uploading = false;
    row.photoId = mediaId;
    // The portal names the file's URL when the event is saved; until then the row shows the picture it was made of.
    row.photoUrl.clear();
    row.thumbnail = thumbnailOf(thumbnail);
    row.photoChanged = true;
    changed(r);
}

void LiveGuestModel::removePhoto(int r)
{
    if (r < 0 || r >= m_rows.size())
        return;
    Row &row = m_rows[r];
    if (row.photoId <= 0 && !row.uploading)
        return;
    row.photoId = 0;
    row.photoUrl.clear();
    row.thumbnail = QImage();
    row.uploading = false;
    row.photoChanged = true;
    changed(r);
}

void LiveGuestModel::setThumbnail(const QString &photoUrl, const QImage &picture)
{
    if (photoUrl.isEmpty() || picture.isNull())
        return;
    const QImage thumbnail = thumbnailOf(picture);
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows.at(r).photoUrl == photoUrl) {
            m_rows[r].thumbnail = thumbnail;
            changed(r);
        }
}

void LiveGuestModel::setThumbnailFailed(const QString &photoUrl)
{
    for (int r = 0; r < m_rows.size(); ++r)
        if (!photoUrl.isEmpty() && m_rows.at(r).photoUrl == photoUrl && m_rows.at(r).thumbnail.isNull()) {
            m_rows[r].thumbnailFailed = true;
            changed(r);
        }
}

QStringList LiveGuestModel::missingThumbnails() const
{
    QStringList urls;
    for (const Row &row : m_rows)
        if (!row.photoUrl.isEmpty() && row.thumbnail.isNull() && !row.thumbnailFailed && !urls.contains(row.photoUrl))
            urls.append(row.photoUrl);
    return urls;
}

bool LiveGuestModel::isUploading() const
{
    return std::ranges::any_of(m_rows, &Row::uploading);
}

QJsonArray LiveGuestModel::input() const
{
    QJsonArray guests;
    for (const Row &row : m_rows) {
        const QString name = row.name.trimmed();
        if (name.isEmpty())
            continue;
        QJsonObject guest{{u"name"_s, name}};
        if (const QString title = row.title.trimmed(); !title.isEmpty())
            guest.insert(u"title"_s, title);
        if (row.id > 0)
            guest.insert(u"id"_s, row.id);
        if (row.photoChanged)
            guest.insert(u"photoId"_s, row.photoId > 0 ? QJsonValue(row.photoId) : QJsonValue(QJsonValue::Null));
        guests.append(guest);
    }
    return guests;
}

void LiveGuestModel::changed(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace pd::livebroadcast
