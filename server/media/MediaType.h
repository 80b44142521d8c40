#pragma once
#include <QString>
#include <QStringList>

namespace pd::server {

/// A file type portald accepts, as recognised from the bytes: canonical MIME type, stored extension, and what a
/// client may truthfully call it (Content-Type aliases, file name extensions).
struct MediaType {
    QString mime;            ///< canonical, e.g. "image/jpeg"
    QString extension;       ///< stored and public extension, e.g. "jpg"
    QStringList aliases;     ///< Content-Types that name this type honestly
    QStringList extensions;  ///< file name extensions that name this type honestly
    bool image = false;      ///< has pixel dimensions (read with QImageReader)
    const char *imageFormat = nullptr; ///< QImageReader format name

    [[nodiscard]] bool acceptsClaimedType(const QString &contentType) const;
    [[nodiscard]] bool acceptsExtension(const QString &extension) const;

    static MediaType jpeg();
    static MediaType png();
    static MediaType gif();
    static MediaType webp();
    static MediaType pdf();
    static MediaType doc();
    static MediaType xls();
    static MediaType ppt();
    static MediaType docx();
    static MediaType xlsx();
    static MediaType pptx();
    static MediaType text();
    /// Every type above: to recognise a file name extension that names some *other* type.
    static QList<MediaType> all();
};

} // namespace pd::server
