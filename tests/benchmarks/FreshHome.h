#pragma once
// The home a benchmark gives a program it starts, so each run is a first start: nothing of an
// earlier run (settings, workspace, caches) counts, and nothing of the user's is touched.

#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace Gatescope::Bench {

// HOME and the XDG data, config, cache and runtime directories in a temporary directory that is
// removed with this object. The runtime directory is the home itself (QTemporaryDir makes it 0700,
// as the XDG specification asks).
class FreshHome
{
public:
    bool isValid() const { return m_home.isValid(); }
    QString path() const { return m_home.path(); }

    // This process's environment with the home and the XDG directories pointing into the fresh home.
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.path());
        return env;
    }

private:
    QTemporaryDir m_home;
};

} // namespace Gatescope::Bench
