#include "samplemenu.h"

#include "json/messagecodec.h"

#include <QAction>

namespace soip {

SampleMenu::SampleMenu(QWidget *parent)
    : QMenu(tr("New from &sample"), parent)
{
    setObjectName(QStringLiteral("sampleMenu"));
    QString group;
    const QList<Sample> all = samples();
    for (const Sample &sample : all) {
        // The API's examples after a separator: they carry its placeholder numbers and IDs.
        if (sample.name.startsWith(QLatin1String("vendor-")) && group != QLatin1String("vendor")) {
            addSeparator();
            group = QStringLiteral("vendor");
        }
        QAction *action = addAction(sample.title);
        action->setObjectName(QStringLiteral("sample_") + sample.name.section(u'.', 0, 0));
        connect(action, &QAction::triggered, this, [this, name = sample.name] { emit sampleChosen(load(name)); });
    }
}

QList<SampleMenu::Sample> SampleMenu::samples()
{
    return {
        {QStringLiteral("order-shipped-en.json"), tr("Order on its way (call-to-action card, English)")},
        {QStringLiteral("order-shipped-hi.json"), tr("Order on its way (call-to-action card, Hindi)")},
        {QStringLiteral("festive-offer-en.json"), tr("Festive offer with a picture (rich media card, English)")},
        {QStringLiteral("festive-offer-hi.json"), tr("Festive offer with a picture (rich media card, Hindi)")},
        {QStringLiteral("vendor-txt.json"), tr("The API's text message example")},
        {QStringLiteral("vendor-rmc-image.json"), tr("The API's rich media card example, with a picture")},
        {QStringLiteral("vendor-rmc-video.json"), tr("The API's rich media card example, with a video")},
        {QStringLiteral("vendor-cta.json"), tr("The API's call-to-action card example")},
    };
}

Message SampleMenu::load(const QString &name)
{
    const ReadResult read = MessageCodec::readFile(QStringLiteral(":/soip/samples/") + name);
    return read.readable ? read.message : Message();
}

} // namespace soip
