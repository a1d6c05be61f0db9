#pragma once

#include <QMainWindow>

namespace soip {

class ComposerDocument;

class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

private:
    void createMenus();
    void updateTitle();

    ComposerDocument *m_document = nullptr;
};

} // namespace soip
