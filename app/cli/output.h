// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "json/jsonvalue.h"
#include "util/result.h"

#include <QDateTime>
#include <QStringList>

namespace statelens::cli {

/// Prints a JSON document (ordered, 2-space indent) to stdout.
void printJson(const json::JsonValue& v);
/// Prints text to stdout (a newline is added).
void printLine(const QString& line);
/// Prints rows as aligned columns; the first row is the header.
void printTable(const QList<QStringList>& rows);
/// Prints one error line to stderr ("statelens-cli: file:line:col: message") and returns `code`.
int fail(const Error& e, int code);
int usage(const QString& message);

json::JsonValue str(const QString& s);
json::JsonValue num(qint64 n);
json::JsonValue timeValue(const QDateTime& t);

} // namespace statelens::cli
