// pd_bench_interview: the public question endpoint of an online interview (POST /public/live/{event}/questions)
// with its checks on — rate limit, length, the site's sensitive-word rules, stored pending, announced to the
// director — under many netizens at once: requests/s over a few seconds (target ≥ 2,000). Each simulated netizen
// has its own loopback address (127.1.x.y) and sends the 5 questions a minute it is allowed over one keep-alive
// connection, so what is measured is the endpoint, not the rate limit refusing.
#include "tests/bench/common/BenchOptions.h"
#include "tests/bench/common/BenchPortald.h"
#include "tests/bench/common/FigureOutput.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using pd::bench::FigureOutput;

namespace {

constexpr int kPerNetizen = 5; // portald's allowance per address and minute

const QStringList kQuestions{
    u"企业开办还能再压缩时间吗？"_s, u"工程建设项目审批还要跑几个部门？"_s, u"小微企业贷款有没有贴息？"_s,
    u"政府采购对本地中小企业有倾斜吗？"_s, u"拖欠企业账款的问题怎么解决？"_s, u"园区用电价格能否下调？"_s,
    u"人才落户的条件今年有没有放宽？"_s, u"政务服务能不能周末也办？"_s};

/// One netizen: a connection from its own address carrying its questions one after another (keep-alive).
class Netizen : public QObject
{
public:
    Netizen(int index, const QHostAddress &from, const QUrl &target, QByteArray path, int *answered, int *failed,
            std::function<void()> done)
        : m_index(index), m_path(std::move(path)), m_host(target.host().toLatin1() + ':' + QByteArray::number(target.port())),
          m_answered(answered), m_failed(failed), m_done(std::move(done))
    {
        m_socket.bind(from);
        connect(&m_socket, &QTcpSocket::connected, this, [this] { sendNext(); });
        connect(&m_socket, &QTcpSocket::readyRead, this, [this] { read(); });
        connect(&m_socket, &QTcpSocket::errorOccurred, this, [this] { finish(false); });
        m_socket.connectToHost(QHostAddress(target.host()), quint16(target.port()));
    }

private:
    void sendNext()
    {
        const QString &text = kQuestions.at((m_index + m_sent) % kQuestions.size());
        const QByteArray body = QJsonDocument(QJsonObject{{u"name"_s, u"网友"_s}, {u"text"_s, text}}).toJson(QJsonDocument::Compact);
        m_socket.write("POST " + m_path + " HTTP/1.1\r\nHost: " + m_host
                       + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
                       + "\r\n\r\n" + body);
        ++m_sent;
    }
    void read()
    {
        m_buffer += m_socket.readAll();
        for (;;) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = m_buffer.left(end);
            qsizetype length = 0;
            for (const QByteArray &line : head.split('\n'))
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            if (m_buffer.size() < end + 4 + length)
                return;
            const bool created = head.startsWith("HTTP/1.1 201");
            if (!created)
                std::fprintf(stderr, "pd_bench_interview: %s\n", head.left(head.indexOf('\r')).constData());
            m_buffer.remove(0, end + 4 + length);
            (created ? *m_answered : *m_failed) += 1;
            if (m_sent == kPerNetizen)
                return finish(true);
            sendNext();
        }
    }
    void finish(bool)
    {
        if (m_finished)
            return;
        m_finished = true;
        m_socket.abort();
        m_done();
    }

    int m_index = 0;
    QTcpSocket m_socket;
    QByteArray m_path;
    QByteArray m_host;
    QByteArray m_buffer;
    int m_sent = 0;
    int *m_answered;
    int *m_failed;
    std::function<void()> m_done;
    bool m_finished = false;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QCommandLineOption netizensOpt(u"netizens"_s, u"Simulated netizens (one address each)."_s, u"n"_s, u"2000"_s);
    const QCommandLineOption parallelOpt(u"parallel"_s, u"Netizens asking at the same time."_s, u"n"_s, u"64"_s);
    const pd::bench::BenchOptions options(app, u"Public interview question endpoint throughput."_s,
                                          {netizensOpt, parallelOpt});
    const int netizens = std::min(options.atLeast(netizensOpt, 10), 60000);
    const int parallel = std::min(options.atLeast(parallelOpt, 1), 1000);

    pd::bench::BenchPortald portald("pd_bench_interview");
    if (!portald.start())
        return 1;
    const QUrl base = portald.baseUrl();
    const qint64 eventId = portald.newLiveEvent({{u"title"_s, u"压测访谈"_s},
                                                 {u"kind"_s, u"interview"_s},
                                                 {u"guests"_s, QJsonArray{QJsonObject{{u"name"_s, u"嘉宾"_s}}}}});
    if (eventId <= 0)
        return 1;
    const QByteArray path = "/public/live/" + QByteArray::number(eventId) + "/questions";

    int answered = 0;
    int failed = 0;
    int started = 0;
    int finished = 0;
    std::vector<std::unique_ptr<Netizen>> running;
    QElapsedTimer clock;
    std::function<void()> startOne = [&] {
        // Several netizens may finish in one turn of the event loop: start no more than were asked for.
        if (started >= netizens)
            return;
        const int n = started++;
        const QHostAddress from(u"127.1.%1.%2"_s.arg(n / 250).arg(n % 250 + 1));
        running.push_back(std::make_unique<Netizen>(n, from, base, path, &answered, &failed, [&] {
            ++finished;
            if (started < netizens)
                QTimer::singleShot(0, &app, startOne);
            else if (finished == started)
                app.quit();
        }));
    };
    clock.start();
    for (int i = 0; i < std::min(parallel, netizens); ++i)
        startOne();
    QTimer::singleShot(120'000, &app, [&] { app.exit(2); });
    const int rc = app.exec();
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    portald.process().stop();
    if (rc != 0 || failed > 0 || answered != netizens * kPerNetizen) {
        std::fprintf(stderr, "pd_bench_interview: %d of %d questions stored, %d refused (exit %d)\n", answered,
                     netizens * kPerNetizen, failed, rc);
        return 1;
    }
    FigureOutput::write(u"interview.questions.rps"_s, double(answered) / seconds, u"req/s"_s, answered);
    return 0;
}
