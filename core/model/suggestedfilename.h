#pragma once

#include <QString>

namespace soip {

struct Message;

// The name Save As offers for a message that has none yet, from what the person will recognise:
// the campaign name, else the first title, else the start of the text ("Diwali sale" →
// `diwali-sale.json`; Hindi names stay in Hindi). Characters no file system takes are left out;
// `message.json` when there is nothing to go by.
class SuggestedFileName final {
public:
    static QString forMessage(const Message &message);
};

} // namespace soip
