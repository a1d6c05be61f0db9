#include "mainwindow.h"

#include "composer/composerdocument.h"

#include <QApplication>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>

namespace soip {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new ComposerDocument(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    auto *placeholder = new QLabel(tr("The composer appears here."), this);
    placeholder->setObjectName(QStringLiteral("composerArea"));
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    createMenus();
    connect(m_document, &ComposerDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ComposerDocument::modifiedChanged, this, &MainWindow::updateTitle);
    updateTitle();
    resize(1280, 760);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
}

void MainWindow::updateTitle()
{
    const QString name = m_document->filePath().isEmpty() ? tr("Untitled")
                                                          : QFileInfo(m_document->filePath()).fileName();
    setWindowTitle(tr("SOIP Composer — %1[*]").arg(name));
    setWindowModified(m_document->isModified());
}

} // namespace soip
