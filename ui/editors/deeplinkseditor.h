#pragma once

#include "model/message.h"

#include <QList>
#include <QWidget>

class QVBoxLayout;

namespace soip {

class DeepLinkEditor;

// The app links (deep_links) of an "Open app" button, in their order: a DeepLinkEditor each, a
// remove button on each once there are two or more, and "Add app link". A button without links
// shows one empty builder; typing in it makes the first link.
class DeepLinksEditor final : public QWidget {
    Q_OBJECT

public:
    explicit DeepLinksEditor(QWidget *parent = nullptr);

    // What a new link starts with: the usual intent action, shown in the form.
    static DeepLink startingLink();

    void setDeepLinks(const QList<DeepLink> &links);
    QList<DeepLink> deepLinks() const { return m_links; }

    int visibleCount() const;
    // The builder of deep_links[index]; nullptr for an index not shown.
    DeepLinkEditor *linkEditor(int index) const;

signals:
    void deepLinksEdited(const QList<soip::DeepLink> &links);

private:
    struct Row {
        QWidget *box = nullptr;
        QWidget *header = nullptr; // number and remove button
        DeepLinkEditor *editor = nullptr;
    };

    void ensureRows(int count);
    void showRows();
    void writeLink(int index, const DeepLink &link);
    void addLink();
    void removeLink(int index);

    QList<DeepLink> m_links;
    // Made when first needed and then only hidden: the form keeps pointers to the inputs it marks.
    QList<Row> m_rows;
    QVBoxLayout *m_rowsLayout = nullptr;
};

} // namespace soip
