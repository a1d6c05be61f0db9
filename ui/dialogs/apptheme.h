#pragma once

#include <QObject>
#include <QPalette>

class QMenu;
class QStyle;
class QWidget;

namespace soip {

// The whole app's light or dark look, chosen by the person in View → Theme: System, Light, Dark.
// "System" keeps the style and palette the desktop gave the app at start-up (Qt 6.4 tells a dark
// desktop only through that palette); Light and Dark use Fusion with the palettes below. The
// choice is remembered across starts. darkChanged() lets the phone preview follow the app.
class AppTheme final : public QObject {
    Q_OBJECT

public:
    enum class Choice { System, Light, Dark };

    // Reads the stored choice and applies it. Make it once, before the main window.
    explicit AppTheme(QObject *parent = nullptr);

    Choice choice() const { return m_choice; }
    void setChoice(Choice choice);
    // Whether what is on screen now is dark (System follows the desktop's palette).
    bool isDark() const;

    // View → Theme, with the current choice checked.
    QMenu *createMenu(QWidget *parent);

    static QPalette darkPalette();
    static bool isDark(const QPalette &palette);

    // WCAG AA for body text, and the contrast ratio of two colours as WCAG 2 defines it.
    static constexpr double kMinContrast = 4.5;
    static double contrast(const QColor &a, const QColor &b);
    // `palette` with its placeholder colour (the hints under the fields) readable: at least
    // kMinContrast on the window and on the fields.
    static QPalette withReadableHints(QPalette palette);

signals:
    void darkChanged(bool dark);

private:
    void apply();

    Choice m_choice = Choice::System;
    QString m_systemStyle;
    QPalette m_systemPalette;
};

} // namespace soip
