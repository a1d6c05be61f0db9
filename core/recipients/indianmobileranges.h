#pragma once

#include <QList>
#include <QtGlobal>

namespace soip {

// Which ten-digit Indian numbers in the mobile range (first digit 6 to 9) libphonenumber calls
// valid, as a tree of leading digits: most of the range is decided by its first digit or two, so
// a lookup is a handful of array reads instead of libphonenumber's ~20 µs of regular expressions.
//
// The tree is derived from libphonenumber at first use (a few thousand checks, a few
// milliseconds), so it follows whatever metadata the installed library has. A branch is split
// while the numbers sampled under it disagree; sampling cannot prove a branch uniform, which is
// why tst_phonenumbercheck compares the tree with libphonenumber over every four-digit prefix and a
// million random numbers. Branches still mixed at kMaxDepth digits answer Unknown (libphonenumber
// decides).
class IndianMobileRanges final {
public:
    enum class Verdict : quint8 { Valid, Invalid, Unknown };

    static const IndianMobileRanges &instance();

    // `national` is the ten-digit national number, 6000000000 to 9999999999.
    Verdict verdict(quint64 national) const;

    qsizetype nodeCount() const { return m_nodes.size(); }

    static constexpr int kMaxDepth = 7;

private:
    IndianMobileRanges();

    struct Node {
        // For a leaf, the verdict for every number under it; for a branch, children[digit] is an
        // index into m_nodes.
        bool leaf = true;
        Verdict verdict = Verdict::Unknown;
        int children[10] = {};
    };

    int build(quint64 prefix, int depth);

    QList<Node> m_nodes;
};

} // namespace soip
