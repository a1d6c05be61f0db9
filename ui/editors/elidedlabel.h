#pragma once

#include <QLabel>

namespace soip {

// A one-line label that shows as much of its text as fits and ends it with "…"; the whole text is
// its tooltip and accessible description. For a line whose length changes under the person's
// pointer (the row picker's "Spreadsheet row 5 · … layout: …"): wrapping it would push what is
// below it down and up as they step through rows.
class ElidedLabel final : public QLabel {
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    const QString &fullText() const { return m_full; }

    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void elide();

    QString m_full;
};

} // namespace soip
