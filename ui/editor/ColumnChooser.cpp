#include "ui/editor/ColumnChooser.h"

#include "app/editing/ColumnChoiceModel.h"

#include <QApplication>
#include <QFrame>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QStyleOptionComboBox>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pd::ui {

ColumnChooser::ColumnChooser(editing::ColumnChoiceModel &model, QWidget *parent)
    : QComboBox(parent)
    , m_model(model)
{
    setObjectName(u"columnChooser"_s);
    setAccessibleName(tr("Column"));
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(16);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_filter.setSourceModel(&m_model);

    m_popup = new QFrame(this, Qt::Popup);
    m_popup->setObjectName(u"columnChooserPopup"_s);
    m_popup->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(m_popup);
    layout->setContentsMargins(4, 4, 4, 4);
    m_filterEdit = new QLineEdit(m_popup);
    m_filterEdit->setObjectName(u"columnFilter"_s);
    m_filterEdit->setAccessibleName(tr("Filter columns"));
    m_filterEdit->setPlaceholderText(tr("Type any part of the path, e.g. 教育 通知"));
    m_filterEdit->setClearButtonEnabled(true);
    layout->addWidget(m_filterEdit);
    m_tree = new QTreeView(m_popup);
    m_tree->setObjectName(u"columnChooserTree"_s);
    m_tree->setAccessibleName(tr("Sites and columns"));
    m_tree->setModel(&m_filter);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setExpandsOnDoubleClick(false);
    m_tree->setIndentation(m_tree->fontMetrics().horizontalAdvance(u"审审"_s));
    layout->addWidget(m_tree, 1);
    m_nothing = new QLabel(tr("No column for this kind of item matches."), m_popup);
    m_nothing->setObjectName(u"columnChooserNothing"_s);
    m_nothing->setWordWrap(true);
    m_nothing->setVisible(false);
    layout->addWidget(m_nothing);
    QLabel *hint = new QLabel(tr("↑ ↓ move · Enter chooses · Esc closes; greyed entries cannot take this item."), m_popup);
    hint->setObjectName(u"columnChooserHint"_s);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);

    m_filterEdit->installEventFilter(this);
    m_tree->installEventFilter(this);
    connect(m_filterEdit, &QLineEdit::textChanged, this, &ColumnChooser::applyFilter);
    connect(m_tree, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        if (!choose(index) && m_filter.hasChildren(index))
            m_tree->setExpanded(index, !m_tree->isExpanded(index));
    });
    // A site's columns arriving (or the item's column resolved) changes what the field and an open popup show.
    connect(&m_model, &QAbstractItemModel::modelReset, this, [this] {
        updatePath();
        if (isPopupVisible())
            applyFilter(m_filterEdit->text());
    });
    updatePath();
}

void ColumnChooser::setCurrentColumn(qint64 columnId)
{
    if (columnId == m_current)
        return;
    m_current = columnId;
    updatePath();
    Q_EMIT currentColumnChanged(columnId);
}

QString ColumnChooser::currentPath() const
{
    return m_path;
}

void ColumnChooser::updatePath()
{
    m_path = m_model.path(m_current);
    if (m_path.isEmpty() && m_current > 0)
        m_path = tr("Column %1").arg(m_current);
    setToolTip(m_path.isEmpty() ? tr("Choose the column the item appears in") : m_path);
    setAccessibleDescription(m_path);
    update();
}

void ColumnChooser::initStyleOption(QStyleOptionComboBox *option) const
{
    QComboBox::initStyleOption(option);
    const QString text = m_path.isEmpty() ? tr("Choose a column…") : m_path;
    // Elided at the front: the column's own name, the part that differs, stays readable; the tooltip has it all.
    const int room = style()->subControlRect(QStyle::CC_ComboBox, option, QStyle::SC_ComboBoxEditField, this).width();
    option->currentText = fontMetrics().elidedText(text, Qt::ElideLeft, std::max(room - 4, 0));
    option->currentIcon = {};
}

void ColumnChooser::showPopup()
{
    if (isPopupVisible())
        return;
    m_filterEdit->blockSignals(true);
    m_filterEdit->clear();
    m_filterEdit->blockSignals(false);

    const QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    const QRect room = screen ? screen->availableGeometry() : QRect(0, 0, 1366, 768);
    const int width = std::min(std::max(this->width(), fontMetrics().horizontalAdvance(u"审"_s) * 30), room.width());
    const int wanted = fontMetrics().lineSpacing() * 22;
    const QPoint below = mapToGlobal(QPoint(0, height()));
    const QPoint above = mapToGlobal(QPoint(0, 0));
    const int spaceBelow = room.bottom() - below.y();
    const int spaceAbove = above.y() - room.top();
    // Below the field when it fits, else on the side with more room.
    const bool down = spaceBelow >= wanted || spaceBelow >= spaceAbove;
    const int height = std::min(wanted, std::max(down ? spaceBelow : spaceAbove, fontMetrics().lineSpacing() * 8));
    QPoint at = down ? below : QPoint(above.x(), above.y() - height);
    at.setX(std::clamp(at.x(), room.left(), std::max(room.left(), room.right() - width)));
    at.setY(std::clamp(at.y(), room.top(), std::max(room.top(), room.bottom() - height)));
    m_popup->setGeometry(QRect(at, QSize(width, height)));

    applyFilter({});
    m_popup->show();
    m_popup->raise();
    m_popup->activateWindow();
    m_filterEdit->setFocus(Qt::PopupFocusReason);
}

void ColumnChooser::hidePopup()
{
    if (!isPopupVisible())
        return;
    m_popup->hide();
    setFocus(Qt::PopupFocusReason);
}

bool ColumnChooser::isPopupVisible() const
{
    return m_popup->isVisible();
}

void ColumnChooser::applyFilter(const QString &text)
{
    m_filter.setFilterText(text);
    m_tree->expandAll();
    QModelIndex current;
    if (!m_filter.isFiltering())
        current = m_filter.mapFromSource(m_model.indexForColumn(m_current));
    if (!current.isValid())
        current = m_filter.firstChoosable();
    m_nothing->setVisible(!m_filter.firstChoosable().isValid());
    if (current.isValid()) {
        m_tree->setCurrentIndex(current);
        m_tree->scrollTo(current);
    } else {
        m_tree->selectionModel()->clear();
    }
}

bool ColumnChooser::choose(const QModelIndex &index)
{
    if (!index.isValid() || !index.data(editing::ColumnChoiceModel::ChoosableRole).toBool())
        return false;
    const qint64 id = index.data(editing::ColumnChoiceModel::ColumnIdRole).toLongLong();
    hidePopup();
    setCurrentColumn(id);
    return true;
}

bool ColumnChooser::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched != m_filterEdit && watched != m_tree) || event->type() != QEvent::KeyPress)
        return QComboBox::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    switch (key->key()) {
    case Qt::Key_Escape:
        hidePopup();
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        choose(m_tree->currentIndex());
        return true;
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        // The arrows walk the tree while the typing stays in the filter field.
        if (watched == m_filterEdit) {
            QCoreApplication::sendEvent(m_tree, event);
            return true;
        }
        break;
    default:
        // Typing in the tree goes on in the filter field.
        if (watched == m_tree && !key->text().isEmpty() && key->text().at(0).isPrint()
            && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
            m_filterEdit->setFocus(Qt::OtherFocusReason);
            QCoreApplication::sendEvent(m_filterEdit, event);
            return true;
        }
        break;
    }
    return QComboBox::eventFilter(watched, event);
}

void ColumnChooser::wheelEvent(QWheelEvent *event)
{
    // Scrolling the form must not change the column; the combo's own (empty) item list has nothing to scroll to.
    event->ignore();
}

} // namespace pd::ui
