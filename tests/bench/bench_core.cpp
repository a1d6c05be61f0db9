// Speed of the core operations the composer repeats on every edit. Built with the tests, not run
// by ctest (timings depend on the machine); run it from a release build:
//   cmake --build build/release --target bench_core && build/release/tests/bench/bench_core
// Targets: validate + serialize a full CTA under 20 µs; 100,000 Indian mobile numbers parsed and
// validated under 0.5 s.

#include "recipients/indianmobileranges.h"
#include "recipients/phonenumbercheck.h"
#include "recipients/recipientlist.h"
#include "validation/validator.h"
#include "json/messagecodec.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTextStream>

#include <ctime>

using namespace soip;
using namespace Qt::StringLiterals;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

Message fullCta()
{
    const QByteArray json =
        "{\"to\":\"919876543210\",\"from\":\"TEST-NUM\",\"body\":\"Your order has shipped. Track it, add the "
        "delivery day to your calendar or open the app.\",\"type\":\"CTA\",\"route\":\"TXN\","
        "\"campaign_name\":\"Orders\",\"title\":[\"Order shipped\",\"Arrives Friday\",\"3 items\",\"Paid\"],"
        "\"category\":\"Shopping\",\"sub_category\":\"Orders\",\"core_entity\":\"Order 1234\",\"actions\":["
        "{\"action_type\":1,\"action_content\":\"Track Order\",\"action_rank\":\"0\","
        "\"action_to\":\"https://www.example.com/track?id=1234\"},"
        "{\"action_type\":2,\"action_content\":\"Add to calendar\",\"action_rank\":\"1\",\"action_to\":"
        "{\"date\":\"2099-10-19\",\"time\":\"22:30\",\"title\":\"Delivery\",\"event\":\"Your order arrives\"}},"
        "{\"action_type\":3,\"action_content\":\"Open App\",\"action_rank\":\"2\",\"deep_links\":"
        "[{\"action\":\"android.intent.action.MAIN\",\"packageName\":\"com.flipkart.android\","
        "\"className\":\"com.flipkart.android.SplashActivity\"}]},"
        "{\"action_type\":5,\"action_content\":\"Call us\",\"action_rank\":\"3\",\"action_to\":\"+919876543210\"}"
        "]}";
    const ReadResult read = MessageCodec::read(json);
    if (!read.readable || !Validator::validate(read).isEmpty())
        qFatal("benchmark CTA is not valid");
    return read.message;
}

// Processor time, not wall-clock time: on a shared machine (CI, several builds on two cores) the
// wall clock mostly measures waiting for a core.
double cpuMicroseconds()
{
    return double(std::clock()) * 1e6 / CLOCKS_PER_SEC;
}

template <typename F> double microsecondsPerRun(int runs, F &&f)
{
    const double start = cpuMicroseconds();
    for (int i = 0; i < runs; ++i)
        f();
    return (cpuMicroseconds() - start) / runs;
}

// Hostile shapes of issue 15 (n entries each, so 100k stays within the codec's limits), read and
// validated at three sizes: with time growing linearly the ratios are about 2; a quadratic path
// shows as 4.
QByteArray entries(const QByteArray &item, int times)
{
    QByteArray out;
    for (int i = 0; i < times; ++i)
        out += (i > 0 ? "," : "") + item;
    return out;
}

void hostileShapes(qsizetype &sink)
{
    struct Shape {
        const char *name;
        QByteArray (*json)(int n);
    };
    const Shape shapes[] = {
        {"titles [null, ...]",
         [](int n) -> QByteArray { return "{\"type\":\"RMC\",\"title\":[" + entries("null", n) + "]}"; }},
        {"actions [5, ...] + a bad one",
         [](int n) -> QByteArray {
             return "{\"type\":\"CTA\",\"actions\":[" + entries("5", n - 1) + ",{\"action_type\":9}]}";
         }},
        {"actions [{}, ...]",
         [](int n) -> QByteArray { return "{\"type\":\"CTA\",\"actions\":[" + entries("{}", n) + "]}"; }},
        {"unknown actions {\"x\":1}",
         [](int n) -> QByteArray { return "{\"type\":\"CTA\",\"actions\":[" + entries("{\"x\":1}", n) + "]}"; }},
        {"to of commas", [](int n) -> QByteArray { return "{\"to\":\"" + QByteArray(n - 1, ',') + "\"}"; }},
        {"unknown top-level keys",
         [](int n) -> QByteArray {
             QByteArray out = "{";
             for (int i = 0; i < n; ++i)
                 out += (i > 0 ? ",\"k" : "\"k") + QByteArray::number(i) + "\":1";
             return out + "}";
         }},
    };
    out() << "\nHostile files, read + validate (ms) at 25k / 50k / 100k entries, and the ratios:\n";
    for (const Shape &shape : shapes) {
        double ms[3] = {};
        const int sizes[3] = {25'000, 50'000, 100'000};
        for (int i = 0; i < 3; ++i) {
            const QByteArray json = shape.json(sizes[i]);
            const double start = cpuMicroseconds();
            const ReadResult read = MessageCodec::read(json);
            sink += Validator::validate(read).size() + read.readable;
            ms[i] = (cpuMicroseconds() - start) / 1000.0;
        }
        out() << "  " << QString::fromLatin1(shape.name).leftJustified(30) << ms[0] << " / " << ms[1] << " / "
              << ms[2] << "   ×" << ms[1] / ms[0] << " ×" << ms[2] / ms[1] << "\n";
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    out().setRealNumberNotation(QTextStream::FixedNotation);
    out().setRealNumberPrecision(2);

    // First use: the leading-digit table is derived from libphonenumber.
    const double tableStart = cpuMicroseconds();
    const qsizetype nodes = IndianMobileRanges::instance().nodeCount();
    const double rangesMs = (cpuMicroseconds() - tableStart) / 1000.0;

    const Message cta = fullCta();
    qsizetype sink = 0;
    // Warm up the libphonenumber singleton and caches first, so the numbers are steady state.
    microsecondsPerRun(1000, [&] { sink += Validator::validate(cta).size(); });
    const int runs = 20000;
    const double validate = microsecondsPerRun(runs, [&] { sink += Validator::validate(cta).size(); });
    const double serialize = microsecondsPerRun(runs, [&] { sink += MessageCodec::toBytes(cta).size(); });
    const double both = microsecondsPerRun(runs, [&] {
        sink += Validator::validate(cta).size() + MessageCodec::toBytes(cta, QJsonDocument::Compact).size();
    });
    out() << "Processor time per operation.\nFull CTA (4 actions, 4 titles), " << runs << " runs:\n"
          << "  validate              " << validate << " µs\n"
          << "  serialize (indented)  " << serialize << " µs\n"
          << "  validate + serialize  " << both << " µs   (target < 20 µs)\n";

    const int count = 100000;
    QRandomGenerator random(42);
    QStringList numbers;
    numbers.reserve(count);
    for (int i = 0; i < count; ++i)
        numbers.append(u"91"_s + QString::number(6'000'000'000ULL + random.bounded(quint64(4'000'000'000ULL))));
    const QString field = numbers.join(u", "_s);

    double start = 0;
    start = cpuMicroseconds();
    const QList<Recipient> parsed = RecipientList::parse(field);
    const double parseMs = (cpuMicroseconds() - start) / 1000.0;

    Message many;
    many.to = field;
    many.from = u"TEST-NUM"_s;
    many.body = u"Hello"_s;
    many.type = u"TXT"_s;
    start = cpuMicroseconds();
    const QList<Issue> issues = Validator::validate(many);
    const double validateMs = (cpuMicroseconds() - start) / 1000.0;

    const int slowCount = 20000;
    start = cpuMicroseconds();
    for (int i = 0; i < slowCount; ++i)
        sink += PhoneNumberCheck::checkRecipientWithLibphonenumber(numbers.at(i)).valid;
    const double slowUs = (cpuMicroseconds() - start) / slowCount;

    out() << "\n"
          << count << " Indian mobile numbers in one `to` field:\n"
          << "  leading-digit table, built once     " << rangesMs << " ms (" << nodes << " nodes)\n"
          << "  RecipientList::parse (fast path)    " << parseMs << " ms, " << parseMs * 1000.0 / count
          << " µs per number (" << parsed.size() << " parsed)\n"
          << "  Validator::validate of the message  " << validateMs << " ms (target < 500 ms), " << issues.size()
          << " issues\n"
          << "  libphonenumber only, for comparison " << slowUs << " µs per number = " << slowUs * count / 1000.0
          << " ms for " << count << "\n";
    hostileShapes(sink);
    out().flush();
    return sink == 42 ? 1 : 0; // keeps the work from being optimised away
}
