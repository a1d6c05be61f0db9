#pragma once

#include <QPointer>

class QScrollArea;
class QWidget;

namespace soip {

// Keeps the control under the person's hand still while the form above it changes height. A
// message appearing under a field higher up (or going away) used to push everything below it 20-40
// px, so the next click landed in the wrong field. Made before the change, an anchor remembers
// where the focused control sits in the view; settle() lets the layouts catch up and scrolls the
// form by what the control moved, so it stays where it was on screen. The form keeps the height it
// had while it shrinks under an anchor, so there is always room to scroll back.
class ScrollAnchor final {
public:
    explicit ScrollAnchor(QScrollArea *area);
    ~ScrollAnchor();
    ScrollAnchor(const ScrollAnchor &) = delete;
    ScrollAnchor &operator=(const ScrollAnchor &) = delete;

    void settle();

    // Lets pending layout changes take effect now, so geometry read next is what will be shown.
    static void settleLayouts();
    // Scrolls every scroll area around `w` so that it is in view, after the layouts settle (a row
    // just shown has no geometry before).
    static void reveal(QWidget *w);

private:
    int anchorY() const;

    QPointer<QScrollArea> m_area;
    QPointer<QWidget> m_anchor;
    int m_y = 0;
    bool m_settled = false;
};

} // namespace soip
