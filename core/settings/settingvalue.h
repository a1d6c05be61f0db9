#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

#include <utility>

namespace soip {

// One setting: its key and default in one place (qBittorrent's SettingValue<T>). Reads and writes
// the application's QSettings, or the one given (tests and the account store pass an ini file).
template <typename T> class SettingValue final {
public:
    constexpr SettingValue(const char *key, T defaultValue = T{})
        : m_key(key)
        , m_default(std::move(defaultValue))
    {}

    QString key() const { return QString::fromLatin1(m_key); }

    T value() const { return value(QSettings()); }
    T value(const QSettings &settings) const
    {
        const QVariant stored = settings.value(key());
        return stored.isValid() && stored.canConvert<T>() ? stored.value<T>() : m_default;
    }
    bool isSet() const { return QSettings().contains(key()); }

    void setValue(const T &value) const
    {
        QSettings settings;
        setValue(settings, value);
    }
    void setValue(QSettings &settings, const T &value) const
    {
        settings.setValue(key(), QVariant::fromValue(value));
    }

    void remove() const
    {
        QSettings settings;
        remove(settings);
    }
    void remove(QSettings &settings) const { settings.remove(key()); }

private:
    const char *m_key;
    T m_default;
};

} // namespace soip
