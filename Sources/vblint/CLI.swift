import VanBan
import VanBanLint

/// Exit codes: 0 clean, 1 findings at or above the failing severity,
/// 2 usage error, unreadable input, invalid configuration or encoding.
enum ExitCode {
    static let ok: Int32 = 0
    static let findings: Int32 = 1
    static let usage: Int32 = 2
}

enum CLI {
    static let version = "0.1.0"

    static func run(_ args: [String]) -> Int32 {
        guard let first = args.first else {
            IO.stdout.write(usage(lang: .vi))
            return ExitCode.ok
        }
        let rest = Array(args.dropFirst())
        switch first {
        case "parse": return ParseCommand.run(rest)
        case "check": return CheckCommand.run(rest)
        case "rules": return RulesCommand.run(rest)
        case "explain": return ExplainCommand.run(rest)
        case "bench": return BenchCommand.run(rest)
        case "lsp", "server": return LSPCommand.run(rest)
        case "--version", "-V", "version":
            IO.stdout.line("vblint \(version)")
            return ExitCode.ok
        case "--help", "-h", "help":
            IO.stdout.write(usage(lang: rest.contains("en") || args.contains("--lang=en") ? .en : .vi))
            return ExitCode.ok
        default:
            IO.stderr.line("vblint: lệnh không rõ '\(first)' (unknown command). Xem: vblint --help")
            return ExitCode.usage
        }
    }

    static func usage(lang: MessageLanguage) -> String {
        if lang == .en {
            return """
            vblint \(version): a linter and language server for Vietnamese official documents (NĐ 30/2020/NĐ-CP)

            Usage: vblint <command> [options]

            Commands:
              check [PATH…]        lint drafts (.txt, .md) and report findings
              parse FILE…          print the document tree (--format json|text)
              rules                list every rule
              explain CODE         print a rule's documentation
              lsp                  run the language server on stdio
              bench [DIR]          measure parse and lint throughput (MB/s)

            Options common to commands: --lang vi|en, --help
            """ + "\n"
        }
        return """
        vblint \(version): kiểm tra thể thức văn bản hành chính và văn bản quy phạm pháp luật (NĐ 30/2020/NĐ-CP)

        Cách dùng: vblint <lệnh> [tùy chọn]

        Lệnh:
          check [ĐƯỜNG_DẪN…]   kiểm tra bản thảo (.txt, .md) và báo lỗi
          parse TỆP…           in cây văn bản (--format json|text)
          rules                liệt kê các quy tắc
          explain MÃ           giải thích một quy tắc
          lsp                  chạy máy chủ ngôn ngữ (LSP) qua stdio
          bench [THƯ_MỤC]      đo tốc độ phân tích và kiểm tra (MB/s)

        Tùy chọn chung: --lang vi|en, --help
        """ + "\n"
    }

    /// Reads and decodes a file, printing a clear message on failure.
    static func load(_ path: String, maxBytes: Int = 64 << 20) -> SourceText? {
        let raw: [UInt8]
        do { raw = try IO.readFile(path, maxBytes: maxBytes) } catch {
            IO.stderr.line("vblint: \(error)")
            return nil
        }
        do { return try SourceText(decoding: raw) } catch {
            IO.stderr.line("vblint: \(path == "-" ? "<stdin>" : path): \(error)")
            return nil
        }
    }
}

enum ParseCommand {
    static func run(_ args: [String]) -> Int32 {
        var format = "json"
        var paths: [String] = []
        var assume = false
        var i = 0
        while i < args.count {
            let a = args[i]
            switch a {
            case "--format": i += 1; format = i < args.count ? args[i] : ""
            case "--assume-document": assume = true
            case "--help", "-h":
                IO.stdout.line("vblint parse FILE… [--format json|text] [--assume-document]  (- for stdin)")
                return ExitCode.ok
            default:
                if a.hasPrefix("--format=") { format = String(a.dropFirst(9)) }
                else if a.hasPrefix("-") && a != "-" { IO.stderr.line("vblint parse: tùy chọn không rõ '\(a)' (unknown option)"); return ExitCode.usage }
                else { paths.append(a) }
            }
            i += 1
        }
        guard format == "json" || format == "text" else { IO.stderr.line("vblint parse: --format json|text"); return ExitCode.usage }
        guard !paths.isEmpty else { IO.stderr.line("vblint parse: thiếu tệp (missing FILE; - for stdin)"); return ExitCode.usage }
        var status = ExitCode.ok
        var w = JSONWriter(capacity: 1 << 16)
        if paths.count > 1 && format == "json" { w.beginArray() }
        for p in paths {
            guard let src = CLI.load(p) else { status = ExitCode.usage; continue }
            let doc = Parser.parse(src, options: ParseOptions(assumeDocument: assume))
            if format == "json" {
                DocumentJSON.write(doc, path: p == "-" ? nil : p, into: &w)
            } else {
                IO.stdout.write(TreePrinter.render(doc, path: p))
            }
        }
        if format == "json" {
            if paths.count > 1 { w.endArray() }
            if !w.bytes.isEmpty { IO.stdout.write(w.bytes); IO.stdout.write("\n") }
        }
        return status
    }
}
