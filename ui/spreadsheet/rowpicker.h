#pragma once

#include <QWidget>

class QLabel;
class QSpinBox;
class QToolButton;

namespace soip {

class ElidedLabel;

class CampaignDraft;

// Above the phone preview while a spreadsheet is chosen: which row's card is shown ("Row 3 of
// 40,000"), previous and next, "Next row with a problem" (one not sent or one whose card the layout
// checks found cut), and that row's number and problems.
class RowPicker final : public QWidget {
    Q_OBJECT

public:
    explicit RowPicker(CampaignDraft *draft, QWidget *parent = nullptr);

private:
    void refresh();
    void showRow();

    CampaignDraft *m_draft = nullptr;
    QSpinBox *m_row = nullptr;
    QLabel *m_of = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QToolButton *m_nextProblem = nullptr;
    ElidedLabel *m_detail = nullptr;
    bool m_updating = false;
};

} // namespace soip
