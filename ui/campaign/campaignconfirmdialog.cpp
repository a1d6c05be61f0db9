#include "campaignconfirmdialog.h"

#include "campaignmeter.h"
#include "settings/settings.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace soip {

namespace {
constexpr double kServiceAnswerSeconds = 0.25;  // a real service, until one campaign measured it
constexpr double kSandboxAnswerSeconds = 0.005; // the built-in sandbox answers at once
constexpr double kFastestAnswerSeconds = 0.001;
constexpr int kRowsNamed = 5;

QLabel *valueLabel(const QString &text, const char *name, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QLatin1String(name));
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

qint64 CampaignConfirmDialog::estimatedSeconds(qsizetype requests, const CampaignRunner::Options &options,
                                               double answerSeconds)
{
    double perSecond = std::max(1, options.concurrency) / std::max(answerSeconds, kFastestAnswerSeconds);
    if (options.rate > 0)
        perSecond = std::min(perSecond, options.rate);
    return qint64(std::ceil(double(requests) / perSecond));
}

double CampaignConfirmDialog::answerSeconds(const Account &account)
{
    bool ok = false;
    const double measured = Settings::campaignAnswerSeconds.value().value(account.id).toDouble(&ok);
    if (ok && measured > 0)
        return measured;
    return account.isSandbox() ? kSandboxAnswerSeconds : kServiceAnswerSeconds;
}

void CampaignConfirmDialog::rememberAnswerTimes(const Account &account, const CampaignRunner::AnswerTimes &times)
{
    if (times.answered == 0 || account.id.isEmpty())
        return;
    QVariantMap measured = Settings::campaignAnswerSeconds.value();
    measured.insert(account.id, double(times.totalMs) / 1000.0 / times.answered);
    Settings::campaignAnswerSeconds.setValue(measured);
}

QStringList CampaignConfirmDialog::skippedByReason(const QList<RowProblem> &problems)
{
    QMap<QString, QList<const RowProblem *>> byCode;
    for (const RowProblem &problem : problems)
        byCode[problem.code].append(&problem);
    const QLocale locale;
    QStringList lines;
    for (auto it = byCode.cbegin(); it != byCode.cend(); ++it) {
        QStringList rows;
        for (qsizetype i = 0; i < std::min<qsizetype>(kRowsNamed, it->size()); ++i)
            rows.append(locale.toString(it->at(i)->row));
        if (it->size() > kRowsNamed)
            rows.append(tr("…"));
        lines.append(tr("%1 — %Ln row(s) (%2): %3", nullptr, int(it->size()))
                         .arg(it.key(), rows.join(tr(", ")), it->constFirst()->message));
    }
    return lines;
}

CampaignConfirmDialog::CampaignConfirmDialog(const CampaignLaunch &launch, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("campaignConfirmDialog"));
    setWindowTitle(tr("Send campaign"));
    const CampaignPlan &plan = launch.plan;
    const QLocale locale;
    const qsizetype skipped = plan.rows - plan.valid - plan.duplicates;

    auto *layout = new QVBoxLayout(this);
    auto *question =
        new QLabel(tr("Send “%1” to %Ln number(s)?", nullptr, int(plan.valid)).arg(launch.name), this);
    question->setTextFormat(Qt::PlainText);
    question->setWordWrap(true);
    question->setObjectName(QStringLiteral("campaignQuestionLabel"));
    QFont bold = question->font();
    bold.setBold(true);
    question->setFont(bold);
    layout->addWidget(question);

    auto *form = new QFormLayout;
    form->addRow(tr("Recipients file:"),
                 valueLabel(QFileInfo(launch.sourcePath).fileName(), "campaignSourceLabel", this));
    form->addRow(tr("Rows:"), valueLabel(locale.toString(qint64(plan.rows)), "campaignRowsLabel", this));
    form->addRow(tr("To send:"), valueLabel(locale.toString(qint64(plan.valid)), "campaignValidLabel", this));
    form->addRow(tr("Requests:"), valueLabel(tr("%1 (up to %Ln number(s) each)", nullptr, launch.batch)
                                                 .arg(locale.toString(qint64(plan.requests.size()))),
                                             "campaignRequestsLabel", this));
    form->addRow(tr("Duplicates:"),
                 valueLabel(plan.duplicates == 0 ? tr("none")
                                                 : tr("%Ln row(s) repeat an earlier number and are sent once",
                                                      nullptr, int(plan.duplicates)),
                            "campaignDuplicatesLabel", this));
    form->addRow(tr("Skipped:"),
                 valueLabel(skipped == 0 ? tr("none") : tr("%Ln row(s) will not be sent", nullptr, int(skipped)),
                            "campaignSkippedLabel", this));
    QString account = launch.account.name;
    if (launch.account.isSandbox())
        account += u' ' + tr("(the built-in sandbox: nothing reaches a phone)");
    form->addRow(tr("Account:"), valueLabel(account, "campaignAccountLabel", this));
    form->addRow(
        tr("Rate:"),
        valueLabel(launch.options.rate > 0
                       ? tr("at most %1 requests per second, %Ln at once", nullptr, launch.options.concurrency)
                             .arg(locale.toString(launch.options.rate, 'g', 4))
                       : tr("no limit, %Ln request(s) at once", nullptr, launch.options.concurrency),
                   "campaignRateLabel", this));
    form->addRow(tr("Takes:"),
                 valueLabel(CampaignMeter::durationText(estimatedSeconds(plan.requests.size(), launch.options,
                                                                         answerSeconds(launch.account))),
                            "campaignDurationLabel", this));
    layout->addLayout(form);

    if (!plan.problems.isEmpty()) {
        auto *why = new QLabel(tr("Rows that will not be sent, by reason:"), this);
        layout->addWidget(why);
        auto *list = new QPlainTextEdit(skippedByReason(plan.problems).join(u'\n'), this);
        list->setObjectName(QStringLiteral("campaignSkippedList"));
        list->setAccessibleName(tr("Rows that will not be sent"));
        list->setReadOnly(true);
        list->setMaximumHeight(120);
        why->setBuddy(list);
        layout->addWidget(list);
    }
    auto *note = new QLabel(tr("Every row is journalled: if the app or the computer stops, the campaign can be "
                               "resumed and no number gets the message twice."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *start = buttons->addButton(tr("&Start sending"), QDialogButtonBox::AcceptRole);
    start->setObjectName(QStringLiteral("campaignStartPushButton"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("campaignCancelPushButton"));
    // Sending thousands of messages is not what Return should do by accident, wherever the focus
    // is: a click, Alt+S or Space on the button starts them.
    cancel->setDefault(true);
    start->setAutoDefault(false);
    cancel->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace soip
