#pragma once
#include <QHash>
#include <QString>
#include <QStringList>

class QFormLayout;
class QLabel;
class QWidget;

namespace pd::ui {

/// The rows of a metadata form: each field with its inline error label underneath, keyed by the API's field name.
class FieldErrorRows
{
public:
    explicit FieldErrorRows(QWidget *owner);

    [[nodiscard]] QFormLayout *form() const { return m_form; }
    /// Adds `field` under `label`, with an error label (hidden until it has a message) for `key`.
    void addRow(const QString &label, QWidget *field, const QString &key);
    [[nodiscard]] bool has(const QString &key) const { return m_labels.contains(key); }
    /// Shows the messages of each key under its field; fields without messages are cleared.
    void show(const QHash<QString, QStringList> &messages);

private:
    QWidget *m_owner;
    QFormLayout *m_form;
    QHash<QString, QLabel *> m_labels;
};

} // namespace pd::ui
