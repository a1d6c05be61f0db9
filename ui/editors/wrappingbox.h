#pragma once

#include <QWidget>

namespace soip {

// A form row's widget holding wrapped text, as high as its lines are at the width it has. A plain
// QWidget hints the height its layout needs at the layout's preferred width, which for rich text
// QLabel picks narrow (169 px for two warnings); QFormLayout never makes a row lower than that
// hint, so the media's warnings stood over three blank lines.
class WrappingBox final : public QWidget {
    Q_OBJECT

public:
    explicit WrappingBox(QWidget *parent = nullptr);

    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
};

} // namespace soip
