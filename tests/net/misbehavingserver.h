#pragma once

#include "loopbackserver.h"

// The loopback server answering every request in one chosen, usually broken, way: the outcomes
// the send client must tell apart. Shared by the client tests and the `soip send` process tests.
class MisbehavingServer final : public LoopbackServer {
    Q_OBJECT

public:
    enum class Mode {
        Accepted,      // 200 with a valid success echo
        Html500,       // 500 with an HTML page
        TruncatedJson, // 200 whose JSON body stops half way (Content-Length matches)
        CutMidBody,    // 200 announcing 500 bytes, sending 20, then closing
        Unauthorized,  // 401 with a vendor error body
        Forbidden,     // 403
        RateLimited,   // 429 with Retry-After: 17
        Rejected,      // 400 with a vendor error (E750)
        Redirect,      // 302 to another host
        Reset,         // reads the request, then drops the connection without answering
        Silent,        // accepts, reads, never answers
        SlowDrip,      // a status line, then one body byte every 200 ms
    };

    explicit MisbehavingServer(Mode mode, QObject *parent = nullptr);
};
