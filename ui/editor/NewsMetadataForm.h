#pragma once
#include "ui/widgets/FieldErrorRows.h"
#include "app/domain/Error.h"
#include "app/domain/Item.h"
#include "app/editing/ColumnChoiceModel.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace pd::ui {

class ColumnChooser;

/// The fields every item has (标题, 副标题, 来源, 作者, 责任编辑, 关键词, 摘要, 栏目), with messages under each field.
class NewsMetadataForm : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewsMetadataForm)

public:
    explicit NewsMetadataForm(QWidget *parent = nullptr);

    /// The group's sites and columns the 栏目 field offers (fed by the editor window: columns, the item, sites).
    [[nodiscard]] editing::ColumnChoiceModel &columnChoices() { return m_columnChoices; }
    /// The 栏目 field.
    [[nodiscard]] ColumnChooser *columnChooser() const { return m_column; }
    void setItem(const domain::Item &item);
    /// Writes the form's values into `item`; a column chosen on another site moves a new item there (siteId).
    void applyTo(domain::Item &item) const;
    /// Shows the messages of `errors` under their fields (fields not in the list are cleared).
    void showErrors(const QList<FieldError> &errors);
    /// The editing widget of each field, keyed by the item's field name (title, summary, …).
    [[nodiscard]] QHash<QString, QWidget *> fieldEditors() const;

Q_SIGNALS:
    void changed();

private:
    editing::ColumnChoiceModel m_columnChoices;
    FieldErrorRows m_rows;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_subtitle = nullptr;
    ColumnChooser *m_column = nullptr;
    QLineEdit *m_source = nullptr;
    QLineEdit *m_author = nullptr;
    QLineEdit *m_responsibleEditor = nullptr;
    QLineEdit *m_keywords = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    bool m_loading = false;
};

} // namespace pd::ui
