#include "phonepresets.h"

namespace soip {

const QList<PhonePresets::Phone> &PhonePresets::all()
{
    // Width = the screen's pixels across / (density in dpi / 160), rounded. The default preview
    // (393 dp at 2.75) is the Redmi 12 5G, the first of these the golden images were drawn for.
    static const QList<Phone> phones = {
        {QStringLiteral("redmi-13c"), QStringLiteral("Redmi 13C / POCO C65"), 360, 2.0},
        {QStringLiteral("redmi-12-5g"), QStringLiteral("Redmi 12 5G"), 393, 2.75},
        {QStringLiteral("redmi-note-13"), QStringLiteral("Redmi Note 13 5G"), 360, 3.0},
        {QStringLiteral("redmi-note-13-pro"), QStringLiteral("Redmi Note 13 Pro 5G / POCO X6 5G"), 361, 3.375},
    };
    return phones;
}

PhonePresets::Phone PhonePresets::find(const QString &id)
{
    const QString wanted = id.trimmed();
    for (const Phone &phone : all()) {
        if (phone.id.compare(wanted, Qt::CaseInsensitive) == 0)
            return phone;
    }
    bool ok = false;
    const int width = wanted.toInt(&ok);
    if (ok && width >= PreviewOptions::kMinWidthDp && width <= PreviewOptions::kMaxWidthDp)
        return {wanted, QStringLiteral("%1 dp").arg(width), width, PreviewOptions().density};
    return {};
}

QList<PhonePresets::Phone> PhonePresets::parseList(const QString &list, QString *bad)
{
    QList<Phone> phones;
    for (const QString &id : list.split(u',')) {
        const Phone phone = find(id);
        if (phone.widthDp == 0) {
            if (bad)
                *bad = id.trimmed();
            return {};
        }
        phones.append(phone);
    }
    return phones;
}

QStringList PhonePresets::ids()
{
    QStringList ids;
    for (const Phone &phone : all())
        ids.append(phone.id);
    return ids;
}

PreviewOptions PhonePresets::on(const Phone &phone, PreviewOptions options)
{
    options.widthDp = phone.widthDp;
    options.density = phone.density;
    return options;
}

} // namespace soip
