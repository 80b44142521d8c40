#include "app/store/OutboxEntry.h"

#include "app/domain/WorkflowAction.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pd::store {

QString OutboxEntry::describe() const
{
    static const QRegularExpression itemPath(u"^/api/v1/items/([^/]+)(/transitions)?$"_s);
    const QString title = body.value(u"title").toString();
    const QRegularExpressionMatch m = itemPath.match(path);
    // An item created offline has no number yet; its later changes name it {id}.
    QString which;
    if (!title.isEmpty())
        which = u"“%1”"_s.arg(title);
    else if (m.hasMatch() && m.captured(1) != u"{id}")
        which = QCoreApplication::translate("pd::store::OutboxEntry", "item %1").arg(m.captured(1));
    else
        which = QCoreApplication::translate("pd::store::OutboxEntry", "the new item");
    QString line;
    if (verb == "POST" && path == u"/api/v1/items")
        line = QCoreApplication::translate("pd::store::OutboxEntry", "Create %1").arg(which);
    else if (m.hasMatch() && !m.captured(2).isEmpty()) {
        const auto action = domain::workflowActionFromCode(body.value(u"action").toString());
        line = u"%1 (%2)"_s.arg(action ? domain::workflowActionDisplayName(*action) : body.value(u"action").toString(),
                                which);
    } else if (m.hasMatch() && (verb == "PUT" || verb == "PATCH"))
        line = QCoreApplication::translate("pd::store::OutboxEntry", "Save %1").arg(which);
    else
        line = u"%1 %2"_s.arg(QString::fromLatin1(verb), path);
    if (state == State::NeedsAttention)
        line = QCoreApplication::translate("pd::store::OutboxEntry", "%1 — needs attention: %2")
                   .arg(line, lastError);
    return line;
}

QString OutboxEntry::stateCode(State state)
{
    switch (state) {
    case State::Queued: return u"queued"_s;
    case State::Sending: return u"sending"_s;
    case State::Sent: return u"sent"_s;
    case State::NeedsAttention: return u"attention"_s;
    }
    return u"queued"_s;
}

OutboxEntry::State OutboxEntry::stateFromCode(QStringView code)
{
    if (code == u"sending")
        return State::Sending;
    if (code == u"sent")
        return State::Sent;
    if (code == u"attention")
        return State::NeedsAttention;
    return State::Queued;
}

} // namespace pd::store
