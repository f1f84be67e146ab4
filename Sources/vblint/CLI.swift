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

    /// `--lang en` / `--lang=en` anywhere in the arguments (default vi).
    static func language(_ args: [String]) -> MessageLanguage {
        for (i, a) in args.enumerated() {
            if a == "--lang", i + 1 < args.count, let l = MessageLanguage(rawValue: args[i + 1]) { return l }
            if a.hasPrefix("--lang="), let l = MessageLanguage(rawValue: String(a.dropFirst(7))) { return l }
        }
        return .vi
    }

    static func wantsHelp(_ args: [String]) -> Bool { args.contains("--help") || args.contains("-h") }

    static func run(_ args: [String]) -> Int32 {
        var args = args
        // Global --lang before the command: `vblint --lang en check …`.
        var globalLang: [String] = []
        while let f = args.first, f == "--lang" || f.hasPrefix("--lang=") {
            if f == "--lang" { globalLang += Array(args.prefix(2)); args.removeFirst(min(2, args.count)) }
            else { globalLang.append(f); args.removeFirst() }
        }
        let lang = language(globalLang + args)
        guard let first = args.first else {
            IO.stdout.write(usage(lang: lang))
            return ExitCode.ok
        }
        let rest = Array(args.dropFirst())
        switch first {
        case "parse": return ParseCommand.run(rest + globalLang)
        case "check": return CheckCommand.run(rest + globalLang)
        case "rules": return RulesCommand.run(rest + globalLang)
        case "explain": return ExplainCommand.run(rest + globalLang)
        case "bench":
            if wantsHelp(rest) {
                IO.stdout.line(lang == .vi ? "Cách dùng: vblint bench [THƯ_MỤC] [--min-mb N] [--only GIAI_ĐOẠN] [--rules]\nĐo tốc độ phân tích, trích dẫn và kiểm tra (MB/s) trên một lõi (dùng bản release)."
                                           : "Usage: vblint bench [DIR] [--min-mb N] [--only PHASE] [--rules]\nMeasures parse, citation and lint throughput (MB/s) on one core (use a release build).")
                return ExitCode.ok
            }
            return BenchCommand.run(rest)
        case "catalog": return CatalogCommand.run(rest + globalLang)
        case "citations": return CatalogCommand.runBenchmark(rest + globalLang)
        case "lsp", "server":
            if wantsHelp(rest) {
                IO.stdout.line(lang == .vi ? "Cách dùng: vblint lsp\nChạy máy chủ ngôn ngữ (Language Server Protocol 3.17) qua stdin/stdout cho trình soạn thảo."
                                           : "Usage: vblint lsp\nRuns the language server (Language Server Protocol 3.17) on stdin/stdout for editors.")
                return ExitCode.ok
            }
            return LSPCommand.run(rest)
        case "--version", "-V", "version":
            IO.stdout.line("vblint \(version)")
            return ExitCode.ok
        case "--help", "-h", "help":
            IO.stdout.write(usage(lang: lang))
            return ExitCode.ok
        default:
            IO.stderr.line(lang == .vi ? "vblint: lệnh không rõ '\(first)'. Xem: vblint --help" : "vblint: unknown command '\(first)'. See: vblint --help")
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

            Options common to commands: --lang vi|en, --help (e.g. vblint check --help)
            --version prints the version.
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

        Tùy chọn chung: --lang vi|en, --help (ví dụ vblint check --help)
        --version in phiên bản.
        """ + "\n"
    }

    /// Reads and decodes a file, printing a clear message on failure.
    static func load(_ path: String, lang: MessageLanguage = .vi, maxBytes: Int = 64 << 20) -> SourceText? {
        let raw: [UInt8]
        do { raw = try IO.readFile(path, maxBytes: maxBytes) } catch let e as IO.ReadError {
            IO.stderr.line("vblint: \(e.text.text(lang))")
            return nil
        } catch {
            IO.stderr.line("vblint: \(path): \(error)")
            return nil
        }
        do { return try SourceText(decoding: raw) } catch {
            IO.stderr.line("vblint: " + decodingMessage(error, display: path == "-" ? "<stdin>" : path, raw: raw).text(lang))
            return nil
        }
    }

    /// Why a file is not read as text, for every command.
    /// `raw` is the file's bytes (or their start): a ZIP archive, which is
    /// what a .docx or .odt file is, gets a message that says how to make
    /// a text draft of it rather than "binary file".
    static func decodingMessage(_ error: SourceDecodingError, display: String, raw: [UInt8] = []) -> LocalizedText {
        let o = error.offset
        switch error {
        case .binary where raw.starts(with: [0x50, 0x4B, 0x03, 0x04]):
            return LocalizedText(
                vi: "\(display): tệp Word/OpenDocument (.docx, .odt: một tệp nén ZIP), vblint chỉ đọc bản thảo dạng văn bản (.txt, .md); hãy lưu bản thảo dưới dạng văn bản thuần UTF-8 (Word: Lưu thành > Plain Text); bỏ qua",
                en: "\(display): a Word/OpenDocument file (.docx, .odt: a ZIP archive); vblint reads text drafts (.txt, .md): save the draft as UTF-8 plain text (Word: Save As > Plain Text); skipped")
        case .binary:
            return LocalizedText(vi: "\(display): tệp nhị phân (byte NUL tại vị trí \(o)), không phải văn bản; bỏ qua",
                                 en: "\(display): binary file (NUL byte at offset \(o)), not text; skipped")
        case .invalidUTF8:
            return LocalizedText(vi: "\(display): mã hóa không hợp lệ: không phải UTF-8 tại byte \(o) (hãy lưu tệp dưới dạng UTF-8)",
                                 en: "\(display): invalid encoding: not UTF-8 at byte \(o) (save the file as UTF-8)")
        case .invalidUTF16:
            return LocalizedText(vi: "\(display): UTF-16 không hợp lệ tại byte \(o)", en: "\(display): invalid UTF-16 at byte \(o)")
        }
    }
}

enum ParseCommand {
    static func run(_ args: [String]) -> Int32 {
        let lang = CLI.language(args)
        var format = "json"
        var paths: [String] = []
        var assume = false
        var i = 0
        while i < args.count {
            let a = args[i]
            switch a {
            case "--format": i += 1; format = i < args.count ? args[i] : ""
            case "--assume-document": assume = true
            case "--lang": i += 1
            case "--help", "-h":
                IO.stdout.line(lang == .vi
                    ? "Cách dùng: vblint parse TỆP… [--format json|text] [--assume-document]\nIn cây văn bản (tiêu đề, số, ký hiệu, điều khoản, chữ ký, nơi nhận, trích dẫn). - đọc từ stdin."
                    : "Usage: vblint parse FILE… [--format json|text] [--assume-document]\nPrints the document tree (header, number, articles, signature, recipients, citations). - reads stdin.")
                return ExitCode.ok
            default:
                if a.hasPrefix("--format=") { format = String(a.dropFirst(9)) }
                else if a.hasPrefix("--lang=") { /* read by CLI.language */ }
                else if a.hasPrefix("-") && a != "-" {
                    IO.stderr.line(lang == .vi ? "vblint parse: tùy chọn không rõ '\(a)'" : "vblint parse: unknown option '\(a)'")
                    return ExitCode.usage
                }
                else { paths.append(a) }
            }
            i += 1
        }
        guard format == "json" || format == "text" else { IO.stderr.line("vblint parse: --format json|text"); return ExitCode.usage }
        guard !paths.isEmpty else {
            IO.stderr.line(lang == .vi ? "vblint parse: thiếu TỆP (- để đọc stdin)" : "vblint parse: missing FILE (- for stdin)")
            return ExitCode.usage
        }
        var status = ExitCode.ok
        var w = JSONWriter(capacity: 1 << 16)
        if paths.count > 1 && format == "json" { w.beginArray() }
        for p in paths {
            guard let src = CLI.load(p, lang: lang) else { status = ExitCode.usage; continue }
            // An empty file has no tree: said, and counted as bad input.
            if src.count == 0 {
                IO.stderr.line("vblint: " + (lang == .vi ? "\(p == "-" ? "<stdin>" : p): tệp rỗng, không có gì để phân tích"
                                                          : "\(p == "-" ? "<stdin>" : p): empty file, nothing to parse"))
                status = ExitCode.usage
                continue
            }
            let doc = Parser.parseNormalizing(src, options: ParseOptions(assumeDocument: assume))
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
