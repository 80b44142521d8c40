#pragma once
#include <QString>
#include <QUrl>

namespace pd::domain {

/// Where the live broadcast's resources are in the portal API (docs/api/openapi.yaml), in one place for every
/// client of it: the application's LiveClient, the live desk plugin (whose outbox entries store paths) and scripts.
class LiveApiPaths
{
public:
    [[nodiscard]] static QString events() { return QStringLiteral("/api/v1/live/events"); }
    [[nodiscard]] static QString events(qint64 siteId) { return events() + QStringLiteral("?site=%1").arg(siteId); }
    [[nodiscard]] static QString event(qint64 eventId) { return events() + QStringLiteral("/%1").arg(eventId); }
    [[nodiscard]] static QString eventTransitions(qint64 eventId) { return event(eventId) + QStringLiteral("/transitions"); }
    [[nodiscard]] static QString posts(qint64 eventId) { return event(eventId) + QStringLiteral("/posts"); }
    /// One page of posts after `after` (seq).
    [[nodiscard]] static QString posts(qint64 eventId, qint64 after, int limit)
    {
        return posts(eventId) + QStringLiteral("?after=%1&limit=%2").arg(after).arg(limit);
    }
    /// The site's live reporters and moderators, for the teams of its sub-forums.
    [[nodiscard]] static QString staff(qint64 siteId) { return QStringLiteral("/api/v1/live/staff?site=%1").arg(siteId); }
    [[nodiscard]] static QString stats(qint64 eventId) { return event(eventId) + QStringLiteral("/stats"); }
    /// One page of an event's comments for the moderators, newest first: of one `state` (empty: all), matching
    /// `search` (empty: all), after `cursor` (the previous page's nextCursor; empty: the first page).
    [[nodiscard]] static QString comments(qint64 eventId, const QString &state, const QString &search = {},
                                          const QString &cursor = {}, int limit = 50)
    {
        QString path = event(eventId) + QStringLiteral("/comments?limit=%1").arg(limit);
        if (!state.isEmpty())
            path += QStringLiteral("&state=") + state;
        if (!search.isEmpty())
            path += QStringLiteral("&q=") + QString::fromLatin1(QUrl::toPercentEncoding(search));
        if (!cursor.isEmpty())
            path += QStringLiteral("&cursor=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
        return path;
    }
    [[nodiscard]] static QString post(qint64 postId) { return QStringLiteral("/api/v1/live/posts/%1").arg(postId); }
    [[nodiscard]] static QString postTransitions(qint64 postId) { return post(postId) + QStringLiteral("/transitions"); }
    [[nodiscard]] static QString commentTransitions(qint64 commentId)
    {
        return QStringLiteral("/api/v1/live/comments/%1/transitions").arg(commentId);
    }
    // Online interviews (在线访谈): netizen questions, their screening, the host's queue, answers, the transcript.
    [[nodiscard]] static QString questions(qint64 eventId) { return event(eventId) + QStringLiteral("/questions"); }
    /// The questions in one state (pending, accepted, queued, asked, answered, declined, merged); all for an empty state.
    [[nodiscard]] static QString questions(qint64 eventId, const QString &state)
    {
        return state.isEmpty() ? questions(eventId) : questions(eventId) + QStringLiteral("?state=%1").arg(state);
    }
    [[nodiscard]] static QString question(qint64 questionId)
    {
        return QStringLiteral("/api/v1/live/questions/%1").arg(questionId);
    }
    [[nodiscard]] static QString questionTransitions(qint64 questionId)
    {
        return question(questionId) + QStringLiteral("/transitions");
    }
    [[nodiscard]] static QString questionAnswers(qint64 questionId) { return question(questionId) + QStringLiteral("/answers"); }
    /// A sent answer: PATCH corrects it (If-Match on the answer's revision), or fixes one the review sent back.
    [[nodiscard]] static QString answer(qint64 answerId) { return QStringLiteral("/api/v1/live/answers/%1").arg(answerId); }
    /// approve or reject what waits on an answer: the answer itself in a reviewed interview, or its correction.
    [[nodiscard]] static QString answerTransitions(qint64 answerId) { return answer(answerId) + QStringLiteral("/transitions"); }
    /// The host's queue order: PUT `{"questions": [id, …]}` (the queued questions, in the order they are to be asked).
    [[nodiscard]] static QString questionQueue(qint64 eventId) { return event(eventId) + QStringLiteral("/queue"); }
    /// POST after the end builds the 实录 transcript as a draft item.
    [[nodiscard]] static QString transcript(qint64 eventId) { return event(eventId) + QStringLiteral("/transcript"); }
    /// Where netizens submit questions and read the answered ones (no sign-in).
    [[nodiscard]] static QString publicQuestions(qint64 eventId)
    {
        return QStringLiteral("/public/live/%1/questions").arg(eventId);
    }
    /// The post a path of post() or postTransitions() names; 0 for any other path.
    [[nodiscard]] static qint64 postOf(const QString &path)
    {
        const QString prefix = QStringLiteral("/api/v1/live/posts/");
        if (!path.startsWith(prefix))
            return 0;
        const QString rest = path.mid(prefix.size());
        const qsizetype slash = rest.indexOf(u'/');
        bool ok = false;
        const qint64 id = rest.left(slash < 0 ? rest.size() : slash).toLongLong(&ok);
        return ok ? id : 0;
    }
    /// Whether a path creates a post (posts(eventId)).
    [[nodiscard]] static bool isPostsOfEvent(const QString &path)
    {
        return path.startsWith(events() + u'/') && path.endsWith(QStringLiteral("/posts"));
    }
};

} // namespace pd::domain
