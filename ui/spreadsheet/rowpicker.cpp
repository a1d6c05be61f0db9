#include "rowpicker.h"

#include "editors/elidedlabel.h"

#include "campaigndraft.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace soip {

RowPicker::RowPicker(CampaignDraft *draft, QWidget *parent)
    : QWidget(parent)
    , m_draft(draft)
{
    setObjectName(QStringLiteral("rowPicker"));
    auto *label = new QLabel(tr("R&ow"), this);
    m_row = new QSpinBox(this);
    m_row->setObjectName(QStringLiteral("rowPickerSpinBox"));
    m_row->setAccessibleName(tr("Row shown in the preview"));
    m_row->setKeyboardTracking(false);
    m_row->setGroupSeparatorShown(true);
    label->setBuddy(m_row);
    m_of = new QLabel(this);
    m_of->setObjectName(QStringLiteral("rowPickerOfLabel"));
    const auto button = [this](QStyle::StandardPixmap icon, const QString &text, const char *name) {
        auto *b = new QToolButton(this);
        b->setIcon(style()->standardIcon(icon));
        b->setToolTip(text);
        b->setAccessibleName(text);
        b->setObjectName(QLatin1String(name));
        return b;
    };
    m_previous = button(QStyle::SP_ArrowLeft, tr("Previous row"), "rowPickerPreviousButton");
    m_next = button(QStyle::SP_ArrowRight, tr("Next row"), "rowPickerNextButton");
    m_nextProblem = new QToolButton(this);
    m_nextProblem->setObjectName(QStringLiteral("rowPickerNextProblemButton"));
    m_nextProblem->setText(tr("Next &problem"));
    m_nextProblem->setToolTip(tr("Show the next row that has a problem, in what is sent or in how it looks"));
    m_detail = new ElidedLabel(this);
    m_detail->setObjectName(QStringLiteral("rowPickerDetailLabel"));

    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_row);
    row->addWidget(m_of);
    row->addWidget(m_previous);
    row->addWidget(m_next);
    row->addStretch();
    row->addWidget(m_nextProblem);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 2);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_detail);

    connect(m_row, &QSpinBox::valueChanged, this, [this](int value) {
        if (!m_updating)
            m_draft->setCurrentRow(value - 1);
    });
    connect(m_previous, &QToolButton::clicked, this,
            [this] { m_draft->setCurrentRow(m_draft->currentRow() - 1); });
    connect(m_next, &QToolButton::clicked, this, [this] { m_draft->setCurrentRow(m_draft->currentRow() + 1); });
    connect(m_nextProblem, &QToolButton::clicked, this, [this] {
        if (const qsizetype row = m_draft->nextProblemRow(); row >= 0)
            m_draft->setCurrentRow(row);
    });
    connect(m_draft, &CampaignDraft::spreadsheetChanged, this, &RowPicker::refresh);
    connect(m_draft, &CampaignDraft::planChanged, this, &RowPicker::showRow);
    connect(m_draft, &CampaignDraft::currentRowChanged, this, &RowPicker::showRow);
    connect(m_draft, &CampaignDraft::layoutChecked, this, &RowPicker::showRow);
    refresh();
}

void RowPicker::refresh()
{
    const qsizetype rows = m_draft->rowCount();
    setVisible(m_draft->isActive() && rows > 0);
    m_updating = true;
    m_row->setRange(1, int(std::max<qsizetype>(1, rows)));
    m_updating = false;
    m_of->setText(tr("of %1").arg(QLocale().toString(rows)));
    showRow();
}

void RowPicker::showRow()
{
    const qsizetype rows = m_draft->rowCount();
    const qsizetype current = m_draft->currentRow();
    m_updating = true;
    m_row->setValue(int(current + 1));
    m_updating = false;
    m_previous->setEnabled(current > 0);
    m_next->setEnabled(current + 1 < rows);
    m_nextProblem->setEnabled(m_draft->nextProblemRow() >= 0);
    if (rows == 0 || !m_draft->spreadsheet().table)
        return;
    const int sheetRow = m_draft->spreadsheet().table->sheetRow(current);
    const QStringList problems = m_draft->rowProblems(current);
    const QString number = m_draft->spreadsheet().numbers.e164.value(current);
    QString text = tr("Spreadsheet row %1").arg(sheetRow);
    if (!number.isEmpty())
        text += QStringLiteral(" · ") + number;
    if (!problems.isEmpty())
        text += QStringLiteral(" · ") + tr("not sent: %1").arg(problems.join(QStringLiteral("; ")));
    // Sent, but not looking as meant: "Next problem" stops here for these too.
    const QStringList layout = m_draft->rowLayoutProblems(current);
    if (!layout.isEmpty())
        text += QStringLiteral(" · ") + tr("layout: %1").arg(layout.join(QStringLiteral(" ")));
    m_detail->setFullText(text);
}

} // namespace soip
