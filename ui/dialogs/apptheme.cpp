#include "apptheme.h"

#include "settings/settings.h"

#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QStyle>
#include <QStyleFactory>

#include <algorithm>
#include <cmath>

namespace soip {

namespace {

QString nameOf(AppTheme::Choice choice)
{
    switch (choice) {
    case AppTheme::Choice::Light:
        return QStringLiteral("light");
    case AppTheme::Choice::Dark:
        return QStringLiteral("dark");
    case AppTheme::Choice::System:
        break;
    }
    return QStringLiteral("system");
}
} // namespace

AppTheme::AppTheme(QObject *parent)
    : QObject(parent)
{
    // What the desktop gave this process, before any AppTheme changed it.
    static const QString systemStyle = QApplication::style()->name();
    static const QPalette systemPalette = QApplication::palette();
    m_systemStyle = systemStyle;
    m_systemPalette = systemPalette;
    const QString stored = Settings::appTheme.value();
    for (const Choice choice : {Choice::Light, Choice::Dark}) {
        if (stored == nameOf(choice))
            m_choice = choice;
    }
    if (m_choice != Choice::System)
        apply();
}

bool AppTheme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

bool AppTheme::isDark() const
{
    return isDark(QApplication::palette());
}

void AppTheme::setChoice(Choice choice)
{
    if (choice == m_choice)
        return;
    const bool wasDark = isDark();
    m_choice = choice;
    Settings::appTheme.setValue(nameOf(choice));
    apply();
    if (isDark() != wasDark)
        emit darkChanged(isDark());
}

double AppTheme::contrast(const QColor &a, const QColor &b)
{
    // WCAG 2's relative luminance of sRGB colours, and their ratio.
    const auto luminance = [](const QColor &colour) {
        const auto channel = [](float c) {
            return c <= 0.03928f ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
               0.0722 * channel(colour.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette AppTheme::withReadableHints(QPalette palette)
{
    // The hints under the fields are drawn in the placeholder colour, which desktops and Fusion
    // make too faint to read (Fusion's is the text at half opacity: 3.8:1 on its light window). It
    // is made opaque, as it shows on the window, and moved towards the text colour until it is
    // 4.5:1 on both the window and the fields.
    const QColor window = palette.color(QPalette::Window);
    const auto mix = [](const QColor &from, const QColor &to, qreal t) {
        return QColor::fromRgbF(from.redF() + (to.redF() - from.redF()) * t,
                                from.greenF() + (to.greenF() - from.greenF()) * t,
                                from.blueF() + (to.blueF() - from.blueF()) * t);
    };
    const QColor given = palette.color(QPalette::PlaceholderText);
    const QColor shown = mix(window, given, given.alphaF());
    const QColor text = palette.color(QPalette::WindowText);
    QColor hint = shown;
    for (int step = 1; step <= 10 && (contrast(hint, window) < kMinContrast ||
                                      contrast(hint, palette.color(QPalette::Base)) < kMinContrast);
         ++step)
        hint = mix(shown, text, step / 10.0);
    if (hint != shown)
        palette.setColor(QPalette::PlaceholderText, hint);
    return palette;
}

void AppTheme::apply()
{
    if (m_choice == Choice::System) {
        QApplication::setStyle(QStyleFactory::create(m_systemStyle));
        QApplication::setPalette(withReadableHints(m_systemPalette));
        return;
    }
    // Fusion draws every control from the palette, so both looks are complete on every desktop.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(
        m_choice == Choice::Dark ? darkPalette() : withReadableHints(QApplication::style()->standardPalette()));
}

QMenu *AppTheme::createMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("&Theme"), parent);
    menu->setObjectName(QStringLiteral("themeMenu"));
    auto *group = new QActionGroup(menu);
    const std::pair<Choice, QString> entries[] = {
        {Choice::System, tr("&System")}, {Choice::Light, tr("&Light")}, {Choice::Dark, tr("&Dark")}};
    for (const auto &[choice, text] : entries) {
        QAction *action = menu->addAction(text);
        action->setObjectName(QStringLiteral("theme%1Action").arg(nameOf(choice)));
        action->setCheckable(true);
        action->setChecked(choice == m_choice);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, choice = choice] { setChoice(choice); });
    }
    menu->actions().constFirst()->setToolTip(tr("As the desktop looks"));
    return menu;
}

QPalette AppTheme::darkPalette()
{
    // Text at least 4.5:1 against its background (WCAG AA), placeholder and disabled text too.
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor dim(0x9a, 0x9a, 0x9a);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, dim);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    p.setColor(QPalette::Light, window.lighter(150));
    p.setColor(QPalette::Midlight, window.lighter(125));
    p.setColor(QPalette::Mid, window.darker(120));
    p.setColor(QPalette::Dark, window.darker(150));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return p;
}

} // namespace soip
