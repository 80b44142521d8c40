#pragma once
#include "app/domain/Error.h"
#include "app/domain/ItemFeature.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace pd::ui {

/// The 专题 fields: slug, end date and the ordered sections (子栏目), each an ordered list of referenced items;
/// sections and items are reordered by drag and drop (items may move between sections).
class FeatureForm : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeatureForm)

public:
    explicit FeatureForm(QWidget *parent = nullptr);

    void setFeature(const domain::ItemFeature &feature);
    [[nodiscard]] domain::ItemFeature feature() const;
    /// Titles of referenced items, for display (ids without a title are shown by number).
    void setItemTitles(const QHash<qint64, QString> &titles);
    void showErrors(const QList<FieldError> &errors);
    [[nodiscard]] QTreeWidget *sectionTree() const { return m_tree; }

    /// Moves the item at `from` to `to` within section `section` (what a drag does).
    void moveItem(int section, int from, int to);

Q_SIGNALS:
    void changed();

private:
    void rebuild(const domain::ItemFeature &feature);
    void normalise();
    void addSection();
    void addItem();
    void removeSelected();

    QLineEdit *m_slug = nullptr;
    QCheckBox *m_hasEnd = nullptr;
    QDateTimeEdit *m_endsAt = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLineEdit *m_itemId = nullptr;
    QLabel *m_error = nullptr;
    qint64 m_bannerMediaId = 0;
    QHash<qint64, QString> m_titles;
    bool m_loading = false;
};

} // namespace pd::ui
