#pragma once

#include <QDialog>

namespace soip {

// Help → About: the version of the app and of Qt (the one it was built with and the one it runs on),
// the project's home page, and the licences of the parts it ships with.
class AboutDialog final : public QDialog {
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The text of the version line, also used by tests: "Version 0.1.0".
    static QString versionText();
    // "Built with Qt 6.4.2, running on Qt 6.4.2".
    static QString qtVersionText();

private:
    QString licencesHtml() const;
};

} // namespace soip
