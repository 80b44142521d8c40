#pragma once
#include <QByteArray>
#include <QString>

namespace pd::server {

/// One file of the public site: its path below the web root and its bytes.
struct PublicPage {
    QString path;
    QByteArray bytes;
    /// Not rendered: the page's inputs are the same as when it was last written (its file stays as it is).
    bool unchanged = false;
};

} // namespace pd::server
