#pragma once
#include "app/domain/Error.h"
#include "app/domain/Item.h"

#include <QString>
#include <QStringView>
#include <memory>
#include <optional>

namespace pd::checks {

/// Simplified → Traditional conversion for a site's 繁体版 through OpenCC, with the variant chosen per site.
/// HTML-aware: text and the alt/title attributes (what readers and screen readers get) are converted; tags, other
/// attributes (URLs, file names, classes), comments, scripts and styles are copied unchanged.
/// One converter per thread: OpenCC does not document its handles as thread-safe.
class TraditionalConverter
{
public:
    enum class Variant {
        Traditional,   ///< s2t: OpenCC standard Traditional characters
        Taiwan,        ///< s2tw: Taiwan standard characters
        TaiwanPhrases, ///< s2twp: Taiwan characters and vocabulary (软件 → 軟體)
        HongKong,      ///< s2hk: Hong Kong standard characters
    };

    [[nodiscard]] static QString variantCode(Variant variant); ///< "s2t", "s2tw", "s2twp", "s2hk"
    [[nodiscard]] static std::optional<Variant> variantFromCode(QStringView code);

    /// Loads the OpenCC configuration; fails (Storage) when its data files are missing.
    [[nodiscard]] static Result<TraditionalConverter> create(Variant variant);

    // Out of line: the OpenCC handle is only complete in the .cpp.
    TraditionalConverter(TraditionalConverter &&) noexcept;
    TraditionalConverter &operator=(TraditionalConverter &&) noexcept;
    ~TraditionalConverter();

    [[nodiscard]] Variant variant() const { return m_variant; }
    [[nodiscard]] QString convert(QStringView text) const;
    [[nodiscard]] QString convertHtml(QStringView html) const;
    [[nodiscard]] QStringList convertAll(const QStringList &texts) const;

    /// The 繁体版 of an item's content: every text a reader sees (title, summary, body, names, keywords, attachment
    /// and feature section titles, disclosure publisher, 文号, abstract, reason) is converted; identity, workflow,
    /// dates, codes and the disclosure vocabularies (genre, mode, … — data compared against fixed lists) are not.
    [[nodiscard]] domain::Item convertItem(domain::Item item) const;

private:
    struct Handle;
    TraditionalConverter(Variant variant, std::unique_ptr<Handle> handle);

    Variant m_variant;
    std::unique_ptr<Handle> m_handle;
};

} // namespace pd::checks
