#pragma once
#include <QByteArray>
#include <QString>

namespace pd::server {

/// One file of the public site: its path below the web root and its bytes.
struct PublicPage {
    QString path;
    QByteArray bytes;
};

} // namespace pd::server
