#include "campaignquestions.h"

#include <QLocale>
#include <QPushButton>

namespace soip {

QPushButton *CampaignQuestions::addButton(QMessageBox &box, const QString &text, QMessageBox::ButtonRole role,
                                          const char *name)
{
    QPushButton *button = box.addButton(text, role);
    button->setObjectName(QLatin1String(name));
    return button;
}

void CampaignQuestions::warn(QWidget *parent, const QString &title, const QString &text, const char *name)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box.setObjectName(QLatin1String(name));
    box.exec();
}

bool CampaignQuestions::ask(QWidget *parent, const Question &question)
{
    QMessageBox box(question.icon, question.title, question.text, QMessageBox::NoButton, parent);
    box.setObjectName(QLatin1String(question.name));
    box.setInformativeText(question.details);
    QPushButton *yes = addButton(box, question.yes, QMessageBox::AcceptRole, question.yesName);
    box.setDefaultButton(addButton(box, question.no, QMessageBox::RejectRole, question.noName));
    box.exec();
    return box.clickedButton() == yes;
}

CampaignQuestions::ResumeChoice CampaignQuestions::offerResume(QWidget *parent, const CampaignRecord &record,
                                                               const CampaignCounts &counts, qint64 pending,
                                                               qint64 unknown)
{
    const QLocale locale;
    QMessageBox box(QMessageBox::Question, tr("Interrupted campaign"),
                    tr("The campaign “%1” (%2) did not finish.")
                        .arg(record.name, locale.toString(record.createdAt.toLocalTime(), QLocale::ShortFormat)),
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("campaignResumeMessageBox"));
    QStringList details;
    details.append(tr("%Ln row(s) not sent yet.", nullptr, int(pending)));
    details.append(tr("%Ln row(s) accepted, %1 rejected.", nullptr, int(counts.of(RowState::Accepted)))
                       .arg(locale.toString(counts.of(RowState::Rejected))));
    if (unknown > 0)
        details.append(tr("%Ln row(s) unknown: their request went out but the answer was lost, so they may have "
                          "been delivered. History lists them; check those numbers on the Kaleyra console before "
                          "sending them again. Resume does not send them.",
                          nullptr, int(unknown)));
    box.setInformativeText(details.join(u'\n'));
    QPushButton *resume = nullptr;
    if (pending > 0)
        resume = addButton(box, tr("&Resume"), QMessageBox::AcceptRole, "campaignResumePushButton");
    QPushButton *resend = nullptr;
    if (unknown > 0)
        resend = addButton(box, tr("Resume and re-send &unknown rows…"), QMessageBox::ActionRole,
                           "campaignResendUnknownPushButton");
    QPushButton *later = addButton(box, tr("&Not now"), QMessageBox::RejectRole, "campaignNotNowPushButton");
    QPushButton *discard =
        addButton(box, tr("&Discard"), QMessageBox::DestructiveRole, "campaignDiscardPushButton");
    box.setDefaultButton(resume ? resume : later);
    box.setEscapeButton(later);
    box.exec();
    if (box.clickedButton() == discard)
        return ResumeChoice::Discard;
    if (resend && box.clickedButton() == resend)
        return ResumeChoice::ResendUnknown;
    if (resume && box.clickedButton() == resume)
        return ResumeChoice::Resume;
    return ResumeChoice::NotNow;
}

} // namespace soip
