#include "logs/LogLineReader.h"

#include <QFile>
#include <QFileInfo>

#include <cstring>
#include <unistd.h>
#include <zlib.h>

namespace Gatescope {

struct LogLineReader::Source
{
    QFile file;
    gzFile gz = nullptr;
    QByteArray memory;
    qsizetype memoryOffset = 0;
    bool inMemory = false;

    ~Source()
    {
        if (gz)
            gzclose(gz);
    }

    // Reads up to `max` bytes; -1 on error.
    qint64 read(char *into, qint64 max, QString *error)
    {
        if (inMemory) {
            const qint64 n = std::min<qint64>(max, memory.size() - memoryOffset);
            std::memcpy(into, memory.constData() + memoryOffset, size_t(n));
            memoryOffset += n;
            return n;
        }
        if (gz) {
            const int n = gzread(gz, into, unsigned(std::min<qint64>(max, 1 << 30)));
            if (n < 0) {
                int code = 0;
                *error = QString::fromLatin1(gzerror(gz, &code));
                return -1;
            }
            return n;
        }
        const qint64 n = file.read(into, max);
        if (n < 0)
            *error = file.errorString();
        return n;
    }
};

LogLineReader::~LogLineReader() = default;

Result<std::shared_ptr<LogLineReader>> LogLineReader::open(const QString &path)
{
    std::shared_ptr<LogLineReader> reader(new LogLineReader);
    reader->m_source = std::make_unique<Source>();
    reader->m_name = QFileInfo(path).fileName();
    Source &source = *reader->m_source;
    if (QFileInfo(path).isDir())
        return Error { tr("%1: is a folder, not a log file").arg(path), Error::Code::Io };
    source.file.setFileName(path);
    if (!source.file.open(QIODevice::ReadOnly))
        return Error { tr("%1: cannot be read: %2").arg(path, source.file.errorString()), Error::Code::Io };
    reader->m_size = source.file.size();
    char magic[2] = { 0, 0 };
    const qint64 got = source.file.peek(magic, 2);
    if (got == 2 && static_cast<unsigned char>(magic[0]) == 0x1f && static_cast<unsigned char>(magic[1]) == 0x8b) {
        // zlib reads the file itself (through a duplicate of the descriptor, so QFile keeps its own).
        const int fd = dup(source.file.handle());
        if (fd >= 0)
            lseek(fd, 0, SEEK_SET); // peek() has read ahead through the shared offset
        source.gz = fd >= 0 ? gzdopen(fd, "rb") : nullptr;
        if (!source.gz)
            return Error { tr("%1: gzip file cannot be opened").arg(path), Error::Code::Io };
        gzbuffer(source.gz, 256 * 1024);
    }
    reader->m_buffer.resize(ChunkBytes);
    return reader;
}

std::shared_ptr<LogLineReader> LogLineReader::fromBytes(const QByteArray &bytes, const QString &name)
{
    std::shared_ptr<LogLineReader> reader(new LogLineReader);
    reader->m_source = std::make_unique<Source>();
    reader->m_source->inMemory = true;
    reader->m_source->memory = bytes;
    reader->m_name = name;
    reader->m_size = bytes.size();
    reader->m_buffer.resize(ChunkBytes);
    return reader;
}

bool LogLineReader::compressed() const
{
    return m_source && m_source->gz;
}

qint64 LogLineReader::position() const
{
    if (!m_source)
        return 0;
    if (m_source->inMemory)
        return m_source->memoryOffset;
    if (m_source->gz)
        return gzoffset(m_source->gz);
    return m_source->file.pos();
}

bool LogLineReader::refill()
{
    // Keep the unread tail at the front, then fill the rest.
    const qsizetype tail = m_end - m_start;
    if (tail > 0 && m_start > 0)
        std::memmove(m_buffer.data(), m_buffer.constData() + m_start, size_t(tail));
    m_start = 0;
    m_end = tail;
    const qint64 n = m_source->read(m_buffer.data() + m_end, m_buffer.size() - m_end, &m_error);
    if (n < 0) {
        m_error = tr("%1: read error: %2").arg(m_name, m_error);
        m_eof = true;
        return false;
    }
    if (n == 0)
        m_eof = true;
    m_end += qsizetype(n);
    return n > 0;
}

bool LogLineReader::next(QByteArrayView *line)
{
    m_lastCut = false;
    m_long.clear();
    bool cut = false;
    while (true) {
        const char *begin = m_buffer.constData() + m_start;
        const auto *newline = static_cast<const char *>(std::memchr(begin, '\n', size_t(m_end - m_start)));
        if (newline) {
            const qsizetype length = newline - begin;
            QByteArrayView view(begin, length);
            m_start += length + 1;
            ++m_lineNumber;
            if (!m_long.isEmpty() || cut) {
                if (!cut) {
                    const qsizetype room = MaxLineBytes - m_long.size();
                    if (view.size() > room) {
                        view = view.first(room);
                        cut = true;
                    }
                    m_long.append(view);
                }
                view = m_long;
            } else if (view.size() > MaxLineBytes) {
                view = view.first(MaxLineBytes);
                cut = true;
            }
            if (view.endsWith('\r'))
                view.chop(1);
            if (cut) {
                ++m_cutLines;
                m_lastCut = true;
            }
            *line = view;
            return true;
        }
        // No line end in the buffer. When the buffer holds nothing but part of one line, keep what
        // fits of it (up to MaxLineBytes) and read on; otherwise refill() moves the tail forward.
        if (m_start == 0 && m_end == m_buffer.size()) {
            const QByteArrayView partial(begin, m_end - m_start);
            if (!cut) {
                const qsizetype room = MaxLineBytes - m_long.size();
                m_long.append(partial.first(std::min(room, partial.size())));
                if (partial.size() > room)
                    cut = true;
            }
            m_start = m_end;
        }
        if (m_eof || !refill()) {
            if (m_end - m_start > 0 || !m_long.isEmpty()) {
                // The last line has no line end.
                QByteArrayView view(m_buffer.constData() + m_start, m_end - m_start);
                if (!cut) {
                    const qsizetype room = MaxLineBytes - m_long.size();
                    if (view.size() > room)
                        cut = true;
                    m_long.append(view.first(std::min(room, view.size())));
                }
                m_start = m_end;
                ++m_lineNumber;
                QByteArrayView result = m_long;
                if (result.endsWith('\r'))
                    result.chop(1);
                if (cut) {
                    ++m_cutLines;
                    m_lastCut = true;
                }
                *line = result;
                return true;
            }
            return false;
        }
    }
}

} // namespace Gatescope
