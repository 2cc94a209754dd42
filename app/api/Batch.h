#pragma once

#include "api/ApiCall.h"
#include "api/DeskproJson.h"

#include <QJsonObject>
#include <QString>

#include <map>

// Several calls in one POST /batch (requests → responses, each with its own status). Calls
// are added as ApiCall<T> and read back through the key add() gave, into the same typed result
// the call would have given alone.
class Batch
{
public:
    template <typename T>
    struct Key
    {
        QString name;
        std::function<ApiResult<T>(const ApiEnvelope &)> read;
    };

    // The answers, by key.
    class Results
    {
    public:
        Results() = default;
        explicit Results(std::map<QString, ApiResult<ApiEnvelope>> answers) : m_answers(std::move(answers)) {}

        template <typename T>
        ApiResult<T> get(const Key<T> &key) const
        {
            const auto it = m_answers.find(key.name);
            if (it == m_answers.end())
                return DeskproJson::malformed(
                    QStringLiteral("no answer for batch request \"%1\"").arg(key.name));
            if (!it->second)
                return it->second.error();
            return key.read(it->second.value());
        }
        qsizetype size() const { return qsizetype(m_answers.size()); }

    private:
        std::map<QString, ApiResult<ApiEnvelope>> m_answers;
    };

    template <typename T>
    Key<T> add(const ApiCall<T> &call)
    {
        const QString name = QStringLiteral("r%1").arg(m_requests.size() + 1);
        addRequest(name, call.request);
        return Key<T>{name, call.read};
    }

    qsizetype size() const { return m_requests.size(); }
    bool isEmpty() const { return m_requests.isEmpty(); }
    // Only reads: then the whole batch may be sent again after a failure.
    bool isRepeatable() const { return m_repeatable; }

    // The POST /batch request.
    HelpdeskRequest request() const;

private:
    void addRequest(const QString &name, const HelpdeskRequest &request);

    QJsonObject m_requests;
    bool m_repeatable = true;
};
