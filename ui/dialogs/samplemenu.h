#pragma once

#include "model/message.h"

#include <QMenu>

namespace soip {

// File → New from sample: ready-made messages to start from instead of a blank card. Realistic
// cards in English and Hindi (an order on its way, a festive offer: everything filled in but the
// recipients and the sender) and the API's own examples as the vendor publishes them. The
// samples are embedded (resources/samples); sampleChosen() hands one over as a new, unsaved draft.
class SampleMenu final : public QMenu {
    Q_OBJECT

public:
    explicit SampleMenu(QWidget *parent = nullptr);

    struct Sample {
        QString name; // file name under :/soip/samples
        QString title;
    };
    static QList<Sample> samples();
    // The sample's message; an empty Message if it cannot be read (never for the embedded ones).
    static Message load(const QString &name);

signals:
    void sampleChosen(const soip::Message &message);
};

} // namespace soip
