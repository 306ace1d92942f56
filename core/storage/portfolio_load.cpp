// Loading a portfolio file. Every stage refuses with a LoadProblem instead of
// throwing; the cheap checks run first so hostile input costs little.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <istream>
#include <new>
#include <utility>

#include "storage/json_scan.h"
#include "storage/migrate.h"
#include "storage/portfolio_file.h"
#include "storage/serialize.h"
#include "storage/text_checks.h"

namespace etappe::storage {

namespace {

LoadResult refused(LoadProblem problem, i18n::Message detail = {}) {
    LoadResult result;
    result.problem = problem;
    result.detail = std::move(detail);
    return result;
}

// An istream over memory the caller owns, so cereal reads the text in place.
class ViewBuffer : public std::streambuf {
public:
    explicit ViewBuffer(std::string_view text) {
        char* begin = const_cast<char*>(text.data());  // read-only use: get area only
        setg(begin, begin, begin + text.size());
    }
};

std::string_view withoutByteOrderMark(std::string_view text) {
    return text.starts_with("\xEF\xBB\xBF") ? text.substr(3) : text;
}

bool isBlank(std::string_view text) {
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

i18n::Message numberOutOfRange(const JsonScan::Number& number, bool wide) {
    const std::string low = wide ? "-9223372036854775808" : "-2147483648";
    const std::string high = wide ? "9223372036854775807" : "2147483647";
    return i18n::message("detail.number_out_of_range_at",
                         {number.place, number.text, std::to_string(number.line), low, high});
}

// A number RapidJSON cannot hand over as the integer cereal asks for: the
// first one the scan saw that does not fit, with its place and line.
i18n::Message describeNumberError(bool wide, const JsonScan& scan) {
    const auto& fraction = scan.not_int64;
    const auto& big = scan.beyond_int32;
    if (wide && fraction) return numberOutOfRange(*fraction, true);
    if (!wide && fraction && (!big || fraction->offset < big->offset)) return numberOutOfRange(*fraction, false);
    if (!wide && big) return numberOutOfRange(*big, false);
    return i18n::message("detail.expected_integer");  // a text or list where a number belongs
}

// cereal and RapidJSON name the failed check ("…IsString()", "kIntFlag",
// "No more objects in input"); the rep is told what was expected instead.
i18n::Message describeStructureError(const std::string& what, const JsonScan& scan) {
    if (what.find("Int64Flag") != std::string::npos) return describeNumberError(true, scan);
    if (what.find("IntFlag") != std::string::npos) return describeNumberError(false, scan);
    if (what.find("No more objects in input") != std::string::npos) return i18n::message("detail.list_too_short");
    static constexpr std::pair<std::string_view, const char*> kExpected[] = {
        {"IsString()", "detail.expected_string"}, {"IsObject()", "detail.expected_object"},
        {"IsArray()", "detail.expected_array"},      {"IsBool()", "detail.expected_true_false"},
    };
    for (const auto& [check, key] : kExpected) {
        if (what.find(check) != std::string::npos) return i18n::message(key);
    }
    const auto open = what.find("NVP (");
    const auto close = what.rfind(") not found");
    if (open != std::string::npos && close != std::string::npos && close > open + 5) {
        return i18n::message("detail.missing_field", {what.substr(open + 5, close - open - 5)});
    }
    return i18n::message("detail.technical", {what});
}

std::string megabytes(std::uintmax_t bytes) { return std::to_string(bytes / (1024 * 1024)); }

// The scanner names the top-level value in English ("an array"); the key says it in the UI's language.
i18n::Message notAnObject(const std::string& kind) {
    if (kind == "an array") return i18n::message("detail.top_level.array");
    if (kind == "a string") return i18n::message("detail.top_level.string");
    if (kind == "a number") return i18n::message("detail.top_level.number");
    return i18n::message("detail.top_level.other");
}

LoadResult checkVersion(const JsonScan& scan) {
    if (scan.version_state == JsonScan::Version::Missing) {
        return refused(LoadProblem::UnknownVersion, i18n::message("detail.no_version"));
    }
    if (scan.version_state == JsonScan::Version::NotInteger || scan.version <= 0) {
        return refused(LoadProblem::UnknownVersion,
                       i18n::message("detail.version_is", {scan.version_text, std::to_string(kFormatVersion)}));
    }
    if (scan.version > kFormatVersion) {
        return refused(LoadProblem::NewerVersion,
                       i18n::message("detail.newer_version", {scan.version_text, std::to_string(kFormatVersion)}));
    }
    LoadResult ok;
    ok.format_version = static_cast<int>(scan.version);
    return ok;
}

// The cereal stage: the text is known to be well-formed JSON with a supported
// version, so what fails here is the shape or a value of the wrong kind.
LoadResult readPortfolio(std::string_view json, int format_version, const JsonScan& scan) {
    model::Portfolio portfolio;
    try {
        LoadContext context{format_version};
        ViewBuffer buffer(json);
        std::istream in(&buffer);
        cereal::UserDataAdapter<LoadContext, cereal::JSONInputArchive> archive(context, in);
        archive(cereal::make_nvp("portfolio", portfolio));
    } catch (const FormatError& e) {
        return refused(LoadProblem::InvalidValue, e.message());
    } catch (const std::bad_alloc&) {
        return refused(LoadProblem::TooLarge, i18n::message("detail.no_memory"));
    } catch (const std::exception& e) {
        return refused(LoadProblem::WrongStructure, describeStructureError(e.what(), scan));
    }
    LoadResult result = validatePortfolio(std::move(portfolio));
    result.format_version = format_version;
    if (result.ok()) migrateToCurrent(*result.portfolio, format_version);
    return result;
}

LoadResult loadText(std::string_view text) {
    const std::string_view json = withoutByteOrderMark(text);
    if (isBlank(json)) return refused(LoadProblem::Empty);
    if (const auto at = findNulInJson(text)) {
        const TextPosition where = positionOf(text, *at);
        return refused(LoadProblem::NulCharacter,
                       i18n::message("detail.line_column", {std::to_string(where.line), std::to_string(where.column)}));
    }
    const JsonScan scan = scanJson(json);
    if (scan.problem != LoadProblem::None) return refused(scan.problem, scan.detail);
    if (!scan.top_level_is_object) {
        return refused(LoadProblem::WrongStructure, notAnObject(scan.top_level_kind));
    }
    const LoadResult version = checkVersion(scan);
    if (version.problem != LoadProblem::None) return version;
    return readPortfolio(json, version.format_version, scan);
}

// Reads at most kMaxFileBytes; the size is checked before the first byte is
// read, so a huge (or sparse) file is refused at once.
LoadResult readFile(int fd, std::string& text) {
    struct stat info {};
    if (::fstat(fd, &info) != 0) return refused(LoadProblem::Unreadable, i18n::osError(errno));
    if (S_ISDIR(info.st_mode)) return refused(LoadProblem::Unreadable, i18n::message("detail.is_folder"));
    if (!S_ISREG(info.st_mode)) return refused(LoadProblem::Unreadable, i18n::message("detail.not_regular_file"));
    const auto size = static_cast<std::uintmax_t>(info.st_size);
    if (size > kMaxFileBytes) {
        return refused(LoadProblem::TooLarge,
                       i18n::message("detail.file_too_large", {megabytes(size), megabytes(kMaxFileBytes)}));
    }
    text.resize(static_cast<std::size_t>(size));
    std::size_t filled = 0;
    while (filled < text.size()) {
        const ssize_t n = ::read(fd, text.data() + filled, text.size() - filled);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return refused(LoadProblem::Unreadable, i18n::osError(errno));
        if (n == 0) break;  // shrank while reading: use what is there
        filled += static_cast<std::size_t>(n);
    }
    text.resize(filled);
    return {};
}

}  // namespace

std::string_view loadProblemKey(LoadProblem problem) {
    switch (problem) {
        case LoadProblem::None: return "none";
        case LoadProblem::NotFound: return "not_found";
        case LoadProblem::Unreadable: return "unreadable";
        case LoadProblem::TooLarge: return "too_large";
        case LoadProblem::Empty: return "empty";
        case LoadProblem::NotJson: return "not_json";
        case LoadProblem::InvalidUtf8: return "invalid_utf8";
        case LoadProblem::NulCharacter: return "nul_character";
        case LoadProblem::WrongStructure: return "wrong_structure";
        case LoadProblem::NewerVersion: return "newer_version";
        case LoadProblem::UnknownVersion: return "unknown_version";
        case LoadProblem::InvalidValue: return "invalid_value";
        case LoadProblem::DuplicateId: return "duplicate_id";
        case LoadProblem::DanglingReference: return "dangling_reference";
    }
    return "unknown";
}

LoadResult loadPortfolioText(std::string_view text) {
    try {
        return loadText(text);
    } catch (const std::bad_alloc&) {
        return refused(LoadProblem::TooLarge, i18n::message("detail.no_memory"));
    } catch (const std::exception& e) {
        return refused(LoadProblem::WrongStructure, i18n::message("detail.technical", {e.what()}));
    }
}

LoadResult loadPortfolioFile(const std::string& path) {
    try {
        // O_NONBLOCK: opening a FIFO someone named *.etappe must not hang the app.
        const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
        if (fd < 0) {
            const int error = errno;
            return refused(error == ENOENT ? LoadProblem::NotFound : LoadProblem::Unreadable, i18n::osError(error));
        }
        std::string text;
        const LoadResult read = readFile(fd, text);
        ::close(fd);
        if (read.problem != LoadProblem::None) return read;
        return loadPortfolioText(text);
    } catch (const std::bad_alloc&) {
        return refused(LoadProblem::TooLarge, i18n::message("detail.no_memory"));
    } catch (const std::exception& e) {
        return refused(LoadProblem::Unreadable, i18n::message("detail.technical", {e.what()}));
    }
}

}  // namespace etappe::storage
