#pragma once
#include "app/checks/Rule.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTreeView;

namespace pd::checks {
class FindingsModel;
class RuleAdmin;
class RuleListModel;
} // namespace pd::checks

namespace pd::ui {

/// The admin's editor of a site's check rules (Tools → Check rules…): the rule list with a filter; a form
/// to write a rule, test it against sample text (the findings it would give, computed locally) and add it, or save
/// it over the selected rule; enable/disable and delete the selected rule; the allow-list, one phrase per line.
/// All work happens in checks::RuleAdmin; the dialog shows its state and forwards clicks.
class CheckRulesDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckRulesDialog)

public:
    /// `admin` is not owned; the dialog reloads it when shown.
    explicit CheckRulesDialog(checks::RuleAdmin &admin, QWidget *parent = nullptr);
    ~CheckRulesDialog() override;

    [[nodiscard]] checks::RuleListModel *ruleModel() const { return m_rules; }
    [[nodiscard]] checks::FindingsModel *testModel() const { return m_testFindings; }
    /// The rule the form describes.
    [[nodiscard]] checks::Rule formRule() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    // The constructor's three steps: the widgets themselves, their layout (which makes the dialog's buttons), and
    // the signals between them and the rule admin.
    void setUpWidgets();
    QDialogButtonBox *layOut();
    void connectSignals(QDialogButtonBox *buttons);
    void rulesChanged();
    void selectionChanged();
    void testRule();
    void addRule();
    void saveRule();
    void toggleEnabled();
    void deleteRule();
    void saveAllowList();
    void updateButtons();
    [[nodiscard]] int selectedRow() const;

    checks::RuleAdmin &m_admin;
    checks::RuleListModel *m_rules;
    checks::FindingsModel *m_testFindings;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_table;
    QPushButton *m_toggle;
    QPushButton *m_delete;
    QLineEdit *m_pattern;
    QComboBox *m_kind;
    QComboBox *m_severity;
    QLineEdit *m_suggestion;
    QLineEdit *m_note;
    QPlainTextEdit *m_sample;
    QPushButton *m_test;
    QPushButton *m_add;
    QPushButton *m_save;
    QTreeView *m_testView;
    QLabel *m_testSummary;
    QPlainTextEdit *m_allow;
    QPushButton *m_saveAllow;
    QLabel *m_status;
    QString m_selectAfterReload; ///< the rule to select once the list has reloaded
};

} // namespace pd::ui
