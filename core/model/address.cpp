// SPDX-License-Identifier: GPL-3.0-or-later
#include "address.h"

#include "model/snapshot.h"

#include <QCoreApplication>

namespace statelens {

Result<Address> Address::parse(const QString& text)
{
    const QStringList parts = text.split(u'/');
    if (parts.isEmpty() || parts.first().isEmpty())
        return Error { Error::Kind::Usage,
                       QCoreApplication::translate("Address", "an address is NAMESPACE/KEY[/POINTER…], got '%1'").arg(text) };
    Address a;
    a.ns = json::Pointer::unescape(parts.value(0));
    a.key = json::Pointer::unescape(parts.value(1));
    QStringList rest = parts.mid(2);
    for (QString& t : rest)
        t = json::Pointer::unescape(t);
    a.pointer = json::Pointer(rest);
    return a;
}

QString Address::toString() const
{
    QString s = json::Pointer::escape(ns);
    if (!key.isEmpty() || !pointer.isRoot())
        s += u'/' + json::Pointer::escape(key);
    return s + pointer.toString();
}

Result<ValueRef> resolveAddress(const Snapshot& s, const Address& a)
{
    ValueRef base;
    if (a.ns == QLatin1String("@tasks") || a.ns == QLatin1String("@reports") || a.ns == QLatin1String("@sessions")) {
        auto find = [&](const auto& list) {
            for (const auto& item : list)
                if (item.id == a.key)
                    return item.value;
            return ValueRef();
        };
        base = a.ns == QLatin1String("@tasks") ? find(s.tasks) : a.ns == QLatin1String("@reports") ? find(s.reports) : find(s.sessions);
        if (!base.isValid())
            return Error::notFound(QCoreApplication::translate("Address", "no %1 entry '%2'").arg(a.ns.mid(1), a.key), s.info.path);
    } else {
        const Namespace* ns = s.findNamespace(a.ns);
        if (!ns)
            return Error::notFound(QCoreApplication::translate("Address", "no namespace '%1'").arg(a.ns), s.info.path);
        const std::optional<Entry> e = s.findEntry(a.ns, a.key);
        if (!e)
            return Error::notFound(QCoreApplication::translate("Address", "no key '%1' in namespace '%2'").arg(a.key, a.ns),
                                   s.namespaceFiles.value(a.ns, s.info.path));
        base = e->value;
    }
    if (a.pointer.isRoot())
        return base;
    if (!base.document())
        return Error::notFound(QCoreApplication::translate("Address", "%1 has no value").arg(a.toString()));
    const quint32 n = base.document()->resolve(a.pointer, base.node());
    if (n == json::Document::npos)
        return Error::notFound(QCoreApplication::translate("Address", "no value at %1").arg(a.toString()));
    return ValueRef::sharing(base, n);
}

} // namespace statelens
