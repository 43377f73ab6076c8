// SPDX-License-Identifier: GPL-3.0-or-later
#include "statement.h"

#include "database.h"

#include <utility>

namespace Newsroom {

Statement::Statement(QSqlQuery &&query, const Database *lender)
    : QSqlQuery(std::move(query))
    , m_lender(lender)
{
}

Statement::Statement(Statement &&other) noexcept
    : QSqlQuery(std::move(static_cast<QSqlQuery &>(other)))
    , m_lender(std::exchange(other.m_lender, nullptr))
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        giveBack();
        QSqlQuery::operator=(std::move(static_cast<QSqlQuery &>(other)));
        m_lender = std::exchange(other.m_lender, nullptr);
    }
    return *this;
}

Statement::~Statement()
{
    giveBack();
}

void Statement::giveBack()
{
    if (const Database *lender = std::exchange(m_lender, nullptr))
        lender->takeBack(std::move(static_cast<QSqlQuery &>(*this)));
}

} // namespace Newsroom
