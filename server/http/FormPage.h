#pragma once
#include "app/domain/Error.h"
#include "server/http/ApiResponse.h"

#include <QStringList>

namespace pd::server {

/// The answer to a public page's plain HTML form (readers without JavaScript): a small zh-CN page that says what
/// happened and leads back to the page the form was on, with the status the JSON answer would have had.
class FormPage
{
public:
    /// `back` is the page to return to, `backLabel` the link's text (返回直播页面, 返回访谈页面).
    FormPage(QString back, QString backLabel) : m_back(std::move(back)), m_backLabel(std::move(backLabel)) {}

    [[nodiscard]] ApiResponse page(int status, const QString &title, const QStringList &lines) const;
    /// The refusal under `title`: the error's message, then each field's own message, and `Retry-After` when the
    /// error carries one.
    [[nodiscard]] ApiResponse refusal(const QString &title, const Error &error) const;

private:
    QString m_back;
    QString m_backLabel;
};

} // namespace pd::server
