#pragma once
#include "ui/widgets/FieldErrorRows.h"
#include "app/domain/DisclosureMeta.h"
#include "app/domain/Error.h"
#include "app/domain/TopicCategoryCatalog.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace pd::ui {

/// The 政府信息公开 metadata form: every field of a disclosure item with pickers for the closed lists and the
/// topic-category tree, validated as the user types (messages from DisclosureMeta::validate, in Chinese under zh_CN).
class DisclosureForm : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DisclosureForm)

public:
    explicit DisclosureForm(QWidget *parent = nullptr);

    void setMeta(const domain::DisclosureMeta &meta);
    /// Offers the site's own topic categories after the national ones and judges the chosen one against them.
    void setSiteCategories(const QList<domain::TopicCategory> &categories);
    [[nodiscard]] domain::DisclosureMeta meta() const;
    /// Problems of the current values (validate() of the metadata).
    [[nodiscard]] QList<FieldError> problems() const;
    /// Shows the message of every problem, also under fields the user has not touched yet (on save).
    void showAllProblems();
    /// Shows server-side field errors (keys with or without the "disclosure." prefix).
    void showErrors(const QList<FieldError> &errors);
    /// The editing widget of each field, keyed as findings and item errors name it ("disclosure.abstract", …).
    [[nodiscard]] QHash<QString, QWidget *> fieldEditors() const;

Q_SIGNALS:
    void changed();

private:
    void buildRows();
    void connectFields();
    void fieldEdited(const QString &key);
    void refreshMessages();
    QComboBox *choiceCombo(const QString &name, const QStringList &values, bool optional);
    void fillTopics();

    FieldErrorRows m_rows;
    domain::TopicCategoryCatalog m_catalog;
    QLineEdit *m_indexNo = nullptr;
    QLineEdit *m_publisher = nullptr;
    QLineEdit *m_docNo = nullptr;
    QDateEdit *m_writtenDate = nullptr;
    QComboBox *m_topic = nullptr;
    QComboBox *m_genre = nullptr;
    QComboBox *m_audience = nullptr;
    QComboBox *m_mode = nullptr;
    QLineEdit *m_modeReason = nullptr;
    QComboBox *m_term = nullptr;
    QComboBox *m_scope = nullptr;
    QComboBox *m_validity = nullptr;
    QLineEdit *m_keywords = nullptr;
    QPlainTextEdit *m_abstract = nullptr;
    QLabel *m_abstractCount = nullptr;
    QSet<QString> m_touched;
    QList<FieldError> m_serverErrors;
    bool m_showAll = false;
    bool m_loading = false;
};

} // namespace pd::ui
