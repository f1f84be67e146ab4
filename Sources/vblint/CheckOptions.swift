import VanBan
import VanBanLint

enum OutputFormat: String, CaseIterable {
    case text, json, sarif, github, junit
}

enum ColorMode: String { case auto, always, never }

/// The command line of `vblint check`.
struct CheckOptions {
    var paths: [String] = []
    var format: OutputFormat = .text
    var fix = false
    var unsafeFixes = false
    var diff = false
    var select: [String] = []
    var ignore: [String] = []
    var regime: Regime?
    var lang: MessageLanguage?
    var configPath: String?
    var jobs = Paths.processorCount
    var maxFileSize = 10 << 20
    var failOn: Severity?
    var exitZero = false
    var statistics = false
    var stdinFilename: String?
    var color: ColorMode = .auto
    var showHelp = false

    struct UsageError: Error { var text: LocalizedText }

    /// Parses `args`; `--opt value` and `--opt=value` both work.
    static func parse(_ args: [String]) throws(UsageError) -> CheckOptions {
        var o = CheckOptions()
        var i = 0
        var onlyPaths = false
        func bad(_ vi: String, _ en: String) -> UsageError { UsageError(text: LocalizedText(vi: vi, en: en)) }
        while i < args.count {
            var a = args[i]
            i += 1
            if onlyPaths || a == "-" || !a.hasPrefix("-") { o.paths.append(a); continue }
            if a == "--" { onlyPaths = true; continue }
            var inline: String?
            if a.hasPrefix("--"), let eq = a.firstIndex(of: "=") {
                inline = String(a[a.index(after: eq)...])
                a = String(a[..<eq])
            }
            func value() throws(UsageError) -> String {
                if let v = inline { return v }
                guard i < args.count else { throw bad("tùy chọn \(a) cần một giá trị", "option \(a) needs a value") }
                i += 1
                return args[i - 1]
            }
            func list() throws(UsageError) -> [String] {
                try value().split(separator: ",").map { trim(String($0)) }.filter { !$0.isEmpty }
            }
            switch a {
            case "--help", "-h": o.showHelp = true
            case "--format", "-f", "--output-format":
                let v = try value()
                guard let f = OutputFormat(rawValue: v) else {
                    throw bad("--format: không rõ '\(v)' (text|json|sarif|github|junit)", "--format: unknown '\(v)' (text|json|sarif|github|junit)")
                }
                o.format = f
            case "--fix": o.fix = true
            case "--unsafe-fixes": o.unsafeFixes = true
            case "--diff": o.diff = true
            case "--select": o.select += try list()
            case "--ignore": o.ignore += try list()
            case "--regime":
                let v = try value()
                guard let r = Regime(rawValue: v) else { throw bad("--regime: không rõ '\(v)' (nd30|tt01|qppl)", "--regime: unknown '\(v)' (nd30|tt01|qppl)") }
                o.regime = r
            case "--lang":
                let v = try value()
                guard let l = MessageLanguage(rawValue: v) else { throw bad("--lang: không rõ '\(v)' (vi|en)", "--lang: unknown '\(v)' (vi|en)") }
                o.lang = l
            case "--config": o.configPath = try value()
            case "--jobs", "-j":
                let v = try value()
                guard let n = Int(v), n >= 0 else { throw bad("--jobs: cần một số nguyên ≥ 0", "--jobs: expected an integer ≥ 0") }
                o.jobs = n == 0 ? Paths.processorCount : n
            case "--max-file-size":
                let v = try value()
                guard let n = parseSize(v) else { throw bad("--max-file-size: không hiểu '\(v)' (ví dụ 10M, 500K, 0 = không giới hạn)", "--max-file-size: cannot read '\(v)' (e.g. 10M, 500K, 0 = no limit)") }
                o.maxFileSize = n == 0 ? Int.max : n
            case "--fail-on":
                let v = try value()
                guard let s = Severity(rawValue: v) else { throw bad("--fail-on: không rõ '\(v)' (error|warning|info|hint)", "--fail-on: unknown '\(v)' (error|warning|info|hint)") }
                o.failOn = s
            case "--exit-zero": o.exitZero = true
            case "--statistics": o.statistics = true
            case "--stdin-filename": o.stdinFilename = try value()
            case "--color", "--colour":
                let v = try value()
                guard let c = ColorMode(rawValue: v) else { throw bad("--color: auto|always|never", "--color: auto|always|never") }
                o.color = c
            default:
                throw bad("tùy chọn không rõ '\(a)' (xem: vblint check --help)", "unknown option '\(a)' (see: vblint check --help)")
            }
        }
        if o.unsafeFixes && !o.fix && !o.diff {
            throw bad("--unsafe-fixes chỉ dùng cùng --fix hoặc --diff", "--unsafe-fixes needs --fix or --diff")
        }
        if o.fix && o.diff { throw bad("chọn một trong --fix và --diff", "use either --fix or --diff, not both") }
        if o.statistics && !(o.format == .text || o.format == .json) {
            throw bad("--statistics chỉ có với --format text hoặc json", "--statistics works with --format text or json only")
        }
        for s in o.select + o.ignore where !RuleSelector.isValid(s) {
            throw bad("không có quy tắc '\(s)' (xem: vblint rules)", "no rule '\(s)' (see: vblint rules)")
        }
        if o.stdinFilename != nil && !o.paths.contains("-") && o.paths.isEmpty { o.paths = ["-"] }
        if o.paths.isEmpty { o.paths = ["."] }
        if o.paths.filter({ $0 == "-" }).count > 1 { throw bad("chỉ đọc stdin ('-') một lần", "stdin ('-') can be read only once") }
        return o
    }

    static func trim(_ s: String) -> String {
        var t = Substring(s)
        while t.first == " " || t.first == "\t" { t = t.dropFirst() }
        while t.last == " " || t.last == "\t" { t = t.dropLast() }
        return String(t)
    }

    /// `10M`, `500K`, `1G`, `12345` (bytes).
    static func parseSize(_ s: String) -> Int? {
        var t = s.uppercased()
        if t.hasSuffix("B") { t.removeLast() }
        var mult = 1
        if t.hasSuffix("K") { mult = 1 << 10 } else if t.hasSuffix("M") { mult = 1 << 20 } else if t.hasSuffix("G") { mult = 1 << 30 }
        if mult != 1 { t.removeLast() }
        guard let n = Int(t), n >= 0 else { return nil }
        return n.multipliedReportingOverflow(by: mult).overflow ? nil : n * mult
    }

    static func help(_ lang: MessageLanguage) -> String {
        if lang == .en {
            return """
            Usage: vblint check [PATH…] [options]

            Lints drafts (.txt, .md; folders recursively, hidden entries and the configuration's
            ignorePaths skipped). No PATH: the current folder. `-` reads stdin.

            Output:
              --format text|json|sarif|github|junit   default: text
              --statistics             counts per rule instead of each finding
              --color auto|always|never  colour (auto: only on a terminal, never with NO_COLOR)
              --lang vi|en             language of messages (default vi)
            Fixes:
              --fix                    apply safe fixes in place, then report what remains
              --unsafe-fixes           also apply unsafe fixes (with --fix or --diff)
              --diff                   print the fixes as a unified diff instead of writing
            Rules:
              --select LIST            only these rules (codes, names or prefixes: VB104,luu-vt-format,VB5)
              --ignore LIST            not these rules (added to the configuration's ignore)
              --regime nd30|tt01|qppl  judge by this regime instead of choosing it per document
              --config FILE            use this configuration (default: .vblint.json found upward)
            Run:
              --jobs N, -j N           threads (default: all cores)
              --max-file-size SIZE     skip larger files (default 10M; 0 = no limit)
              --fail-on error|warning|info|hint   lowest severity that makes the exit code 1 (default warning)
              --exit-zero              exit 0 even with findings
              --stdin-filename NAME    the name of stdin's draft (for messages and configuration)

            Exit codes: 0 nothing at or above --fail-on; 1 findings (with --diff: something to fix);
            2 usage error, unreadable or invalid file, invalid configuration.

            """
        }
        return """
        Cách dùng: vblint check [ĐƯỜNG_DẪN…] [tùy chọn]

        Kiểm tra bản thảo (.txt, .md; thư mục được duyệt đệ quy, bỏ qua mục ẩn và ignorePaths
        của cấu hình). Không có ĐƯỜNG_DẪN: thư mục hiện tại. `-` đọc từ stdin.

        Kết quả:
          --format text|json|sarif|github|junit   mặc định: text
          --statistics             đếm theo quy tắc thay cho từng phát hiện
          --color auto|always|never  tô màu (auto: chỉ khi ra terminal, không khi có NO_COLOR)
          --lang vi|en             ngôn ngữ thông báo (mặc định vi)
        Sửa lỗi:
          --fix                    áp dụng các sửa an toàn vào tệp, rồi báo phần còn lại
          --unsafe-fixes           áp dụng cả các sửa cần xác nhận (cùng --fix hoặc --diff)
          --diff                   in các sửa dưới dạng unified diff, không ghi tệp
        Quy tắc:
          --select DS              chỉ các quy tắc này (mã, tên hoặc tiền tố: VB104,luu-vt-format,VB5)
          --ignore DS              bỏ các quy tắc này (thêm vào ignore của cấu hình)
          --regime nd30|tt01|qppl  áp dụng chế độ này thay vì tự chọn theo văn bản
          --config TỆP             dùng cấu hình này (mặc định: .vblint.json tìm ngược lên)
        Chạy:
          --jobs N, -j N           số luồng (mặc định: mọi lõi)
          --max-file-size CỠ       bỏ qua tệp lớn hơn (mặc định 10M; 0 = không giới hạn)
          --fail-on error|warning|info|hint   mức thấp nhất làm mã thoát là 1 (mặc định warning)
          --exit-zero              thoát 0 kể cả khi có phát hiện
          --stdin-filename TÊN     tên của bản thảo đọc từ stdin (cho thông báo và cấu hình)

        Mã thoát: 0 không có phát hiện từ mức --fail-on trở lên; 1 có phát hiện (với --diff: có chỗ cần sửa);
        2 lỗi cách dùng, tệp không đọc được hoặc không hợp lệ, cấu hình không hợp lệ.

        """
    }
}
