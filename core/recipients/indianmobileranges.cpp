#include "indianmobileranges.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

namespace soip {

namespace {

constexpr int kNationalDigits = 10;

constexpr quint64 powerOfTen(int n)
{
    quint64 p = 1;
    for (int i = 0; i < n; ++i)
        p *= 10;
    return p;
}

bool libphonenumberSaysValid(quint64 national)
{
    i18n::phonenumbers::PhoneNumber number;
    number.set_country_code(91);
    number.set_national_number(national);
    return i18n::phonenumbers::PhoneNumberUtil::GetInstance()->IsValidNumber(number);
}

// Tails tried under each child of a branch: extremes and mixed digits, so that ranges such as
// [2-8] or a single excluded digit deeper down make the samples disagree and split the branch.
constexpr quint64 kTails[] = {0ULL,          9999999999ULL, 5555555555ULL, 1357924680ULL,
                              8642097531ULL, 2020202020ULL, 7373737373ULL};

} // namespace

const IndianMobileRanges &IndianMobileRanges::instance()
{
    static const IndianMobileRanges ranges;
    return ranges;
}

IndianMobileRanges::IndianMobileRanges()
{
    m_nodes.append(Node{}); // the root: digits 0-5 are outside the mobile range and stay Unknown
    Node root;
    root.leaf = false;
    for (int digit = 0; digit < 10; ++digit) {
        if (digit < 6) {
            m_nodes.append(Node{});
            root.children[digit] = int(m_nodes.size() - 1);
        } else {
            root.children[digit] = build(quint64(digit), 1);
        }
    }
    m_nodes[0] = root;
}

// Builds the subtree of numbers starting with the `depth` digits of `prefix`; returns its index.
int IndianMobileRanges::build(quint64 prefix, int depth)
{
    const int index = int(m_nodes.size());
    m_nodes.append(Node{});

    const int tailDigits = kNationalDigits - depth - 1;
    const quint64 tailRange = powerOfTen(tailDigits);
    int firstSeen = -1;
    bool mixed = false;
    for (int digit = 0; digit < 10 && !mixed; ++digit) {
        const quint64 base = (prefix * 10 + quint64(digit)) * tailRange;
        for (quint64 tail : kTails) {
            const int valid = libphonenumberSaysValid(base + tail % tailRange) ? 1 : 0;
            if (firstSeen < 0) {
                firstSeen = valid;
            } else if (valid != firstSeen) {
                mixed = true;
                break;
            }
        }
    }

    if (!mixed) {
        m_nodes[index].verdict = firstSeen == 1 ? Verdict::Valid : Verdict::Invalid;
        return index;
    }
    if (depth >= kMaxDepth)
        return index; // leaf, Unknown: libphonenumber answers for these
    Node branch;
    branch.leaf = false;
    for (int digit = 0; digit < 10; ++digit)
        branch.children[digit] = build(prefix * 10 + quint64(digit), depth + 1);
    m_nodes[index] = branch;
    return index;
}

IndianMobileRanges::Verdict IndianMobileRanges::verdict(quint64 national) const
{
    if (national >= powerOfTen(kNationalDigits))
        return Verdict::Unknown;
    // The digits first, by divisions by a constant (multiplications once compiled), rather than two
    // real 64-bit divisions at each level: this runs for every row of a spreadsheet.
    int digits[kNationalDigits];
    for (int i = kNationalDigits - 1; i >= 0; --i, national /= 10)
        digits[i] = int(national % 10);
    const Node *node = m_nodes.constData();
    for (int level = 0; !node->leaf; ++level)
        node = m_nodes.constData() + node->children[digits[level]];
    return node->verdict;
}

} // namespace soip
