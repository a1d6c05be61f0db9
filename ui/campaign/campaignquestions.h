#pragma once

#include "storage/campaignjournal.h"

#include <QCoreApplication>
#include <QMessageBox>

class QPushButton;
class QWidget;

namespace soip {

// The campaign run's message boxes, each with an objectName and named buttons so tests answer
// them (ModalAnswerer): a warning, a yes/no question, and the offer of an interrupted campaign.
struct CampaignQuestions final {
    Q_DECLARE_TR_FUNCTIONS(soip::CampaignQuestions)

public:
    static QPushButton *addButton(QMessageBox &box, const QString &text, QMessageBox::ButtonRole role,
                                  const char *name);
    static void warn(QWidget *parent, const QString &title, const QString &text, const char *name);

    // A question with two named buttons; "no" is the default.
    struct Question {
        QMessageBox::Icon icon = QMessageBox::Question;
        QString title, text, details;
        const char *name = nullptr;
        QString yes;
        const char *yesName = nullptr;
        QString no;
        const char *noName = nullptr;
    };
    // True when "yes" was clicked.
    static bool ask(QWidget *parent, const Question &question);

    enum class ResumeChoice { Resume, ResendUnknown, NotNow, Discard };
    // "The campaign … did not finish": the rows not sent, accepted and rejected, and the unknown
    // ones explained (Resume does not send them). Resume is offered only with rows `pending`,
    // re-sending only with rows `unknown`.
    static ResumeChoice offerResume(QWidget *parent, const CampaignRecord &record, const CampaignCounts &counts,
                                    qint64 pending, qint64 unknown);
};

} // namespace soip
