#pragma once
#include <QObject>
#include <QTimer>
#include <chrono>

namespace pd::server {

class EventHub;
class StreamSubscriber;
class TokenService;
class UserRepository;

/// Keeps the desk event stream in step with what the REST API would allow now: a stream closes with a reason the
/// client shows as soon as its session is signed out (TokenService tells at once), its access token expires (a
/// timer set to that moment), or its account is disabled or loses or gains roles. Those last changes may come from
/// another process (the `portald` CLI, another instance, an administrator in the database), so the few desk streams
/// are also looked at again every `sweep` — one token and one user lookup each.
class StreamRevocation : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamRevocation)

public:
    StreamRevocation(EventHub &hub, TokenService &tokens, UserRepository &users,
                     std::chrono::milliseconds sweep = std::chrono::milliseconds(400), QObject *parent = nullptr);

    /// Looks at every open desk stream now.
    void checkAll();

private:
    void watch(StreamSubscriber *subscriber);
    /// Closes the stream when its session or access no longer holds; answers whether it is still open.
    bool check(StreamSubscriber *subscriber);

    EventHub &m_hub;
    TokenService &m_tokens;
    UserRepository &m_users;
    QTimer m_sweep;
};

} // namespace pd::server
