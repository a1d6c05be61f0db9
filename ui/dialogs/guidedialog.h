#pragma once

#include <QDialog>

class QTextBrowser;

namespace soip {

// Help → Guide: the first minute explained, in the interface's language. How a message is put
// together, what the red and yellow marks mean, how to try it without sending anything.
class GuideDialog final : public QDialog {
    Q_OBJECT

public:
    explicit GuideDialog(QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }
    static QString guideHtml();

private:
    QTextBrowser *m_browser = nullptr;
};

} // namespace soip
